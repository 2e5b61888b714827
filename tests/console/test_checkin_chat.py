"""Today's check-in and "how am I doing", typed into the console as the README shows."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from skill.cli import main
from skill.console.device import console_caller
from skill.console.session import Conversation
from skill.domain.checkin import Activity
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import load_state
from tests.console.conftest import LA

# 18:00 in Los Angeles on 24 November.
EVENING_LA = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


def test_check_in_and_progress_through_the_console(
    conversation: Conversation, store_path: Path
) -> None:
    for said in ("start no contact", "yesterday", "two years", "yes"):
        reply = conversation.hear(said)
    assert "Today is day 2 of 30" in reply.text

    reply = conversation.hear("ask letting go for today's check-in")
    assert "kept no contact so far" in reply.text
    reply = conversation.hear("yes")
    assert "one to five" in reply.text
    reply = conversation.hear("I'm a four and I'll call my sister")
    assert "Today's tip" in reply.text or "for today:" in reply.text
    assert "first check-in" in reply.text
    assert reply.ended

    reply = conversation.hear("ask letting go how am I doing")
    assert "day 2 of 30, with 29 days to go" in reply.text
    assert "your mood was 4 out of 5" in reply.text

    record = LocalStore(store_path).read(hash_owner("user", console_caller().user_id))
    entry = load_state(record).checkins.on(datetime(2026, 11, 24).date())
    assert entry is not None and (entry.mood, entry.activity) == (4, Activity.FAMILY)


def test_words_and_bad_answers_in_the_console(conversation: Conversation) -> None:
    conversation.hear("check in")
    reply = conversation.hear("eleven")
    assert "only goes from one to five" in reply.text
    reply = conversation.hear("pretty low")
    assert "What's one thing you'll do for yourself today?" in reply.text
    reply = conversation.hear("I don't know")
    assert "Here's an idea" in reply.text
    reply = conversation.hear("yes")
    assert "Would you like to set up your no-contact period now?" in reply.text


@pytest.fixture
def evening() -> Iterator[None]:
    with time_machine.travel(EVENING_LA, tick=False):
        yield


def test_letting_go_chat_does_todays_check_in(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    evening: None,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    store = str(tmp_path / "state.sqlite3")
    script = (
        "yes\nyesterday\ntwo years\nyes\n"
        "ask letting go for today's check-in\nyes\nfour\ncall my sister\n"
        "ask letting go how am i doing\n"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(script))
    assert main(["chat", "--store", store, "--time-zone", LA]) == 0
    out = capsys.readouterr().out
    assert "you> call my sister" in out
    assert "your first check-in" in out
    assert "day 2 of 30, with 29 days to go" in out
    assert main(["say", "--store", store, "--time-zone", LA, "today's check-in"]) == 0
    assert "already checked in today" in capsys.readouterr().out
