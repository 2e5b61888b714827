"""What is kept of the exercises: completions, the last date of each, the last feeling named,
and the place in an exercise left part-way.

Never what was thought or said: only which exercise, which step, and which of four feelings.
Every function here is pure; the voice layer applies them to the stored state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from skill.domain.exercises.position import ExerciseId, Feeling, Position

# How long a place left part-way is offered back on launch.
RESUME_WITHIN_DAYS = 7


@dataclass(frozen=True)
class Place:
    """An exercise left part-way: where, and the local date it was last touched."""

    position: Position
    since: date


@dataclass(frozen=True)
class ExerciseRecord:
    """The exercises' part of a person's state.

    ``completions`` and ``last_completed`` are keyed by exercise id (``"past"``, ``"future"``).
    """

    completions: Mapping[str, int] = field(default_factory=dict)
    last_completed: Mapping[str, date] = field(default_factory=dict)
    last_feeling: Feeling | None = None
    in_progress: Place | None = None

    @property
    def total_completed(self) -> int:
        """Exercises completed, of every kind (what progress reports)."""
        return sum(self.completions.values())

    def completed(self, exercise: ExerciseId) -> int:
        return self.completions.get(exercise.value, 0)


def keep_place(record: ExerciseRecord, position: Position, today: date) -> ExerciseRecord:
    """Remember ``position`` as the place to come back to."""
    return replace(record, in_progress=Place(position, today))


def forget_place(record: ExerciseRecord) -> ExerciseRecord:
    """Drop the place left part-way (the person chose not to go back to it)."""
    return replace(record, in_progress=None)


def complete(record: ExerciseRecord, finished: Position, today: date) -> ExerciseRecord:
    """Count an exercise finished at ``finished``; the place left part-way is cleared.

    The feeling is kept only when one was named: "I don't know" and skipping keep the last.

    Examples
    --------
    >>> from skill.domain.exercises.position import StepId
    >>> end = Position(ExerciseId.PAST, StepId.CLOSE, Feeling.ANGER)
    >>> done = complete(ExerciseRecord(), end, date(2026, 11, 24))
    >>> done.total_completed, done.last_feeling
    (1, <Feeling.ANGER: 'anger'>)
    """
    key = finished.exercise.value
    return replace(
        record,
        completions={**record.completions, key: record.completions.get(key, 0) + 1},
        last_completed={**record.last_completed, key: today},
        last_feeling=finished.feeling or record.last_feeling,
        in_progress=None,
    )


def place_to_resume(record: ExerciseRecord, today: date) -> Position | None:
    """The place to offer back, if one was left within the last seven days."""
    place = record.in_progress
    # A date a little ahead (the device moved to an earlier time zone) still counts as recent.
    if place is None or (today - place.since).days > RESUME_WITHIN_DAYS:
        return None
    return place.position
