"""Many devices speaking for one person at the same moment, in tests."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.store import StateStore
from tests.alexa import Alexa
from tests.alexa_api import FakeAlexaApi
from tests.conftest import FakeClock

#: What a turn says when it could not save (it lost every race, or the store failed).
NOT_SAVED = ("same moment", "nothing has changed")


def urges_at_once(
    handler: Callable[[dict[str, Any]], dict[str, Any]],
    caller: Caller,
    now: Callable[[], datetime],
    devices: int,
) -> list[str]:
    """What each of ``devices`` Echos heard, all saying "I want to text my ex" at once."""
    together = threading.Barrier(devices)
    heard: list[str] = []

    def device() -> None:
        echo = Alexa(handler, caller=caller, now=now)
        together.wait()
        heard.append(echo.one_shot("UrgeIntent").text)

    threads = [threading.Thread(target=device) for _ in range(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return heard


def saved(heard: list[str]) -> list[str]:
    """The answers of turns that saved."""
    return [text for text in heard if not any(phrase in text for phrase in NOT_SAVED)]


def urges_on_one_record(store: StateStore, clock: FakeClock, devices: int) -> tuple[int, int]:
    """A period started on ``store``, then ``devices`` urges at once: how many turns said they
    saved, and how many urges the record holds."""
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(7))
    handler = lambda e: handle_event(skill, e)  # noqa: E731
    first = Alexa(handler, now=clock.now)
    first.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    first.confirm(True)
    heard = urges_at_once(handler, first.caller, clock.now, devices)
    record = store.read(hash_owner("user", first.caller.user_id))
    assert record is not None
    return len(saved(heard)), int(record["period"]["urges_resisted"])
