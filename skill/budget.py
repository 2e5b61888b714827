"""How long the turn under way may still take: Alexa waits 8 seconds for an answer.

Each turn starts with a budget (``LETTING_GO_TURN_SECONDS``, 6 by default, and never more than
what Lambda says is left, less a margin); every call to DynamoDB or to Alexa's APIs asks what is
left and takes no more, so that the person hears a kind answer in time even when everything is
slow. Outside a turn (a test calling a store directly) there is no limit.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

BUDGET_ENV = "LETTING_GO_TURN_SECONDS"
DEFAULT_SECONDS = 6.0
#: Kept back from Lambda's remaining time, for the answer to be built and sent.
LAMBDA_MARGIN_SECONDS = 0.5

_deadline: ContextVar[float | None] = ContextVar("letting_go_deadline", default=None)


def configured_seconds(environ: dict[str, str] | None = None) -> float:
    """The budget a turn gets, from ``LETTING_GO_TURN_SECONDS`` (a bad value: the default)."""
    raw = (os.environ if environ is None else environ).get(BUDGET_ENV, "")
    try:
        seconds = float(raw)
    except ValueError:
        return DEFAULT_SECONDS
    return seconds if 0 < seconds <= 60 else DEFAULT_SECONDS


@contextmanager
def turn_budget(lambda_context: Any = None, seconds: float | None = None) -> Iterator[None]:
    """Within this block, :func:`remaining` counts down from the turn's budget."""
    budget = configured_seconds() if seconds is None else seconds
    left_ms = getattr(lambda_context, "get_remaining_time_in_millis", None)
    if callable(left_ms):
        budget = min(budget, left_ms() / 1000 - LAMBDA_MARGIN_SECONDS)
    token = _deadline.set(time.monotonic() + budget)
    try:
        yield
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds the turn may still take (never below 0), or None outside a turn."""
    deadline = _deadline.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def allows(seconds: float) -> bool:
    """Whether a call that may take ``seconds`` still fits in the turn."""
    left = remaining()
    return left is None or left >= seconds
