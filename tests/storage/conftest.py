"""Fixtures shared by the storage tests: a fake clock, both stores, and a moto DynamoDB table.

boto3 and moto are imported inside the fixtures, so that the local-store tests (and the worker
processes they spawn) import neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from skill.storage.dynamodb import DynamoStore
from skill.storage.local import LocalStore
from skill.storage.store import StaleStateError, StateStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient

TABLE = "letting-go-test"
REGION = "eu-west-1"
START = 1_700_000_000.0
DAY = 86_400


class FakeClock:
    """Epoch seconds that move only when the test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def increment(store: StateStore, key: str) -> int:
    """Add one to the record's ``count`` by read-modify-write; how many stale retries it took."""
    retries = 0
    while True:
        record = store.read(key) or {"version": 0}
        version = record.pop("version")
        record["count"] = record.get("count", 0) + 1
        try:
            store.write(key, record, version)
        except StaleStateError:
            retries += 1
        else:
            return retries


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Fake credentials and region, and no shared config, so that nothing can reach AWS."""
    for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_REGION"):
        monkeypatch.delenv(name, raising=False)
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_SECURITY_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_CONFIG_FILE": str(tmp_path / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-aws-credentials"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def moto(aws_env: None) -> Iterator[None]:
    from moto import mock_aws

    with mock_aws():
        yield


def make_table(client: DynamoDBClient, name: str = TABLE, key: str = "id") -> None:
    client.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )


@pytest.fixture
def dynamo_client(moto: None) -> Any:
    import boto3

    client = boto3.client("dynamodb", region_name=REGION)
    make_table(client)
    return client


@pytest.fixture
def dynamodb_store(dynamo_client: Any, clock: FakeClock) -> DynamoStore:
    return DynamoStore(TABLE, dynamo_client, clock=clock)


@pytest.fixture
def local_store(tmp_path: Path, clock: FakeClock) -> LocalStore:
    return LocalStore(tmp_path / "state.sqlite3", clock=clock)


@pytest.fixture(params=["local", "dynamodb"])
def store(request: pytest.FixtureRequest) -> StateStore:
    """Each store in turn: the contract tests run against both."""
    result: StateStore = request.getfixturevalue(f"{request.param}_store")
    return result
