"""The length script: each exercise's spoken length, within what the issue asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.exercise_length import TARGETS, Spoken, lengths, main, measure, paths
from skill.domain.exercises import ExerciseId

ROOT = Path(__file__).resolve().parents[2]


def test_measure_counts_words_and_every_break() -> None:
    ssml = (
        '<speak><amazon:domain name="long-form">Settle in, slowly. <break time="10s"/>'
        '<break time="2500ms"/></amazon:domain> <prosody rate="slow">In.</prosody></speak>'
    )
    assert measure(ssml) == Spoken(words=4, pause_seconds=12.5)
    assert measure(ssml).seconds == pytest.approx(4 * 60 / 150 + 12.5)


def test_every_way_through_is_measured() -> None:
    # Five ways to name the feeling (or not), two answers to "does it weigh as much?".
    assert len(list(paths(ExerciseId.PAST))) == 10
    assert len(list(paths(ExerciseId.FUTURE))) == 1


@pytest.mark.parametrize("exercise", list(ExerciseId), ids=lambda e: e.value)
@pytest.mark.parametrize("locale", ["en-US", "en-GB", "es-ES"])
def test_each_exercise_lasts_what_the_issue_asks(exercise: ExerciseId, locale: str) -> None:
    low, high = TARGETS[exercise]
    seconds = [spoken.seconds for spoken in lengths(locale)[exercise]]
    assert low <= min(seconds) and max(seconds) <= high


def test_targets_are_the_issues() -> None:
    assert TARGETS == {ExerciseId.PAST: (180, 300), ExerciseId.FUTURE: (120, 180)}


def test_the_script_reports_both_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "past:" in out and "future:" in out
    assert "OUTSIDE" not in out


def test_the_script_runs_from_the_repository_root() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.exercise_length"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "min over" in done.stdout
