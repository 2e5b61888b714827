"""Reading check-in answers from the slots Alexa fills, and the dialog's place in the session."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import Intent

from skill.domain.checkin import Activity
from skill.voice.checkin_dialog import (
    Asked,
    CheckInProgress,
    Heard,
    read_activity,
    read_mood,
)
from tests.voice.checkin_helpers import activity, mood_word

TODAY = date(2026, 11, 24)


def intent(**slots: Any) -> Intent:
    raw = {
        "name": "CheckInIntent",
        "confirmationStatus": "NONE",
        "slots": {
            name: value if isinstance(value, dict) else {"name": name, "value": value}
            for name, value in slots.items()
        },
    }
    parsed = DefaultSerializer().deserialize(json.dumps(raw), Intent)
    assert isinstance(parsed, Intent)
    return parsed


@pytest.mark.parametrize(
    ("slots", "heard", "mood"),
    [
        ({}, Heard.NOTHING, None),
        ({"mood": "4"}, Heard.VALUE, 4),
        ({"mood": "1"}, Heard.VALUE, 1),
        ({"mood": "11"}, Heard.OUT_OF_RANGE, None),
        ({"mood": "0"}, Heard.OUT_OF_RANGE, None),
        ({"mood": "?"}, Heard.UNCLEAR, None),
        ({"moodWord": mood_word("pretty low", "LOW")}, Heard.VALUE, 2),
        ({"moodWord": mood_word("on top of the world", "GREAT")}, Heard.VALUE, 5),
        ({"moodWord": "okay"}, Heard.VALUE, 3),  # no entity resolution: the value's own name
        ({"moodWord": mood_word("purple", None)}, Heard.UNCLEAR, None),
        ({"moodWord": mood_word("7", None)}, Heard.OUT_OF_RANGE, None),
    ],
)
def test_read_mood(slots: dict[str, Any], heard: Heard, mood: int | None) -> None:
    answer = read_mood(intent(**slots))
    assert (answer.heard, answer.mood) == (heard, mood)


@pytest.mark.parametrize(
    ("slot", "heard", "kind"),
    [
        (None, Heard.NOTHING, None),
        (activity("call my sister", "FAMILY"), Heard.VALUE, Activity.FAMILY),
        (activity("try a new recipe", "SOMETHING_NEW"), Heard.VALUE, Activity.SOMETHING_NEW),
        (activity("no idea", "UNSURE"), Heard.UNSURE, None),
        (activity("juggle", None), Heard.UNCLEAR, None),
        ("a hobby", Heard.VALUE, Activity.HOBBY),  # no entity resolution
        (activity("other", "OTHER"), Heard.UNCLEAR, None),  # never a category a person names
    ],
)
def test_read_activity(slot: Any, heard: Heard, kind: Activity | None) -> None:
    answer = read_activity(intent(activity=slot) if slot is not None else intent())
    assert (answer.heard, answer.activity) == (heard, kind)


def test_progress_round_trips_through_the_session() -> None:
    progress = CheckInProgress(TODAY, Asked.SUGGESTION, Activity.REST, missed_activity=True)
    raw = json.loads(json.dumps(progress.to_session()))
    assert CheckInProgress.from_session(raw, TODAY) == progress


def test_progress_begun_yesterday_carries_on_past_midnight() -> None:
    raw = CheckInProgress(date(2026, 11, 23), Asked.MOOD).to_session()
    assert CheckInProgress.from_session(raw, TODAY) is not None


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "checkin",
        {},
        {"day": "yesterday"},
        {"day": "2026-11-24", "asked": "colour"},
        {"day": "2026-11-24", "suggested": "skydiving"},
        {"day": "2026-11-20"},  # stale
        {"day": "2026-11-25"},  # in the future
    ],
)
def test_odd_or_stale_progress_reads_as_none(raw: Any) -> None:
    assert CheckInProgress.from_session(raw, TODAY) is None
