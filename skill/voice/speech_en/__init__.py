"""Everything Letting Go says in English, one module per capability.

Written for the ear: one idea per turn, warm and plain, and every open turn ends with what to say
next. The person is never told to count down, and the other person is only ever "them".
Each capability has its module of lines; a new capability adds its module to LINES below.
Values in braces are filled in by :class:`skill.voice.catalog.Speech` (and escaped there).
"""

from __future__ import annotations

from datetime import date as Date

from skill.voice.cldr import Cldr
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

#: What the skill counts aloud, by CLDR plural category: "1 day", "one slip", "3 urges".
NOUNS: dict[str, dict[str, str]] = {
    "day": {"one": "{n} day", "other": "{n} days"},
    "urge": {"one": "one urge", "other": "{n} urges"},
    "check_in": {"one": "one check-in", "other": "{n} check-ins"},
    "exercise": {"one": "one exercise", "other": "{n} exercises"},
    "slip": {"one": "one slip", "other": "{n} slips"},
}


def date(value: object, today: object, cldr: Cldr) -> str:
    """'today', 'yesterday', 'Friday' within the last week, else the day as the locale writes
    it: 'November 3' in the US and Canada, '3 November' in Britain, Australia and India."""
    if not isinstance(value, Date) or not isinstance(today, Date):
        return str(value)
    ago = (today - value).days
    if ago == 0:
        return "today"
    if ago == 1:
        return "yesterday"
    if 1 < ago < 7:
        return cldr.weekday(value)
    return cldr.month_day(value, with_year=value.year != today.year)


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
