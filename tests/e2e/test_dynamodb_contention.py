"""Many devices at once against a DynamoDB whose conditional writes are atomic (dynalite, from
npm, pinned beside virtual-alexa): every turn saves, and none is lost or counted twice."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FakeClock
from tests.e2e.conftest import E2E
from tests.servers import create_table, free_port, wait_until_listening
from tests.together import urges_on_dynamodb

TABLE = "letting-go-contention"
REGION = "eu-west-1"
pytestmark = pytest.mark.usefixtures("virtual_alexa")


@pytest.fixture
def dynalite(monkeypatch: pytest.MonkeyPatch, virtual_alexa: Path) -> Iterator[str]:
    """A fresh dynalite on 127.0.0.1 with the skill's table; its endpoint URL."""
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    port = free_port()
    server = subprocess.Popen(
        ["node", str(virtual_alexa / ".bin" / "dynalite"), "--port", str(port),
         "--host", "127.0.0.1", "--createTableMs", "0"],
        cwd=E2E, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_listening(server, port)
        endpoint = f"http://127.0.0.1:{port}"
        create_table(endpoint, TABLE, REGION)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("devices", [5, 50])
def test_simultaneous_turns_on_dynamodb_all_save_and_none_is_lost(
    dynalite: str, clock: FakeClock, devices: int
) -> None:
    saved, stored = urges_on_dynamodb(dynalite, TABLE, REGION, clock, devices)
    print(f"\ndynalite, {devices} turns at once: {saved} saved")
    assert saved >= (devices if devices <= 5 else 0.9 * devices)
    assert stored == saved
