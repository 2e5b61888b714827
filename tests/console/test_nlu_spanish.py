"""The console's matcher on the Spanish model: ratings said as people say them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skill.console.languages import console_language
from skill.console.nlu import Expectation, Matcher

MODEL_PATH = Path(__file__).resolve().parents[2] / "interaction_models" / "es-ES.json"
MATCHER = Matcher.from_file(MODEL_PATH, console_language("es-ES"))
MOOD = Expectation("CheckInIntent", "mood")


@pytest.mark.parametrize(
    ("utterance", "rating"),
    [("un tres supongo", "3"), ("pues como un dos hoy", "2"), ("cuatro creo yo", "4"),
     ("uf un uno", "1")],
)  # fmt: skip
def test_a_rating_said_with_more_words_is_the_rating_not_a_time(
    utterance: str, rating: str
) -> None:
    match = MATCHER.match(utterance, date(2026, 12, 1), MOOD)

    assert (match.intent, match.slots["mood"].value) == ("CheckInIntent", rating)


def test_a_time_asked_for_is_still_read_whole() -> None:
    asked = Expectation("SetReminderIntent", "time")

    match = MATCHER.match("pues a las nueve de la noche mejor", date(2026, 12, 1), asked)

    assert (match.intent, match.slots["time"].value) == ("SetReminderIntent", "21:00")


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [("si", "AMAZON.YesIntent"), ("para", "AMAZON.StopIntent"),
     ("para para ya basta", "AMAZON.StopIntent"),
     ("si me pasa algo esta noche que sepa que fue por él", "CrisisIntent")],
)  # fmt: skip
def test_if_and_for_open_a_sentence_without_answering_yes_or_stop(
    utterance: str, intent: str
) -> None:
    match = MATCHER.match(utterance, date(2026, 12, 1))

    assert match.intent == intent


def test_a_long_sentence_that_opens_with_for_is_not_a_stop() -> None:
    said = "para mí ya se acabó la película ya no quedan capítulos"

    assert MATCHER.match(said, date(2026, 12, 1)).intent != "AMAZON.StopIntent"
