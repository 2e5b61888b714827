"""What failed in the turn under way: calls to the store and to Alexa's APIs, counted.

The turn's metrics (:mod:`skill.metrics`) report them, since a failure the skill answers kindly
never reaches Lambda's own Errors metric. Like the time budget (:mod:`skill.budget`), the counts
belong to the turn under way: each turn starts a fresh count, and the store and the API client
add to whichever count is current. Outside a turn nothing is counted.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass
class Failures:
    """Failed calls in one turn."""

    store: int = 0
    """Calls to the store that failed (a lost race, which is retried, is not a failure)."""
    alexa_api: int = 0
    """Calls to Alexa's APIs that got no answer, or an answer saying the call failed."""


_current: ContextVar[Failures | None] = ContextVar("letting_go_failures", default=None)


def start_counting() -> Failures:
    """A fresh count for the turn that starts now; later failures in this context add to it.

    Examples
    --------
    >>> failures = start_counting()
    >>> store_failed()
    >>> failures
    Failures(store=1, alexa_api=0)
    """
    failures = Failures()
    _current.set(failures)
    return failures


def store_failed() -> None:
    """Count one failed call to the store."""
    failures = _current.get()
    if failures is not None:
        failures.store += 1


def alexa_api_failed() -> None:
    """Count one failed call to Alexa's APIs."""
    failures = _current.get()
    if failures is not None:
        failures.alexa_api += 1
