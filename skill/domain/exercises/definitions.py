"""The two guided exercises, as data: letting go of the past, and letting go of the future; and
:data:`GUIDE`, the machine that runs them.

Each step names its lines by catalog key. Its prompt (what to say next), reprompt and help
follow one pattern: ``<exercise>_<step>_prompt``, ``..._reprompt`` and ``..._help``. Pauses sit
between ideas; the breathing is spoken slowly. The lengths aim at about four minutes for the
past and under three for the future (``bench/exercise_length.py`` measures them).
"""

from __future__ import annotations

from skill.domain.exercises.machine import (
    Answer,
    ByFeeling,
    Exercise,
    Machine,
    Pause,
    Say,
    ScriptPart,
    Slowly,
    Step,
    Transition,
)
from skill.domain.exercises.position import ExerciseId, Feeling, StepId


def _step(exercise: ExerciseId, step: StepId, *script: ScriptPart, final: bool = False) -> Step:
    key = f"{exercise.value}_{step.value}"
    if final:
        return Step(step, script, prompt=f"{key}_prompt", final=True)
    return Step(step, script, f"{key}_prompt", f"{key}_reprompt", f"{key}_help")


def _on_ready(source: StepId, dest: StepId) -> tuple[Transition, ...]:
    # "Okay" and "yes" are what many people answer to "say ready when ...": they mean it too.
    return Transition(source, Answer.READY, dest), Transition(source, Answer.YES, dest)


_TWO_BREATHS = Slowly(
    (
        Say("breathe_in"),
        Pause(4),
        Say("breathe_out"),
        Pause(5),
        Say("breathe_in_again"),
        Pause(4),
        Say("breathe_out_again"),
        Pause(5),
    )
)
_ONE_BREATH = Slowly((Say("breathe_in"), Pause(4), Say("breathe_out"), Pause(5)))

_P = ExerciseId.PAST
PAST = Exercise(
    id=_P,
    intro="past_intro",
    steps=(
        _step(_P, StepId.SETTLE, Say("past_settle"), Pause(2), _TWO_BREATHS),
        _step(
            _P,
            StepId.BRING_TO_MIND,
            Say("past_bring_to_mind"),
            Pause(6),
            Say("past_bring_to_mind_notice"),
            Pause(5),
        ),
        _step(_P, StepId.NAME_FEELING, Say("past_name_feeling"), Pause(3)),
        _step(
            _P,
            StepId.REFRAME,
            ByFeeling(
                {
                    Feeling.RESENTMENT: "past_reframe_resentment",
                    Feeling.JEALOUSY: "past_reframe_jealousy",
                    Feeling.ANGER: "past_reframe_anger",
                    Feeling.SHAME: "past_reframe_shame",
                },
                unsure="past_reframe_unsure",
            ),
            Pause(5),
        ),
        _step(
            _P,
            StepId.PERSPECTIVE,
            Say("past_perspective"),
            Pause(4),
            Say("past_perspective_compare"),
            Pause(5),
        ),
        _step(_P, StepId.VOW, Say("past_vow"), Pause(3), Say("past_vow_set_down"), Pause(5)),
        _step(_P, StepId.CLOSE, Say("past_close"), Pause(2), final=True),
    ),
    transitions=(
        *_on_ready(StepId.SETTLE, StepId.BRING_TO_MIND),
        *_on_ready(StepId.BRING_TO_MIND, StepId.NAME_FEELING),
        Transition(StepId.NAME_FEELING, Answer.FEELING, StepId.REFRAME),
        *_on_ready(StepId.REFRAME, StepId.PERSPECTIVE),
        # Both answers are right; each gets its own response before the vow.
        Transition(StepId.PERSPECTIVE, Answer.YES, StepId.VOW, say=("past_perspective_yes",)),
        Transition(StepId.PERSPECTIVE, Answer.NO, StepId.VOW, say=("past_perspective_no",)),
        Transition(StepId.VOW, Answer.LET_IT_GO, StepId.CLOSE),
    ),
)

_F = ExerciseId.FUTURE
FUTURE = Exercise(
    id=_F,
    intro="future_intro",
    steps=(
        _step(
            _F,
            StepId.NOTICE,
            Pause(1),
            _ONE_BREATH,
            Say("future_notice"),
            Pause(5),
            Say("future_notice_replay"),
            Pause(3),
        ),
        _step(
            _F,
            StepId.PRESSURE,
            Say("future_pressure"),
            Pause(3),
            Say("future_pressure_room"),
            Pause(3),
        ),
        _step(
            _F,
            StepId.DIFFERENT,
            Say("future_different"),
            Pause(4),
            Say("future_different_okay"),
            Pause(3),
        ),
        _step(
            _F,
            StepId.LISTEN,
            Say("future_listen"),
            Pause(4),
            Say("future_listen_matters"),
            Pause(2),
        ),
        _step(_F, StepId.VOW, Say("future_vow"), Pause(4)),
        _step(_F, StepId.CLOSE, Say("future_close"), Pause(2), final=True),
    ),
    transitions=(
        *_on_ready(StepId.NOTICE, StepId.PRESSURE),
        *_on_ready(StepId.PRESSURE, StepId.DIFFERENT),
        *_on_ready(StepId.DIFFERENT, StepId.LISTEN),
        *_on_ready(StepId.LISTEN, StepId.VOW),
        Transition(StepId.VOW, Answer.LET_IT_GO, StepId.CLOSE),
    ),
)

EXERCISES = {exercise.id: exercise for exercise in (PAST, FUTURE)}

GUIDE = Machine(EXERCISES)
"""The machine over both exercises; it holds no one's position, so one serves every request."""
