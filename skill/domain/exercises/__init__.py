"""Guided exercises: letting go of the past and of the future, run as a state machine.

``position`` says where a person is (all that is ever kept of an exercise), ``machine`` holds
the machine (steps, transitions, moves), ``definitions`` the two exercises as data and
``GUIDE``, the machine over them, and ``record`` what is kept of them in a person's state.

This package names what a person's state holds. The machine and the exercises are imported
from their own modules: a turn that does not speak of an exercise never reads them.
"""

from __future__ import annotations

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

__all__ = [
    "RESUME_WITHIN_DAYS",
    "ExerciseId",
    "ExerciseRecord",
    "Feeling",
    "Place",
    "Position",
    "StepId",
    "complete",
    "forget_place",
    "keep_place",
    "place_to_resume",
]
