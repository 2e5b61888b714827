"""Reminders as the skill keeps them: one daily check-in time, one reminder on a period's last day.

Pure values and rules. The Alexa Reminders API keeps the reminders themselves; the skill keeps only
the token Alexa gave each one, so that it can change, list or cancel it later, and drops a token
as soon as it learns that reminder no longer exists.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from skill.domain.period import Period

# What AMAZON.TIME sends for a part of the day rather than a time ("in the evening").
PARTS_OF_DAY = frozenset({"MO", "AF", "EV", "NI"})
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True, order=True)
class ClockTime:
    """A time of day on the person's wall clock."""

    hour: int
    minute: int = 0

    def __post_init__(self) -> None:
        if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):
            raise ValueError(f"not a time of day: {self.hour}:{self.minute:02d}")

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


# The one-time reminder on a period's last day comes in the morning, before the day fills up.
LAST_DAY_AT = ClockTime(9, 0)


def parse_clock_time(value: str | None) -> ClockTime | None:
    """The time in an AMAZON.TIME value such as ``"20:00"``; None for anything else.

    Parts of the day (``"EV"``) and values Alexa could not hear (``"?"``) are not a time.

    Examples
    --------
    >>> parse_clock_time("20:30")
    ClockTime(hour=20, minute=30)
    >>> parse_clock_time("EV") is None
    True
    """
    found = _CLOCK.match((value or "").strip())
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    if hour > 23 or minute > 59:
        return None
    return ClockTime(hour, minute)


def is_part_of_day(value: str | None) -> bool:
    """True for AMAZON.TIME's "morning", "afternoon", "evening" and "night" values."""
    return (value or "").strip().upper() in PARTS_OF_DAY


def next_occurrence(now_local: datetime, at: ClockTime) -> datetime:
    """The next time the wall clock shows ``at``, from ``now_local`` on (naive, local).

    Examples
    --------
    >>> next_occurrence(datetime(2026, 11, 24, 21, 0), ClockTime(20)).isoformat()
    '2026-11-25T20:00:00'
    """
    wall = now_local.replace(tzinfo=None, second=0, microsecond=0)
    today_at = datetime.combine(wall.date(), time(at.hour, at.minute))
    return today_at if today_at > wall else today_at + timedelta(days=1)


def daily_rule(at: ClockTime) -> str:
    """The recurrence rule (RFC 5545, as the Reminders API takes it) for every day at ``at``."""
    return f"FREQ=DAILY;BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0;INTERVAL=1;"


def last_day(period: Period) -> date:
    """The local date of the period's last day (day ``target_days``)."""
    return period.start + timedelta(days=period.target_days - 1)


def last_day_reminder_at(period: Period, now_local: datetime) -> datetime | None:
    """When to remind the person of the period's last day; None when that moment has passed."""
    moment = datetime.combine(last_day(period), time(LAST_DAY_AT.hour, LAST_DAY_AT.minute))
    return moment if moment > now_local.replace(tzinfo=None) else None


@dataclass(frozen=True)
class DailyReminder:
    """The daily check-in reminder: Alexa's token for it and the time it rings."""

    token: str
    at: ClockTime


@dataclass(frozen=True)
class LastDayReminder:
    """The one-time reminder on a period's last day."""

    token: str
    on: date


@dataclass(frozen=True)
class Reminders:
    """The reminders this person has from the skill, as far as the skill knows."""

    daily: DailyReminder | None = None
    last_day: LastDayReminder | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        """Alexa's tokens of every reminder kept here."""
        return tuple(r.token for r in (self.daily, self.last_day) if r is not None)

    def without(self, gone: Collection[str]) -> Reminders:
        """These reminders less the ones whose tokens are in ``gone``."""
        daily = None if self.daily and self.daily.token in gone else self.daily
        last = None if self.last_day and self.last_day.token in gone else self.last_day
        return replace(self, daily=daily, last_day=last)

    def keep_only(self, live: Collection[str]) -> Reminders:
        """These reminders less the ones Alexa no longer has (``live`` are those it has)."""
        return self.without([token for token in self.tokens if token not in live])

    def last_day_moved(self, token: str, on: date) -> Reminders:
        """These reminders with the last-day reminder ``token`` now ringing ``on``.

        Nothing changes when ``token`` is no longer the one kept: a change re-applied after
        another turn cancelled it must not bring it back.
        """
        last = self.last_day
        if last is None or last.token != token:
            return self
        return replace(self, last_day=LastDayReminder(token, on))


@dataclass(frozen=True)
class MoveLastDay:
    """Move the last-day reminder ``token`` to the period's new last day, ``on``, at ``at``."""

    token: str
    on: date
    at: datetime


@dataclass(frozen=True)
class DropLastDay:
    """Delete the last-day reminder ``token``: there is no last day left for it to ring on."""

    token: str


def follow_period(
    reminder: LastDayReminder | None, period: Period | None, now_local: datetime
) -> MoveLastDay | DropLastDay | None:
    """What the last-day reminder should become now that the period is ``period``.

    Parameters
    ----------
    reminder
        The last-day reminder kept, if any.
    period
        The period as it stands after a slip, an end, a new length or a new start.
    now_local
        The person's wall-clock time.

    Returns
    -------
    MoveLastDay | DropLastDay | None
        None when nothing needs to change: there is no reminder, or it is already on the last
        day. A move when the new last day's reminder time is still ahead; a drop when the period
        has ended or that time has passed (the period is complete, or ends today).

    Examples
    --------
    >>> from skill.domain.period import start_period
    >>> period = start_period(date(2026, 11, 23), date(2026, 11, 24), 30)
    >>> kept = LastDayReminder("token", date(2026, 12, 10))
    >>> follow_period(kept, period, datetime(2026, 11, 24, 18, 0)).on
    datetime.date(2026, 12, 22)
    """
    if reminder is None:
        return None
    if period is None or not period.is_active():
        return DropLastDay(reminder.token)
    on = last_day(period)
    if reminder.on == on:
        return None
    at = last_day_reminder_at(period, now_local)
    return DropLastDay(reminder.token) if at is None else MoveLastDay(reminder.token, on, at)
