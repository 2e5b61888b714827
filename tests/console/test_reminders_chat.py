"""Reminders, deleting data and words of crisis, typed into the console."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.cli import main
from skill.console.device import console_caller
from skill.console.session import Conversation
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import load_state
from tests.console.conftest import LA
from tests.lines import phrasings


@pytest.mark.parametrize(
    "said", ["remind me at 8 pm", "ask letting go to remind me to check in every day at 8 pm"]
)
def test_a_reminder_shows_the_permission_asked_and_says_nothing_was_set(
    conversation: Conversation, store_path: Path, said: str
) -> None:
    reply = conversation.hear(said)
    assert reply.directives == ["Connections.SendRequest"]
    assert 'Alexa asks: "Do you allow Letting Go to set reminders?"' in reply.text
    assert "no real Reminders API" in reply.text
    assert "no reminder was set" in reply.text
    record = LocalStore(store_path).read(hash_owner("user", console_caller().user_id))
    assert load_state(record).reminders.tokens == ()


def test_a_time_that_is_not_a_time_is_asked_again_in_the_console(
    conversation: Conversation,
) -> None:
    reply = conversation.hear("remind me every day")
    assert "What time each day" in reply.text
    reply = conversation.hear("soon")
    assert any(line in reply.text for line in phrasings("ask_reminder_time_reprompt"))
    reply = conversation.hear("in the evening")
    assert "a time on the clock" in reply.text
    reply = conversation.hear("half past seven in the evening")
    assert reply.directives == ["Connections.SendRequest"]


def test_words_of_crisis_inside_the_start_dialog(conversation: Conversation) -> None:
    conversation.hear("start no contact")
    reply = conversation.hear("I want to die")
    assert "988" in reply.text
    assert "Suicide and Crisis Lifeline" in reply.text


def test_delete_my_data_in_the_console(conversation: Conversation, store_path: Path) -> None:
    for said in ("start no contact", "yesterday", "two years", "yes", "no"):
        conversation.hear(said)
    key = hash_owner("user", console_caller().user_id)
    assert LocalStore(store_path).read(key) is not None
    assert "Shall I delete it all?" in conversation.hear("delete my data").text
    assert "Everything I kept about you is deleted" in conversation.hear("yes").text
    assert LocalStore(store_path).read(key) is None


def test_letting_go_say_remind_me(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    store = str(tmp_path / "state.sqlite3")
    assert main(["say", "--store", store, "--time-zone", LA, "remind me at 8 pm"]) == 0
    out = capsys.readouterr().out
    assert "Do you allow Letting Go to set reminders?" in out
    assert "no reminder was set" in out
