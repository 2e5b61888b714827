"""CloudWatch metrics for every turn, in the embedded metric format (EMF).

A failed turn is answered kindly, so Lambda's own Errors metric never sees it; these metrics do.
With metrics on, each turn's log line (:mod:`skill.voice.turn_log`) is also an EMF document: its
``_aws`` member names the line's other members that are metrics, and CloudWatch Logs publishes
them as the line arrives, with no API call and no permission beyond writing logs.

Per turn, in the namespace ``LETTING_GO_METRICS_NAMESPACE`` (``LettingGo`` on Lambda):

- ``Turns`` (Count, 1), by ``Outcome``: one of :class:`Outcome`, a fixed set of three;
- ``StoreErrors`` and ``AlexaApiErrors`` (Count): the turn's failed calls (:mod:`skill.failures`);
- ``TurnDuration`` (Milliseconds): from the turn's start to its answer.

Only fixed names and numbers go into the metrics: no id, no slot value, no text.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TextIO

NAMESPACE_ENV = "LETTING_GO_METRICS_NAMESPACE"
DEFAULT_NAMESPACE = "LettingGo"

OUTCOME = "Outcome"
TURNS = "Turns"
STORE_ERRORS = "StoreErrors"
ALEXA_API_ERRORS = "AlexaApiErrors"
TURN_DURATION = "TurnDuration"


class Outcome(enum.StrEnum):
    """What a turn came to, for the ``Outcome`` dimension (the turn's log line says more)."""

    ANSWERED = "answered"
    """Answered, and nothing failed on the way."""
    DEGRADED = "degraded"
    """Answered, but a call to the store or to Alexa's APIs failed on the way: the answer did
    without it (the last time zone seen) or said what could not be done."""
    FAILED = "failed"
    """The turn failed: the person heard an apology."""


@dataclass(frozen=True)
class TurnMeasures:
    """What one turn's metrics report."""

    outcome: Outcome
    store_errors: int
    alexa_api_errors: int
    duration_ms: float | None
    """None when the turn failed before it could be timed."""


@dataclass(frozen=True)
class Metrics:
    """Metrics are on: their CloudWatch namespace, and where the turns' lines are written.

    ``stream`` is standard output when None (looked up at each line, so that a replaced
    ``sys.stdout`` is the one written to).
    """

    namespace: str = DEFAULT_NAMESPACE
    stream: TextIO | None = None

    def members(self, measures: TurnMeasures, timestamp_ms: int) -> dict[str, Any]:
        """The members to add at the top level of the turn's line to make it an EMF document.

        Examples
        --------
        >>> measures = TurnMeasures(Outcome.FAILED, 1, 0, 12.5)
        >>> line = Metrics("LettingGo").members(measures, 1_700_000_000_000)
        >>> line["Outcome"], line["Turns"], line["StoreErrors"], line["TurnDuration"]
        ('failed', 1, 1, 12.5)
        >>> [d["Dimensions"] for d in line["_aws"]["CloudWatchMetrics"]]
        [[['Outcome']], [[]]]
        """
        values: dict[str, Any] = {
            STORE_ERRORS: measures.store_errors,
            ALEXA_API_ERRORS: measures.alexa_api_errors,
        }
        units = {STORE_ERRORS: "Count", ALEXA_API_ERRORS: "Count"}
        if measures.duration_ms is not None:
            values[TURN_DURATION] = measures.duration_ms
            units[TURN_DURATION] = "Milliseconds"
        directives = [
            # Turns alone is split by outcome; the rest are wanted whatever the outcome, so they
            # carry no dimension (an alarm on them needs no sum across outcomes).
            self._directive([[OUTCOME]], {TURNS: "Count"}),
            self._directive([[]], units),
        ]
        return {
            "_aws": {"Timestamp": timestamp_ms, "CloudWatchMetrics": directives},
            OUTCOME: measures.outcome.value,
            TURNS: 1,
            **values,
        }

    def _directive(self, dimensions: list[list[str]], units: dict[str, str]) -> dict[str, Any]:
        return {
            "Namespace": self.namespace,
            "Dimensions": dimensions,
            "Metrics": [{"Name": name, "Unit": unit} for name, unit in units.items()],
        }

    def write(self, line: str) -> None:
        """Write one line, whole: on Lambda a JSON object on standard output reaches CloudWatch
        Logs as it is, where a logged one would be wrapped in Lambda's JSON and read as text."""
        stream = self.stream or sys.stdout
        stream.write(line + "\n")
        stream.flush()


def metrics_from_environment(
    environ: Mapping[str, str] | None = None, default: str | None = None
) -> Metrics | None:
    """Metrics in the namespace ``LETTING_GO_METRICS_NAMESPACE`` names, else in ``default``;
    None (off) when neither names one.

    Examples
    --------
    >>> metrics_from_environment({}) is None
    True
    >>> metrics_from_environment({}, default="LettingGo")
    Metrics(namespace='LettingGo', stream=None)
    >>> metrics_from_environment({"LETTING_GO_METRICS_NAMESPACE": "LettingGo/Test"})
    Metrics(namespace='LettingGo/Test', stream=None)
    """
    env = os.environ if environ is None else environ
    namespace = env.get(NAMESPACE_ENV, "").strip() or default
    return Metrics(namespace) if namespace else None
