"""Whole console conversations: typed text, real envelopes, Dialog directives as Alexa does."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import skill.console.session as session_module
from skill.console.device import console_caller
from skill.console.session import Conversation, Reply, model_dialog_intents
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import UserState, load_state
from tests.conftest import FakeClock
from tests.console.conftest import LA, Converse

Sent = list[tuple[dict[str, Any], dict[str, Any]]]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Sent:
    """Every (request, response) pair the conversation sent through the skill."""
    log: Sent = []
    real = session_module.handle_event

    def spy(skill: Any, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        response = real(skill, event, context)
        log.append((event, response))
        return response

    monkeypatch.setattr(session_module, "handle_event", spy)
    return log


def stored(store_path: Path) -> UserState:
    record = LocalStore(store_path).read(hash_owner("user", console_caller().user_id))
    return load_state(record)


def request_of(sent: Sent, index: int = -1) -> dict[str, Any]:
    return sent[index][0]["request"]


def start_period(chat: Conversation, last_contact: str = "yesterday") -> Reply:
    chat.open()
    for said in ("yes", last_contact, "two years"):
        chat.hear(said)
    return chat.hear("yes")


def test_whole_conversation_is_remembered_after_restart(
    converse: Converse, store_path: Path
) -> None:
    chat = converse()
    welcome = chat.open()
    assert "Shall we set up your no-contact period?" in welcome.text
    assert not welcome.ended
    assert chat.hear("yes").directives == ["Dialog.ElicitSlot"]
    assert chat.hear("yesterday").directives == ["Dialog.ElicitSlot"]
    assert chat.hear("two years").directives == ["Dialog.ConfirmIntent"]
    committed = chat.hear("yes")
    assert "day 2 of 30" in committed.text
    assert "reminder on your last day" in committed.text
    assert chat.hear("no").ended

    assert "day 2 of 30" in chat.hear("how many days left").text.lower()
    urge = chat.hear("I want to text my ex")
    assert "one urge" in urge.text
    assert "(pause 4 s)" in urge.text
    assert chat.hear("I texted him").directives == ["Dialog.ConfirmIntent"]
    assert "day 1 again, of 30" in chat.hear("yes").text
    assert chat.hear("I'm done with no contact").directives == ["Dialog.ConfirmIntent"]
    assert "carries on: day 1 of 30" in chat.hear("no").text
    chat.close()

    restarted = converse()
    assert "day 1 of 30" in restarted.open().text.lower()
    period = stored(store_path).period
    assert period is not None and period.is_active()
    assert (period.urges_resisted, len(period.slips), period.target_days) == (1, 1, 30)


def test_stop_during_start_dialog_ends_it_with_nothing_stored(
    converse: Converse, store_path: Path
) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    chat.hear("yesterday")
    stopped = chat.hear("stop")
    assert "Nothing has been set" in stopped.text
    assert stopped.ended and not chat.in_session
    assert stored(store_path).period is None


@pytest.mark.parametrize(("zone", "day"), [(LA, "day 1 of 30"), ("UTC", "day 2 of 30")])
def test_days_are_counted_in_console_device_zone(
    converse: Converse, clock: FakeClock, zone: str, day: str
) -> None:
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))  # noon in Los Angeles, same date
    chat = converse(zone)
    assert "day 1 of 30" in start_period(chat, "today").text
    clock.set(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))  # UTC is on the 25th, Los Angeles not
    assert day in chat.hear("how many days left").text.lower()


def test_answer_to_elicited_slot_carries_updated_intent_in_progress(
    converse: Converse, sent: Sent
) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    directive = sent[-1][1]["response"]["directives"][0]
    chat.hear("yesterday")
    request = request_of(sent)
    assert request["dialogState"] == "IN_PROGRESS"
    assert request["intent"]["name"] == directive["updatedIntent"]["name"]
    assert set(request["intent"]["slots"]) == set(directive["updatedIntent"]["slots"])
    assert request["intent"]["slots"]["lastContact"]["value"] == "2026-11-23"
    assert request["intent"]["slots"]["lastContact"]["confirmationStatus"] == "NONE"


def test_yes_to_confirm_slot_confirms_only_that_slot(converse: Converse, sent: Sent) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    chat.hear("october first twenty twenty six")
    asked = chat.hear("two years")
    assert asked.directives == ["Dialog.ConfirmSlot"]
    assert chat.hear("yes").directives == ["Dialog.ConfirmIntent"]
    intent = request_of(sent)["intent"]
    assert intent["name"] == "StartNoContactIntent"
    assert intent["confirmationStatus"] == "NONE"
    assert intent["slots"]["lastContact"]["confirmationStatus"] == "CONFIRMED"
    assert intent["slots"]["lastContact"]["value"] == "2026-10-01"


def test_no_to_confirm_intent_sends_denied_intent(
    converse: Converse, sent: Sent, store_path: Path
) -> None:
    chat = converse()
    chat.open()
    for said in ("yes", "yesterday", "two years"):
        chat.hear(said)
    chat.hear("no")
    request = request_of(sent)
    assert request["intent"]["name"] == "StartNoContactIntent"
    assert request["intent"]["confirmationStatus"] == "DENIED"
    assert request["dialogState"] == "IN_PROGRESS"
    assert stored(store_path).period is None


def test_other_intent_during_elicit_is_sent_as_itself(converse: Converse, sent: Sent) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    chat.hear("how many days left")
    request = request_of(sent)
    assert request["intent"]["name"] == "DaysLeftIntent"
    assert "dialogState" not in request


def test_dialog_intent_first_request_is_started(converse: Converse, sent: Sent) -> None:
    chat = converse()
    reply = chat.hear("I'm starting no contact")
    assert reply.directives == ["Dialog.ElicitSlot"]
    request = request_of(sent)
    assert request["intent"]["name"] == "StartNoContactIntent"
    assert request["dialogState"] == "STARTED"
    assert set(request["intent"]["slots"]) == {"lastContact", "relationshipLength", "targetDays"}


def test_session_attributes_are_carried_to_next_request(converse: Converse, sent: Sent) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    (launch, launched), (answer, _) = sent
    assert answer["session"]["sessionId"] == launch["session"]["sessionId"]
    assert answer["session"]["new"] is False
    assert answer["session"]["attributes"] == launched["sessionAttributes"]


def test_text_after_ended_session_starts_new_one_shot_session(
    converse: Converse, sent: Sent
) -> None:
    chat = converse()
    chat.open()
    assert chat.hear("no").ended
    chat.hear("how many days left")
    first, last = sent[0][0], sent[-1][0]
    assert last["session"]["new"] is True
    assert last["session"]["sessionId"] != first["session"]["sessionId"]
    assert last["request"]["intent"]["name"] == "DaysLeftIntent"


def test_invocation_mid_session_starts_fresh_session(converse: Converse, sent: Sent) -> None:
    chat = converse()
    chat.open()
    chat.hear("yes")
    chat.hear("ask letting go how many days left")
    ended, fresh = sent[-2][0], sent[-1][0]
    assert ended["request"]["type"] == "SessionEndedRequest"
    assert ended["request"]["reason"] == "USER_INITIATED"
    assert fresh["session"]["new"] is True
    assert fresh["session"]["sessionId"] != ended["session"]["sessionId"]
    assert fresh["request"]["intent"]["name"] == "DaysLeftIntent"


def test_open_letting_go_sends_launch_request(converse: Converse, sent: Sent) -> None:
    reply = converse().hear("open letting go")
    assert request_of(sent)["type"] == "LaunchRequest"
    assert "Shall we set up" in reply.text


def test_close_sends_session_ended_only_when_open(converse: Converse, sent: Sent) -> None:
    chat = converse()
    chat.close()
    assert sent == []
    chat.open()
    chat.close()
    assert [event["request"]["type"] for event, _ in sent] == [
        "LaunchRequest",
        "SessionEndedRequest",
    ]
    chat.close()
    assert len(sent) == 2


def test_reply_reads_speech_reprompt_card_and_directives() -> None:
    reply = Reply.from_envelope(
        {
            "response": {
                "outputSpeech": {"type": "SSML", "ssml": "<speak>Hi &amp; bye</speak>"},
                "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Again?</speak>"}},
                "card": {"type": "Simple", "title": "Letting Go", "content": "Day 3 of 30"},
                "directives": [{"type": "Dialog.ElicitSlot"}],
                "shouldEndSession": False,
            }
        }
    )
    assert (reply.text, reply.reprompt_text) == ("Hi & bye", "Again?")
    assert reply.card == "Letting Go: Day 3 of 30"
    assert reply.directives == ["Dialog.ElicitSlot"]
    assert reply.ended is False


def test_reply_without_should_end_session_counts_as_ended() -> None:
    assert Reply.from_envelope({"response": {}}).ended is True


def test_model_dialog_intents_are_those_of_the_dialog_model(tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    model.write_text(
        json.dumps(
            {
                "interactionModel": {
                    "languageModel": {"invocationName": "x", "intents": []},
                    "dialog": {"intents": [{"name": "AIntent"}, {"name": "BIntent"}]},
                }
            }
        ),
        encoding="utf-8",
    )
    assert model_dialog_intents(model) == {"AIntent", "BIntent"}


def test_model_dialog_intents_of_model_without_dialog_is_empty(tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    model.write_text('{"interactionModel": {"languageModel": {}}}', encoding="utf-8")
    assert model_dialog_intents(model) == frozenset()
