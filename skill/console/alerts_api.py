"""Alexa's Reminders API as the console answers it: the same requests, the same answers.

=========================================  =====================================================
``POST /v1/alerts/reminders``              201, ``alertToken``, ``createdTime``, ``updatedTime``,
                                           ``status``, ``version``, ``href``
``GET /v1/alerts/reminders``               200, ``totalCount``, ``alerts`` (every reminder),
                                           ``links``
``GET /v1/alerts/reminders/{token}``       200, the reminder
``PUT /v1/alerts/reminders/{token}``       200, as for a new one
``DELETE /v1/alerts/reminders/{token}``    200, no body
=========================================  =====================================================

A token that does not allow reminders gets 401, as Alexa answers a skill the person has not let
set reminders; an unknown reminder 404; a body without a readable trigger or spoken text 400;
a reminders file that cannot be read or written 500. Errors carry Alexa's ``{"code",
"message"}`` body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skill.console.jsonfile import UnreadableFileError
from skill.console.reminders import ConsoleReminders, spoken_text
from skill.console.schedule import Schedule

REMINDERS_PATH = "/v1/alerts/reminders"


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: its status and its JSON body (None for no body)."""

    status: int
    body: object = None


def _error(status: int, code: str, message: str) -> Answer:
    return Answer(status, {"code": code, "message": message})


def _summary(reminder: Mapping[str, Any]) -> dict[str, Any]:
    """What Alexa answers to a reminder made or changed."""
    token = reminder["alertToken"]
    fields = ("alertToken", "createdTime", "updatedTime", "status", "version")
    return {**{field: reminder.get(field) for field in fields}, "href": f"{REMINDERS_PATH}/{token}"}


def _invalid(body: Any) -> Answer | None:
    """The 400 for a body the API cannot make a reminder of; None when it can."""
    if not isinstance(body, Mapping):
        return _error(400, "INVALID_REQUEST", "The request has no reminder in it.")
    if Schedule.of(body.get("trigger")) is None:
        return _error(400, "INVALID_TRIGGER", "The trigger is not a time this API can read.")
    if not spoken_text(body):
        return _error(400, "INVALID_ALERT_INFO", "The reminder has nothing to say.")
    return None


def answer(
    reminders: ConsoleReminders, method: str, path: str, body: Any, allowed: bool
) -> Answer | None:
    """The API's answer to ``method path`` with ``body``; None for a path it does not serve.

    ``allowed`` says whether the request's access token allows this skill's reminders.
    """
    if path != REMINDERS_PATH and not path.startswith(REMINDERS_PATH + "/"):
        return None
    if not allowed:
        return _error(401, "UNAUTHORIZED", "The person has not allowed this skill's reminders.")
    token = path.removeprefix(REMINDERS_PATH).strip("/")
    try:
        return _answer(reminders, method.upper(), token, body)
    except UnreadableFileError:
        return _error(500, "INTERNAL_SERVER_ERROR", "The console's reminders cannot be read.")
    except OSError:  # the file could not be written: nothing was changed
        return _error(500, "INTERNAL_SERVER_ERROR", "The console's reminders cannot be written.")


def _answer(reminders: ConsoleReminders, method: str, token: str, body: Any) -> Answer:
    if not token:
        if method == "POST":
            return _invalid(body) or Answer(201, _summary(reminders.create(body)))
        if method == "GET":
            alerts = reminders.all()
            return Answer(200, {"totalCount": str(len(alerts)), "alerts": alerts, "links": None})
        return _error(405, "METHOD_NOT_ALLOWED", f"{method} is not allowed here.")
    if method == "PUT":
        invalid = _invalid(body)
        if invalid is not None:
            return invalid
        changed = reminders.update(token, body)
        return Answer(200, _summary(changed)) if changed else _not_found()
    if method == "GET":
        found = reminders.get(token)
        return Answer(200, found) if found else _not_found()
    if method == "DELETE":
        return Answer(200) if reminders.delete(token) else _not_found()
    return _error(405, "METHOD_NOT_ALLOWED", f"{method} is not allowed here.")


def _not_found() -> Answer:
    return _error(404, "NOT_FOUND", "There is no reminder with this alert token.")
