"""The check-in dialog's pieces: reading answers from its slots, and where it stands.

Answers are read from the intent as Alexa sends it: a mood as a number (AMAZON.NUMBER) or a word
(MoodWord, resolved to AWFUL ... GREAT), and the one thing for yourself as a category
(ActivityCategory, resolved to FRIENDS ... SOMETHING_NEW, or UNSURE for "I don't know").
Where the dialog stands (which question was asked, for which local day) is kept in the session.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ask_sdk_model import Intent

from skill.domain.checkin import Activity, is_valid_mood
from skill.voice.slots import intent_slot_value, parse_count, resolved_id

CHECKIN_INTENT = "CheckInIntent"
MOOD = "mood"
MOOD_WORD = "moodWord"
ACTIVITY = "activity"
CHECKIN_SLOTS = (MOOD, MOOD_WORD, ACTIVITY)
UNSURE = "UNSURE"
MOOD_WORDS = {"AWFUL": 1, "LOW": 2, "OKAY": 3, "GOOD": 4, "GREAT": 5}
# The categories a person can name; OTHER is what we note, never what they say.
NAMED_ACTIVITIES = {a.name: a for a in Activity if a is not Activity.OTHER}


class Heard(enum.Enum):
    """What an answer slot held."""

    NOTHING = "nothing"
    VALUE = "value"
    OUT_OF_RANGE = "out_of_range"
    UNCLEAR = "unclear"
    UNSURE = "unsure"


@dataclass(frozen=True)
class MoodAnswer:
    """What the mood slots held, and the mood (one to five) when they held a readable one."""

    heard: Heard
    mood: int | None = None


@dataclass(frozen=True)
class ActivityAnswer:
    """What the activity slot held, and the kind of thing when it named one."""

    heard: Heard
    activity: Activity | None = None


def _key(value: str) -> str:
    """A heard value as a value id, for requests without entity resolution ("a hobby": HOBBY)."""
    return value.strip().upper().removeprefix("A ").replace(" ", "_")


def _number(value: int) -> MoodAnswer:
    if is_valid_mood(value):
        return MoodAnswer(Heard.VALUE, value)
    return MoodAnswer(Heard.OUT_OF_RANGE)


def read_mood(intent: Intent) -> MoodAnswer:
    """The mood in ``intent``: a number from one to five, or a word for one."""
    number = intent_slot_value(intent, MOOD)
    if number is not None:
        value = parse_count(number)
        return _number(value) if value is not None else MoodAnswer(Heard.UNCLEAR)
    word = intent_slot_value(intent, MOOD_WORD)
    if word is None:
        return MoodAnswer(Heard.NOTHING)
    key = resolved_id(intent, MOOD_WORD) or _key(word)
    if key in MOOD_WORDS:
        return MoodAnswer(Heard.VALUE, MOOD_WORDS[key])
    value = parse_count(word)
    return _number(value) if value is not None else MoodAnswer(Heard.UNCLEAR)


def read_activity(intent: Intent) -> ActivityAnswer:
    """The kind of thing in ``intent``, "I don't know", or something we could not place."""
    heard = intent_slot_value(intent, ACTIVITY)
    if heard is None:
        return ActivityAnswer(Heard.NOTHING)
    key = resolved_id(intent, ACTIVITY) or _key(heard)
    if key == UNSURE:
        return ActivityAnswer(Heard.UNSURE)
    if key in NAMED_ACTIVITIES:
        return ActivityAnswer(Heard.VALUE, NAMED_ACTIVITIES[key])
    return ActivityAnswer(Heard.UNCLEAR)


class Asked(enum.Enum):
    """The question the last turn of the check-in asked."""

    CONTACT = "contact"
    SLIP = "slip"
    MOOD = "mood"
    ACTIVITY = "activity"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class CheckInProgress:
    """Where a check-in stands in this session.

    ``day`` is the local day it began on: a check-in started at 23:58 is that day's, even if
    its last answer comes after midnight.
    """

    day: date
    asked: Asked | None = None
    suggested: Activity | None = None
    missed_activity: bool = False

    def to_session(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "asked": self.asked.value if self.asked else None,
            "suggested": self.suggested.value if self.suggested else None,
            "missed_activity": self.missed_activity,
        }

    @staticmethod
    def from_session(raw: Any, today: date) -> CheckInProgress | None:
        """The progress kept in the session, or None when it is missing, odd, or stale."""
        if not isinstance(raw, dict):
            return None
        try:
            day = date.fromisoformat(raw["day"])
            asked = Asked(raw["asked"]) if raw.get("asked") else None
            suggested = Activity(raw["suggested"]) if raw.get("suggested") else None
        except (KeyError, TypeError, ValueError):
            return None
        if not timedelta(0) <= today - day <= timedelta(days=1):
            return None
        return CheckInProgress(day, asked, suggested, bool(raw.get("missed_activity")))
