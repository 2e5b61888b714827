"""Words of crisis: the locale's crisis line, calmly and at once, from anywhere in a dialog."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock
from tests.voice.test_faults import BrokenStore


@pytest.mark.parametrize(
    ("locale", "line", "number", "emergency"),
    [
        ("en-US", "the Suicide and Crisis Lifeline", "988", "911"),
        ("en-CA", "the Suicide Crisis Helpline", "988", "911"),
        ("en-GB", "Samaritans", "116 123", "999"),
        ("en-AU", "Lifeline", "13 11 14", "000"),
        ("en-IN", "Tele MANAS", "14416", "112"),
    ],
)
def test_crisis_words_get_the_locales_crisis_line(
    alexa: Alexa, locale: str, line: str, number: str, emergency: str
) -> None:
    alexa.caller = replace(alexa.caller, locale=locale)
    heard = alexa.one_shot("CrisisIntent")
    assert f"{line} on {number}" in heard.text
    assert f"call {emergency}" in heard.text
    assert f'<say-as interpret-as="telephone">{number}</say-as>' in heard.ssml
    assert heard.text.startswith("I'm really glad you told me.")
    assert number in heard.reprompt
    assert not heard.ended


def test_a_locale_without_a_known_line_is_pointed_to_local_help(alexa: Alexa) -> None:
    alexa.caller = replace(alexa.caller, locale="fr-FR")
    heard = alexa.one_shot("CrisisIntent")
    assert "local emergency number" in heard.text
    assert "988" not in heard.text


def test_repeat_says_the_number_again(alexa: Alexa) -> None:
    first = alexa.one_shot("CrisisIntent")
    assert alexa.intent("AMAZON.RepeatIntent").text == first.text


def test_crisis_words_leave_the_start_dialog(alexa: Alexa) -> None:
    assert alexa.one_shot("StartNoContactIntent").directive_types == ["Dialog.ElicitSlot"]
    heard = alexa.intent("CrisisIntent")
    assert "988" in heard.text
    assert heard.directives == []
    # the dialog is over: a yes now answers nothing that was asked before
    assert "not sure what that answers" in alexa.intent("AMAZON.YesIntent").text


def test_crisis_words_come_before_a_pending_confirmation(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-23", "targetDays": "30"})
    alexa.confirm(True)
    alexa.intent("AMAZON.NoIntent")
    alexa.one_shot("DeleteDataIntent")
    assert "988" in alexa.intent("CrisisIntent").text
    assert "not sure what that answers" in alexa.intent("AMAZON.YesIntent").text
    assert "day 2 of 30" in alexa.launch().text  # the yes deleted nothing


def test_crisis_words_leave_a_guided_exercise(alexa: Alexa) -> None:
    alexa.one_shot("LetGoOfPastIntent")
    heard = alexa.intent("CrisisIntent")
    assert "988" in heard.text
    assert alexa.intent("AMAZON.RepeatIntent").text == heard.text


def test_crisis_words_right_after_the_permission_prompt(alexa: Alexa) -> None:
    alexa.one_shot("SetReminderIntent", {"time": "20:00"})
    assert "988" in alexa.intent("CrisisIntent").text


def test_crisis_line_is_given_even_when_saved_progress_cannot_be_read(
    store: LocalStore, clock: FakeClock, alexa: Alexa
) -> None:
    skill = build_skill(
        BrokenStore(store, fail_reads=True),
        clock=clock,
        api_client=FakeAlexaApi(),
        rng=random.Random(2),
    )
    broken = Alexa(lambda e: handle_event(skill, e), caller=alexa.caller, now=clock.now)
    heard = broken.one_shot("CrisisIntent")
    assert "988" in heard.text
    assert "saved progress" not in heard.text
