"""Many devices at once against moto's DynamoDB server, run apart in its own process as DynamoDB
is: every turn saves, and none is lost or counted twice.

moto's conditional writes are not atomic under concurrency (dynalite's are: see
tests/e2e/test_dynamodb_contention.py), so this is the second backend the target is held on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import FakeClock
from tests.servers import create_table, moto_server
from tests.together import urges_on_dynamodb

TABLE = "letting-go-contention"
REGION = "eu-west-1"


@pytest.fixture
def moto(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh moto server with the skill's table; its endpoint URL."""
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    with moto_server() as endpoint:
        create_table(endpoint, TABLE, REGION)
        yield endpoint


@pytest.mark.parametrize("devices", [5, 50])
def test_simultaneous_turns_on_moto_s_server_all_save_and_none_is_lost(
    moto: str, clock: FakeClock, devices: int
) -> None:
    saved, stored = urges_on_dynamodb(moto, TABLE, REGION, clock, devices)
    print(f"\nmoto server, {devices} turns at once: {saved} saved")
    assert saved >= (devices if devices <= 5 else 0.9 * devices)
    assert stored == saved
