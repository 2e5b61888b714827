"""``letting-go chat`` says when a reminder is due, once, between turns."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from skill.cli import main
from tests.console.conftest import LA
from tests.lines import said

ZONE = ZoneInfo(LA)
RINGS = f"\u23f0 Reminder: {said('reminder_text_daily')}"


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment on the console's wall clock in Los Angeles, in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


class Typed(io.StringIO):
    """Piped input where time passes while the console waits: each line is typed at its time."""

    def __init__(self, traveller: time_machine.Coordinates, lines: list[tuple[datetime, str]]):
        super().__init__()
        self._traveller = traveller
        self._lines = list(lines)

    def readline(self, size: int | None = -1) -> str:
        if not self._lines:
            return ""
        when, line = self._lines.pop(0)
        self._traveller.move_to(when)
        return line + "\n"


@pytest.fixture
def traveller(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[time_machine.Coordinates]:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with time_machine.travel(at(24, 18), tick=False) as traveller:
        yield traveller


def chat(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    traveller: time_machine.Coordinates,
    store: Path,
    lines: list[tuple[datetime, str]],
) -> list[str]:
    """The transcript of one ``letting-go chat``, opened at the first line's time."""
    traveller.move_to(lines[0][0])
    monkeypatch.setattr(sys, "stdin", Typed(traveller, lines))
    capsys.readouterr()
    assert main(["chat", "--store", str(store), "--time-zone", LA]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_daily_reminder_is_announced_once_a_day_before_the_next_answer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    traveller: time_machine.Coordinates,
    tmp_path: Path,
) -> None:
    store = tmp_path / "state.sqlite3"
    lines = chat(
        monkeypatch,
        capsys,
        traveller,
        store,
        [
            (at(24, 18), "remind me at 8 pm"),
            (at(24, 18, 1), "yes"),
            (at(24, 19, 59), "how many days left"),
            (at(24, 20, 1), "how many days left"),
            (at(24, 20, 30), "how many days left"),
        ],
    )
    assert lines.count(RINGS) == 1
    rang = lines.index(RINGS)
    assert lines[rang - 1] == "you> how many days left"  # typed at 8:01 pm
    assert lines[rang + 1].startswith("alexa> ")
    assert lines[: rang - 1].count("you> how many days left") == 1  # not at 7:59 pm

    # A new chat the same evening: it has rung today. The next evening it rings again.
    same_day = chat(monkeypatch, capsys, traveller, store, [(at(24, 21), "how many days left")])
    assert RINGS not in same_day
    next_day = [(at(25, 19), "how many days left"), (at(25, 20, 5), "how many days left")]
    assert chat(monkeypatch, capsys, traveller, store, next_day).count(RINGS) == 1


def test_a_reminder_that_came_due_while_no_console_ran_is_announced_on_opening(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    traveller: time_machine.Coordinates,
    tmp_path: Path,
) -> None:
    store = tmp_path / "state.sqlite3"
    chat(
        monkeypatch,
        capsys,
        traveller,
        store,
        [(at(24, 18), "remind me at 8 pm"), (at(24, 18), "yes")],
    )
    # Three days later: it rings once, for the latest time it was due, not once a day missed.
    lines = chat(monkeypatch, capsys, traveller, store, [(at(27, 22), "quit")])
    assert lines.count(RINGS) == 1
    assert lines.index(RINGS) == 1  # right after the welcome


def test_the_last_day_reminder_rings_once_and_is_then_done(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    traveller: time_machine.Coordinates,
    tmp_path: Path,
) -> None:
    store = tmp_path / "state.sqlite3"
    start = at(24, 18)
    script = ["yes", "yesterday", "two years", "yes", "yes", "yes"]
    chat(monkeypatch, capsys, traveller, store, [(start, line) for line in script])
    last_day = at(22, 9, 1, month=12)
    lines = chat(
        monkeypatch,
        capsys,
        traveller,
        store,
        [(last_day, "how many days left"), (at(22, 12, month=12), "what reminders do I have")],
    )
    assert lines.count(f"\u23f0 Reminder: {said('reminder_text_last_day')}") == 1
    assert lines[-1] == f"alexa> {said('reminders_none')}"  # Alexa lists it as completed
    capsys.readouterr()
    assert main(["reminders", "--store", str(store)]) == 0
    assert capsys.readouterr().out.startswith("once, on Tue 22 Dec 2026 at 9:00 AM")
