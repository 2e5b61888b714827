"""The mutation score of each mutated directory, from the results `mutmut run` leaves in mutants/.

A mutant counts as caught when a test failed on it (or it timed out). A mutant listed in
docs/mutation.md as equivalent, a change that cannot alter behaviour, is counted apart: the
score is (killed + equivalent) / total, and the killed-only figure is printed beside it.

    python -m tests.mutation_score            # after `mutmut run`; `make mutation` runs both
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIRECTORIES = ("skill/domain", "skill/storage")
EQUIVALENTS = ROOT / "docs" / "mutation.md"
TARGET = 0.95
# mutmut's exit codes: a failing test run (1, 3) or a timeout kills the mutant.
KILLED = {1, 3, 36, -24, 24, 152, 255}


def equivalent_mutants(text: str) -> set[str]:
    """The mutant names written in backticks in the equivalents' table.

    >>> sorted(equivalent_mutants("| `skill.domain.a.x_f__mutmut_3` | why |"))
    ['skill.domain.a.x_f__mutmut_3']
    """
    return set(re.findall(r"`(skill\.[\w.]+__mutmut_\d+)`", text))


def results(mutants: Path) -> dict[str, int | None]:
    """Every mutant's name and exit code, from mutmut's .meta files."""
    found: dict[str, int | None] = {}
    for meta in sorted(mutants.rglob("*.py.meta")):
        found.update(json.loads(meta.read_text())["exit_code_by_key"])
    return found


def main() -> int:
    found = results(ROOT / "mutants")
    if not found:
        print("no results in mutants/: run `mutmut run` first")
        return 1
    equivalents = equivalent_mutants(EQUIVALENTS.read_text()) if EQUIVALENTS.exists() else set()
    all_met = True
    for directory in DIRECTORIES:
        prefix = directory.replace("/", ".") + "."
        codes = {name: code for name, code in found.items() if name.startswith(prefix)}
        outcome = Counter(
            "killed"
            if code in KILLED
            else "equivalent"
            if name in equivalents
            else "not run"
            if code is None
            else "survived"
            for name, code in codes.items()
        )
        total = len(codes)
        caught = outcome["killed"] + outcome["equivalent"]
        score = caught / total if total else 0.0
        all_met &= score >= TARGET
        print(
            f"{directory + '/':15} {score:6.1%}  {outcome['killed']} killed + "
            f"{outcome['equivalent']} equivalent of {total}  "
            f"({outcome['killed'] / total:.1%} killed alone; "
            f"{outcome['survived']} survived, {outcome['not run']} not run)"
        )
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
