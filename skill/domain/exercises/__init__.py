"""Guided exercises: letting go of the past and of the future, run as a state machine.

``position`` says where a person is (all that is ever kept of an exercise), ``machine`` holds
the machine (steps, transitions, moves), ``definitions`` the two exercises as data, and
``record`` what is kept of them in a person's state.
"""

from __future__ import annotations

from skill.domain.exercises.definitions import EXERCISES, FUTURE, PAST
from skill.domain.exercises.machine import (
    Answer,
    ByFeeling,
    Exercise,
    ExerciseError,
    Machine,
    Move,
    Part,
    Pause,
    Reply,
    Say,
    Slowly,
    Step,
    Transition,
)
from skill.domain.exercises.position import ExerciseId, Feeling, Position, StepId
from skill.domain.exercises.record import (
    RESUME_WITHIN_DAYS,
    ExerciseRecord,
    Place,
    complete,
    forget_place,
    keep_place,
    place_to_resume,
)

GUIDE = Machine(EXERCISES)
"""The machine over both exercises; it holds no one's position, so one serves every request."""

__all__ = [
    "EXERCISES",
    "FUTURE",
    "GUIDE",
    "PAST",
    "RESUME_WITHIN_DAYS",
    "Answer",
    "ByFeeling",
    "Exercise",
    "ExerciseError",
    "ExerciseId",
    "ExerciseRecord",
    "Feeling",
    "Machine",
    "Move",
    "Part",
    "Pause",
    "Place",
    "Position",
    "Reply",
    "Say",
    "Slowly",
    "Step",
    "StepId",
    "Transition",
    "complete",
    "forget_place",
    "keep_place",
    "place_to_resume",
]
