"""Typed utterances resolved to intents and slots the way Alexa resolves speech."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from skill.console.nlu import BUILTIN_PHRASES, Expectation, Match, Matcher

MODEL_PATH = Path(__file__).resolve().parents[2] / "interaction_models" / "en-US.json"
MODEL: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
TODAY = date(2026, 11, 24)  # a Tuesday
MATCHER = Matcher(MODEL)

# Two sensible fillings per slot type: (words typed, value Alexa sends, resolved value name)
FILLINGS: dict[str, list[tuple[str, str, str | None]]] = {
    "AMAZON.DATE": [("yesterday", "2026-11-23", None), ("last friday", "2026-11-20", None)],
    "AMAZON.DURATION": [("two months", "P2M", None), ("a year and a half", "P1Y6M", None)],
    "AMAZON.NUMBER": [("forty five", "45", None), ("60", "60", None)],
    "AMAZON.TIME": [("8 pm", "20:00", None), ("half past seven in the morning", "07:30", None)],
    "ContactType": [("text", "text", "text"), ("phoned", "phoned", "call")],
    "ExReference": [("him", "him", "him"), ("my ex girlfriend", "my ex girlfriend", "her")],
    "MoodWord": [("awful", "awful", "awful"), ("pretty low", "pretty low", "low")],
    "ActivityCategory": [
        ("call my sister", "call my sister", "family"),
        ("go for a run", "go for a run", "exercise"),
    ],
    "FeelingType": [("anger", "anger", "anger"), ("ashamed", "ashamed", "shame")],
    "AMAZON.SearchQuery": [
        ("i still have your jacket", "i still have your jacket", None),
        ("thank you for the good years", "thank you for the good years", None),
    ],
}


CUSTOM_INTENTS = {
    intent["name"]: intent["samples"]
    for intent in MODEL["interactionModel"]["languageModel"]["intents"]
    if not intent["name"].startswith("AMAZON.")
}


def _match(utterance: str, expecting: Expectation | None = None) -> Match:
    return MATCHER.match(utterance, TODAY, expecting)


def _misread(intent: str, sample: str, variant: int) -> str | None:
    """What is wrong with how ``sample``, its slots filled, is understood; None if nothing."""
    slot_types = MATCHER.slots_of(intent)
    expected: dict[str, tuple[str, str | None]] = {}

    def fill(found: re.Match[str]) -> str:
        words, value, resolved = FILLINGS[slot_types[found.group(1)]][variant]
        expected[found.group(1)] = (value, resolved)
        return words

    said = re.sub(r"\{(\w+)\}", fill, sample)
    match = _match(said)
    if match.intent != intent:
        return f"{said!r}: {match.explain()}"
    for name, (value, resolved) in expected.items():
        got = match.slots[name]
        if got.value is None and not got.slot_type.startswith("AMAZON."):
            continue  # a more literal sample took these words ("i want to text {ex}")
        # A custom value: what it resolves to is what the skill reads.
        if (got.resolved_name if resolved is not None else got.value) != (resolved or value):
            return f"{said!r}: {name} is {got.value!r}"
    return None


@pytest.mark.parametrize("intent", sorted(CUSTOM_INTENTS))
def test_match_resolves_every_sample_to_its_own_intent(intent: str) -> None:
    # Every sample, its slots filled with one of two fillings in turn (so each filling meets
    # half the samples of each pattern); one test an intent keeps the run short.
    misread = [
        problem
        for number, sample in enumerate(CUSTOM_INTENTS[intent])
        if (problem := _misread(intent, sample, number % 2 if "{" in sample else 0)) is not None
    ]
    assert misread == []


@pytest.mark.parametrize(
    ("intent", "phrase"),
    [(intent, phrase) for intent, phrases in BUILTIN_PHRASES.items() for phrase in phrases],
)
def test_match_resolves_builtin_phrase_to_builtin_intent(intent: str, phrase: str) -> None:
    match = _match(phrase)
    assert (match.intent, match.slots) == (intent, {})


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [
        ("I want to text my ex", "UrgeIntent"),
        ("I texted my ex", "SlipIntent"),
        ("i want to text him", "UrgeIntent"),
        ("i texted him", "SlipIntent"),
        ("i want to call her", "UrgeIntent"),
        ("i called her", "SlipIntent"),
        ("i want to see my ex", "UrgeIntent"),
        ("i saw my ex", "SlipIntent"),
        ("i'm about to facetime him", "UrgeIntent"),
        ("i facetimed him", "SlipIntent"),
        ("i want to break no contact", "UrgeIntent"),
        ("i broke no contact", "SlipIntent"),
        ("stop", "AMAZON.StopIntent"),
        ("stop no contact", "EndNoContactIntent"),
        ("cancel", "AMAZON.CancelIntent"),
        ("cancel no contact", "EndNoContactIntent"),
        ("quit", "AMAZON.StopIntent"),
        ("quit no contact", "EndNoContactIntent"),
        ("no", "AMAZON.NoIntent"),
        ("start no contact", "StartNoContactIntent"),
        ("end no contact", "EndNoContactIntent"),
        ("start over", "AMAZON.StartOverIntent"),
        ("how am i doing with no contact", "DaysLeftIntent"),
        ("how am i doing", "ProgressIntent"),
        ("i want to check in", "CheckInIntent"),
        ("i'll call my sister", "CheckInIntent"),
        ("i'm going to call my sister today", "CheckInIntent"),
        ("i'm going to text him", "UrgeIntent"),
        ("help me let go of the past", "LetGoOfPastIntent"),
        ("i let go of the past", "LetItGoIntent"),
        ("let go of the future", "LetGoOfFutureIntent"),
        ("i let go of the future", "LetItGoIntent"),
        ("i'm ready", "ReadyIntent"),
        ("i'm angry", "FeelingIntent"),
        ("i'm not sure", "NotSureIntent"),
        ("skip", "AMAZON.NextIntent"),
        ("pause", "AMAZON.PauseIntent"),
        ("i feel like texting him", "UrgeIntent"),
    ],
)
def test_match_keeps_close_phrases_apart(utterance: str, intent: str) -> None:
    assert _match(utterance).intent == intent


@pytest.mark.parametrize("utterance", ["no contact", "no no contact"])
def test_match_leaves_phrases_owned_elsewhere_to_the_fallback(utterance: str) -> None:
    # No custom intent takes them: "no ..." is heard as Alexa's no, anything else falls back.
    assert _match(utterance).intent in ("AMAZON.FallbackIntent", "AMAZON.NoIntent")


@pytest.mark.parametrize(
    "utterance",
    ["I'm starting no contact", "im starting no contact", "i am starting no contact",
     "I\u2019m starting NO contact!", "  i'm   starting, no contact.  ", "Alexa, start no contact"],
)  # fmt: skip
def test_match_normalises_case_punctuation_and_contractions(utterance: str) -> None:
    assert _match(utterance).intent == "StartNoContactIntent"


@pytest.mark.parametrize("utterance", ["", "i like her", "banana", "tell me about dinosaurs"])
def test_match_falls_back_when_nothing_fits(utterance: str) -> None:
    match = _match(utterance)
    assert (match.intent, match.slots, match.how) == ("AMAZON.FallbackIntent", {}, "fallback")


@pytest.mark.parametrize("utterance", ["what's the weather", "play the radio", "set a timer"])
def test_what_any_echo_is_asked_for_is_not_for_this_skill(utterance: str) -> None:
    assert _match(utterance).intent == "AMAZON.FallbackIntent"


def test_match_lists_every_declared_slot_with_unfilled_ones_empty() -> None:
    match = _match("i texted him")
    assert set(match.slots) == {"contactType", "ex", "when"}
    assert match.slots["when"].value is None
    assert match.slots["when"].slot_type == "AMAZON.DATE"


def test_match_resolves_custom_values_with_name_and_id() -> None:
    match = _match("i'm about to facetime my husband")
    contact, ex = match.slots["contactType"], match.slots["ex"]
    assert (contact.value, contact.resolved_name, contact.resolved_id) == (
        "facetime",
        "call",
        "CALL",
    )
    assert (ex.value, ex.resolved_name, ex.resolved_id) == ("my husband", "him", "EX_HIM")
    assert ex.slot_type == "ExReference"


def test_match_accepts_unknown_words_for_custom_slot_unresolved() -> None:
    ex = _match("i texted sam").slots["ex"]
    assert (ex.value, ex.resolved_name, ex.resolved_id) == ("sam", None, None)


def test_match_prefers_parsed_slots_over_free_text() -> None:
    slots = _match("I called him yesterday").slots
    assert (slots["ex"].value, slots["when"].value) == ("him", "2026-11-23")


def test_match_fills_several_slots_of_one_sample() -> None:
    slots = _match("we broke up last friday after two and a half years together").slots
    assert (slots["lastContact"].value, slots["relationshipLength"].value) == (
        "2026-11-20",
        "P2Y6M",
    )


LAST_CONTACT = Expectation("StartNoContactIntent", "lastContact")


@pytest.mark.parametrize(
    ("utterance", "expecting", "slot", "value"),
    [
        ("yesterday", LAST_CONTACT, "lastContact", "2026-11-23"),
        ("friday", LAST_CONTACT, "lastContact", "2026-11-20"),
        ("it was three days ago", LAST_CONTACT, "lastContact", "2026-11-21"),
        ("about two years", Expectation("StartNoContactIntent", "relationshipLength"),
         "relationshipLength", "P2Y"),
        ("sixty", Expectation("SetPeriodLengthIntent", "targetDays"), "targetDays", "60"),
        ("forty five days", Expectation("SetPeriodLengthIntent", "targetDays"), "targetDays", "45"),
    ],
)  # fmt: skip
def test_match_fills_the_elicited_slot_with_a_bare_value(
    utterance: str, expecting: Expectation, slot: str, value: str
) -> None:
    match = _match(utterance, expecting)
    assert match.intent == expecting.intent
    assert match.slots[slot].value == value
    assert all(fill.value is None for name, fill in match.slots.items() if name != slot)


def test_of_two_times_said_the_later_is_the_answer() -> None:
    asked = Expectation("SetReminderIntent", "time")
    match = _match("ugh my phone's always dead by night so make it noon", asked)
    assert (match.intent, match.slots["time"].value) == ("SetReminderIntent", "12:00")


def test_a_vague_time_before_a_clock_time_leaves_the_clock_time() -> None:
    match = _match("can you nudge me every morning at seven")
    assert (match.intent, match.slots["time"].value) == ("SetReminderIntent", "07:00")


def test_values_said_around_a_sample_fill_the_slots_it_leaves_empty() -> None:
    match = _match("i wanna start a no contact thing for sixty days")
    assert match.intent == "StartNoContactIntent"
    assert match.slots["targetDays"].value == "60"


def test_crisis_words_said_beside_an_answer_are_heard() -> None:
    asked = Expectation("StartNoContactIntent", "relationshipLength")
    said = "five years and i have been looking up how high the bridge downtown is"
    assert _match(said, asked).intent == "CrisisIntent"


def test_an_answer_with_a_few_words_more_is_still_the_answer() -> None:
    asked = Expectation("StartNoContactIntent", "relationshipLength")
    match = _match("five years on and off i guess", asked)
    assert (match.intent, match.slots["relationshipLength"].value) == (
        "StartNoContactIntent",
        "P5Y",
    )


def test_only_the_value_asked_for_answers_what_they_did() -> None:
    asked = Expectation("CheckInIntent", "activity")
    said = "nothing i just keep thinking about the house we were gonna buy can we do the future one"
    assert _match(said, asked).intent == "LetGoOfFutureIntent"  # "one" is no activity
    said = "i didn't do anything i just want to message him so bad"
    assert _match(said, asked).intent == "UrgeIntent"  # "so bad" is no activity either
    # Asked how they feel, the number beside other words is still the rating.
    rated = _match("a two i cried the whole drive home", Expectation("CheckInIntent", "mood"))
    assert (rated.intent, rated.slots["mood"].value) == ("CheckInIntent", "2")


def test_match_ignores_a_bare_value_when_no_slot_is_elicited() -> None:
    assert _match("yesterday").intent == "AMAZON.FallbackIntent"


def test_match_tries_expected_intent_samples_while_eliciting() -> None:
    match = _match("we were together for two years", LAST_CONTACT)
    assert match.intent == "StartNoContactIntent"
    assert match.slots["relationshipLength"].value == "P2Y"


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [("stop", "AMAZON.StopIntent"), ("cancel", "AMAZON.CancelIntent"),
     ("help", "AMAZON.HelpIntent"), ("no", "AMAZON.NoIntent"),
     ("how many days left", "DaysLeftIntent"), ("i texted him", "SlipIntent")],
)  # fmt: skip
def test_match_lets_other_intents_through_while_eliciting(utterance: str, intent: str) -> None:
    assert _match(utterance, LAST_CONTACT).intent == intent


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [("yes", "AMAZON.YesIntent"), ("i am", "AMAZON.YesIntent"), ("no thanks", "AMAZON.NoIntent"),
     ("stop", "AMAZON.StopIntent"), ("i texted him", "SlipIntent")],
)  # fmt: skip
def test_match_answers_a_pending_confirmation(utterance: str, intent: str) -> None:
    assert _match(utterance, Expectation("SlipIntent")).intent == intent


def test_match_ignores_an_expectation_for_an_undeclared_slot() -> None:
    expecting = Expectation("DaysLeftIntent", "lastContact")
    assert _match("yesterday", expecting).intent == "AMAZON.FallbackIntent"


@pytest.mark.parametrize(
    ("utterance", "expected"),
    [
        ("ask letting go how many days left", ("how many days left", True)),
        ("tell letting go I texted him", ("i texted him", True)),
        ("ask letting go to help me", ("help me", True)),
        ("tell letting go that we broke up today", ("we broke up today", True)),
        ("Alexa, ask Letting Go: how many days left?", ("how many days left", True)),
        ("alexa ask letting go what day am i on", ("what day am i on", True)),
        ("open letting go", ("", True)),
        ("start letting go", ("", True)),
        ("launch letting go", ("", True)),
        ("Alexa, open Letting Go.", ("", True)),
        ("ask letting go", ("", True)),
        ("how many days left", ("how many days left", False)),
        ("I'm letting go of him", ("I'm letting go of him", False)),
    ],
)
def test_strip_invocation_separates_invocation_from_request(
    utterance: str, expected: tuple[str, bool]
) -> None:
    assert MATCHER.strip_invocation(utterance) == expected


def test_from_file_reads_the_invocation_name() -> None:
    assert Matcher.from_file(MODEL_PATH).invocation_name == "letting go"


def test_slots_of_gives_declared_slot_types() -> None:
    assert MATCHER.slots_of("SetPeriodLengthIntent") == {"targetDays": "AMAZON.NUMBER"}
    assert MATCHER.slots_of("NoSuchIntent") == {}
