"""Faults get a clear, kind answer and lose nothing: bad records, failing stores and APIs."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import Record
from skill.storage.store import StateStore, StoreError
from skill.voice import turn
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock


def start(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    alexa.confirm(True)


def test_corrupt_record_is_answered_kindly_and_left_alone(
    alexa: Alexa, store: LocalStore, store_path: Path
) -> None:
    start(alexa)
    key = hash_owner("user", alexa.caller.user_id)
    with sqlite3.connect(store_path) as db:
        db.execute("UPDATE records SET body = ? WHERE id = ?", ("{not json", key))
    heard = alexa.one_shot("UrgeIntent")
    assert "trouble reading your saved progress" in heard.text
    with sqlite3.connect(store_path) as db:
        (body,) = db.execute("SELECT body FROM records WHERE id = ?", (key,)).fetchone()
    assert body == "{not json"


def test_record_from_a_newer_schema_is_not_overwritten(alexa: Alexa, store: LocalStore) -> None:
    key = hash_owner("user", alexa.caller.user_id)
    store.write(key, {"schema": 99, "period": "something new"}, 0)
    heard = alexa.one_shot("SlipIntent")
    assert "haven't changed anything" in heard.text
    assert store.read(key) == {"schema": 99, "period": "something new", "version": 1}


class BrokenStore(StateStore):
    """A store whose reads or writes fail, like an unreachable DynamoDB."""

    def __init__(self, inner: StateStore, fail_reads: bool = False) -> None:
        self.inner = inner
        self.fail_reads = fail_reads
        self.fail_writes = True

    def read(self, key: str) -> Record | None:
        if self.fail_reads:
            raise StoreError("unreachable")
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        if self.fail_writes:
            raise StoreError("unreachable")
        return self.inner.write(key, body, expected_version)

    def remove(self, key: str) -> None:
        self.inner.remove(key)


def _alexa_over(store: StateStore, clock: FakeClock, alexa: Alexa) -> Alexa:
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(1))
    return Alexa(lambda e: handle_event(skill, e), caller=alexa.caller, now=clock.now)


def test_failing_store_write_says_nothing_changed(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    start(alexa)
    before = store.read(hash_owner("user", alexa.caller.user_id))
    broken = _alexa_over(BrokenStore(store), clock, alexa)
    heard = broken.one_shot("UrgeIntent")
    assert "couldn't reach your saved progress" in heard.text
    assert store.read(hash_owner("user", alexa.caller.user_id)) == before


def test_failing_store_read_is_answered_kindly(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    broken = _alexa_over(BrokenStore(store, fail_reads=True), clock, alexa)
    heard = broken.launch()
    assert "couldn't reach your saved progress" in heard.text
    assert heard.parsed().response is not None


class RacingStore(StateStore):
    """Lets another device save between this turn's read and its write, ``times`` times."""

    def __init__(self, inner: LocalStore, other_turn: Callable[[], Any], times: int) -> None:
        self.inner = inner
        self.other_turn = other_turn
        self.times = times

    def read(self, key: str) -> Record | None:
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        if self.times:
            self.times -= 1
            self.other_turn()
        return self.inner.write(key, body, expected_version)

    def remove(self, key: str) -> None:
        self.inner.remove(key)


def test_two_devices_at_once_lose_no_urge(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    start(alexa)
    racing = _alexa_over(RacingStore(store, lambda: alexa.one_shot("UrgeIntent"), 1), clock, alexa)
    heard = racing.one_shot("UrgeIntent")
    assert "urge" in heard.text
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    assert record["period"]["urges_resisted"] == 2


def test_a_turn_that_keeps_losing_the_race_says_so(
    alexa: Alexa, store: LocalStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(turn, "SAVE_ATTEMPTS", 4)
    start(alexa)
    other = lambda: alexa.one_shot("UrgeIntent")  # noqa: E731
    racing = _alexa_over(RacingStore(store, other, 4), clock, alexa)
    heard = racing.one_shot("UrgeIntent")
    assert "same moment as another request" in heard.text
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    assert record["period"]["urges_resisted"] == 4  # the other device's urges, none lost


def test_a_turn_that_loses_a_few_races_still_saves(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    start(alexa)
    other = lambda: alexa.one_shot("UrgeIntent")  # noqa: E731
    racing = _alexa_over(RacingStore(store, other, 5), clock, alexa)
    heard = racing.one_shot("UrgeIntent")
    assert "same moment" not in heard.text
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    assert record["period"]["urges_resisted"] == 6  # five from the other device, one from this


def test_failing_time_zone_api_falls_back_to_the_stored_zone(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    start(alexa)  # stores America/Los_Angeles
    alexa_api.fail_with = 500
    heard = alexa.one_shot("DaysLeftIntent")
    assert "day 5 of 30" in heard.text.lower()
    alexa_api.fail_with = 0  # the call raises (a timeout)
    assert "day 5 of 30" in alexa.one_shot("DaysLeftIntent").text.lower()


def test_no_api_endpoint_falls_back_to_utc(handler: Callable[..., Any], clock: FakeClock) -> None:
    # 02:00 UTC on the 25th: already the 25th in UTC, still the 24th in Los Angeles.
    bare = Alexa(handler, now=clock.now)  # no apiEndpoint, no token
    bare.one_shot("StartNoContactIntent", {"lastContact": "2026-11-25", "targetDays": "30"})
    heard = bare.confirm(True)
    assert "day 1 of 30" in heard.text.lower()


def test_zone_change_is_followed(alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore) -> None:
    start(alexa)
    alexa_api.time_zone = "Pacific/Kiritimati"  # 16:00 on the 25th there
    assert "day 6 of 30" in alexa.one_shot("DaysLeftIntent").text.lower()
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None and record["time_zone"] == "Pacific/Kiritimati"
