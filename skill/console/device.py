"""The console is the device: it answers the Alexa Settings API the skill calls for its time zone.

The skill asks for the device's zone through the ASK SDK's service client, exactly as on an Echo;
here that call lands in :class:`ConsoleApiClient`, which answers with this machine's zone.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.console.envelopes import Caller
from skill.domain.clock import UTC_ZONE, is_known_zone

API_ENDPOINT = "https://api.amazonalexa.com"
# Alexa signs each request with a short-lived token; the console only needs one to be present.
CONSOLE_ACCESS_TOKEN = "console-access-token"
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
    return ApiClientResponse(headers=list(_JSON_HEADERS), body=json.dumps(body), status_code=status)


class ConsoleApiClient(ApiClient):
    """Alexa's service APIs as this console provides them: the device's time zone only.

    Parameters
    ----------
    zone
        The IANA zone the console device is set to.
    endpoint
        The API endpoint the console's requests name (``context.System.apiEndpoint``).
    """

    def __init__(self, zone: str, endpoint: str = API_ENDPOINT) -> None:
        self.zone = zone
        self.endpoint = endpoint.rstrip("/")

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        """Answer ``GET {endpoint}/v2/devices/{deviceId}/settings/System.timeZone``; else 404."""
        url = urlsplit(str(request.url or ""))
        base = f"{url.scheme}://{url.netloc}"
        if (
            str(request.method or "").upper() == "GET"
            and base == self.endpoint
            and _TIME_ZONE_PATH.fullmatch(unquote(url.path))
        ):
            return _response(200, self.zone)
        return _response(
            404, {"code": "NOT_FOUND", "message": "The console device does not provide this API."}
        )


def console_caller(caller: Caller | None = None) -> Caller:
    """``caller`` (a default one if None) with the API endpoint and token of the console device.

    With both set, the skill really calls the Settings API through the SDK's service client.
    """
    return replace(
        caller or Caller(), api_endpoint=API_ENDPOINT, api_access_token=CONSOLE_ACCESS_TOKEN
    )
