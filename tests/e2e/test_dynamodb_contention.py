"""Many devices at once against a DynamoDB whose conditional writes are atomic (dynalite, from
npm, pinned beside virtual-alexa): every turn saves, and none is lost or counted twice."""

from __future__ import annotations

import random
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill.builder import build_skill
from skill.runtime import handle_event
from skill.storage.dynamodb import DynamoStore
from skill.storage.keys import hash_owner
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock
from tests.e2e.conftest import E2E
from tests.together import saved, urges_at_once

TABLE = "letting-go-contention"
REGION = "eu-west-1"
pytestmark = pytest.mark.usefixtures("virtual_alexa")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def dynalite(monkeypatch: pytest.MonkeyPatch, virtual_alexa: Path) -> Iterator[str]:
    """A fresh dynalite on 127.0.0.1 with the skill's table; its endpoint URL."""
    import boto3

    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    port = _free_port()
    server = subprocess.Popen(
        ["node", str(virtual_alexa / ".bin" / "dynalite"), "--port", str(port),
         "--host", "127.0.0.1", "--createTableMs", "0"],
        cwd=E2E, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        endpoint = f"http://127.0.0.1:{port}"
        boto3.client("dynamodb", endpoint_url=endpoint, region_name=REGION).create_table(
            TableName=TABLE,
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("devices", [5, 50])
def test_simultaneous_turns_on_dynamodb_all_save_and_none_is_lost(
    dynalite: str, clock: FakeClock, devices: int
) -> None:
    store = DynamoStore(TABLE, region_name=REGION, endpoint_url=dynalite)
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(7))
    first = Alexa(lambda e: handle_event(skill, e), now=clock.now)
    first.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
    first.confirm(True)
    handler = lambda e: handle_event(skill, e)  # noqa: E731
    heard = urges_at_once(handler, first.caller, clock.now, devices)
    saved_turns = saved(heard)
    print(f"\ndynalite, {devices} turns at once: {len(saved_turns)} saved")
    assert len(saved_turns) >= 0.9 * devices
    record = store.read(hash_owner("user", first.caller.user_id))
    assert record is not None and record["period"]["urges_resisted"] == len(saved_turns)
