"""``letting-go chat --screen``: the console as an Echo Show, a line for each screen sent."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from skill import cli


def run(argv: list[str], stdin: str = "") -> str:
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        patch.setattr("sys.stdout", out)
        assert cli.main(argv) == 0
    return out.getvalue()


def test_with_screen_each_screen_sent_is_told_in_a_line(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "state.sqlite3"), "--time-zone", "UTC"]
    said = run(["say", "--screen", *store, "i want to die"])
    assert "(screen crisis: " in said and "· 988)" in said


def test_without_screen_the_console_is_a_speaker(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "state.sqlite3"), "--time-zone", "UTC"]
    said = run(["chat", *store], "yes\nyesterday\ntwo years\nyes\nno\nhow many days left\n")
    assert "of 30" in said.lower() and "(screen" not in said
    shown = run(["chat", "--screen", *store], "how many days left\n")
    assert "(screen home: Letting Go · Day 2 of 30 · 29 · days to go)" in shown
