"""The store port: what the skill needs from any place that keeps state.

A store is the ASK SDK's persistence adapter (``get_attributes``, ``save_attributes``,
``delete_attributes``) over one record per person. Records carry a ``version``: a save succeeds
only when the stored version is still the one that was read, so two turns at once never lose an
update. Backends implement only :meth:`StateStore.read`, :meth:`StateStore.write` and
:meth:`StateStore.remove`; the port's own methods count the calls that fail, for the turn's
metrics.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException

from skill.budget import allows
from skill.failures import store_failed
from skill.storage.keys import record_key
from skill.storage.state import VERSION_KEY, Record

DEFAULT_INACTIVITY_DAYS = 180


class StoreError(PersistenceException):
    """The store could not be reached or answered with an error."""


class OutOfTimeError(StoreError):
    """The turn's budget had no room for the call, so it was not made: nothing was sent."""


class UnsureWriteError(StoreError):
    """A write failed in a way that leaves its fate unknown, and the record could not be read
    again to learn it: the change may or may not be stored."""


class StaleStateError(StoreError):
    """Someone else saved the record since it was read; read it again and re-apply.

    ``current`` is the record as the store found it, when the store said (saving a read).
    """

    def __init__(self, message: str, current: Record | None = None) -> None:
        super().__init__(message)
        self.current = current


@contextmanager
def counted() -> Iterator[None]:
    """Count a call to the store that fails in the turn's metrics (see :mod:`skill.failures`).

    A lost race is not counted: it is the version condition doing its job, and it is retried.
    """
    try:
        yield
    except StaleStateError:
        raise
    except StoreError:
        store_failed()
        raise


class StateStore(AbstractPersistenceAdapter, ABC):
    """A persistence adapter with versioned, conditional writes."""

    #: The longest one read or write can take; a turn starts one only while its budget holds
    #: that much (see :mod:`skill.budget`), and otherwise answers without it.
    call_seconds = 0.1

    def _in_time(self, operation: str) -> None:
        if not allows(self.call_seconds):
            raise OutOfTimeError(f"no time left in the turn to {operation} the record")

    def prepare(self) -> None:
        """Make ahead what the first call would make (see :mod:`skill.snapstart`); by default
        nothing."""

    def drop_connections(self) -> None:
        """Let go of open connections, which belong to another process after a restore; by
        default there are none."""

    def get_attributes(self, request_envelope: Any) -> Record:
        """The stored record for this request's owner, with its ``version`` (0 when new)."""
        with counted():
            self._in_time("read")
            record = self.read(record_key(request_envelope))
        if record is None:
            return {VERSION_KEY: 0}
        return record

    def save_attributes(self, request_envelope: Any, attributes: Record) -> None:
        """Store ``attributes`` if the record is still at the version they were read at.

        On success ``attributes["version"]`` is moved on to the new version.

        Raises
        ------
        StaleStateError
            When another turn saved first.
        """
        expected = attributes.get(VERSION_KEY, 0)
        body = {k: v for k, v in attributes.items() if k != VERSION_KEY}
        with counted():
            self._in_time("write")
            attributes[VERSION_KEY] = self.write(record_key(request_envelope), body, expected)

    def delete_attributes(self, request_envelope: Any) -> None:
        with counted():
            self.remove(record_key(request_envelope))

    @abstractmethod
    def read(self, key: str) -> Record | None:
        """The record under ``key`` with its ``version``, or None (also for an expired one)."""

    @abstractmethod
    def write(self, key: str, body: Record, expected_version: int) -> int:
        """Store ``body`` under ``key`` if its version is ``expected_version``; the new version.

        ``expected_version`` 0 means "there is no record yet". Raises
        :class:`StaleStateError` when the condition fails, :class:`StoreError` on other faults.
        """

    @abstractmethod
    def remove(self, key: str) -> None:
        """Delete the record under ``key``; nothing happens when there is none."""
