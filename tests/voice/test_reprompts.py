"""The reprompts heard often: varied, shorter than what they follow, and only what to say next.

The guided exercises' step reprompts are checked with the rest of the exercises' speech
(tests/voice/test_exercise_speech.py); these are the questions of the dialogs around them.
"""

from __future__ import annotations

import re

import pytest

from skill.voice import speech_en
from tests.lines import as_heard

_SUGGESTIONS = ("friends", "family", "exercise", "hobby", "goal", "rest", "something_new")

# Each frequent reprompt, and the prompts it can follow.
FREQUENT = {
    "welcome_new_reprompt": (
        "welcome_new",
        "welcome_back_idle",
        "no_period",
        "period_ended",
        "slip_no_period",
        "checkin_no_period_offer",
        "progress_offer_start",
    ),
    "ask_last_contact_reprompt": ("ask_last_contact",),
    "ask_relationship_length_reprompt": ("ask_relationship_length",),
    "ask_target_days_reprompt": ("ask_target_days",),
    "confirm_long_ago_reprompt": ("confirm_long_ago",),
    "commitment_reprompt": ("commitment",),
    "slip_confirm_reprompt": ("slip_confirm",),
    "slip_when_reprompt": ("slip_when_unclear", "slip_when_future"),
    "end_confirm_reprompt": ("end_confirm",),
    "checkin_offer_reprompt": ("welcome_back_checkin",),
    "checkin_ask_contact_reprompt": ("checkin_ask_contact", "checkin_ask_contact_first"),
    "checkin_ask_mood_reprompt": ("checkin_ask_mood",),
    "checkin_ask_activity_reprompt": ("checkin_ask_activity",),
    "checkin_suggest_reprompt": tuple(f"checkin_suggest_{name}" for name in _SUGGESTIONS),
    "progress_offer_reprompt": (
        "checkin_already_done",
        "checkin_already_done_no_activity",
        "checkin_already_done_brief",
    ),
    "exercise_resume_reprompt": ("exercise_resume_offer",),
    "ask_reminder_time_reprompt": ("ask_reminder_time",),
    "last_day_offer_reprompt": ("last_day_offer",),
    "urge_choice_reprompt": ("urge_choice", "urge_choice_which"),
    "breathe_after_reprompt": ("breathe_after",),
    "unsent_invite_reprompt": ("unsent_invite",),
    "unsent_after_reprompt": ("unsent_after",),
}
# Kept to one steady wording on purpose: the number to call in a crisis, and the question
# before deleting everything, are clearest said the same way each time.
STEADY = {"crisis_reprompt", "crisis_no_line_reprompt", "delete_confirm_reprompt"}
# Already varied before, and not tied to one prompt: the menu's "what would you like?".
MENU = {"menu_reprompt"}


def lines_of(key: str) -> list[str]:
    """Every phrasing of ``key`` as heard, a value's place taken by one word."""
    return [as_heard(re.sub(r"\{\w+\}", " x ", text)) for text in speech_en.LINES[key]]


def words(text: str) -> int:
    return len(text.split())


def last_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+", text)[-1]


def test_every_reprompt_in_the_catalog_is_varied_or_kept_steady_on_purpose() -> None:
    reprompts = {key for key in speech_en.LINES if key.endswith("_reprompt")}
    exercise_steps = {key for key in reprompts if key.startswith(("past_", "future_"))}
    assert reprompts - exercise_steps == set(FREQUENT) | STEADY | MENU


@pytest.mark.parametrize("key", FREQUENT)
def test_a_frequent_reprompt_has_two_or_three_phrasings(key: str) -> None:
    lines = speech_en.LINES[key]
    assert 2 <= len(lines) <= 3
    assert len(set(lines)) == len(lines)


@pytest.mark.parametrize(("key", "prompts"), FREQUENT.items())
def test_a_frequent_reprompt_is_shorter_than_every_prompt_it_follows(
    key: str, prompts: tuple[str, ...]
) -> None:
    shortest = min(words(line) for prompt in prompts for line in lines_of(prompt))
    for line in lines_of(key):
        assert words(line) < shortest, line


@pytest.mark.parametrize(("key", "prompts"), FREQUENT.items())
def test_a_frequent_reprompt_ends_telling_what_to_say(key: str, prompts: tuple[str, ...]) -> None:
    yes_or_no = all(
        line.lower().endswith("say yes or no.") for prompt in prompts for line in lines_of(prompt)
    )
    for line in lines_of(key):
        assert "say" in last_sentence(line).lower(), line
        if yes_or_no:
            assert line.lower().endswith("say yes or no."), line
