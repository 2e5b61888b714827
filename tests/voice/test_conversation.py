"""Help, repeat, stop, fallback, yes and no: the conversation never leaves a person stuck."""

from __future__ import annotations

import itertools

from tests.alexa import Alexa


def test_help_says_what_to_say_and_that_it_is_coaching(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.HelpIntent")
    assert "not a therapist" in heard.text
    assert "start no contact" in heard.text  # nothing has begun yet: first things first
    assert "what else" in heard.text
    assert not heard.ended


def test_help_with_a_period_running_names_what_matters_now(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-23", "targetDays": "30"})
    alexa.confirm(True)
    heard = alexa.one_shot("AMAZON.HelpIntent")
    assert "how many days left" in heard.text and "check-in" in heard.text


# What a person can ask for, each as help names it: help, then "what else", names every one.
CAPABILITIES = (
    "start no contact", "how many days left", "I texted them", "I want to text them",
    "end no contact", "today's check-in", "how am I doing", "let go of the past",
    "let go of the future", "I want to tell them something", "breathe with me", "remind me at",
    "what are my reminders", "cancel my reminders", "delete my data",
)  # fmt: skip


def test_help_then_what_else_names_every_capability_in_two_turns(alexa: Alexa) -> None:
    first = alexa.one_shot("AMAZON.HelpIntent")
    more = alexa.intent("MoreHelpIntent")
    heard = f"{first.text} {more.text}"
    assert [c for c in CAPABILITIES if c not in heard] == []
    assert not more.ended and len(more.text.split()) <= 60


def test_repeat_says_the_last_thing_again_with_its_question(alexa: Alexa) -> None:
    first = alexa.launch()
    heard = alexa.intent("AMAZON.RepeatIntent")
    assert heard.text == first.text
    heard = alexa.intent("AMAZON.YesIntent")  # the repeated question can still be answered
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_repeat_inside_a_dialog_keeps_the_dialog(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("AMAZON.RepeatIntent")
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_repeat_with_nothing_said_yet(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.RepeatIntent")
    assert "nothing for me to repeat" in heard.text


def test_stop_and_cancel_say_goodbye_and_end(alexa: Alexa) -> None:
    alexa.launch()
    heard = alexa.intent("AMAZON.StopIntent")
    assert heard.ended
    assert heard.text
    alexa.launch()
    assert alexa.intent("AMAZON.CancelIntent").ended


def test_no_to_the_welcome_offer_ends_kindly(alexa: Alexa) -> None:
    alexa.launch()
    heard = alexa.intent("AMAZON.NoIntent")
    assert "whenever you're ready" in heard.text.lower()
    assert heard.ended


def test_fallback_offers_what_to_say(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.FallbackIntent")
    assert "didn't get that" in heard.text or "not sure I followed" in heard.text
    assert not heard.ended


def test_fallback_inside_a_dialog_asks_the_question_again(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("AMAZON.FallbackIntent")
    assert "didn't catch that" in heard.text
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_unknown_intent_gets_the_fallback(alexa: Alexa) -> None:
    heard = alexa.one_shot("SomethingElseIntent")
    assert "help" in heard.text
    assert not heard.ended


def test_yes_out_of_the_blue_is_handled(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.YesIntent")
    assert "not sure what that answers" in heard.text


def test_navigate_home_leaves_the_dialog(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("AMAZON.NavigateHomeIntent")
    assert heard.directives == []
    assert "Shall we set up your no-contact period?" in heard.text


def test_session_ended_gets_no_speech(alexa: Alexa) -> None:
    alexa.launch()
    heard = alexa.end_session()
    assert heard.ssml == ""


def test_phrasings_do_not_repeat_twice_in_a_row(alexa: Alexa) -> None:
    said = [alexa.one_shot("AMAZON.FallbackIntent").text]
    for _ in range(6):
        said.append(alexa.intent("AMAZON.FallbackIntent").text)
    assert len(set(said)) == 2
    assert all(a != b for a, b in itertools.pairwise(said))


def test_start_over_inside_the_start_dialog_asks_from_the_top(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20"})
    heard = alexa.intent("AMAZON.StartOverIntent")
    assert heard.directives[0]["slotToElicit"] == "lastContact"
    assert "value" not in heard.directives[0]["updatedIntent"]["slots"]["lastContact"]


def test_start_over_elsewhere_goes_back_to_the_welcome(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.StartOverIntent")
    assert "Shall we set up your no-contact period?" in heard.text
