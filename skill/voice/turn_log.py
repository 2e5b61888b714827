"""One structured log line per turn: the kind of request, the intent, the outcome, the latency.

The line is a JSON object, so that log tools can filter on its fields. It never holds who spoke
(no user, person or device ids), what was said (no slot values, no speech) or any token.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.voice.turn import Turn

logger = logging.getLogger("letting_go.turns")
# Turn lines are the service's record of what happened: they show at INFO whatever the root level.
logger.setLevel(logging.INFO)


def turn_fields(handler_input: HandlerInput, error: str | None = None) -> dict[str, Any]:
    """The fields of the turn's log line (see the module docstring for what is never in it).

    ``error`` is the type of the exception that failed the turn, if one did.
    """
    envelope = handler_input.request_envelope
    request = envelope.request
    intent = getattr(request, "intent", None)
    turn = Turn.find(handler_input)
    started = turn.started if turn is not None else None
    outcome = turn.outcome if turn is not None else "answered"
    session = envelope.session
    fields: dict[str, Any] = {
        "event": "turn",
        "request_type": getattr(request, "object_type", None),
        "intent": getattr(intent, "name", None),
        "outcome": "failed" if error is not None else outcome,
        "latency_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
        "new_session": bool(getattr(session, "new", False)) if session is not None else None,
        "locale": getattr(request, "locale", None),
    }
    if error is not None:
        fields["error"] = error
    return fields


def log_turn(handler_input: HandlerInput, error: str | None = None) -> None:
    """Write the turn's one log line."""
    logger.info(json.dumps(turn_fields(handler_input, error), sort_keys=True))
