"""Every screen with sample data, for each viewport profile: ``make screens`` writes them.

    python -m deploy.screens [--out build/screens]

Each ``build/screens/<sample>--<viewport>.json`` holds ``document`` and ``datasources`` as the
skill sends them, ready to paste into the APL authoring tool (its "APL" and "Data" tabs), and
the viewport to choose there. The samples are built by the skill's own code from made-up values,
so what is written is what an Echo Show would be sent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from skill.domain.checkin import CheckInLog, record_answers
from skill.domain.exercises import ExerciseId, Position, StepId
from skill.domain.period import start_period
from skill.voice.apl import screens
from skill.voice.apl.documents import document
from skill.voice.apl.screens import Screen
from skill.voice.catalog import Speech
from skill.voice.crisis_lines import crisis_line
from skill.voice.locales import place_for

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "build" / "screens"
TODAY = date(2026, 11, 24)

#: The standard viewport profiles (alexa-viewport-profiles) the manifest declares, each with a
#: device it stands for.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "hubRoundSmall": {"device": "Echo Spot", "shape": "ROUND", "mode": "HUB", "width": 480,
                      "height": 480, "dpi": 160},
    "hubLandscapeSmall": {"device": "Echo Show 5", "shape": "RECTANGLE", "mode": "HUB",
                          "width": 960, "height": 480, "dpi": 160},
    "hubLandscapeMedium": {"device": "Echo Show (2nd gen)", "shape": "RECTANGLE", "mode": "HUB",
                           "width": 1024, "height": 600, "dpi": 160},
    "hubLandscapeLarge": {"device": "Echo Show 8", "shape": "RECTANGLE", "mode": "HUB",
                          "width": 1280, "height": 800, "dpi": 160},
    "hubPortraitMedium": {"device": "Echo Show 15, portrait", "shape": "RECTANGLE",
                          "mode": "HUB", "width": 1080, "height": 1920, "dpi": 240},
    "tvLandscapeXLarge": {"device": "Fire TV", "shape": "RECTANGLE", "mode": "TV",
                          "width": 960, "height": 540, "dpi": 160},
}  # fmt: skip


def _speech() -> Speech:
    return Speech(place_for("en-US"), {}, random.Random(1))


def _log(moods: Iterable[int]) -> CheckInLog:
    log = CheckInLog()
    moods = list(moods)
    for n, mood in enumerate(moods):
        day = TODAY - timedelta(days=len(moods) - 1 - n)
        log = record_answers(log, day, kept_no_contact=True, mood=mood, finished=True)
    return log


def samples() -> dict[str, Screen]:
    """A screen of each kind (and of each state a person meets), from made-up values."""
    speech = _speech()
    period = start_period(TODAY - timedelta(days=18), TODAY - timedelta(days=18), 30)
    period = replace(period, urges_resisted=7, slips=(TODAY - timedelta(days=25),))
    log = _log([2, 3, 2, 3, 4, 3, 4])
    tip = speech.line("tip_lean_on_people")
    line = crisis_line("en-US")
    assert line is not None
    return {
        "home": screens.home(speech, period, TODAY),
        "home-new": screens.home(speech, None, TODAY),
        "checkin": screens.checkin(speech, log, TODAY, tip),
        "progress": screens.progress(speech, period, log, TODAY, (7, 2, 1)),
        "exercise-breathing": screens.exercise_step(
            speech, Position(ExerciseId.PAST, StepId.SETTLE)
        ),
        "exercise-feeling": screens.exercise_step(
            speech, Position(ExerciseId.PAST, StepId.NAME_FEELING)
        ),
        "crisis": screens.crisis(speech, line),
        "delete": screens.delete_confirmation(speech),
    }


def write(out: Path = DEFAULT_OUT) -> list[Path]:
    """Write every sample for every viewport into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, screen in samples().items():
        for profile, viewport in VIEWPORTS.items():
            path = out / f"{name}--{profile}.json"
            body = {
                "viewport": {"profile": profile, **viewport},
                "document": document(screen.document),
                "datasources": screen.datasources,
            }
            path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", "utf-8")
            written.append(path)
    return written


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(list(argv) if argv is not None else None)
    written = write(args.out)
    count = f"{len(samples())} samples x {len(VIEWPORTS)} viewports"
    print(f"{len(written)} screens ({count}) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
