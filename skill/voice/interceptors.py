"""Around every turn: set up its :class:`~skill.voice.turn.Turn`, save what changed, log it."""

from __future__ import annotations

import random
from typing import Any

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput

from skill.domain.clock import Clock
from skill.storage.store import StateStore
from skill.voice.handlers.exercise_place import step_aside_for
from skill.voice.turn import Turn
from skill.voice.turn_log import TurnLog


class StartTurn(AbstractRequestInterceptor):
    """Gives each request a fresh Turn (nothing is read until a handler needs it)."""

    def __init__(self, store: StateStore, clock: Clock, rng: random.Random | None = None) -> None:
        self._store = store
        self._clock = clock
        self._rng = rng or random.Random()

    def process(self, handler_input: HandlerInput) -> None:
        Turn(handler_input, self._store, self._clock, self._rng).attach()


class StepAsideFromExercise(AbstractRequestInterceptor):
    """Days left, a slip, progress and the rest, said in the middle of an exercise, are answered
    as themselves: the exercise steps out of the session (its place is kept in the record, and
    "back to the exercise" or the next launch picks it up)."""

    def process(self, handler_input: HandlerInput) -> None:
        step_aside_for(handler_input)


class SaveTurn(AbstractResponseInterceptor):
    """Writes the person's state once, at the end of the turn, only if it changed."""

    def process(self, handler_input: HandlerInput, response: Any) -> None:
        Turn.of(handler_input).save()


class LogTurn(AbstractResponseInterceptor):
    """Writes the turn's structured log line (a failed turn is logged by the error handler)."""

    def __init__(self, turn_log: TurnLog | None = None) -> None:
        self._turn_log = turn_log or TurnLog()

    def process(self, handler_input: HandlerInput, response: Any) -> None:
        self._turn_log.write(handler_input)
