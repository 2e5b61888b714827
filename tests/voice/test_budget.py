"""A turn answers within its budget even when the store is slow, and says what really happened."""

from __future__ import annotations

import random
import time

import pytest

from skill.budget import BUDGET_ENV, configured_seconds
from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import Record
from skill.storage.store import StateStore
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock


class SlowStore(StateStore):
    """Reads that take ``read_seconds``; each call may take up to ``call_seconds``."""

    def __init__(self, inner: LocalStore, read_seconds: float, call_seconds: float) -> None:
        self.inner = inner
        self.read_seconds = read_seconds
        self.call_seconds = call_seconds
        self.writes = 0

    def read(self, key: str) -> Record | None:
        time.sleep(self.read_seconds)
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        self.writes += 1
        return self.inner.write(key, body, expected_version)

    def remove(self, key: str) -> None:
        self.inner.remove(key)


def _over_a_slow_store(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> tuple[Alexa, SlowStore]:
    """A period started, then the same person on a store whose reads take 0.4 s."""
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    alexa.confirm(True)
    slow = SlowStore(store, read_seconds=0.4, call_seconds=0.7)
    skill = build_skill(slow, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(2))
    return Alexa(lambda e: handle_event(skill, e), caller=alexa.caller, now=clock.now), slow


def test_a_slow_read_that_leaves_no_time_to_write_gets_a_true_answer_in_time(
    alexa: Alexa, store: LocalStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUDGET_ENV, "1")
    late, slow = _over_a_slow_store(alexa, store, clock)

    started = time.monotonic()
    heard = late.one_shot("UrgeIntent")
    took = time.monotonic() - started

    assert took < 1.0
    assert "nothing has changed" in heard.text
    assert slow.writes == 0
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None and record["period"]["urges_resisted"] == 0


def test_with_time_to_spare_the_same_turn_saves(
    alexa: Alexa, store: LocalStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUDGET_ENV, "3")
    late, slow = _over_a_slow_store(alexa, store, clock)
    assert "one urge" in late.one_shot("UrgeIntent").text
    assert slow.writes == 1


@pytest.mark.parametrize(("raw", "seconds"), [("2.5", 2.5), ("", 6.0), ("soon", 6.0), ("0", 6.0)])
def test_the_budget_is_configured_or_six_seconds(raw: str, seconds: float) -> None:
    assert configured_seconds({BUDGET_ENV: raw}) == seconds
