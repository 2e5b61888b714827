"""Turn logs: one JSON line per turn, and never who spoke, what they said or any token."""

from __future__ import annotations

import json
import logging
import random
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa, Heard
from tests.alexa_api import FakeAlexaApi
from tests.conftest import FakeClock
from tests.voice.test_faults import BrokenStore

TURN_FIELDS = {"event", "request_type", "intent", "outcome", "latency_ms", "new_session", "locale"}
SLOT_VALUES = ["2026-11-23", "P2Y", "20:00", "21:30", "07:15"]


class Recorder:
    """Sends requests to the skill and keeps every request and response."""

    def __init__(self, handler: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        self.handler = handler
        self.requests: list[dict[str, Any]] = []
        self.heard: list[Heard] = []

    def __call__(self, event: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(event)
        response = self.handler(event)
        self.heard.append(Heard(response))
        return response


@pytest.fixture
def recorder(handler: Callable[..., Any]) -> Recorder:
    return Recorder(handler)


@pytest.fixture
def person(recorder: Recorder, caller: Caller, clock: FakeClock) -> Alexa:
    who = replace(caller, person_id="amzn1.ask.person.SECRET-PERSON")
    return Alexa(recorder, caller=who, now=clock.now)


def whole_conversations(alexa: Alexa, alexa_api: FakeAlexaApi) -> None:
    """Everything a person can do, including asking for permission, faults and deleting."""
    alexa.launch()
    alexa.intent("AMAZON.YesIntent")
    alexa.answer("2026-11-23")
    alexa.answer("P2Y")
    alexa.confirm(True)
    alexa.intent("AMAZON.YesIntent")  # a reminder on the last day: permission asked
    alexa.permission_answer("ACCEPTED")
    alexa.caller = replace(alexa.caller, granted_scopes=(REMINDERS_SCOPE,))
    alexa.one_shot("SetReminderIntent", {"time": "20:00"})
    alexa.one_shot("SetReminderIntent", {"time": "21:30"})
    alexa.one_shot("ListRemindersIntent")
    alexa_api.fail_reminders(429, "TOO_MANY_REQUESTS")
    alexa.one_shot("SetReminderIntent", {"time": "07:15"})
    alexa_api.reminder_faults.clear()
    alexa.one_shot("UrgeIntent")
    alexa.one_shot("SlipIntent", {"when": "2026-11-23"})
    alexa.confirm(True)
    alexa.one_shot("DaysLeftIntent")
    alexa.one_shot("CrisisIntent")
    alexa.intent("AMAZON.RepeatIntent")
    alexa.one_shot("CancelRemindersIntent")
    alexa.one_shot("DeleteDataIntent")
    alexa.confirm(True)
    alexa.launch()
    alexa.end_session()
    alexa.skill_event("AlexaSkillEvent.SkillDisabled")


def turn_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "letting_go.turns"]


def secrets(alexa: Alexa, recorder: Recorder, alexa_api: FakeAlexaApi) -> list[str]:
    """What must never be logged: ids, tokens, slot values and anything the skill said."""
    caller = alexa.caller
    found = [
        caller.user_id,
        caller.person_id or "",
        caller.device_id,
        caller.api_access_token or "",
        hash_owner("user", caller.user_id),
        hash_owner("person", caller.person_id or ""),
        *SLOT_VALUES,
    ]
    found += [call.path.rsplit("/", 1)[-1] for call in alexa_api.reminder_calls("DELETE")]
    found += list(alexa_api.reminders)
    for event in recorder.requests:
        session = event.get("session") or {}
        found += [session.get("sessionId", ""), event["request"].get("token", "")]
    for heard in recorder.heard:
        for text in (heard.text, heard.reprompt):
            found += [s for s in re.split(r"(?<=[.?!:])\s+", text) if len(s) > 12]
    return [s for s in found if s]


def test_every_turn_logs_one_json_line(
    person: Alexa, recorder: Recorder, alexa_api: FakeAlexaApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    whole_conversations(person, alexa_api)
    lines = turn_lines(caplog)
    assert len(lines) == len(recorder.requests)
    for line in lines:
        assert set(line) == TURN_FIELDS
        assert line["event"] == "turn"
        assert isinstance(line["latency_ms"], float) and line["latency_ms"] >= 0
    outcomes = [line["outcome"] for line in lines]
    for expected in (
        "permission_asked",
        "reminder_created",
        "reminder_updated",
        "reminders_listed",
        "reminders_busy",
        "crisis_line_given",
        "reminders_cancelled",
        "data_deleted",
    ):
        assert expected in outcomes
    assert [line["intent"] for line in lines[:2]] == [None, "AMAZON.YesIntent"]
    assert lines[0]["request_type"] == "LaunchRequest"
    assert lines[-1]["request_type"] == "AlexaSkillEvent.SkillDisabled"


def test_logs_hold_no_ids_tokens_slot_values_or_speech(
    person: Alexa, recorder: Recorder, alexa_api: FakeAlexaApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    whole_conversations(person, alexa_api)
    logged = caplog.text
    assert "turn" in logged  # the logs were captured at all
    leaked = [s for s in secrets(person, recorder, alexa_api) if s in logged]
    assert leaked == []


def test_a_failed_turn_is_logged_once_with_its_error_type(
    store: LocalStore,
    clock: FakeClock,
    caller: Caller,
    alexa_api: FakeAlexaApi,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    skill = build_skill(BrokenStore(store), clock=clock, api_client=alexa_api, rng=random.Random(5))
    alexa = Alexa(lambda e: handle_event(skill, e), caller=caller, now=clock.now)
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-23", "targetDays": "30"})
    alexa.confirm(True)  # the save fails
    lines = turn_lines(caplog)
    assert len(lines) == 2
    assert lines[-1]["outcome"] == "failed"
    assert lines[-1]["error"] == "StoreError"
    assert caller.user_id not in caplog.text
