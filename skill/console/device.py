"""The console is the device: it answers the Alexa APIs the skill calls, as Alexa would.

The skill asks for the device's zone and manages its reminders through the ASK SDK's service
clients, exactly as on an Echo; here those calls land in :class:`ConsoleApiClient`, which answers
the Settings API with this machine's zone and the Reminders API from the console's reminders
file (:mod:`skill.console.alerts_api`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.console.alerts_api import answer as reminders_answer
from skill.console.envelopes import Caller
from skill.console.grants import access_token, scopes_of
from skill.console.reminders import ConsoleReminders
from skill.domain.clock import UTC_ZONE, is_known_zone
from skill.voice.permission import REMINDERS_SCOPE

API_ENDPOINT = "https://api.amazonalexa.com"
ETC_TIMEZONE = Path("/etc/timezone")
ETC_LOCALTIME = Path("/etc/localtime")

_TIME_ZONE_PATH = re.compile(r"/v2/devices/([^/]+)/settings/System\.timeZone")
_JSON_HEADERS = [("Content-Type", "application/json")]


def _zone_from_path(path: str) -> str | None:
    """``Europe/Paris`` from ``/usr/share/zoneinfo/Europe/Paris`` (also posix/ and right/)."""
    _, found, rest = path.partition("zoneinfo/")
    if not found:
        return None
    for prefix in ("posix/", "right/"):
        rest = rest.removeprefix(prefix)
    return rest if is_known_zone(rest) else None


def _zone_from_tz(value: str) -> str | None:
    value = value.removeprefix(":")  # POSIX allows a leading colon before a zone name or file
    if "zoneinfo/" in value:
        return _zone_from_path(value)
    # A POSIX rule such as "CET-1CEST,M3.5.0,M10.5.0/3" is not an IANA name.
    return value if is_known_zone(value) else None


def machine_time_zone(
    explicit: str | None = None,
    environ: Mapping[str, str] | None = None,
    etc_timezone: Path = ETC_TIMEZONE,
    etc_localtime: Path = ETC_LOCALTIME,
) -> str:
    """This machine's IANA time zone name.

    Parameters
    ----------
    explicit
        A zone the user named (``--time-zone``); used when it is a known zone.
    environ
        The environment, for ``$TZ`` (``os.environ`` by default).
    etc_timezone, etc_localtime
        Debian's zone file, and the symbolic link most systems keep to the zone database.

    Returns
    -------
    str
        The first known zone of: ``explicit``, ``$TZ``, ``/etc/timezone``, the target of the
        ``/etc/localtime`` link; else ``"UTC"``.
    """
    if explicit and is_known_zone(explicit):
        return explicit
    env = os.environ if environ is None else environ
    tz = _zone_from_tz(env.get("TZ", "").strip())
    if tz and is_known_zone(tz):
        return tz
    try:
        named = etc_timezone.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        named = ""
    if is_known_zone(named):
        return named
    try:
        linked = _zone_from_path(os.readlink(etc_localtime))
    except OSError:
        linked = None
    return linked or UTC_ZONE


def _response(status: int, body: object) -> ApiClientResponse:
    # A DELETE's 200 has no body; the SDK reads a missing one as None.
    text: Any = None if body is None else json.dumps(body)
    return ApiClientResponse(headers=list(_JSON_HEADERS), body=text, status_code=status)


def _bearer(request: ApiClientRequest) -> str | None:
    for name, value in request.headers or []:
        if str(name).lower() == "authorization" and str(value).startswith("Bearer "):
            return str(value).removeprefix("Bearer ")
    return None


def _json_body(request: ApiClientRequest) -> object:
    """The request's body as plain values (the SDK hands it over serialised, or as a string)."""
    body = request.body
    if isinstance(body, str | bytes):
        try:
            return json.loads(body) if body else None
        except ValueError:
            return None
    return body


class ConsoleApiClient(ApiClient):
    """Alexa's service APIs as this console provides them: the time zone, and reminders.

    Parameters
    ----------
    zone
        The IANA zone the console device is set to.
    endpoint
        The API endpoint the console's requests name (``context.System.apiEndpoint``).
    reminders
        The console's reminders, for the Reminders API; without them that API is not there (404).
    """

    def __init__(
        self,
        zone: str,
        endpoint: str = API_ENDPOINT,
        reminders: ConsoleReminders | None = None,
    ) -> None:
        self.zone = zone
        self.endpoint = endpoint.rstrip("/")
        self.reminders = reminders

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        """Answer the Settings API's time zone and the Reminders API; 404 for anything else."""
        url = urlsplit(str(request.url or ""))
        method = str(request.method or "").upper()
        path = unquote(url.path)
        if f"{url.scheme}://{url.netloc}" == self.endpoint:
            if method == "GET" and _TIME_ZONE_PATH.fullmatch(path):
                return _response(200, self.zone)
            if self.reminders is not None:
                # The token says what the person allowed, as Alexa's access tokens do.
                allowed = REMINDERS_SCOPE in (scopes_of(_bearer(request)) or ())
                found = reminders_answer(self.reminders, method, path, _json_body(request), allowed)
                if found is not None:
                    return _response(found.status, found.body)
        return _response(
            404, {"code": "NOT_FOUND", "message": "The console device does not provide this API."}
        )


def console_caller(caller: Caller | None = None, scopes: Iterable[str] = ()) -> Caller:
    """``caller`` (a default one if None) as the console device, with ``scopes`` granted.

    With the API endpoint and an access token set, the skill really calls Alexa's APIs through
    the SDK's service clients; the token, and the permissions the requests list, say which
    ``scopes`` the person has allowed.
    """
    granted = tuple(sorted(set(scopes)))
    return replace(
        caller or Caller(),
        api_endpoint=API_ENDPOINT,
        api_access_token=access_token(granted),
        granted_scopes=granted,
    )
