"""The index of an account's recognised voices, which lets disabling the skill delete them all."""

from __future__ import annotations

import hashlib

import pytest

from skill.storage.local import LocalStore
from skill.storage.store import Record, StaleStateError
from skill.storage.voices import add_voice, forget_voices, index_key

ACCOUNT = "amzn1.ask.account.A"


class LosesRaces:
    """A store whose writes lose the race ``times`` times before they land."""

    def __init__(self, store: LocalStore, times: int) -> None:
        self.store = store
        self.times = times
        self.writes = 0

    def read(self, key: str) -> Record | None:
        return self.store.read(key)

    def write(self, key: str, body: Record, expected_version: int) -> int:
        self.writes += 1
        if self.writes <= self.times:
            raise StaleStateError("someone else saved first")
        return self.store.write(key, body, expected_version)


def test_the_index_is_keyed_by_a_hash_of_the_account() -> None:
    assert index_key(ACCOUNT) == "voices#" + hashlib.sha256(ACCOUNT.encode()).hexdigest()


def test_each_voice_is_listed_once_in_order(local_store: LocalStore) -> None:
    add_voice(local_store, ACCOUNT, "person#b")
    add_voice(local_store, ACCOUNT, "person#a")
    add_voice(local_store, ACCOUNT, "person#b")
    record = local_store.read(index_key(ACCOUNT))
    assert record is not None
    assert record["voices"] == ["person#a", "person#b"]
    assert record["version"] == 3


def test_forgetting_deletes_every_voice_listed_and_the_index(local_store: LocalStore) -> None:
    for voice in ("person#a", "person#b"):
        local_store.write(voice, {"mood": 3}, 0)
        add_voice(local_store, ACCOUNT, voice)
    local_store.write("person#other", {"mood": 4}, 0)
    assert forget_voices(local_store, ACCOUNT) == 2
    assert local_store.read("person#a") is None
    assert local_store.read("person#b") is None
    assert local_store.read(index_key(ACCOUNT)) is None
    assert local_store.read("person#other") is not None


def test_forgetting_an_account_without_an_index_deletes_nothing(local_store: LocalStore) -> None:
    local_store.write("person#a", {"mood": 3}, 0)
    assert forget_voices(local_store, ACCOUNT) == 0
    assert local_store.read("person#a") is not None


def test_entries_that_are_not_keys_are_dropped(local_store: LocalStore) -> None:
    local_store.write(index_key(ACCOUNT), {"voices": ["person#a", 7, None]}, 0)
    local_store.write("person#a", {"mood": 3}, 0)
    assert forget_voices(local_store, ACCOUNT) == 1
    local_store.write(index_key(ACCOUNT), {"voices": ["person#a", 7]}, 0)
    add_voice(local_store, ACCOUNT, "person#b")
    record = local_store.read(index_key(ACCOUNT))
    assert record is not None
    assert record["voices"] == ["person#a", "person#b"]


def test_a_lost_race_is_retried_until_the_voice_is_listed(local_store: LocalStore) -> None:
    racing = LosesRaces(local_store, times=4)
    add_voice(racing, ACCOUNT, "person#a")  # type: ignore[arg-type]
    assert racing.writes == 5
    record = local_store.read(index_key(ACCOUNT))
    assert record is not None
    assert record["voices"] == ["person#a"]


def test_five_lost_races_give_up(local_store: LocalStore) -> None:
    racing = LosesRaces(local_store, times=5)
    with pytest.raises(StaleStateError):
        add_voice(racing, ACCOUNT, "person#a")  # type: ignore[arg-type]
    assert racing.writes == 5
    assert local_store.read(index_key(ACCOUNT)) is None
