"""Many devices speaking for one person at the same moment, in tests."""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from skill.budget import BUDGET_ENV
from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.dynamodb import DynamoStore
from skill.storage.keys import hash_owner
from tests.alexa import Alexa
from tests.alexa_api import FakeAlexaApi
from tests.conftest import FakeClock

#: What a turn says when it could not save (it lost every race, or the store failed).
NOT_SAVED = ("same moment", "nothing has changed")
#: On Lambda each of these turns runs with a CPU of its own; here fifty share two cores (and
#: whatever else the machine runs), so each turn gets the time its share of them needs rather
#: than the six seconds a turn gets within Alexa's eight. What is held is that every turn saves
#: and none is lost or doubled.
SHARED_CPU_TURN_SECONDS = "30"


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


def urges_on_dynamodb(
    endpoint: str, table: str, region: str, clock: FakeClock, devices: int, processes: int = 5
) -> tuple[int, int]:
    """A period started on the DynamoDB at ``endpoint``, then ``devices`` urges at once from
    ``processes`` processes (as Lambda runs turns apart): how many turns said they saved, and
    how many urges the record holds."""
    store = DynamoStore(table, region_name=region, endpoint_url=endpoint)
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(7))
    first = Alexa(lambda e: handle_event(skill, e), now=clock.now)
    first.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    first.confirm(True)
    spawn = multiprocessing.get_context("spawn")
    barrier, answers = spawn.Barrier(devices), spawn.Queue()
    shares = [devices // processes + (i < devices % processes) for i in range(processes)]
    workers = [
        spawn.Process(
            target=_devices_in_one_process,
            args=(endpoint, table, region, first.caller, clock.now(), share, barrier, answers),
        )
        for share in shares
    ]
    before = os.environ.get(BUDGET_ENV)
    os.environ[BUDGET_ENV] = SHARED_CPU_TURN_SECONDS  # read by the workers as they start
    try:
        for worker in workers:
            worker.start()
    finally:
        if before is None:
            os.environ.pop(BUDGET_ENV, None)
        else:
            os.environ[BUDGET_ENV] = before
    heard = [answers.get(timeout=90) for _ in range(devices)]
    for worker in workers:
        worker.join(timeout=30)
    record = store.read(hash_owner("user", first.caller.user_id))
    assert record is not None
    return len(saved(heard)), int(record["period"]["urges_resisted"])


def _devices_in_one_process(
    endpoint: str,
    table: str,
    region: str,
    caller: Caller,
    now: datetime,
    devices: int,
    barrier: Any,
    answers: Any,
) -> None:
    store = DynamoStore(table, region_name=region, endpoint_url=endpoint)
    store.read("warm-up")  # the client and its connection are made before the moment comes
    skill = build_skill(store, clock=FakeClock(now), api_client=FakeAlexaApi())

    def device() -> None:
        echo = Alexa(lambda e: handle_event(skill, e), caller=caller, now=lambda: now)
        barrier.wait()
        answers.put(echo.one_shot("UrgeIntent").text)

    threads = [threading.Thread(target=device) for _ in range(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
