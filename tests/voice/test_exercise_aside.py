"""Days left, progress or a slip asked in the middle of an exercise: answered as themselves, the
place kept, and the exercise offered again at the same step."""

from __future__ import annotations

import pytest

from skill.domain.exercises import ExerciseId, StepId
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.lines import phrasings
from tests.voice.checkin_helpers import start_period, state_of
from tests.voice.exercise_walk import answer, prompt, walk_to


def _offers_to_go_back(text: str) -> bool:
    names = ["letting go of the past", "letting go of the future"]
    offers = [
        offer
        for name in names
        for step in range(1, 8)
        for offer in phrasings("exercise_back_offer", exercise=name, step=step, total="{total}")
    ]
    return any(offer.split("{total}")[0] in text for offer in offers)


@pytest.mark.parametrize(
    ("intent", "heard_first"),
    [("DaysLeftIntent", "Day 2 of 30"), ("ProgressIntent", "day 2 of 30")],
)
def test_a_question_mid_exercise_is_answered_then_the_step_is_offered_again(
    alexa: Alexa, store: LocalStore, intent: str, heard_first: str
) -> None:
    start_period(alexa)
    walk_to(alexa, ExerciseId.PAST, StepId.REFRAME)
    heard = alexa.intent(intent)
    assert heard_first in heard.text
    assert "step 4" in heard.text and _offers_to_go_back(heard.text)
    assert not heard.ended
    place = state_of(store, alexa).exercises.in_progress
    assert place is not None and place.position.step is StepId.REFRAME

    heard = alexa.intent("AMAZON.YesIntent")
    assert prompt(ExerciseId.PAST, StepId.REFRAME) in heard.text
    heard = answer(alexa, StepId.REFRAME)
    assert not heard.ended


def test_no_to_going_back_lets_the_place_go(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    walk_to(alexa, ExerciseId.FUTURE, StepId.LISTEN)
    alexa.intent("DaysLeftIntent")
    heard = alexa.intent("AMAZON.NoIntent")
    assert "start an exercise fresh whenever you like" in heard.text
    assert state_of(store, alexa).exercises.in_progress is None


def test_a_slip_mid_exercise_is_recorded_then_the_exercise_offered(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa, last_contact="2026-11-14")
    walk_to(alexa, ExerciseId.PAST, StepId.REFRAME)
    heard = alexa.intent("SlipIntent")
    assert "Shall we start your 30 days again" in heard.text
    heard = alexa.confirm(True)
    assert "day 1 again" in heard.text and _offers_to_go_back(heard.text)
    state = state_of(store, alexa)
    assert state.period is not None and len(state.period.slips) == 1


def test_crisis_words_mid_exercise_get_the_crisis_line(alexa: Alexa) -> None:
    walk_to(alexa, ExerciseId.PAST, StepId.REFRAME)
    heard = alexa.intent("CrisisIntent")
    assert "988" in heard.text
