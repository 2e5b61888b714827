"""One structured log line per turn: the kind of request, the intent, the outcome, the latency.

The line is a JSON object, so that log tools can filter on its fields. It never holds who spoke
(no user, person or device ids), what was said (no slot values, no speech) or any token.

With metrics on (:mod:`skill.metrics`) the same line is also the turn's EMF document, written
straight to the metrics stream (standard output) rather than logged; otherwise it goes to the
``letting_go.turns`` logger.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.domain.clock import Clock, SystemClock
from skill.metrics import Metrics, Outcome, TurnMeasures
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


def turn_measures(handler_input: HandlerInput, fields: dict[str, Any]) -> TurnMeasures:
    """What the turn's metrics report, from its Turn and its line's ``fields``."""
    turn = Turn.find(handler_input)
    store = turn.failures.store if turn is not None else 0
    alexa_api = turn.failures.alexa_api if turn is not None else 0
    if "error" in fields:
        outcome = Outcome.FAILED
    elif store or alexa_api:
        outcome = Outcome.DEGRADED
    else:
        outcome = Outcome.ANSWERED
    return TurnMeasures(outcome, store, alexa_api, fields["latency_ms"])


class TurnLog:
    """Writes each turn's one line: logged, or with ``metrics`` as an EMF document.

    ``clock`` stamps the metrics (the system clock by default).
    """

    def __init__(self, metrics: Metrics | None = None, clock: Clock | None = None) -> None:
        self._metrics = metrics
        self._clock = clock or SystemClock()

    def write(self, handler_input: HandlerInput, error: str | None = None) -> None:
        """Write the turn's line; ``error`` is the type of the exception that failed it, if any."""
        fields = turn_fields(handler_input, error)
        if self._metrics is None:
            logger.info(json.dumps(fields, sort_keys=True))
            return
        timestamp_ms = int(self._clock.now().timestamp() * 1000)
        fields.update(self._metrics.members(turn_measures(handler_input, fields), timestamp_ms))
        self._metrics.write(json.dumps(fields, sort_keys=True))
