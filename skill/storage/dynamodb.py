"""The DynamoDB store: one item per person, written with a conditional put.

Item layout::

    {id: S, version: N, expires_at: N, state: M}

``expires_at`` is the table's TTL attribute, moved on by every write, so that the records of
people who stopped using the skill are deleted by DynamoDB itself. TTL deletion lags by up to
48 hours, so an item past ``expires_at`` already counts as absent here.

boto3 is imported on first use only: importing this module needs no AWS region or credentials.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from skill.storage.state import VERSION_KEY, Record, UnreadableStateError
from skill.storage.store import DEFAULT_INACTIVITY_DAYS, StaleStateError, StateStore, StoreError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient

SECONDS_PER_DAY = 86_400
STATE_ATTRIBUTE = "state"
_CONDITION_FAILED = "ConditionalCheckFailedException"


def _to_dynamo(value: Any) -> Any:
    """``value`` with every float turned into a Decimal (the serializer refuses floats)."""
    if isinstance(value, float):
        # str() gives the shortest repr that round-trips, so 0.1 is stored as 0.1.
        return Decimal(str(value))
    if isinstance(value, Mapping):
        return {k: _to_dynamo(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_dynamo(v) for v in value]
    return value


def _from_dynamo(value: Any) -> Any:
    """``value`` with every Decimal turned back into an int (when whole) or a float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_dynamo(v) for v in value]
    return value


def _boto_errors() -> tuple[type[Exception], ...]:
    from botocore.exceptions import BotoCoreError, ClientError

    return (BotoCoreError, ClientError)


def _error_code(exc: Exception) -> str | None:
    response = getattr(exc, "response", None)
    if not isinstance(response, dict):
        return None
    code = response.get("Error", {}).get("Code")
    return code if isinstance(code, str) else None


# Alexa waits 8 seconds for an answer; botocore's defaults (60 s timeouts, retries with backoff)
# would outlast it, so a stuck call fails fast and the person hears a kind answer instead.
CLIENT_LIMITS: dict[str, Any] = {
    "connect_timeout": 0.5,
    "read_timeout": 1.0,
    "retries": {"total_max_attempts": 2, "mode": "standard"},
}
#: The longest one call can take with those limits, retry included: a call is started only
#: when the turn's budget still holds it (see :mod:`skill.budget`).
CALL_WORST_SECONDS = 2 * (CLIENT_LIMITS["connect_timeout"] + CLIENT_LIMITS["read_timeout"])


class DynamoStore(StateStore):
    """A :class:`StateStore` over one DynamoDB table (partition key ``id``, a string).

    Parameters
    ----------
    table_name
        The table; its partition key is ``key_attribute`` (type S).
    client
        A boto3 DynamoDB low-level client. When None, one is made on first use from
        ``region_name`` and ``endpoint_url``.
    region_name, endpoint_url
        Where the lazily made client connects (None: boto3's own defaults).
    clock
        Epoch seconds now; used for expiry.
    inactivity_days
        How long a record lives after its last write.
    key_attribute, version_attribute, ttl_attribute
        The item's attribute names.
    """

    call_seconds = CALL_WORST_SECONDS

    def __init__(
        self,
        table_name: str,
        client: DynamoDBClient | None = None,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        clock: Callable[[], float] = time.time,
        inactivity_days: int = DEFAULT_INACTIVITY_DAYS,
        key_attribute: str = "id",
        version_attribute: str = "version",
        ttl_attribute: str = "expires_at",
    ) -> None:
        self.table_name = table_name
        self._client = client
        self._region_name = region_name
        self._endpoint_url = endpoint_url
        self._clock = clock
        self._lifetime = inactivity_days * SECONDS_PER_DAY
        self._key = key_attribute
        self._version = version_attribute
        self._ttl = ttl_attribute
        # boto3's default session is not safe to make clients from in several threads at once.
        self._client_lock = threading.Lock()

    @property
    def client(self) -> DynamoDBClient:
        """The DynamoDB client, made on first use when none was given."""
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    import boto3
                    from botocore.config import Config

                    self._client = boto3.client(
                        "dynamodb",
                        region_name=self._region_name,
                        endpoint_url=self._endpoint_url,
                        config=Config(**CLIENT_LIMITS),
                    )
        return self._client

    def prepare(self) -> None:
        """Make the client and load what reads and writes use, opening no connection."""
        from boto3.dynamodb.types import TypeDeserializer, TypeSerializer  # noqa: F401

        _boto_errors()
        _ = self.client

    def drop_connections(self) -> None:
        """Close the client's pooled connections; the client makes new ones when next used."""
        if self._client is not None:
            self._client.close()

    def _now(self) -> int:
        return int(self._clock())

    def read(self, key: str) -> Record | None:
        """The record under ``key`` with its ``version``; None when absent or expired.

        Raises
        ------
        StoreError
            When DynamoDB cannot be reached or answers with an error.
        UnreadableStateError
            When the item has no readable ``state`` map or version.
        """
        try:
            response = self.client.get_item(
                TableName=self.table_name,
                Key={self._key: {"S": key}},
                ConsistentRead=True,
            )
        except _boto_errors() as exc:
            raise StoreError(
                f"could not read from the DynamoDB table ({type(exc).__name__})"
            ) from exc
        item = response.get("Item")
        return None if item is None else self._live_record(item)

    def _live_record(self, item: Mapping[str, Any]) -> Record | None:
        """The record ``item`` holds; None when it has expired (TTL deletes it later)."""
        expires = item.get(self._ttl, {}).get("N")
        if expires is not None and Decimal(expires) < self._now():
            return None
        return self._record(item)

    def _record(self, item: Mapping[str, Any]) -> Record:
        from boto3.dynamodb.types import TypeDeserializer

        state = item.get(STATE_ATTRIBUTE)
        version = item.get(self._version, {}).get("N")
        if not isinstance(state, dict) or "M" not in state or version is None:
            raise UnreadableStateError("the stored item has no state map or no version")
        try:
            decoded: Any = TypeDeserializer().deserialize(state)  # type: ignore[arg-type]
            number = Decimal(version)
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise UnreadableStateError(
                f"the stored item cannot be decoded ({type(exc).__name__})"
            ) from exc
        if number != number.to_integral_value():
            raise UnreadableStateError("the stored item's version is not a whole number")
        body: Record = _from_dynamo(decoded)
        body[VERSION_KEY] = int(number)
        return body

    def write(self, key: str, body: Record, expected_version: int) -> int:
        """Put ``body`` under ``key`` if the stored version is ``expected_version``.

        Returns
        -------
        int
            The new version, ``expected_version + 1``.

        Raises
        ------
        StaleStateError
            When the stored version is not ``expected_version`` (or, for 0, a live item exists).
        StoreError
            When the body cannot be stored or DynamoDB fails.
        """
        from boto3.dynamodb.types import TypeSerializer

        if isinstance(expected_version, bool) or not isinstance(expected_version, int):
            raise TypeError("expected_version must be a whole number")
        if expected_version < 0:
            raise ValueError("expected_version must not be negative")
        now = self._now()
        new_version = expected_version + 1
        try:
            state = TypeSerializer().serialize(_to_dynamo(dict(body)))
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise StoreError(f"the record cannot be stored ({type(exc).__name__})") from exc
        item = {
            self._key: {"S": key},
            self._version: {"N": str(new_version)},
            self._ttl: {"N": str(now + self._lifetime)},
            STATE_ATTRIBUTE: state,
        }
        if expected_version == 0:
            # No item yet, or one that TTL has not deleted yet.
            condition = "attribute_not_exists(#id) OR #expires < :now"
            names = {"#id": self._key, "#expires": self._ttl}
            values = {":now": {"N": str(now)}}
        else:
            condition = "#version = :expected"
            names = {"#version": self._version}
            values = {":expected": {"N": str(expected_version)}}
        try:
            self.client.put_item(
                TableName=self.table_name,
                Item=item,
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
                # The item that failed the condition comes back: no second read to re-apply.
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except _boto_errors() as exc:
            if _error_code(exc) == _CONDITION_FAILED:
                raise StaleStateError(
                    "the record was saved by another turn since it was read",
                    self._current_from(exc),
                ) from exc
            raise StoreError(
                f"could not write to the DynamoDB table ({type(exc).__name__})"
            ) from exc
        return new_version

    def _current_from(self, exc: Exception) -> Record | None:
        """The record a failed condition returned, or None (not returned, expired, unreadable)."""
        item = getattr(exc, "response", {}).get("Item")
        if not isinstance(item, dict):
            return None
        try:
            return self._live_record(item)
        except UnreadableStateError:
            return None

    def remove(self, key: str) -> None:
        """Delete the item under ``key``; nothing happens when there is none.

        Raises
        ------
        StoreError
            When DynamoDB cannot be reached or answers with an error.
        """
        try:
            self.client.delete_item(TableName=self.table_name, Key={self._key: {"S": key}})
        except _boto_errors() as exc:
            raise StoreError(
                f"could not delete from the DynamoDB table ({type(exc).__name__})"
            ) from exc
