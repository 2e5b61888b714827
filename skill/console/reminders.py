"""The console's reminders, kept as Alexa keeps a skill's reminders, in a JSON file.

The file sits beside the console's store (``state.sqlite3`` → ``state.reminders.json``). Each
reminder is the object Alexa's Reminders API answers for it (``alertToken``, ``createdTime``,
``updatedTime``, ``status``, ``trigger``, ``alertInfo``, ``pushNotification``, ``version``),
so what the skill is told is what Alexa would tell it. Beside them the console notes when each
one last rang, so that a daily reminder rings once a day and a one-time reminder only once.

What a reminder says is the ``alertInfo`` the skill sent: the skill's own words, never anything
the person said.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skill.console.jsonfile import changing, read_object
from skill.console.schedule import Schedule

REMINDERS_SUFFIX = ".reminders.json"
ON, COMPLETED = "ON", "COMPLETED"
_ALERTS, _RUNG = "alerts", "rung"
# The parts of a request the API keeps; anything else a request carries is not stored.
KEPT_FIELDS = ("trigger", "alertInfo", "pushNotification")


def reminders_path(store: Path) -> Path:
    """The reminders file beside the store file ``store``."""
    return store.with_name(store.stem + REMINDERS_SUFFIX)


def _stamp(now: datetime) -> str:
    """A time as Alexa writes ``createdTime``: UTC, milliseconds, ``Z``."""
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def spoken_text(reminder: Mapping[str, Any]) -> str:
    """What a reminder says when it rings (the first of its spoken texts)."""
    info = reminder.get("alertInfo")
    spoken = info.get("spokenInfo") if isinstance(info, Mapping) else None
    content = spoken.get("content") if isinstance(spoken, Mapping) else None
    first = content[0] if isinstance(content, list) and content else None
    text = first.get("text") if isinstance(first, Mapping) else None
    return text if isinstance(text, str) else ""


@dataclass(frozen=True)
class Listed:
    """One reminder as ``letting-go reminders`` shows it."""

    when: str
    text: str
    done: bool

    def line(self) -> str:
        """One line: when it rings, and what it says.

        Examples
        --------
        >>> Listed("every day at 8:00 PM (UTC)", "Time for your check-in.", False).line()
        'every day at 8:00 PM (UTC) \u2014 Time for your check-in.'
        """
        return f"{self.when}{', already rang' if self.done else ''} \u2014 {self.text}"


class ConsoleReminders:
    """The reminders the skill made in this console.

    Parameters
    ----------
    path
        The reminders file (see :func:`reminders_path`); made on the first reminder.
    now
        The current instant, for ``createdTime`` and for what is due.

    Raises
    ------
    skill.console.jsonfile.UnreadableFileError
        From any method, when the file exists but cannot be read.
    """

    def __init__(self, path: Path, now: Callable[[], datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))

    def all(self) -> list[dict[str, Any]]:
        """Every reminder, in the order they were made."""
        return list(_alerts(read_object(self.path)).values())

    def get(self, token: str) -> dict[str, Any] | None:
        return _alerts(read_object(self.path)).get(token)

    def create(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """Make a reminder from a request's ``trigger``, ``alertInfo`` and ``pushNotification``."""
        stamp = _stamp(self._now())
        reminder: dict[str, Any] = {
            "alertToken": str(uuid.uuid4()),
            "createdTime": stamp,
            "updatedTime": stamp,
            "status": ON,
            "version": "1",
            **{field: request.get(field) for field in KEPT_FIELDS},
        }
        with changing(self.path) as stored:
            stored[_ALERTS] = {**_alerts(stored), reminder["alertToken"]: reminder}
        return reminder

    def update(self, token: str, request: Mapping[str, Any]) -> dict[str, Any] | None:
        """Change the reminder ``token`` to the request; None when there is no such reminder.

        A reminder changed to a new time will ring again, even if it had rung (status ON).
        """
        if not self.path.exists():
            return None
        with changing(self.path) as stored:
            alerts = _alerts(stored)
            reminder = alerts.get(token)
            if reminder is None:
                return None
            reminder.update({field: request.get(field) for field in KEPT_FIELDS})
            reminder["status"] = ON
            reminder["updatedTime"] = _stamp(self._now())
            reminder["version"] = _next_version(reminder.get("version"))
            stored[_ALERTS] = alerts
        return dict(reminder)

    def delete(self, token: str) -> bool:
        """Delete the reminder ``token``; False when there was none."""
        if not self.path.exists():
            return False
        with changing(self.path) as stored:
            alerts = _alerts(stored)
            if alerts.pop(token, None) is None:
                return False
            stored[_ALERTS] = alerts
            stored[_RUNG] = {k: v for k, v in _rung(stored).items() if k != token}
        return True

    def ring(self) -> list[str]:
        """What each reminder that has come due since it last rang says; each rings only once.

        A daily reminder rings once for its latest time passed, however many days went by
        unseen; a one-time reminder rings once and is then COMPLETED, as Alexa marks it.
        """
        if not self.path.exists():
            return []  # nothing to ring, and no lock file to leave behind
        now = self._now()
        said: list[str] = []
        with changing(self.path) as stored:
            alerts, rung = _alerts(stored), _rung(stored)
            for token, reminder in alerts.items():
                schedule = Schedule.of(reminder.get("trigger"))
                due = schedule.latest(now) if schedule and reminder.get("status") == ON else None
                if due is None or schedule is None:
                    continue
                instant = schedule.instant(due).astimezone(UTC)
                if instant <= _rang_at(rung.get(token)):
                    continue
                rung[token] = instant.isoformat()
                if schedule.daily is None:
                    reminder["status"] = COMPLETED
                said.append(spoken_text(reminder))
            if said:
                stored[_ALERTS], stored[_RUNG] = alerts, rung
        return said

    def listed(self) -> list[Listed]:
        """Every reminder as ``letting-go reminders`` shows it."""
        shown = []
        for reminder in self.all():
            schedule = Schedule.of(reminder.get("trigger"))
            when = schedule.describe() if schedule else "at a time the console cannot read"
            shown.append(Listed(when, spoken_text(reminder), reminder.get("status") == COMPLETED))
        return shown


def _alerts(stored: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    alerts = stored.get(_ALERTS)
    if not isinstance(alerts, dict):
        return {}
    return {k: v for k, v in alerts.items() if isinstance(v, dict)}


def _next_version(version: Any) -> str:
    """The version after ``version`` (Alexa's versions are whole numbers, as strings)."""
    try:
        return str(int(str(version)) + 1)
    except ValueError:
        return "1"


def _rang_at(value: str | None) -> datetime:
    """When a reminder last rang, from its note; long ago when it never has."""
    try:
        moment = datetime.fromisoformat(value) if value else _NEVER
    except ValueError:
        return _NEVER
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_NEVER = datetime.min.replace(tzinfo=UTC)


def _rung(stored: Mapping[str, Any]) -> dict[str, str]:
    rung = stored.get(_RUNG)
    if not isinstance(rung, dict):
        return {}
    return {k: v for k, v in rung.items() if isinstance(v, str)}
