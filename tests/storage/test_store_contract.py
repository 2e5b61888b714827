"""What every store must do, run against the local SQLite store and DynamoDB (moto) alike."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer

from skill.budget import turn_budget
from skill.storage.keys import hash_owner
from skill.storage.store import (
    DEFAULT_INACTIVITY_DAYS,
    OutOfTimeError,
    StaleStateError,
    StateStore,
    StoreError,
)

from .conftest import DAY, FakeClock

KEY = hash_owner("user", "amzn1.ask.account.CONTRACT")
ACCOUNT = "amzn1.ask.account.SHARED"

RICH_BODY: dict[str, Any] = {
    "schema": 1,
    "nested": {"deep": {"list": [1, "two", [3, {"four": 4}]]}},
    "empty_map": {},
    "empty_list": [],
    "big": 2**53 + 1,
    "huge": 10**30,
    "negative": -7,
    "zero": 0,
    "flag": True,
    "off": False,
    "nothing": None,
    "text": 'Grüße, 失恋 💔 "quoted" \n new line',
    "empty_text": "",
    "tenth": 0.1,
    "third": 1 / 3,
    "tiny": 1e-7,
    "negative_float": -2.5,
    "mixed": [None, True, 0.5, "x", -3],
}


def typed(value: Any) -> str:
    """A form that tells apart values that compare equal (True and 1, 0.1 and an int)."""
    return json.dumps(value, sort_keys=True)


def envelope(user_id: str = ACCOUNT, person_id: str | None = None) -> Any:
    """A real ask_sdk_model RequestEnvelope for a launch by ``user_id`` (and ``person_id``)."""
    system: dict[str, Any] = {
        "application": {"applicationId": "amzn1.ask.skill.test"},
        "user": {"userId": user_id},
        "apiEndpoint": "https://api.amazonalexa.com",
    }
    if person_id is not None:
        system["person"] = {"personId": person_id}
    raw = {
        "version": "1.0",
        "session": {
            "new": True,
            "sessionId": "amzn1.echo-api.session.test",
            "application": {"applicationId": "amzn1.ask.skill.test"},
            "user": {"userId": user_id},
        },
        "context": {"System": system},
        "request": {
            "type": "LaunchRequest",
            "requestId": "amzn1.echo-api.request.test",
            "timestamp": "2024-05-01T12:00:00Z",
            "locale": "en-US",
        },
    }
    return DefaultSerializer().deserialize(json.dumps(raw), "ask_sdk_model.RequestEnvelope")


def test_read_returns_none_for_new_key(store: StateStore) -> None:
    assert store.read(KEY) is None


def test_get_attributes_gives_version_zero_for_new_owner(store: StateStore) -> None:
    assert store.get_attributes(envelope()) == {"version": 0}


def test_write_then_read_round_trips_body_exactly(store: StateStore) -> None:
    version = store.write(KEY, RICH_BODY, 0)

    assert typed(store.read(KEY)) == typed({**RICH_BODY, "version": version})


def test_write_then_read_keeps_whole_float_value(store: StateStore) -> None:
    # DynamoDB normalises 2.0 to 2, so only the value is promised, not the type.
    store.write(KEY, {"whole": 2.0}, 0)

    record = store.read(KEY)
    assert record is not None
    assert record["whole"] == 2.0


def test_write_increments_version_each_time(store: StateStore) -> None:
    assert store.write(KEY, {"n": 1}, 0) == 1
    assert store.write(KEY, {"n": 2}, 1) == 2

    assert store.read(KEY) == {"n": 2, "version": 2}


def test_write_with_stale_version_raises_and_keeps_record(store: StateStore) -> None:
    store.write(KEY, {"n": 1}, 0)
    store.write(KEY, {"n": 2}, 1)

    with pytest.raises(StaleStateError):
        store.write(KEY, {"n": 99}, 1)

    assert store.read(KEY) == {"n": 2, "version": 2}


def test_write_with_version_ahead_of_stored_raises(store: StateStore) -> None:
    store.write(KEY, {"n": 1}, 0)

    with pytest.raises(StaleStateError):
        store.write(KEY, {"n": 99}, 5)

    assert store.read(KEY) == {"n": 1, "version": 1}


def test_write_with_version_raises_when_no_record(store: StateStore) -> None:
    with pytest.raises(StaleStateError):
        store.write(KEY, {"n": 1}, 3)

    assert store.read(KEY) is None


def test_insert_raises_when_record_exists(store: StateStore) -> None:
    store.write(KEY, {"first": True}, 0)

    with pytest.raises(StaleStateError):
        store.write(KEY, {"second": True}, 0)

    assert store.read(KEY) == {"first": True, "version": 1}


def test_write_raises_store_error_when_body_not_storable(store: StateStore) -> None:
    with pytest.raises(StoreError):
        store.write(KEY, {"bad": float("nan")}, 0)

    assert store.read(KEY) is None


def test_remove_then_read_returns_none(store: StateStore) -> None:
    store.write(KEY, {"n": 1}, 0)

    store.remove(KEY)

    assert store.read(KEY) is None


def test_remove_is_quiet_when_key_missing(store: StateStore) -> None:
    store.remove(KEY)

    assert store.read(KEY) is None


def test_read_returns_record_until_inactivity_ends(store: StateStore, clock: FakeClock) -> None:
    store.write(KEY, {"n": 1}, 0)

    clock.advance(DEFAULT_INACTIVITY_DAYS * DAY)

    assert store.read(KEY) == {"n": 1, "version": 1}


def test_read_returns_none_when_record_expired(store: StateStore, clock: FakeClock) -> None:
    store.write(KEY, {"n": 1}, 0)

    clock.advance(DEFAULT_INACTIVITY_DAYS * DAY + 1)

    assert store.read(KEY) is None


def test_insert_replaces_expired_record(store: StateStore, clock: FakeClock) -> None:
    store.write(KEY, {"old": True}, 0)
    store.write(KEY, {"old": True}, 1)
    clock.advance(DEFAULT_INACTIVITY_DAYS * DAY + 1)

    assert store.write(KEY, {"new": True}, 0) == 1

    assert store.read(KEY) == {"new": True, "version": 1}


def test_write_refreshes_expiry(store: StateStore, clock: FakeClock) -> None:
    half = DEFAULT_INACTIVITY_DAYS * DAY // 2 + DAY
    store.write(KEY, {"n": 1}, 0)
    clock.advance(half)
    store.write(KEY, {"n": 2}, 1)

    clock.advance(half)

    assert store.read(KEY) == {"n": 2, "version": 2}


def test_save_attributes_moves_version_on(store: StateStore) -> None:
    request = envelope()
    attributes = store.get_attributes(request)
    attributes["streak"] = 3

    store.save_attributes(request, attributes)
    assert attributes["version"] == 1
    store.save_attributes(request, attributes)

    assert attributes["version"] == 2
    assert store.get_attributes(request) == {"streak": 3, "version": 2}


def test_save_attributes_raises_when_another_turn_saved_first(store: StateStore) -> None:
    request = envelope()
    mine = store.get_attributes(request)
    theirs = store.get_attributes(request)
    store.save_attributes(request, {**theirs, "who": "them"})

    with pytest.raises(StaleStateError):
        store.save_attributes(request, {**mine, "who": "me"})

    assert store.get_attributes(request) == {"who": "them", "version": 1}


def test_save_attributes_uses_person_id_when_present(store: StateStore) -> None:
    store.save_attributes(envelope(person_id="amzn1.ask.person.ALEX"), {"who": "Alex"})

    assert store.read(hash_owner("person", "amzn1.ask.person.ALEX")) == {
        "who": "Alex",
        "version": 1,
    }
    assert store.read(hash_owner("user", ACCOUNT)) is None
    assert store.get_attributes(envelope()) == {"version": 0}


def test_save_attributes_uses_user_id_without_person(store: StateStore) -> None:
    store.save_attributes(envelope(), {"who": "account"})

    assert store.read(hash_owner("user", ACCOUNT)) == {"who": "account", "version": 1}


def test_two_people_on_one_account_get_separate_records(store: StateStore) -> None:
    alex, sam = (
        envelope(person_id="amzn1.ask.person.ALEX"),
        envelope(person_id="amzn1.ask.person.SAM"),
    )
    store.save_attributes(alex, {"who": "Alex"})
    store.save_attributes(sam, {"who": "Sam"})

    assert store.get_attributes(alex) == {"who": "Alex", "version": 1}
    assert store.get_attributes(sam) == {"who": "Sam", "version": 1}


def test_delete_attributes_removes_only_that_owner(store: StateStore) -> None:
    alex, sam = (
        envelope(person_id="amzn1.ask.person.ALEX"),
        envelope(person_id="amzn1.ask.person.SAM"),
    )
    store.save_attributes(alex, {"who": "Alex"})
    store.save_attributes(sam, {"who": "Sam"})

    store.delete_attributes(alex)

    assert store.get_attributes(alex) == {"version": 0}
    assert store.get_attributes(sam) == {"who": "Sam", "version": 1}


@pytest.mark.parametrize(
    ("operation", "call"),
    [
        ("read", lambda store: store.get_attributes(envelope())),
        ("write", lambda store: store.save_attributes(envelope(), {"version": 0, "n": 1})),
    ],
)
def test_no_call_starts_once_the_turn_has_no_time_left(
    store: StateStore, operation: str, call: Callable[[StateStore], object]
) -> None:
    with turn_budget(seconds=0.0), pytest.raises(OutOfTimeError) as caught:
        call(store)
    assert str(caught.value) == f"no time left in the turn to {operation} the record"
    assert store.read(hash_owner("user", ACCOUNT)) is None


def test_a_call_starts_while_the_turn_has_time_for_it(store: StateStore) -> None:
    with turn_budget(seconds=5.0):
        store.save_attributes(envelope(), {"version": 0, "n": 1})
        assert store.get_attributes(envelope()) == {"version": 1, "n": 1}


@pytest.mark.parametrize("version", ["1", 1.0, True, None])
def test_a_version_that_is_not_a_whole_number_is_refused(store: StateStore, version: Any) -> None:
    with pytest.raises(TypeError) as caught:
        store.write("k", {"n": 1}, version)
    assert str(caught.value) == "expected_version must be a whole number"
    assert store.read("k") is None


def test_a_negative_version_is_refused(store: StateStore) -> None:
    with pytest.raises(ValueError) as caught:
        store.write("k", {"n": 1}, -1)
    assert str(caught.value) == "expected_version must not be negative"
    assert store.read("k") is None


def test_a_stale_write_says_another_turn_saved_first(store: StateStore) -> None:
    store.write("k", {"n": 1}, 0)
    with pytest.raises(StaleStateError) as caught:
        store.write("k", {"n": 2}, 0)
    assert str(caught.value) == "the record was saved by another turn since it was read"


def test_a_body_that_cannot_be_stored_says_why(store: StateStore) -> None:
    with pytest.raises(StoreError) as caught:
        store.write("k", {"n": object()}, 0)
    assert str(caught.value) == "the record cannot be stored (TypeError)"
    assert store.read("k") is None


def test_a_record_in_its_last_second_is_still_there_for_writes(
    store: StateStore, clock: FakeClock
) -> None:
    store.write("k", {"n": 1}, 0)
    clock.advance(DEFAULT_INACTIVITY_DAYS * DAY)
    assert store.read("k") == {"n": 1, "version": 1}
    with pytest.raises(StaleStateError):
        store.write("k", {"n": 2}, 0)
    clock.advance(1)
    assert store.read("k") is None
    assert store.write("k", {"n": 2}, 0) == 1
