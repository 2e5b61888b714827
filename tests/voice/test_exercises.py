"""The guided exercises by voice: walked through, navigated, stopped, resumed, misheard."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.domain.exercises import ExerciseId, StepId
from skill.domain.exercises.definitions import EXERCISES
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import UserState, load_state
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock
from tests.lines import said
from tests.voice.exercise_walk import (
    START_INTENTS,
    STEPS,
    answer,
    finish_from,
    prompt,
    reprompts,
    steps_of,
    walk_to,
)

PAST, FUTURE = ExerciseId.PAST, ExerciseId.FUTURE
# The fixtures' clock stands at 2026-11-24, 18:00 in Los Angeles (the device's zone).
TODAY = "2026-11-24"
STEP_IDS = [f"{exercise.value}-{step.value}" for exercise, step in STEPS]


def state_of(store: LocalStore, alexa: Alexa) -> UserState:
    return load_state(store.read(hash_owner("user", alexa.caller.user_id)))


@pytest.fixture
def new_process(
    store_path: Path, clock: FakeClock, alexa_api: FakeAlexaApi, caller: Caller
) -> Callable[[], Alexa]:
    """Alexa talking to a freshly built skill over the same store file, as after a restart."""

    def make() -> Alexa:
        store = LocalStore(store_path, clock=lambda: clock.now().timestamp())
        skill = build_skill(store, clock=clock, api_client=alexa_api, rng=random.Random(11))
        handler: Callable[[dict[str, Any]], dict[str, Any]] = lambda e: handle_event(skill, e)  # noqa: E731
        return Alexa(handler, caller=caller, now=clock.now)

    return make


# --- walking through ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feeling", "reframe"),
    [
        ("resentment", "past_reframe_resentment"),
        ("jealousy", "past_reframe_jealousy"),
        ("anger", "past_reframe_anger"),
        ("shame", "past_reframe_shame"),
        (None, "past_reframe_unsure"),
    ],
)
def test_letting_go_of_the_past_from_one_shot_to_close(
    alexa: Alexa, store: LocalStore, feeling: str | None, reframe: str
) -> None:
    heard = alexa.one_shot("LetGoOfPastIntent")
    assert heard.text.startswith(said("past_intro"))
    for step, after in zip(steps_of(PAST), [*steps_of(PAST)[1:], None], strict=True):
        assert not heard.ended
        assert heard.text.endswith(prompt(PAST, step)), step
        assert heard.reprompt in reprompts(PAST, step)
        heard = answer(alexa, step, feeling=feeling)
        if after is StepId.REFRAME:
            assert heard.text.startswith(said(reframe))
    assert heard.ended
    assert said("past_close") in heard.text
    assert heard.text.endswith(said("past_close_prompt"))
    kept = state_of(store, alexa).exercises
    assert kept.completions == {"past": 1}
    assert kept.total_completed == 1
    assert {k: d.isoformat() for k, d in kept.last_completed.items()} == {"past": TODAY}
    assert (kept.last_feeling.value if kept.last_feeling else None) == feeling
    assert kept.in_progress is None


def test_letting_go_of_the_future_from_one_shot_to_close(alexa: Alexa, store: LocalStore) -> None:
    heard = alexa.one_shot("LetGoOfFutureIntent")
    assert heard.text.startswith(said("future_intro"))
    for step in steps_of(FUTURE):
        assert not heard.ended
        assert heard.text.endswith(prompt(FUTURE, step))
        heard = answer(alexa, step)
    assert heard.ended
    assert heard.text.endswith(said("future_close_prompt"))
    assert state_of(store, alexa).exercises.completions == {"future": 1}


def test_doing_both_adds_up_for_progress(alexa: Alexa, store: LocalStore) -> None:
    for exercise in (PAST, FUTURE, FUTURE):
        first = steps_of(exercise)[0]
        walk_to(alexa, exercise, first)
        finish_from(alexa, exercise, first)
    kept = state_of(store, alexa).exercises
    assert kept.completions == {"past": 1, "future": 2}
    assert kept.total_completed == 3


def test_perspective_yes_and_no_are_answered_differently(alexa: Alexa) -> None:
    walk_to(alexa, PAST, StepId.PERSPECTIVE)
    yes = answer(alexa, StepId.PERSPECTIVE, yes=True)
    walk_to(alexa, PAST, StepId.PERSPECTIVE)
    no = answer(alexa, StepId.PERSPECTIVE, yes=False)
    assert yes.text.startswith(said("past_perspective_yes"))
    assert no.text.startswith(said("past_perspective_no"))
    assert yes.text.endswith(prompt(PAST, StepId.VOW))
    assert no.text.endswith(prompt(PAST, StepId.VOW))


def test_the_feeling_step_listens_for_the_feeling_slot(alexa: Alexa) -> None:
    heard = walk_to(alexa, PAST, StepId.NAME_FEELING)
    (directive,) = heard.directives
    assert directive["type"] == "Dialog.ElicitSlot"
    assert directive["slotToElicit"] == "feeling"
    assert directive["updatedIntent"]["name"] == "FeelingIntent"
    heard = alexa.answer("shame")
    assert heard.text.startswith(said("past_reframe_shame"))
    assert heard.directives == []


def test_a_word_that_is_not_one_of_the_four_is_taken_as_not_knowing(alexa: Alexa) -> None:
    walk_to(alexa, PAST, StepId.NAME_FEELING)
    heard = alexa.answer("sadness")
    assert heard.text.startswith(said("past_reframe_unsure"))


def test_an_exercise_started_inside_another_replaces_it(alexa: Alexa, store: LocalStore) -> None:
    walk_to(alexa, PAST, StepId.REFRAME)
    heard = alexa.intent("LetGoOfFutureIntent")
    assert heard.text.startswith(said("future_intro"))
    place = state_of(store, alexa).exercises.in_progress
    assert place is not None and place.position.exercise is FUTURE


# --- navigation at every step ---------------------------------------------------------------------


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_help_says_where_you_are_and_what_to_say(
    alexa: Alexa, exercise: ExerciseId, step: StepId
) -> None:
    walk_to(alexa, exercise, step)
    heard = alexa.intent("AMAZON.HelpIntent")
    number = steps_of(exercise).index(step) + 1
    name = said(f"exercise_name_{exercise.value}")
    assert heard.text.startswith(f"You're on step {number} of {len(steps_of(exercise))} of {name}.")
    assert said(f"{exercise.value}_{step.value}_help") in heard.text
    assert "skip" in heard.text and "pause" in heard.text
    assert heard.reprompt in reprompts(exercise, step)
    assert answer(alexa, step).text != heard.text  # the step still takes its answer


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_repeat_says_the_step_again(alexa: Alexa, exercise: ExerciseId, step: StepId) -> None:
    arrived = walk_to(alexa, exercise, step)
    heard = alexa.intent("AMAZON.RepeatIntent")
    assert arrived.text.endswith(heard.text)
    assert heard.text.endswith(prompt(exercise, step))
    assert not heard.ended


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_skip_moves_to_the_next_step(alexa: Alexa, exercise: ExerciseId, step: StepId) -> None:
    walk_to(alexa, exercise, step)
    heard = alexa.intent("AMAZON.NextIntent")
    steps = steps_of(exercise)
    if step is steps[-1]:
        assert heard.ended
        assert heard.text.endswith(said(f"{exercise.value}_close_prompt"))
    else:
        assert heard.text.endswith(prompt(exercise, steps[steps.index(step) + 1]))


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_start_over_goes_back_to_the_first_step(
    alexa: Alexa, exercise: ExerciseId, step: StepId
) -> None:
    walk_to(alexa, exercise, step)
    heard = alexa.intent("AMAZON.StartOverIntent")
    assert heard.text.startswith(said("exercise_start_over"))
    assert heard.text.endswith(prompt(exercise, steps_of(exercise)[0]))


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_an_unexpected_reply_gets_the_steps_own_reprompt(
    alexa: Alexa, exercise: ExerciseId, step: StepId
) -> None:
    walk_to(alexa, exercise, step)
    takes_ready = step not in (StepId.NAME_FEELING, StepId.PERSPECTIVE, StepId.VOW)
    wrong_answer = "LetItGoIntent" if takes_ready else "ReadyIntent"
    for intent in (wrong_answer, "AMAZON.FallbackIntent"):
        heard = alexa.intent(intent)
        assert heard.text in reprompts(exercise, step), intent
        assert heard.reprompt == heard.text
        assert not heard.ended
    moved = answer(alexa, step)
    assert not any(line in moved.text for line in reprompts(exercise, step))


MISHEARD = ["AMAZON.FallbackIntent", "AMAZON.FallbackIntent", "AMAZON.FallbackIntent"]
REPEAT, HELP = "AMAZON.RepeatIntent", "AMAZON.HelpIntent"


@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_the_same_reprompt_is_never_heard_twice_in_a_row(
    alexa: Alexa, exercise: ExerciseId, step: StepId
) -> None:
    arrived = walk_to(alexa, exercise, step)
    asked = [*MISHEARD, REPEAT, REPEAT, *MISHEARD, HELP, REPEAT, *MISHEARD, *MISHEARD]
    turns = [alexa.intent(intent) for intent in asked]
    heard = [arrived.reprompt, *(turn.reprompt for turn in turns)]
    assert all(line in reprompts(exercise, step) for line in heard), heard
    assert all(before != after for before, after in pairwise(heard)), heard
    assert set(heard) == set(reprompts(exercise, step))
    for intent, turn in zip(asked, turns, strict=True):
        # A misheard turn says the reprompt itself, so what is said never repeats either.
        assert (turn.text == turn.reprompt) is (intent in MISHEARD), intent


def test_go_home_keeps_the_place_and_offers_the_menu(alexa: Alexa, store: LocalStore) -> None:
    walk_to(alexa, FUTURE, StepId.LISTEN)
    heard = alexa.intent("AMAZON.NavigateHomeIntent")
    assert "kept your place at step 4 of 5" in heard.text
    assert not heard.ended
    heard = alexa.intent("AMAZON.HelpIntent")  # help is the skill's own again
    assert "not a therapist" in heard.text
    place = state_of(store, alexa).exercises.in_progress
    assert place is not None and place.position.step is StepId.LISTEN


# --- stopping and picking up later ----------------------------------------------------------------

STOPS = ["AMAZON.StopIntent", "AMAZON.PauseIntent", "AMAZON.CancelIntent"]


@pytest.mark.parametrize("where", ["new session", "new process"])
@pytest.mark.parametrize(("exercise", "step"), STEPS, ids=STEP_IDS)
def test_stopping_at_any_step_resumes_there_next_time(
    alexa: Alexa,
    new_process: Callable[[], Alexa],
    store: LocalStore,
    exercise: ExerciseId,
    step: StepId,
    where: str,
) -> None:
    walk_to(alexa, exercise, step)
    number, total = steps_of(exercise).index(step) + 1, len(steps_of(exercise))
    heard = alexa.intent(STOPS[number % len(STOPS)])
    assert heard.ended
    assert f"pause here, at step {number} of {total}" in heard.text

    later = new_process() if where == "new process" else alexa
    heard = later.launch()
    assert f"step {number} of {total}" in heard.text
    assert said(f"exercise_name_{exercise.value}") in heard.text
    heard = later.intent("AMAZON.YesIntent")
    assert heard.text.startswith(said("exercise_resumed", step=number, total=total))
    assert heard.text.endswith(prompt(exercise, step))
    heard = finish_from(later, exercise, step)
    assert heard.ended
    assert state_of(store, later).exercises.completed(exercise) == 1


def test_no_answer_twice_ends_quietly_and_keeps_the_step(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    walk_to(alexa, PAST, StepId.BRING_TO_MIND)
    # Alexa says the reprompt itself; when that gets no answer either, the session ends.
    heard = alexa.end_session("EXCEEDED_MAX_REPROMPTS")
    assert heard.ssml == ""
    clock.advance(days=2)
    heard = alexa.launch()
    assert "letting go of the past" in heard.text and "step 2 of 6" in heard.text
    assert alexa.intent("AMAZON.YesIntent").text.endswith(prompt(PAST, StepId.BRING_TO_MIND))


def test_a_place_older_than_a_week_is_not_offered(alexa: Alexa, clock: FakeClock) -> None:
    walk_to(alexa, FUTURE, StepId.PRESSURE)
    alexa.intent("AMAZON.StopIntent")
    clock.advance(days=7)
    assert "step 2 of 5" in alexa.launch().text
    clock.advance(days=1)
    heard = alexa.launch()
    assert "step 2 of 5" not in heard.text
    assert "Shall we set up your no-contact period?" in heard.text


def test_no_to_picking_up_offers_the_menu_and_lets_the_place_go(
    alexa: Alexa, store: LocalStore
) -> None:
    walk_to(alexa, PAST, StepId.VOW)
    alexa.intent("AMAZON.PauseIntent")
    alexa.launch()
    heard = alexa.intent("AMAZON.NoIntent")
    assert heard.text == said("exercise_resume_declined")
    assert not heard.ended
    assert state_of(store, alexa).exercises.in_progress is None
    assert "step" not in alexa.launch().text


def test_a_running_period_is_welcomed_as_before_once_the_place_is_gone(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    alexa.answer("2026-11-23")
    alexa.answer("P2Y")
    alexa.confirm(True)
    walk_to(alexa, PAST, StepId.SETTLE)
    finish_from(alexa, PAST, StepId.SETTLE)
    assert "day 2 of 30" in alexa.launch().text.lower()


def test_resumed_place_is_dated_again(alexa: Alexa, store: LocalStore, clock: FakeClock) -> None:
    walk_to(alexa, FUTURE, StepId.DIFFERENT)
    alexa.intent("AMAZON.StopIntent")
    clock.advance(days=6)
    alexa.launch()
    alexa.intent("AMAZON.YesIntent")
    place = state_of(store, alexa).exercises.in_progress
    assert place is not None
    assert place.since == (clock.now() - timedelta(hours=8)).date()


# --- outside an exercise --------------------------------------------------------------------------


@pytest.mark.parametrize("intent", ["ReadyIntent", "LetItGoIntent", "FeelingIntent"])
def test_an_exercise_reply_outside_one_offers_the_exercises(alexa: Alexa, intent: str) -> None:
    heard = alexa.one_shot(intent)
    assert heard.text == said("exercise_offer")
    assert not heard.ended


def test_ready_during_the_start_dialog_asks_that_question_again(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("ReadyIntent")
    assert "didn't catch that" in heard.text
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_skip_outside_an_exercise_gets_the_fallback(alexa: Alexa) -> None:
    heard = alexa.one_shot("AMAZON.NextIntent")
    assert "help" in heard.text
    assert not heard.ended


def test_every_exercise_has_a_one_shot_intent() -> None:
    assert set(START_INTENTS) == set(EXERCISES)
