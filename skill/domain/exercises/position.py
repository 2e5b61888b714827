"""Where a person is in an exercise: which exercise, which step, and the feeling they named.

This is all of an exercise that is ever kept, in a session or in the stored state: the
exercises themselves are constants (:mod:`~skill.domain.exercises.definitions`), run by the
machine (:mod:`~skill.domain.exercises.machine`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExerciseId(enum.Enum):
    PAST = "past"
    FUTURE = "future"


class StepId(enum.Enum):
    """Every step of every exercise; an exercise uses some of them, in its own order."""

    SETTLE = "settle"
    BRING_TO_MIND = "bring_to_mind"
    NAME_FEELING = "name_feeling"
    REFRAME = "reframe"
    PERSPECTIVE = "perspective"
    NOTICE = "notice"
    PRESSURE = "pressure"
    DIFFERENT = "different"
    LISTEN = "listen"
    VOW = "vow"
    CLOSE = "close"


class Feeling(enum.Enum):
    """What the thing from the past stirs up. Not knowing is fine: that is no feeling (None)."""

    RESENTMENT = "resentment"
    JEALOUSY = "jealousy"
    ANGER = "anger"
    SHAME = "shame"


@dataclass(frozen=True)
class Position:
    """Where a person is: the exercise, the step they are on, and the feeling they named."""

    exercise: ExerciseId
    step: StepId
    feeling: Feeling | None = None
