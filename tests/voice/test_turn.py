"""A turn's saves: changes re-applied after another turn saved first, and never applied twice."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.console.envelopes import Caller, Session, launch_request
from skill.domain.period import record_urge, start_period
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import UserState, dump_state
from skill.voice.turn import Turn
from tests.conftest import FakeClock

CALLER = Caller()


def turn_over(store: LocalStore, clock: FakeClock) -> Turn:
    raw = launch_request(CALLER, Session(), clock.now())
    envelope = DefaultSerializer().deserialize(json.dumps(raw), RequestEnvelope)
    manager = AttributesManager(envelope, persistence_adapter=store)
    turn = Turn(HandlerInput(envelope, manager), store, clock, random.Random(1))
    turn.attach()
    return turn


def urge(state: UserState) -> UserState:
    assert state.period is not None
    return replace(state, period=record_urge(state.period))


def test_a_second_save_after_another_turn_saved_re_applies_only_the_later_changes(
    store: LocalStore, clock: FakeClock
) -> None:
    key = hash_owner("user", CALLER.user_id)
    period = start_period(date(2026, 11, 23), date(2026, 11, 24), 30)
    store.write(key, dump_state(UserState(period=period)), 0)
    turn = turn_over(store, clock)
    turn.update(urge)
    assert turn.save()
    other = turn_over(store, clock)  # another device, answering at the same time
    other.update(urge)
    assert other.save()
    turn.update(urge)
    assert turn.save()
    saved = store.read(key)
    assert saved is not None and saved["period"]["urges_resisted"] == 3
