"""DynamoDB-only behaviour: the item layout, the exact calls, error mapping and concurrency."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.stub import Stubber

from skill.storage.dynamodb import DynamoStore
from skill.storage.keys import hash_owner
from skill.storage.state import UnreadableStateError
from skill.storage.store import DEFAULT_INACTIVITY_DAYS, StaleStateError, StoreError

from .conftest import DAY, REGION, START, TABLE, FakeClock, increment, make_table

KEY = hash_owner("user", "amzn1.ask.account.DYNAMO")
RAW_ID = "amzn1.ask.account.DYNAMO"
LIFETIME = DEFAULT_INACTIVITY_DAYS * DAY


def raw_item(client: Any, key: str = KEY, key_attribute: str = "id") -> dict[str, Any]:
    item: dict[str, Any] = client.get_item(
        TableName=TABLE, Key={key_attribute: {"S": key}}, ConsistentRead=True
    )["Item"]
    return item


@pytest.fixture
def offline_client(aws_env: None) -> Any:
    """A client that must never send anything: every call is answered by a Stubber."""
    return boto3.client("dynamodb", region_name=REGION)


@pytest.fixture
def call_counter(dynamo_client: Any) -> Counter[str]:
    """Counts the API calls ``dynamo_client`` makes, by operation name."""
    calls: Counter[str] = Counter()

    def count(model: Any, **_: Any) -> None:
        calls[model.name] += 1

    dynamo_client.meta.events.register("before-call.dynamodb.*", count)
    return calls


def test_write_sets_ttl_to_now_plus_inactivity(
    dynamodb_store: DynamoStore, dynamo_client: Any
) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)

    assert raw_item(dynamo_client)["expires_at"] == {"N": str(int(START) + LIFETIME)}


def test_write_refreshes_ttl_each_time(
    dynamodb_store: DynamoStore, dynamo_client: Any, clock: FakeClock
) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)
    clock.advance(10 * DAY + 0.75)

    dynamodb_store.write(KEY, {"n": 2}, 1)

    assert raw_item(dynamo_client)["expires_at"] == {"N": str(int(START) + 10 * DAY + LIFETIME)}


def test_item_layout_holds_id_version_ttl_and_state_map(
    dynamodb_store: DynamoStore, dynamo_client: Any
) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)

    item = raw_item(dynamo_client)

    assert set(item) == {"id", "version", "expires_at", "state"}
    assert item["id"] == {"S": KEY}
    assert item["state"] == {"M": {"n": {"N": "1"}}}
    assert RAW_ID not in str(item)


def test_numbers_are_stored_as_exact_dynamodb_numbers(
    dynamodb_store: DynamoStore, dynamo_client: Any
) -> None:
    dynamodb_store.write(KEY, {"big": 2**53 + 1, "tenth": 0.1, "flag": True, "list": [1.5]}, 0)

    item = raw_item(dynamo_client)

    assert item["version"] == {"N": "1"}
    assert item["state"]["M"] == {
        "big": {"N": "9007199254740993"},
        "tenth": {"N": "0.1"},
        "flag": {"BOOL": True},
        "list": {"L": [{"N": "1.5"}]},
    }


def test_custom_attribute_names_are_used(moto: None, clock: FakeClock) -> None:
    client = boto3.client("dynamodb", region_name=REGION)
    make_table(client, key="pk")
    store = DynamoStore(
        TABLE,
        client,
        clock=clock,
        key_attribute="pk",
        version_attribute="rev",
        ttl_attribute="ttl",
    )
    store.write(KEY, {"n": 1}, 0)
    store.write(KEY, {"n": 2}, 1)

    assert set(raw_item(client, key_attribute="pk")) == {"pk", "rev", "ttl", "state"}
    assert store.read(KEY) == {"n": 2, "version": 2}


def test_read_makes_one_get_item(dynamodb_store: DynamoStore, call_counter: Counter[str]) -> None:
    dynamodb_store.read(KEY)

    assert call_counter == Counter({"GetItem": 1})


def test_write_makes_one_put_item(dynamodb_store: DynamoStore, call_counter: Counter[str]) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)
    dynamodb_store.write(KEY, {"n": 2}, 1)

    assert call_counter == Counter({"PutItem": 2})


def test_stale_write_makes_one_put_item(
    dynamodb_store: DynamoStore, call_counter: Counter[str]
) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)

    with pytest.raises(StaleStateError) as caught:
        dynamodb_store.write(KEY, {"n": 2}, 0)

    assert call_counter == Counter({"PutItem": 2})
    assert KEY not in str(caught.value)


def test_a_lost_race_brings_back_the_record_that_won(dynamodb_store: DynamoStore) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)
    dynamodb_store.write(KEY, {"n": 2}, 1)

    with pytest.raises(StaleStateError) as caught:
        dynamodb_store.write(KEY, {"n": 3}, 1)

    assert caught.value.current == {"n": 2, "version": 2}


def test_a_lost_race_with_an_expired_record_brings_back_nothing(
    dynamodb_store: DynamoStore, clock: FakeClock
) -> None:
    dynamodb_store.write(KEY, {"n": 1}, 0)
    clock.advance(LIFETIME + 1)

    with pytest.raises(StaleStateError) as caught:
        dynamodb_store.write(KEY, {"n": 2}, 7)

    assert caught.value.current is None


def test_remove_makes_one_delete_item(
    dynamodb_store: DynamoStore, call_counter: Counter[str]
) -> None:
    dynamodb_store.remove(KEY)

    assert call_counter == Counter({"DeleteItem": 1})


def expected_put(condition: str, names: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
    return {
        "TableName": TABLE,
        "Item": {
            "id": {"S": KEY},
            "version": {"N": "4" if ":expected" in values else "1"},
            "expires_at": {"N": str(int(START) + LIFETIME)},
            "state": {"M": {"n": {"N": "7"}}},
        },
        "ConditionExpression": condition,
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": values,
        "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
    }


def test_put_item_parameters_for_new_record(offline_client: Any, clock: FakeClock) -> None:
    store = DynamoStore(TABLE, offline_client, clock=clock)
    params = expected_put(
        "attribute_not_exists(#id) OR #expires < :now",
        {"#id": "id", "#expires": "expires_at"},
        {":now": {"N": str(int(START))}},
    )
    with Stubber(offline_client) as stub:
        stub.add_response("put_item", {}, params)

        assert store.write(KEY, {"n": 7}, 0) == 1

        stub.assert_no_pending_responses()


def test_put_item_parameters_for_update(offline_client: Any, clock: FakeClock) -> None:
    store = DynamoStore(TABLE, offline_client, clock=clock)
    params = expected_put(
        "#version = :expected", {"#version": "version"}, {":expected": {"N": "3"}}
    )
    with Stubber(offline_client) as stub:
        stub.add_response("put_item", {}, params)

        assert store.write(KEY, {"n": 7}, 3) == 4

        stub.assert_no_pending_responses()


OPERATIONS: dict[str, Callable[[DynamoStore], object]] = {
    "get_item": lambda store: store.read(KEY),
    "put_item": lambda store: store.write(KEY, {"n": 1}, 2),
    "delete_item": lambda store: store.remove(KEY),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize(
    "code", ["ProvisionedThroughputExceededException", "ThrottlingException", "ValidationException"]
)
def test_service_error_gives_store_error_without_key(
    offline_client: Any, operation: str, code: str
) -> None:
    store = DynamoStore(TABLE, offline_client)
    with Stubber(offline_client) as stub:
        stub.add_client_error(operation, service_error_code=code, service_message=f"bad {KEY}")

        with pytest.raises(StoreError) as caught:
            OPERATIONS[operation](store)

    assert not isinstance(caught.value, StaleStateError)
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_unreachable_endpoint_gives_store_error_without_key(aws_env: None, operation: str) -> None:
    client = boto3.client(
        "dynamodb",
        region_name=REGION,
        endpoint_url="http://127.0.0.1:9",
        config=Config(connect_timeout=1, read_timeout=1, retries={"total_max_attempts": 1}),
    )
    store = DynamoStore(TABLE, client)

    with pytest.raises(StoreError) as caught:
        OPERATIONS[operation](store)

    assert KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ({"version": {"N": "1"}}, "the stored item has no state map or no version"),
        (
            {"version": {"N": "1"}, "state": {"S": "not a map"}},
            "the stored item has no state map or no version",
        ),
        ({"state": {"M": {}}}, "the stored item has no state map or no version"),
        (
            {"version": {"N": "1.5"}, "state": {"M": {}}},
            "the stored item's version is not a whole number",
        ),
    ],
    ids=["no-state", "state-not-map", "no-version", "fractional-version"],
)
def test_read_raises_unreadable_when_item_malformed(
    dynamodb_store: DynamoStore, dynamo_client: Any, item: dict[str, Any], said: str
) -> None:
    dynamo_client.put_item(TableName=TABLE, Item={"id": {"S": KEY}, **item})

    with pytest.raises(UnreadableStateError) as caught:
        dynamodb_store.read(KEY)

    assert str(caught.value) == said
    assert raw_item(dynamo_client) == {"id": {"S": KEY}, **item}


def test_a_version_dynamodb_could_not_hold_cannot_be_decoded(
    offline_client: Any, clock: FakeClock
) -> None:
    store = DynamoStore(TABLE, offline_client, clock=clock)
    item = {"id": {"S": KEY}, "version": {"N": "one"}, "state": {"M": {}}}
    with Stubber(offline_client) as stub:
        stub.add_response("get_item", {"Item": item})
        with pytest.raises(UnreadableStateError) as caught:
            store.read(KEY)
    assert str(caught.value) == "the stored item cannot be decoded (InvalidOperation)"


def test_reads_are_consistent(offline_client: Any, clock: FakeClock) -> None:
    store = DynamoStore(TABLE, offline_client, clock=clock)
    with Stubber(offline_client) as stub:
        stub.add_response(
            "get_item", {}, {"TableName": TABLE, "Key": {"id": {"S": KEY}}, "ConsistentRead": True}
        )
        assert store.read(KEY) is None
        stub.assert_no_pending_responses()


def test_the_endpoint_given_is_the_one_used(aws_env: None) -> None:
    store = DynamoStore(TABLE, region_name=REGION, endpoint_url="http://127.0.0.1:8123")
    assert store.client.meta.endpoint_url == "http://127.0.0.1:8123"


def test_client_is_made_lazily_on_first_use(moto: None, clock: FakeClock) -> None:
    make_table(boto3.client("dynamodb", region_name=REGION))
    store = DynamoStore(TABLE, region_name=REGION, clock=clock)

    store.write(KEY, {"n": 1}, 0)

    assert store.read(KEY) == {"n": 1, "version": 1}


def test_missing_region_gives_store_error_on_use_not_construction(
    aws_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    store = DynamoStore(TABLE)

    with pytest.raises(StoreError):
        store.read(KEY)


def test_import_loads_neither_boto3_nor_botocore() -> None:
    code = (
        "import sys, skill.storage.dynamodb; "
        "print(sorted({'boto3', 'botocore'} & set(sys.modules)))"
    )
    root = Path(__file__).resolve().parents[2]

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"


@pytest.fixture
def atomic_moto_puts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make moto's conditional put atomic, as DynamoDB's is (moto checks, then sets)."""
    from moto.dynamodb.models.table import Table

    lock = threading.Lock()
    put_item = Table.put_item

    def locked(self: Table, *args: Any, **kwargs: Any) -> Any:
        with lock:
            return put_item(self, *args, **kwargs)

    monkeypatch.setattr(Table, "put_item", locked)


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    """Switch threads often, so that the writers really interleave between read and write."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    yield
    sys.setswitchinterval(previous)


@pytest.mark.usefixtures("atomic_moto_puts", "frequent_thread_switches")
def test_two_concurrent_writers_lose_no_update(dynamo_client: Any) -> None:
    stores = [DynamoStore(TABLE, boto3.client("dynamodb", region_name=REGION)) for _ in range(2)]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def work(store: DynamoStore) -> None:
        try:
            start.wait()
            for _ in range(50):
                increment(store, KEY)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert stores[0].read(KEY) == {"count": 100, "version": 100}


def test_client_made_by_the_store_gives_up_well_before_alexa_does() -> None:
    store = DynamoStore("t", region_name="us-east-1")
    config = store.client.meta.config
    assert config.connect_timeout + config.read_timeout <= 4
    assert config.retries["total_max_attempts"] == 2


@pytest.mark.parametrize(
    ("operation", "said"),
    [
        ("get_item", "could not read from the DynamoDB table (ThrottlingException)"),
        ("put_item", "could not write to the DynamoDB table (ThrottlingException)"),
        ("delete_item", "could not delete from the DynamoDB table (ThrottlingException)"),
    ],
)
def test_a_service_error_says_what_failed(offline_client: Any, operation: str, said: str) -> None:
    store = DynamoStore(TABLE, offline_client)
    with Stubber(offline_client) as stub:
        stub.add_client_error(operation, service_error_code="ThrottlingException")
        with pytest.raises(StoreError) as caught:
            OPERATIONS[operation](store)
    assert str(caught.value) == said


def test_a_prepared_store_makes_no_client_on_its_first_call(
    moto: None, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_table(boto3.client("dynamodb", region_name=REGION))
    store = DynamoStore(TABLE, region_name=REGION, clock=clock)
    store.prepare()

    def no_new_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("a client was made after prepare()")

    monkeypatch.setattr(boto3, "client", no_new_client)
    store.write(KEY, {"n": 1}, 0)
    assert store.read(KEY) == {"n": 1, "version": 1}


def test_dropping_connections_of_an_unused_store_makes_no_client(
    aws_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DynamoStore(TABLE, region_name=REGION)

    def no_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("a client was made")

    monkeypatch.setattr(boto3, "client", no_client)
    store.drop_connections()


def test_dropping_connections_closes_the_client(dynamo_client: Any, clock: FakeClock) -> None:
    store = DynamoStore(TABLE, dynamo_client, clock=clock)
    closed: list[bool] = []
    real_close = dynamo_client.close
    dynamo_client.close = lambda: closed.append(True) or real_close()
    store.drop_connections()
    assert closed == [True]
    store.write(KEY, {"n": 1}, 0)
    assert store.read(KEY) == {"n": 1, "version": 1}
