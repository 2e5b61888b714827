"""When a reminder rings, read from the trigger Alexa's Reminders API keeps for it.

A trigger names a wall-clock time and an IANA zone: ``scheduledTime`` for a reminder that rings
once, or ``recurrence`` (``startDateTime`` and RFC 5545 rules) for one that repeats. The console
reads the daily rules the skill sends (``FREQ=DAILY;BYHOUR=20;BYMINUTE=0;...;INTERVAL=1``); any
other trigger is refused when a reminder is made, as Alexa refuses one it cannot read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from skill.domain.clock import zone_or_none
from skill.domain.reminders import ClockTime

SCHEDULED_ABSOLUTE = "SCHEDULED_ABSOLUTE"


def _wall_time(value: Any, zone: str) -> datetime | None:
    """A trigger time as a naive wall-clock time in ``zone`` (one with an offset is moved there)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        tz = zone_or_none(zone)
        moment = moment.astimezone(tz) if tz else moment
    return moment.replace(tzinfo=None, microsecond=0)


def _daily_rule(rule: Any) -> tuple[ClockTime, int] | None:
    """The time and the day interval of a daily rule; None for any other rule.

    Examples
    --------
    >>> _daily_rule("FREQ=DAILY;BYHOUR=20;BYMINUTE=30;BYSECOND=0;INTERVAL=1;")
    (ClockTime(hour=20, minute=30), 1)
    >>> _daily_rule("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9") is None
    True
    """
    if not isinstance(rule, str):
        return None
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";") if part)
    if parts.get("FREQ") != "DAILY":
        return None
    try:
        at = ClockTime(int(parts.get("BYHOUR", "")), int(parts.get("BYMINUTE", "0")))
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError:
        return None
    return (at, interval) if interval >= 1 else None


@dataclass(frozen=True)
class Schedule:
    """When a reminder rings, on the wall clock of ``zone``.

    ``first`` is when it rings once, or when a repeating one starts; ``daily`` is the time of
    day a repeating one rings, every ``interval`` days.
    """

    zone: str
    first: datetime
    daily: ClockTime | None = None
    interval: int = 1

    @staticmethod
    def of(trigger: Any) -> Schedule | None:
        """The schedule of a trigger as Alexa keeps it; None when it is not one the console reads.

        Examples
        --------
        >>> Schedule.of({"type": "SCHEDULED_ABSOLUTE", "timeZoneId": "UTC",
        ...              "scheduledTime": "2026-12-22T09:00:00.000"}).first
        datetime.datetime(2026, 12, 22, 9, 0)
        """
        if not isinstance(trigger, Mapping) or trigger.get("type") != SCHEDULED_ABSOLUTE:
            return None
        zone = trigger.get("timeZoneId")
        if not isinstance(zone, str) or zone_or_none(zone) is None:
            return None
        recurrence = trigger.get("recurrence")
        if isinstance(recurrence, Mapping):
            start = _wall_time(recurrence.get("startDateTime"), zone)
            rules = recurrence.get("recurrenceRules")
            daily = _daily_rule(rules[0]) if isinstance(rules, list) and len(rules) == 1 else None
            if start is None or daily is None:
                return None
            return Schedule(zone, start, daily[0], daily[1])
        once = _wall_time(trigger.get("scheduledTime"), zone)
        return Schedule(zone, once) if once is not None else None

    def latest(self, now: datetime) -> datetime | None:
        """The last time it rang at or before the instant ``now`` (wall clock); None if never."""
        tz = zone_or_none(self.zone)
        wall = now.astimezone(tz).replace(tzinfo=None) if tz else now.replace(tzinfo=None)
        if self.daily is None:
            return self.first if self.first <= wall else None
        at = time(self.daily.hour, self.daily.minute)
        day = wall.date() if datetime.combine(wall.date(), at) <= wall else wall.date() - _DAY
        day -= _DAY * ((day - self.first.date()).days % self.interval)
        moment = datetime.combine(day, at)
        return moment if moment >= self.first else None

    def instant(self, wall: datetime) -> datetime:
        """A wall-clock time of this schedule as an aware instant in its zone."""
        return wall.replace(tzinfo=zone_or_none(self.zone))

    def describe(self) -> str:
        """When it rings, for a person to read.

        Examples
        --------
        >>> Schedule("Europe/London", datetime(2026, 11, 25, 20, 0), ClockTime(20)).describe()
        'every day at 8:00 PM (Europe/London)'
        >>> Schedule("UTC", datetime(2026, 12, 22, 9, 30)).describe()
        'once, on Tue 22 Dec 2026 at 9:30 AM (UTC)'
        """
        if self.daily is None:
            at = _clock(self.first.hour, self.first.minute)
            when = f"once, on {_day(self.first.date())} at {at}"
        else:
            every = "every day" if self.interval == 1 else f"every {self.interval} days"
            when = f"{every} at {_clock(self.daily.hour, self.daily.minute)}"
        return f"{when} ({self.zone})"


_DAY = timedelta(days=1)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _clock(hour: int, minute: int) -> str:
    return f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _day(day: date) -> str:
    # Spelled out here, not with strftime, so that the machine's locale does not change it.
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
