"""Warm turns: one target, one process, a realistic mix of at least 2,000 turns.

Run by ``bench/run.py`` as ``python bench/warm.py TARGET TURNS``; prints one JSON object:
each turn's milliseconds by label, the time spent in DynamoDB calls, the store calls made per
turn type, and the process's peak RSS after the run.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_target, run_visit, start_periods, turn_mix

USERS = 20


def store_client(target: Any) -> Any:
    """The DynamoDB client a target uses, made ready for event hooks."""
    if hasattr(target, "CLIENT"):
        return target.CLIENT
    store = getattr(target.SKILL, "persistence_adapter", None)
    return getattr(store, "client", None)


def main(name: str, turns: int) -> dict[str, Any]:
    target = load_target(name)
    handler = target.lambda_handler
    if name == "skill":
        start_periods(handler, USERS)
    client = store_client(target)

    in_store = [0.0]
    calls: Counter[str] = Counter()
    started_call: list[float] = []
    if client is not None:

        def before(**_: Any) -> None:
            started_call.append(time.perf_counter())

        def after(model: Any, **_: Any) -> None:
            in_store[0] += time.perf_counter() - started_call.pop()
            calls[model.name] += 1

        # From before the parameters are built to after the call: the whole store call.
        client.meta.events.register("before-parameter-build.dynamodb.*", before)
        client.meta.events.register("after-call.dynamodb.*", after)

    per_label: dict[str, list[float]] = defaultdict(list)
    own: list[float] = []
    store_calls: dict[str, Counter[str]] = defaultdict(Counter)

    def on_turn(turn: Any, seconds: float) -> None:
        per_label[turn.label].append(seconds * 1000)
        own.append((seconds - in_store[0]) * 1000)
        store_calls[turn.label].update(calls)
        in_store[0] = 0.0
        calls.clear()

    # A few turns first, so one-time work (clients, first imports) is not counted as warm.
    done = 0
    for visit in turn_mix(USERS, rounds=1):
        run_visit(handler, visit, lambda turn, seconds: None)
    in_store[0] = 0.0
    calls.clear()
    rounds = 1
    while done < turns:
        for visit in turn_mix(USERS, rounds=rounds):
            run_visit(handler, visit, on_turn)
        done = sum(len(v) for v in per_label.values())
        rounds += 1
    count = {label: len(values) for label, values in per_label.items()}
    return {
        "target": name,
        "turns": done,
        "ms": {label: values for label, values in per_label.items()},
        "own_ms": own,
        "store_calls": {
            label: {op: n / count[label] for op, n in ops.items()}
            for label, ops in store_calls.items()
        },
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]))))
