"""Reminders, deleting data and words of crisis, typed into the console.

The console plays Alexa's Reminders API from a file beside the store, and Alexa's permission
question: what the skill sets is what ``letting-go reminders`` lists.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

import skill.console.session as session_module
from skill.cli import NO_REMINDERS, main
from skill.console.device import console_caller
from skill.console.grants import CONSOLE_ACCESS_TOKEN, Grants, grants_path
from skill.console.permissions import SAY_NOTE
from skill.console.reminders import ConsoleReminders, reminders_path
from skill.console.session import Conversation
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import load_state
from skill.voice import speech_en
from skill.voice.permission import REMINDERS_SCOPE
from tests.console.conftest import LA, Converse
from tests.lines import phrasings, said

ASKED = 'Alexa asks: "Do you allow Letting Go to set reminders?"'
DAILY_AT_8 = f"every day at 8:00 PM ({LA}) \u2014 {said('reminder_text_daily')}"


def listed(capsys: pytest.CaptureFixture[str], store_path: Path) -> list[str]:
    """What ``letting-go reminders`` prints for the console beside ``store_path``."""
    capsys.readouterr()
    assert main(["reminders", "--store", str(store_path)]) == 0
    return capsys.readouterr().out.splitlines()


def kept_tokens(store_path: Path) -> tuple[str, ...]:
    record = LocalStore(store_path).read(hash_owner("user", console_caller().user_id))
    return load_state(record).reminders.tokens


def set_daily(chat: Conversation, said: str = "remind me at 8 pm") -> str:
    """Ask for a daily reminder and allow it; the skill's answer."""
    assert ASKED in chat.hear(said).text
    return chat.hear("yes").text


@pytest.mark.parametrize(
    "said", ["remind me at 8 pm", "ask letting go to remind me to check in every day at 8 pm"]
)
def test_yes_to_alexas_question_sets_the_reminder_letting_go_reminders_lists(
    conversation: Conversation,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    said: str,
) -> None:
    asked = conversation.hear(said)
    assert asked.directives == ["Connections.SendRequest"]
    assert f"({ASKED} You can say yes or no.)" == asked.text
    assert not asked.ended
    done = conversation.hear("yes")
    assert done.text in phrasings("reminder_set", time="8 PM")
    assert listed(capsys, store_path) == [DAILY_AT_8]
    assert len(kept_tokens(store_path)) == 1


def test_the_yes_is_kept_for_the_next_console(
    converse: Converse, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_daily(converse())
    later = converse()  # a new `letting-go chat`: Alexa does not ask again
    reply = later.hear("change my reminder to 9 pm")
    assert reply.text in phrasings("reminder_moved", time="9 PM")
    assert listed(capsys, store_path) == [
        f"every day at 9:00 PM ({LA}) \u2014 {said('reminder_text_daily')}"
    ]


def test_cancel_my_reminders_removes_it(
    conversation: Conversation, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_daily(conversation)
    assert conversation.hear("cancel my reminders").text in phrasings("reminders_cancelled")
    assert listed(capsys, store_path) == [NO_REMINDERS]
    assert kept_tokens(store_path) == ()


def test_what_reminders_do_i_have_is_answered_from_the_console_reminders(
    converse: Converse, console_reminders: ConsoleReminders
) -> None:
    set_daily(converse())
    heard = converse().hear("what reminders do I have").text
    assert heard in phrasings("reminders_daily", time="8 PM")
    # Deleted outside the skill (in the Alexa app, on an Echo): the skill learns it is gone.
    (reminder,) = console_reminders.all()
    console_reminders.delete(reminder["alertToken"])
    assert converse().hear("what reminders do I have").text in phrasings("reminders_none")


def test_no_to_alexas_question_gets_the_skills_answer_and_sets_nothing(
    converse: Converse, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chat = converse()
    chat.hear("remind me at 8 pm")
    reply = chat.hear("no")
    assert reply.text in phrasings("permission_denied")
    assert reply.ended
    assert listed(capsys, store_path) == [NO_REMINDERS]
    assert Grants(grants_path(store_path)).scopes() == ()
    assert ASKED in converse().hear("remind me at 8 pm").text  # asked again next time


def test_words_of_crisis_after_alexas_question_are_answered_first(
    conversation: Conversation, store_path: Path
) -> None:
    conversation.hear("remind me at 8 pm")
    reply = conversation.hear("I want to die")
    assert "988" in reply.text
    assert Grants(grants_path(store_path)).scopes() == ()
    assert kept_tokens(store_path) == ()


def test_requests_carry_the_grant_in_their_token_and_permissions(
    conversation: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[dict[str, Any]] = []
    real = session_module.handle_event

    def spy(skill: Any, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        sent.append(event)
        return real(skill, event, context)

    monkeypatch.setattr(session_module, "handle_event", spy)
    set_daily(conversation)
    conversation.hear("what reminders do I have")
    before, answer, after = (event["context"]["System"] for event in sent)
    assert before["apiAccessToken"] == CONSOLE_ACCESS_TOKEN
    assert "permissions" not in before["user"]
    assert sent[1]["request"]["type"] == "Connections.Response"
    assert sent[1]["request"]["payload"]["status"] == "ACCEPTED"
    for system in (answer, after):
        assert system["user"]["permissions"]["scopes"] == {REMINDERS_SCOPE: {"status": "GRANTED"}}
        assert system["apiAccessToken"] != CONSOLE_ACCESS_TOKEN


def test_a_yes_to_the_last_day_offer_sets_a_one_time_reminder(
    conversation: Conversation, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conversation.open()
    for said_now in ("yes", "yesterday", "two years"):
        conversation.hear(said_now)
    assert "would you like a reminder on your last day" in conversation.hear("yes").text
    assert ASKED in conversation.hear("yes").text
    assert "your last day, at 9 AM" in conversation.hear("yes").text
    assert listed(capsys, store_path) == [
        f"once, on Tue 22 Dec 2026 at 9:00 AM ({LA}) \u2014 {said('reminder_text_last_day')}"
    ]


def test_a_reminder_keeps_only_the_skills_own_words(
    conversation: Conversation, store_path: Path
) -> None:
    set_daily(conversation, "remind me to do my check in every day at 8 pm")
    text = reminders_path(store_path).read_text(encoding="utf-8")
    spoken = [
        content["text"]
        for reminder in json.loads(text)["alerts"].values()
        for content in reminder["alertInfo"]["spokenInfo"]["content"]
    ]
    assert spoken == list(speech_en.LINES["reminder_text_daily"])
    assert "remind me" not in text.lower()


def test_no_reminder_token_or_access_token_reaches_the_logs(
    conversation: Conversation,
    console_reminders: ConsoleReminders,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    set_daily(conversation)
    conversation.hear("change my reminder to 9 pm")
    conversation.hear("what reminders do I have")
    (token,) = (reminder["alertToken"] for reminder in console_reminders.all())
    conversation.hear("cancel my reminders")
    assert caplog.records  # the turns were logged
    assert token not in caplog.text
    assert CONSOLE_ACCESS_TOKEN not in caplog.text


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
    for said_now in ("start no contact", "yesterday", "two years", "yes", "no"):
        conversation.hear(said_now)
    key = hash_owner("user", console_caller().user_id)
    assert LocalStore(store_path).read(key) is not None
    assert "Shall I delete it all?" in conversation.hear("delete my data").text
    assert "Everything I kept about you is deleted" in conversation.hear("yes").text
    assert LocalStore(store_path).read(key) is None


def test_delete_my_data_cancels_the_console_reminders(
    conversation: Conversation, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_daily(conversation)
    conversation.hear("delete my data")
    assert "Everything I kept about you is deleted" in conversation.hear("yes").text
    assert listed(capsys, store_path) == [NO_REMINDERS]


def test_letting_go_say_shows_the_question_it_cannot_hear_answered(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    store = tmp_path / "state.sqlite3"
    assert main(["say", "--store", str(store), "--time-zone", LA, "remind me at 8 pm"]) == 0
    out = capsys.readouterr().out
    assert ASKED in out
    assert SAY_NOTE in out
    assert listed(capsys, store) == [NO_REMINDERS]


def test_letting_go_say_sets_a_reminder_once_it_is_allowed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    store = tmp_path / "state.sqlite3"
    Grants(grants_path(store)).grant(REMINDERS_SCOPE)
    assert main(["say", "--store", str(store), "--time-zone", LA, "remind me at 8 pm"]) == 0
    assert capsys.readouterr().out.strip() in phrasings("reminder_set", time="8 PM")
    assert len(listed(capsys, store)) == 1


def test_a_spoilt_reminders_file_gets_a_plain_answer_and_a_plain_error(
    converse: Converse, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Grants(grants_path(store_path)).grant(REMINDERS_SCOPE)
    reminders_path(store_path).write_text("{not json", encoding="utf-8")
    assert converse().hear("remind me at 8 pm").text in phrasings("reminder_unavailable")
    assert kept_tokens(store_path) == ()
    capsys.readouterr()
    assert main(["reminders", "--store", str(store_path)]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
