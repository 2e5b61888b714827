"""Cards in the Alexa app: days left, the check-in, progress and the crisis line, in plain words,
with nothing of the other person or of what was said."""

from __future__ import annotations

from tests.alexa import Alexa, Heard
from tests.conftest import FakeClock
from tests.voice.checkin_helpers import check_in, start_period


def card_of(heard: Heard) -> dict:
    card = heard.card
    assert card is not None and card["type"] == "Simple", heard.raw
    assert "<" not in card["title"] + card["content"]  # plain text, no SSML
    return card


def test_days_left_shows_the_day_and_what_is_left(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa)  # last contact the 23rd: the 24th is day 2
    card = card_of(alexa.one_shot("DaysLeftIntent"))
    assert card["title"] == "Day 2 of 30"
    assert card["content"].startswith("29 days to go.")
    clock.advance(days=40)
    assert (
        "finished 30 days without contact" in card_of(alexa.one_shot("DaysLeftIntent"))["content"]
    )


def test_the_check_in_shows_the_streak_and_the_tip(alexa: Alexa) -> None:
    start_period(alexa)
    check_in(alexa)
    card = card_of(alexa.last)  # type: ignore[arg-type]
    assert card["title"] == "Today's check-in"
    assert "Check-in streak: 1 day." in card["content"]
    assert "Today's tip: " in card["content"]


def test_progress_shows_what_was_said(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("UrgeIntent")
    heard = alexa.one_shot("ProgressIntent")
    card = card_of(heard)
    assert card["title"] == "How you're doing"
    assert card["content"] == heard.text
    assert "One urge let pass" in card["content"]


def test_the_crisis_line_is_on_a_card_with_its_number(alexa: Alexa) -> None:
    card = card_of(alexa.one_shot("CrisisIntent"))
    assert "Call or text the Suicide and Crisis Lifeline: 988" in card["content"]
    assert "Call 911" in card["content"]


def test_no_card_holds_what_the_person_said(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("UnsentMessageIntent")
    heard = alexa.answer("i kept the ticket from our first concert")
    assert heard.card is None
    assert alexa.one_shot("AMAZON.HelpIntent").card is None
