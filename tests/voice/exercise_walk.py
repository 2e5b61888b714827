"""Walking the guided exercises by voice in tests: what to answer at each step, what it says."""

from __future__ import annotations

from skill.domain.exercises import ExerciseId, StepId
from skill.domain.exercises.definitions import EXERCISES
from tests.alexa import Alexa, Heard
from tests.lines import phrasings, said

START_INTENTS = {ExerciseId.PAST: "LetGoOfPastIntent", ExerciseId.FUTURE: "LetGoOfFutureIntent"}
# Every step someone can be on: (exercise, step), in order.
STEPS = [(e.id, step.id) for e in EXERCISES.values() for step in e.steps if not step.final]


def prompt(exercise: ExerciseId, step: StepId) -> str:
    return said(f"{exercise.value}_{step.value}_prompt")


def reprompts(exercise: ExerciseId, step: StepId) -> list[str]:
    """Every phrasing of the step's reprompt, as heard."""
    return phrasings(f"{exercise.value}_{step.value}_reprompt")


def steps_of(exercise: ExerciseId) -> list[StepId]:
    return [step for ex, step in STEPS if ex is exercise]


def answer(alexa: Alexa, step: StepId, feeling: str | None = "anger", yes: bool = True) -> Heard:
    """The reply that moves ``step`` on."""
    if step is StepId.NAME_FEELING:
        return alexa.intent("FeelingIntent", {"feeling": feeling} if feeling else None)
    if step is StepId.PERSPECTIVE:
        return alexa.intent("AMAZON.YesIntent" if yes else "AMAZON.NoIntent")
    if step is StepId.VOW:
        return alexa.intent("LetItGoIntent")
    return alexa.intent("ReadyIntent")


def walk_to(alexa: Alexa, exercise: ExerciseId, step: StepId) -> Heard:
    """Start ``exercise`` one-shot and answer every step before ``step``."""
    heard = alexa.one_shot(START_INTENTS[exercise])
    for earlier in steps_of(exercise):
        if earlier is step:
            return heard
        heard = answer(alexa, earlier)
    raise AssertionError(f"{step} is not a step of {exercise}")


def finish_from(alexa: Alexa, exercise: ExerciseId, step: StepId) -> Heard:
    """Answer ``step`` and every step after it; the last response."""
    steps = steps_of(exercise)
    heard = None
    for later in steps[steps.index(step) :]:
        heard = answer(alexa, later)
    assert heard is not None
    return heard
