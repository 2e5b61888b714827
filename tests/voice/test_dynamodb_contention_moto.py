"""Many devices at once against moto's DynamoDB server, run apart in its own process as DynamoDB
is: every turn saves, and none is lost or counted twice.

moto's conditional writes are not atomic under concurrency (dynalite's are: see
tests/e2e/test_dynamodb_contention.py), so this is the second backend the target is held on.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill.storage.dynamodb import DynamoStore
from tests.conftest import FakeClock
from tests.servers import create_table, free_port, wait_until_listening
from tests.together import urges_on_one_record

TABLE = "letting-go-contention"
REGION = "eu-west-1"


@pytest.fixture
def moto_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh moto server on 127.0.0.1 with the skill's table; its endpoint URL."""
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_listening(server, port)
        endpoint = f"http://127.0.0.1:{port}"
        create_table(endpoint, TABLE, REGION)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("devices", [5, 50])
def test_simultaneous_turns_on_moto_s_server_all_save_and_none_is_lost(
    moto_server: str, clock: FakeClock, devices: int
) -> None:
    store = DynamoStore(TABLE, region_name=REGION, endpoint_url=moto_server)
    saved, stored = urges_on_one_record(store, clock, devices)
    print(f"\nmoto server, {devices} turns at once: {saved} saved")
    assert saved >= (devices if devices <= 5 else 0.9 * devices)
    assert stored == saved
