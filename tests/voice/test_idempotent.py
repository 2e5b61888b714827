"""A write whose answer was lost, and a request sent twice, change the record once."""

from __future__ import annotations

import json
import logging
import random

import pytest

from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import Record
from skill.storage.store import StaleStateError, StateStore, StoreError
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock


class LostAnswerStore(StateStore):
    """Writes land, but the next ``times`` answers are lost: a timeout (StoreError), or
    botocore's retry of the landed write failing its version condition (StaleStateError)."""

    def __init__(self, inner: LocalStore, lost_as: type[StoreError], times: int = 1) -> None:
        self.inner = inner
        self.lost_as = lost_as
        self.times = times

    def read(self, key: str) -> Record | None:
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        version = self.inner.write(key, body, expected_version)
        if self.times:
            self.times -= 1
            raise self.lost_as("the answer never came back")
        return version

    def remove(self, key: str) -> None:
        self.inner.remove(key)


class FailingStore(LostAnswerStore):
    """Writes that never land."""

    def write(self, key: str, body: Record, expected_version: int) -> int:
        raise StoreError("unreachable")


class BlindAfterWritingStore(LostAnswerStore):
    """Writes land and their answers are lost; after the first write, no read gets through."""

    written = False

    def read(self, key: str) -> Record | None:
        if self.written:
            raise StoreError("unreachable")
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        self.written = True
        return super().write(key, body, expected_version)


def _over(store: StateStore, clock: FakeClock, alexa: Alexa) -> Alexa:
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(3))
    return Alexa(lambda e: handle_event(skill, e), caller=alexa.caller, now=clock.now)


def _start(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    alexa.confirm(True)


def _period(store: LocalStore, alexa: Alexa) -> dict[str, object]:
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    period = record["period"]
    assert isinstance(period, dict)
    return period


def test_an_urge_whose_write_timed_out_after_landing_is_counted_once(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    _start(alexa)
    lossy = _over(LostAnswerStore(store, StoreError), clock, alexa)
    heard = lossy.one_shot("UrgeIntent")
    assert "one urge" in heard.text
    assert "haven't changed anything" not in heard.text
    assert _period(store, alexa)["urges_resisted"] == 1


def test_a_retried_write_that_fails_its_condition_is_known_as_its_own(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    _start(alexa)
    lossy = _over(LostAnswerStore(store, StaleStateError), clock, alexa)
    lossy.one_shot("SlipIntent")
    heard = lossy.confirm(True)
    assert "day 1 again" in heard.text
    period = _period(store, alexa)
    assert period["slips"] == ["2026-11-24"]


@pytest.mark.parametrize("lost_as", [StoreError, StaleStateError])
def test_a_write_whose_fate_cannot_be_learned_is_not_called_unchanged(
    alexa: Alexa, store: LocalStore, clock: FakeClock, lost_as: type[StoreError]
) -> None:
    _start(alexa)
    blind = _over(BlindAfterWritingStore(store, lost_as), clock, alexa)
    heard = blind.one_shot("UrgeIntent")
    assert heard.text == (
        "I couldn't confirm that was saved just now; it may or may not have been. "
        "In a moment, ask me for your progress and I'll tell you where things stand."
    )
    assert _period(store, alexa)["urges_resisted"] == 1  # it was, as progress will say
    assert "one urge" in alexa.one_shot("ProgressIntent").text.lower()


def test_a_request_sent_twice_is_applied_once(alexa: Alexa, store: LocalStore) -> None:
    _start(alexa)
    first = alexa.one_shot("UrgeIntent")
    again = alexa.resend()
    assert "one urge" in first.text and again.response.get("outputSpeech")
    assert _period(store, alexa)["urges_resisted"] == 1


def test_a_write_that_really_failed_still_says_nothing_changed(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    _start(alexa)
    broken = _over(FailingStore(store, StoreError), clock, alexa)
    heard = broken.one_shot("UrgeIntent")
    assert "nothing has changed" in heard.text
    assert _period(store, alexa)["urges_resisted"] == 0


def test_the_record_keeps_a_few_request_marks_and_no_request_id(
    alexa: Alexa, store: LocalStore
) -> None:
    _start(alexa)
    for _ in range(12):
        alexa.one_shot("UrgeIntent")
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    assert len(record["applied"]) == 8
    assert "amzn1" not in json.dumps(record)
    assert _period(store, alexa)["urges_resisted"] == 12


def test_a_failed_turn_logs_no_alexa_id(
    alexa: Alexa, store: LocalStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    _start(alexa)
    caplog.set_level(logging.DEBUG)
    _over(FailingStore(store, StoreError), clock, alexa).one_shot("UrgeIntent")
    assert "turn failed: StoreError" in caplog.text
    assert "amzn1" not in caplog.text


def test_an_apology_after_a_failed_save_carries_nothing_of_the_failed_answer(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    _start(alexa)
    broken = _over(FailingStore(store, StoreError), clock, alexa)
    broken.one_shot("CheckInIntent")
    heard = broken.confirm(True)  # the answer would elicit the mood; its save fails
    assert "nothing has changed" in heard.text
    response = heard.raw["response"]
    assert "directives" not in response and "reprompt" not in response
    assert response["shouldEndSession"] is True
