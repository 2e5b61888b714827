"""Everything Letting Go says in English, one module per capability.

Written for the ear: one idea per turn, warm and plain, and every open turn ends with what to say
next. The person is never told to count down, and the other person is only ever "them".
Each capability has its module of lines; a new capability adds its module to LINES below.
Values in braces are filled in by :class:`skill.voice.catalog.Speech` (and escaped there).
"""

from __future__ import annotations

from datetime import date as Date

from skill.voice.speech_en import (
    cards,
    checkin,
    common,
    crisis,
    exercises,
    period,
    privacy,
    reminders,
    screens,
    urge,
)
from skill.voice.speech_en.reminders import clock_time as clock_time

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def urges(count: int) -> str:
    """'one urge', '3 urges' (a count of none has lines of its own: "no urges yet")."""
    return "one urge" if count == 1 else f"{count} urges"


# Singular and plural of the things the skill counts aloud.
_NOUNS = {
    "check_in": ("check-in", "check-ins"),
    "exercise": ("exercise", "exercises"),
    "slip": ("slip", "slips"),
}


def count(number: int, noun: str) -> str:
    """'one slip', '3 check-ins' ("noun" is a key of the nouns above)."""
    singular, plural = _NOUNS[noun]
    return f"one {singular}" if number == 1 else f"{number} {plural}"


def date(value: object, today: object) -> str:
    """'today', 'yesterday', 'Friday' within the last week, else 'November 3'."""
    if not isinstance(value, Date) or not isinstance(today, Date):
        return str(value)
    ago = (today - value).days
    if ago == 0:
        return "today"
    if ago == 1:
        return "yesterday"
    if 1 < ago < 7:
        return _WEEKDAYS[value.weekday()]
    year = f", {value.year}" if value.year != today.year else ""
    return f"{_MONTHS[value.month - 1]} {value.day}{year}"


LINES: dict[str, tuple[str, ...]] = {
    **common.LINES,
    **period.LINES,
    **checkin.LINES,
    **exercises.LINES,
    **reminders.LINES,
    **privacy.LINES,
    **crisis.LINES,
    **urge.LINES,
    **cards.LINES,
    **screens.LINES,
}
