"""Where the skill's own time per warm turn goes: a profile of the warm bench's turn mix.

    make own-time        (or: python bench/own_time.py [TURNS])

The warm bench (bench/warm.py) times each turn and takes the store calls out; this runs the
same turns for the skill and for the bare ASK SDK skill under cProfile and splits the skill's
time into the parts every Alexa skill on the SDK pays (reading the request envelope into model
objects, writing the response back) and the parts that are the skill's own. cProfile slows
everything about alike, so the shares are what to read, not the milliseconds.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import warm
from bench.common import aws_environment, moto_server

#: (what it is, the functions whose time it is: (file ending, function name, called from a file
#: ending with this, or "" for any caller))
Wanted = tuple[tuple[str, str, str], ...]
PARTS: tuple[tuple[str, Wanted], ...] = (
    ("store calls (taken out of own time)", (("skill/storage/dynamodb.py", "read", ""),
                                             ("skill/storage/dynamodb.py", "write", ""))),
    ("request envelope read into SDK objects",
     (("ask_sdk_core/serialize.py", "deserialize", "skill/runtime.py"),)),
    ("response written back by the SDK('s rules)",
     (("ask_sdk_core/serialize.py", "serialize", "skill/runtime.py"),
      ("skill/serializer.py", "serialize", "skill/runtime.py"))),
    ("the record read into domain values", (("skill/storage/state.py", "load_state", ""),)),
    ("the record written from domain values", (("skill/storage/state.py", "dump_state", ""),)),
    ("the turn's log line and metrics", (("skill/voice/turn_log.py", "write", ""),)),
)  # fmt: skip
WHOLE: Wanted = (("skill/runtime.py", "handle_event", ""),)
BARE_WHOLE: Wanted = (("bench/baselines/bare_skill.py", "lambda_handler", ""),)
BARE_ENVELOPE: Wanted = (("ask_sdk_core/serialize.py", "deserialize", "bare_skill.py"),)


def _seconds(stats: pstats.Stats, wanted: Wanted) -> float:
    """Cumulative seconds in the ``wanted`` functions, from the callers named."""
    total = 0.0
    for (path, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        for end, function, caller in wanted:
            if not (path.endswith(end) and name == function):
                continue
            if not caller:
                total += row[3]
                continue
            total += sum(
                timing[3] for (from_path, _, _), timing in row[4].items()
                if from_path.endswith(caller)
            )  # fmt: skip
    return total


def profile(target: str, turns: int) -> pstats.Stats:
    profiler = cProfile.Profile()
    # The turns' log lines go to stdout, as on Lambda: not into this report.
    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):
        profiler.enable()
        warm.main(target, turns)
        profiler.disable()
    return pstats.Stats(profiler)


def report(turns: int) -> str:
    skill = profile("skill", turns)
    bare = profile("bare", turns)
    whole = _seconds(skill, WHOLE)
    store = _seconds(skill, PARTS[0][1])
    own = whole - store
    bare_whole = _seconds(bare, BARE_WHOLE)
    bare_envelope = _seconds(bare, BARE_ENVELOPE)
    lines = [
        f"Own time of {turns} warm turns under cProfile: skill {own:.2f} s (store calls taken "
        f"out), bare ASK SDK skill {bare_whole:.2f} s: {own / bare_whole:.1f}x. Reading the "
        f"request envelope takes {bare_envelope / bare_whole:.0%} of the bare skill's.",
        "",
        "| part of the skill's own time | share |",
        "|---|---|",
    ]
    counted = 0.0
    for label, wanted in PARTS[1:]:
        seconds = _seconds(skill, wanted)
        counted += seconds
        lines.append(f"| {label} | {seconds / own:.0%} |")
    lines.append(f"| the handlers, speech and the rest of the turn | {(own - counted) / own:.0%} |")
    return "\n".join(lines)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with moto_server(sys.executable) as endpoint:
        os.environ.update(aws_environment(endpoint))
        print(report(count))
