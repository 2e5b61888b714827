"""The last line of defence: every failure gets a kind, honest answer and loses nothing."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.response_helper import ResponseFactory
from ask_sdk_model import Response

from skill.storage.state import UnreadableStateError
from skill.storage.store import StaleStateError, UnsureWriteError
from skill.voice.catalog import Speech
from skill.voice.locales import place_for
from skill.voice.turn import Turn, request_locale, request_mark
from skill.voice.turn_log import TurnLog

logger = logging.getLogger(__name__)


def _line_for(exception: Exception) -> str:
    if isinstance(exception, StaleStateError):
        return "store_conflict"
    if isinstance(exception, UnsureWriteError):
        return "store_unsure"
    if isinstance(exception, UnreadableStateError):
        return "state_unreadable"
    if isinstance(exception, PersistenceException):
        return "store_unavailable"
    return "error"


class KindErrorHandler(AbstractExceptionHandler):
    """Catches everything. Logs the failure's type and a hash of the request id, never who or
    what."""

    def __init__(self, turn_log: TurnLog | None = None) -> None:
        self._turn_log = turn_log or TurnLog()

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        logger.error(
            "turn failed: %s (request %s)",
            type(exception).__name__,
            request_mark(handler_input),  # a hash of the request id: no Alexa id is logged
            exc_info=not isinstance(exception, PersistenceException | UnreadableStateError),
        )
        self._turn_log.write(handler_input, error=type(exception).__name__)
        # Built fresh: nothing the failed turn had put in its answer (a Dialog directive, a
        # reprompt, a card) may go out with the apology, on a session it ends.
        builder = ResponseFactory()
        handler_input.response_builder = builder
        if handler_input.request_envelope.session is None:
            return builder.response  # skill events expect no speech
        turn = Turn.find(handler_input)
        speech = Speech(turn.place if turn else place_for(request_locale(handler_input)), {})
        # What already happened at Alexa and could not be undone is said, not hidden.
        key = turn.done_unsaved if turn and turn.done_unsaved else _line_for(exception)
        return builder.speak(speech.line(key)).set_should_end_session(True).response
