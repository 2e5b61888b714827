"""Every capability that writes, under every store fault that happens: a kind answer, a true
answer, and a record that is intact and right.

Each case runs twice from the same start: once on a store that never fails (the reference), once
on one that fails in the writing turn. Then either the person was told nothing changed and the
record is as it was, or the answer and the record are the reference's, changed exactly once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.domain.exercises import ExerciseId, StepId
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import Record
from skill.storage.store import StaleStateError, StateStore, StoreError
from tests.alexa import Alexa, Heard
from tests.conftest import START, FakeAlexaApi, FakeClock
from tests.voice.exercise_walk import answer, walk_to

FAULTS = ["read fails", "write fails", "answer lost", "retry finds it written", "delete fails"]
NOTHING_CHANGED = ("nothing has changed", "haven't changed anything")


class FaultyStore(StateStore):
    """A store that fails once, in the way ``fault`` says, after :meth:`arm`."""

    def __init__(self, inner: LocalStore, fault: str) -> None:
        self.inner = inner
        self.fault = fault
        self.armed = False

    def arm(self) -> None:
        self.armed = True

    def _fires(self, *faults: str) -> bool:
        fires = self.armed and self.fault in faults
        self.armed = self.armed and not fires
        return fires

    def read(self, key: str) -> Record | None:
        if self._fires("read fails"):
            raise StoreError("throttled")
        return self.inner.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        if self._fires("write fails"):
            raise StoreError("a 5xx from DynamoDB")
        version = self.inner.write(key, body, expected_version)
        if self._fires("answer lost"):
            raise StoreError("read timeout: the answer never came")
        if self._fires("retry finds it written"):
            raise StaleStateError("botocore's retry of the landed write failed its condition")
        return version

    def remove(self, key: str) -> None:
        if self._fires("delete fails"):
            raise StoreError("unreachable")
        self.inner.remove(key)


def _start(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-14", "targetDays": "30"})
    alexa.confirm(True)
    alexa.intent("AMAZON.NoIntent")  # no last-day reminder


def _to_the_vow(alexa: Alexa) -> None:
    _start(alexa)
    walk_to(alexa, ExerciseId.FUTURE, StepId.VOW)


def _to_the_mood(alexa: Alexa) -> None:
    _start(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)


Step = Callable[[Alexa], Any]
# capability: (the turns before the one that writes, the turn that writes)
CAPABILITIES: dict[str, tuple[Step, Callable[[Alexa], Heard]]] = {
    "starting a period": (
        lambda a: (
            a.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20"}),
            a.answer("P2Y"),
        ),
        lambda a: a.confirm(True),
    ),
    "an urge": (_start, lambda a: a.one_shot("UrgeIntent")),
    "a slip": (
        lambda a: (_start(a), a.one_shot("SlipIntent", {"when": "2026-11-23"})),
        lambda a: a.confirm(True),
    ),
    "a check-in answer": (_to_the_mood, lambda a: a.answer("4")),
    "a new length": (_start, lambda a: a.one_shot("SetPeriodLengthIntent", {"targetDays": "60"})),
    "ending the period": (
        lambda a: (_start(a), a.one_shot("EndNoContactIntent")),
        lambda a: a.confirm(True),
    ),
    "an exercise done": (_to_the_vow, lambda a: answer(a, StepId.VOW)),
    "deleting everything": (
        lambda a: (_start(a), a.one_shot("DeleteDataIntent")),
        lambda a: a.confirm(True),
    ),
}
CALLER = Caller(api_endpoint="https://api.amazonalexa.com", api_access_token="token-for-tests")


def _world(path: Path, fault: str | None) -> tuple[Alexa, LocalStore, FaultyStore | None]:
    clock = FakeClock(START)
    local = LocalStore(path, clock=lambda: clock.now().timestamp())
    store: StateStore = local if fault is None else FaultyStore(local, fault)
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(7))
    alexa = Alexa(lambda e: handle_event(skill, e), caller=CALLER, now=clock.now)
    return alexa, local, store if isinstance(store, FaultyStore) else None


def _record(store: LocalStore) -> Record | None:
    record = store.read(hash_owner("user", CALLER.user_id))
    if record is None:
        return None
    return {k: v for k, v in record.items() if k not in ("applied", "version")}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("capability", sorted(CAPABILITIES))
def test_a_fault_in_the_writing_turn_leaves_a_kind_true_answer_and_a_right_record(
    tmp_path: Path, capability: str, fault: str
) -> None:
    before_turn, writing_turn = CAPABILITIES[capability]

    reference, reference_store, _ = _world(tmp_path / "reference.sqlite3", None)
    before_turn(reference)
    expected_heard = writing_turn(reference)
    expected = _record(reference_store)

    faulted, faulted_store, faults = _world(tmp_path / "faulted.sqlite3", fault)
    assert faults is not None
    before_turn(faulted)
    before = _record(faulted_store)
    faults.arm()
    heard = writing_turn(faulted)

    deleting = capability == "deleting everything"
    if (fault == "delete fails") == deleting or fault == "read fails":
        assert not faults.armed, "the fault never happened"
    assert heard.text  # a kind answer, never silence or an error
    if any(phrase in heard.text for phrase in NOTHING_CHANGED):
        assert _record(faulted_store) == before  # and true: nothing did change
    else:
        assert heard.text == expected_heard.text
        assert _record(faulted_store) == expected  # changed once, as without the fault
