"""Alexa's service APIs for tests, behind the ASK SDK's ApiClient interface.

The Settings API answers the device's time zone. The Reminders API keeps reminders the way the
documented API does: ``POST /v1/alerts/reminders`` creates one and answers its ``alertToken``;
``GET`` lists them (``totalCount``, ``alerts``) or reads one; ``PUT`` changes one; ``DELETE``
removes one; an unknown token is a 404; a missing or refused permission is a 401; a full account
is a 403. Every call is recorded, and any call can be made to fail with a status or a timeout.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

REMINDERS_PATH = "/v1/alerts/reminders"
TIME_ZONE_SUFFIX = "/settings/System.timeZone"
LIMIT_CODE = "MAX_REMINDERS_EXCEEDED"
_STAMP = "2026-11-25T02:00:00.000Z"


@dataclass(frozen=True)
class Call:
    """One call as the API saw it."""

    method: str
    path: str
    body: dict[str, Any] | None
    authorization: str | None


def _answer(status: int, body: object = None) -> ApiClientResponse:
    text = None if body is None else json.dumps(body)
    return ApiClientResponse(
        headers=[("Content-Type", "application/json")], status_code=status, body=text
    )


def _body(request: ApiClientRequest) -> dict[str, Any] | None:
    """The request's JSON body (the SDK hands it over serialized to plain values)."""
    body = request.body
    if isinstance(body, str | bytes):
        return json.loads(body) if body else None
    return body


def _error(status: int, code: str, message: str) -> ApiClientResponse:
    return _answer(status, {"code": code, "message": message})


class FakeAlexaApi(ApiClient):
    """Alexa's Settings and Reminders APIs; records every call.

    ``time_zone`` is what the Settings API answers (None: the device has no zone set).
    ``fail_with`` makes every call fail with that HTTP status (or time out, for 0).
    ``reminder_faults`` maps an HTTP method of the Reminders API ("*" for all) to the status
    and error code it answers with, ``token_faults`` does the same for calls about one reminder;
    ``max_reminders`` is the account's room for reminders.
    """

    def __init__(self, time_zone: str | None = "America/Los_Angeles") -> None:
        self.time_zone = time_zone
        self.fail_with: int | None = None
        self.calls: list[ApiClientRequest] = []
        self.reminders: dict[str, dict[str, Any]] = {}
        self.reminder_faults: dict[str, tuple[int, str]] = {}
        self.token_faults: dict[str, tuple[int, str]] = {}
        self.max_reminders = 100
        self.more_pages = False
        self._created = 0

    # --- what tests look at ---------------------------------------------------------------

    def reminder_calls(self, method: str | None = None) -> list[Call]:
        """The Reminders API calls made so far (of one HTTP method, if given)."""
        found = []
        for request in self.calls:
            path = unquote(urlsplit(str(request.url)).path)
            if not path.startswith(REMINDERS_PATH):
                continue
            if method is not None and request.method != method:
                continue
            headers = dict(request.headers or [])
            found.append(
                Call(str(request.method), path, _body(request), headers.get("Authorization"))
            )
        return found

    def texts(self) -> list[str]:
        """What each live reminder will say when it rings."""
        return [r["alertInfo"]["spokenInfo"]["content"][0]["text"] for r in self.reminders.values()]

    def fail_reminders(self, status: int, code: str = "ERROR", method: str = "*") -> None:
        self.reminder_faults[method] = (status, code)

    def complete(self, token: str) -> None:
        """A one-time reminder has rung: Alexa lists it as COMPLETED for a while."""
        self.reminders[token]["status"] = "COMPLETED"

    # --- the ApiClient interface ----------------------------------------------------------

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        self.calls.append(request)
        if self.fail_with == 0:
            raise TimeoutError("Alexa's API did not answer in time")
        if self.fail_with is not None:
            return _error(self.fail_with, "INTERNAL_ERROR", "failed")
        path = unquote(urlsplit(str(request.url)).path)
        if path.endswith(TIME_ZONE_SUFFIX):
            if self.time_zone is None:
                return _error(404, "NOT_FOUND", "no time zone is set for this device")
            return _answer(200, self.time_zone)
        if path.startswith(REMINDERS_PATH):
            return self._reminders_api(request, path)
        return _error(404, "NOT_FOUND", "no such API")

    def _reminders_api(self, request: ApiClientRequest, path: str) -> ApiClientResponse:
        method = str(request.method)
        fault = self.reminder_faults.get(method) or self.reminder_faults.get("*")
        if fault == (0, "TIMEOUT"):
            raise TimeoutError("the Reminders API did not answer in time")
        if fault is not None:
            return _error(fault[0], fault[1], "refused")
        authorization = dict(request.headers or []).get("Authorization", "")
        if authorization in ("", "Bearer None"):
            return _error(401, "UNAUTHORIZED", "no access token")
        token = path.removeprefix(REMINDERS_PATH).strip("/")
        if token in self.token_faults:
            return _error(*self.token_faults[token], "refused")
        body = _body(request) or {}
        if method == "POST" and not token:
            return self._create(body)
        if method == "GET" and not token:
            alerts = list(self.reminders.values())
            links = {"next": f"{REMINDERS_PATH}?offset=2"} if self.more_pages else None
            return _answer(200, {"totalCount": str(len(alerts)), "alerts": alerts, "links": links})
        if token not in self.reminders:
            return _error(404, "NOT_FOUND", "no reminder with this token")
        if method == "GET":
            return _answer(200, self.reminders[token])
        if method == "PUT":
            stored = self.reminders[token]
            stored.update({k: body[k] for k in ("trigger", "alertInfo", "pushNotification")})
            stored["version"] = str(int(stored["version"]) + 1)
            return _answer(200, self._summary(token))
        if method == "DELETE":
            del self.reminders[token]
            return _answer(200)
        return _error(405, "METHOD_NOT_ALLOWED", method)

    def _create(self, body: dict[str, Any]) -> ApiClientResponse:
        live = [r for r in self.reminders.values() if r["status"] == "ON"]
        if len(live) >= self.max_reminders:
            return _error(403, LIMIT_CODE, "the maximum number of reminders is reached")
        self._created += 1
        token = f"alert-token-{self._created:04d}"
        self.reminders[token] = {
            "alertToken": token,
            "createdTime": _STAMP,
            "updatedTime": _STAMP,
            "trigger": body["trigger"],
            "status": "ON",
            "alertInfo": body["alertInfo"],
            "pushNotification": body.get("pushNotification"),
            "version": "1",
        }
        return _answer(200, self._summary(token))

    def _summary(self, token: str) -> dict[str, Any]:
        stored = self.reminders[token]
        return {
            "alertToken": token,
            "createdTime": stored["createdTime"],
            "updatedTime": _STAMP,
            "status": stored["status"],
            "version": stored["version"],
            "href": f"{REMINDERS_PATH}/{token}",
        }
