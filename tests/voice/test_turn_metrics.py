"""Turn metrics: every turn's line is a valid EMF document of fixed names and numbers.

Failed turns are answered kindly, so Lambda's Errors metric never counts them: these lines are
how a broken store or an unreachable Alexa API shows in CloudWatch.
"""

from __future__ import annotations

import io
import json
import logging
import random
from dataclasses import replace
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.metrics import (
    ALEXA_API_ERRORS,
    OUTCOME,
    STORE_ERRORS,
    TURN_DURATION,
    TURNS,
    Metrics,
    Outcome,
)
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from skill.storage.state import Record
from skill.storage.store import StateStore, StoreError
from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa
from tests.alexa_api import FakeAlexaApi
from tests.conftest import FakeClock
from tests.emf import emf_problems
from tests.voice.test_faults import BrokenStore, RacingStore
from tests.voice.test_turn_log import TURN_FIELDS, Recorder, secrets, whole_conversations

NAMESPACE = "LettingGo/Test"
METRIC_MEMBERS = {"_aws", OUTCOME, TURNS, STORE_ERRORS, ALEXA_API_ERRORS, TURN_DURATION}


class Metered:
    """The skill over ``store`` with metrics on, its lines kept; Alexa talking to it."""

    def __init__(
        self, store: StateStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
    ) -> None:
        self.stream = io.StringIO()
        metrics = Metrics(NAMESPACE, self.stream)
        skill = build_skill(
            store, clock=clock, api_client=alexa_api, rng=random.Random(3), metrics=metrics
        )
        self.recorder = Recorder(lambda event: handle_event(skill, event))
        self.alexa = Alexa(self.recorder, caller=caller, now=clock.now)

    @property
    def raw_lines(self) -> list[str]:
        return self.stream.getvalue().splitlines()

    @property
    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.raw_lines]


def start(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    alexa.confirm(True)


@pytest.fixture
def metered(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
) -> Metered:
    return Metered(store, clock, caller, alexa_api)


def test_a_good_turn_is_answered_with_its_duration(metered: Metered, clock: FakeClock) -> None:
    metered.alexa.launch()
    (raw,) = metered.raw_lines
    assert emf_problems(raw) == []
    line = json.loads(raw)
    assert line[OUTCOME] == Outcome.ANSWERED == "answered"
    assert (line[TURNS], line[STORE_ERRORS], line[ALEXA_API_ERRORS]) == (1, 0, 0)
    assert isinstance(line[TURN_DURATION], float) and 0 <= line[TURN_DURATION] < 5000
    assert line[TURN_DURATION] == line["latency_ms"]
    assert line["_aws"]["Timestamp"] == int(clock.now().timestamp() * 1000)
    directives = line["_aws"]["CloudWatchMetrics"]
    assert {d["Namespace"] for d in directives} == {NAMESPACE}
    assert set(line) == TURN_FIELDS | METRIC_MEMBERS  # the turn's log line, and the metrics


@pytest.mark.parametrize("fail_reads", [False, True], ids=["write fails", "read fails"])
def test_a_turn_whose_store_fails_is_a_failed_turn_with_one_store_error(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi, fail_reads: bool
) -> None:
    metered = Metered(BrokenStore(store, fail_reads=fail_reads), clock, caller, alexa_api)
    if fail_reads:
        metered.alexa.one_shot("UrgeIntent")
    else:
        start(metered.alexa)  # the confirmation's save fails
    raw = metered.raw_lines[-1]
    assert emf_problems(raw) == []
    line = json.loads(raw)
    assert line[OUTCOME] == "failed"
    assert line[STORE_ERRORS] == 1
    assert line[ALEXA_API_ERRORS] == 0
    assert line["error"] == "StoreError"
    leaked = [s for s in secrets(metered.alexa, metered.recorder, alexa_api) if s in raw]
    assert leaked == []


@pytest.mark.parametrize("fault", [503, 0], ids=["503", "no answer"])
def test_a_failing_alexa_api_is_counted_and_the_turn_degraded(
    metered: Metered, alexa_api: FakeAlexaApi, fault: int
) -> None:
    start(metered.alexa)
    alexa_api.fail_with = fault  # the Settings API: the turn goes on with the stored zone
    heard = metered.alexa.one_shot("DaysLeftIntent")
    assert "day 5 of 30" in heard.text.lower()
    line = metered.lines[-1]
    assert (line[OUTCOME], line[ALEXA_API_ERRORS], line[STORE_ERRORS]) == ("degraded", 1, 0)


def test_answers_about_the_person_are_not_api_errors(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
) -> None:
    allowed = replace(caller, granted_scopes=(REMINDERS_SCOPE,))
    metered = Metered(store, clock, allowed, alexa_api)
    start(metered.alexa)
    alexa_api.fail_reminders(401, "UNAUTHORIZED")  # taken back since: the skill asks again
    heard = metered.alexa.one_shot("SetReminderIntent", {"time": "20:00"})
    assert alexa_api.reminder_calls("POST") and heard.raw["response"].get("directives")
    alexa_api.time_zone = None  # 404: the device has no zone set
    metered.alexa.one_shot("DaysLeftIntent")
    assert [line[OUTCOME] for line in metered.lines] == ["answered"] * len(metered.lines)
    assert sum(line[ALEXA_API_ERRORS] for line in metered.lines) == 0


def test_a_lost_race_is_not_a_store_error(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
) -> None:
    first = Metered(store, clock, caller, alexa_api)
    start(first.alexa)
    racing = Metered(
        RacingStore(store, lambda: first.alexa.one_shot("UrgeIntent"), 2), clock, caller, alexa_api
    )
    assert "urge" in racing.alexa.one_shot("UrgeIntent").text
    (line,) = racing.lines
    assert (line[OUTCOME], line[STORE_ERRORS]) == ("answered", 0)


class NoIndexStore(BrokenStore):
    """Keeps people's records, but cannot write the account's index of voices."""

    def write(self, key: str, body: Record, expected_version: int) -> int:
        if key.startswith("voices#"):
            raise StoreError("unreachable")
        return self.inner.write(key, body, expected_version)


def test_a_voice_not_listed_is_a_store_error_in_an_answered_turn(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
) -> None:
    voice = replace(caller, person_id="amzn1.ask.person.RECOGNISED")
    metered = Metered(NoIndexStore(store), clock, voice, alexa_api)
    start(metered.alexa)  # the first write of a recognised voice lists it in the account's index
    line = metered.lines[-1]
    assert (line[OUTCOME], line[STORE_ERRORS]) == ("degraded", 1)
    assert "It's set" in metered.recorder.heard[-1].text


def test_every_line_of_whole_conversations_is_emf_of_fixed_names_and_numbers(
    store: LocalStore, clock: FakeClock, caller: Caller, alexa_api: FakeAlexaApi
) -> None:
    person = replace(caller, person_id="amzn1.ask.person.SECRET-PERSON")
    metered = Metered(store, clock, person, alexa_api)
    whole_conversations(metered.alexa, alexa_api)
    raws = metered.raw_lines
    assert len(raws) == len(metered.recorder.requests)  # one line per turn
    for raw in raws:
        assert emf_problems(raw) == [], raw
        line = json.loads(raw)
        assert line[OUTCOME] in {o.value for o in Outcome}
        for directive in line["_aws"]["CloudWatchMetrics"]:
            assert directive["Namespace"] == NAMESPACE
            assert directive["Dimensions"] in ([[OUTCOME]], [[]])
            assert {m["Name"] for m in directive["Metrics"]} <= METRIC_MEMBERS
    outcomes = {json.loads(raw)[OUTCOME] for raw in raws}
    assert outcomes == {"answered", "degraded"}  # the reminders API's 429 degraded one turn
    everything = "\n".join(raws)
    leaked = [s for s in secrets(metered.alexa, metered.recorder, alexa_api) if s in everything]
    assert leaked == []


def test_without_metrics_the_line_is_only_logged(
    handler: Any,
    caller: Caller,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.INFO)
    Alexa(handler, caller=caller, now=clock.now).launch()
    (record,) = [r for r in caplog.records if r.name == "letting_go.turns"]
    assert "_aws" not in json.loads(record.getMessage())
    assert capsys.readouterr().out == ""
