"""The embedded store: one SQLite file, used when no DynamoDB table is configured.

Each operation opens its own connection, so one store can serve several threads, and several
processes can share one file: the database runs in WAL mode (readers never wait for a writer)
and every write checks and moves the version inside one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from skill.storage.state import VERSION_KEY, Record, UnreadableStateError
from skill.storage.store import DEFAULT_INACTIVITY_DAYS, StaleStateError, StateStore, StoreError

SECONDS_PER_DAY = 86_400
BUSY_TIMEOUT_SECONDS = 5.0
APP_DIR = "letting-go"
FILE_NAME = "state.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    body TEXT NOT NULL
)
"""


def default_path() -> Path:
    """Where the local store lives when no path is given.

    ``$LETTING_GO_STORE`` when set, else ``$XDG_DATA_HOME/letting-go/state.sqlite3``, else
    ``~/.local/share/letting-go/state.sqlite3``.
    """
    explicit = os.environ.get("LETTING_GO_STORE")
    if explicit:
        return Path(explicit).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME")
    # The XDG spec says a relative value is invalid and must be ignored.
    if data_home and Path(data_home).is_absolute():
        return Path(data_home) / APP_DIR / FILE_NAME
    return Path.home() / ".local" / "share" / APP_DIR / FILE_NAME


class LocalStore(StateStore):
    """A :class:`StateStore` in a single SQLite file.

    Parameters
    ----------
    path
        The database file; its folder and the table are made on first use.
    clock
        Epoch seconds now; used for expiry.
    inactivity_days
        How long a record lives after its last write.
    """

    def __init__(
        self,
        path: Path | str,
        clock: Callable[[], float] = time.time,
        inactivity_days: int = DEFAULT_INACTIVITY_DAYS,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lifetime = inactivity_days * SECONDS_PER_DAY
        self._ready = False
        self._setup_lock = threading.Lock()

    def _now(self) -> int:
        return int(self._clock())

    def _setup(self) -> None:
        with self._setup_lock:
            if self._ready:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            try:
                # WAL is a property of the file: set once, it holds for every later connection.
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
            finally:
                conn.close()
            self._ready = True

    @contextmanager
    def _connect(self, action: str) -> Iterator[sqlite3.Connection]:
        """A fresh autocommit connection; sqlite and file errors become :class:`StoreError`."""
        try:
            if not self._ready:
                self._setup()
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"could not open the local store ({type(exc).__name__})") from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"could not {action} the local store ({type(exc).__name__})") from exc
        finally:
            conn.close()

    def read(self, key: str) -> Record | None:
        """The record under ``key`` with its ``version``; None when absent or expired.

        Raises
        ------
        StoreError
            When the file cannot be opened or read.
        UnreadableStateError
            When the stored body is not a JSON object; the row is left as it is.
        """
        with self._connect("read") as conn:
            row = conn.execute(
                "SELECT version, expires_at, body FROM records WHERE id = ?", (key,)
            ).fetchone()
        if row is None or row[1] < self._now():
            return None
        version, _, text = row
        try:
            body = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise UnreadableStateError(
                f"the stored record is not valid JSON ({type(exc).__name__})"
            ) from exc
        if not isinstance(body, dict):
            raise UnreadableStateError("the stored record is not a JSON object")
        body[VERSION_KEY] = version
        return body

    def write(self, key: str, body: Record, expected_version: int) -> int:
        """Store ``body`` under ``key`` if the stored version is ``expected_version``.

        The conditions match the DynamoDB store: 0 succeeds when there is no record or only an
        expired one; any other number must equal the stored version.

        Returns
        -------
        int
            The new version, ``expected_version + 1``.

        Raises
        ------
        StaleStateError
            When the stored version is not ``expected_version``.
        StoreError
            When the body is not JSON-safe or the file cannot be written.
        """
        if isinstance(expected_version, bool) or not isinstance(expected_version, int):
            raise TypeError("expected_version must be a whole number")
        if expected_version < 0:
            raise ValueError("expected_version must not be negative")
        try:
            text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise StoreError(f"the record cannot be stored ({type(exc).__name__})") from exc
        now = self._now()
        new_version = expected_version + 1
        with self._connect("write to") as conn:
            # IMMEDIATE takes the write lock before the check, so no one can write in between.
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT version, expires_at FROM records WHERE id = ?", (key,)
                ).fetchone()
                if expected_version == 0:
                    allowed = row is None or row[1] < now
                else:
                    allowed = row is not None and row[0] == expected_version
                if not allowed:
                    raise StaleStateError("the record was saved by another turn since it was read")
                conn.execute(
                    "INSERT INTO records (id, version, expires_at, body) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                    "expires_at = excluded.expires_at, body = excluded.body",
                    (key, new_version, now + self._lifetime, text),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return new_version

    def remove(self, key: str) -> None:
        """Delete the record under ``key``; nothing happens when there is none.

        Raises
        ------
        StoreError
            When the file cannot be opened or written.
        """
        with self._connect("delete from") as conn:
            conn.execute("DELETE FROM records WHERE id = ?", (key,))
