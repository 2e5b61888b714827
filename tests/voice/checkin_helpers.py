"""Saying check-in answers the way Alexa sends them, and reading back what a person heard."""

from __future__ import annotations

from typing import Any

from skill.console.envelopes import slot_json
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import UserState, load_state
from skill.voice import speech_en
from tests.alexa import Alexa


def activity(heard: str, value_id: str | None) -> dict[str, Any]:
    """The activity slot as Alexa sends it: resolved to ``value_id``, or not resolved (None)."""
    return slot_json(
        "activity",
        heard,
        resolved_name=value_id.lower() if value_id else None,
        resolved_id=value_id,
        slot_type="ActivityCategory",
    )


def mood_word(heard: str, value_id: str | None) -> dict[str, Any]:
    return slot_json(
        "moodWord",
        heard,
        resolved_name=value_id.lower() if value_id else None,
        resolved_id=value_id,
        slot_type="MoodWord",
    )


def state_of(store: LocalStore, alexa: Alexa) -> UserState:
    return load_state(store.read(hash_owner("user", alexa.caller.user_id)))


def start_period(alexa: Alexa, last_contact: str = "2026-11-23", target: str = "30") -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": last_contact, "targetDays": target})
    heard = alexa.confirm(True)
    assert "It's set" in heard.text, heard.text


TIP_LINES = {
    key.removeprefix("tip_"): lines[0]
    for key, lines in speech_en.LINES.items()
    if key.startswith("tip_")
}


def tip_heard(text: str) -> str | None:
    """The id of the tip said in ``text``, if one was."""
    found = [tip_id for tip_id, line in TIP_LINES.items() if line in text]
    assert len(found) <= 1, found
    return found[0] if found else None


def check_in(alexa: Alexa, mood: str = "4", heard: str = "call my sister") -> str:
    """A whole check-in during a period, kept no contact: what was heard at the end."""
    asked = alexa.one_shot("CheckInIntent")
    assert "no contact" in asked.text, asked.text
    alexa.confirm(True)
    return alexa.answer(mood, activity=activity(heard, "FAMILY")).text
