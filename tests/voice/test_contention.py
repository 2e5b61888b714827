"""Many devices answering for one person at the same moment: every turn saves, none is lost."""

from __future__ import annotations

import random

import pytest

from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock
from tests.together import saved, urges_at_once


@pytest.mark.parametrize("devices", [5, 50])
def test_simultaneous_urges_all_save_and_all_count(
    alexa: Alexa, store: LocalStore, clock: FakeClock, devices: int
) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    alexa.confirm(True)
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(5))
    heard = urges_at_once(lambda e: handle_event(skill, e), alexa.caller, clock.now, devices)

    assert len(heard) == devices
    assert saved(heard) == heard
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None and record["period"]["urges_resisted"] == devices
