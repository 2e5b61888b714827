"""Local-store-only behaviour: the file on disk, restarts, several processes, faults."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skill.storage import local
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore, default_path
from skill.storage.state import UnreadableStateError
from skill.storage.store import StoreError

from .conftest import increment

KEY = hash_owner("user", "amzn1.ask.account.LOCAL")


def raw_row(path: Path, key: str = KEY) -> tuple[Any, ...] | None:
    conn = sqlite3.connect(path)
    try:
        row: tuple[Any, ...] | None = conn.execute(
            "SELECT version, expires_at, body FROM records WHERE id = ?", (key,)
        ).fetchone()
        return row
    finally:
        conn.close()


def increment_in_process(path: str, times: int, start: Any) -> None:
    """A worker process: its own store on the shared file, ``times`` increments."""
    store = LocalStore(path)
    start.wait()
    for _ in range(times):
        increment(store, KEY)


def test_record_survives_a_new_store_on_same_path(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    LocalStore(path).write(KEY, {"n": 1}, 0)

    reopened = LocalStore(path)

    assert reopened.read(KEY) == {"n": 1, "version": 1}
    assert reopened.write(KEY, {"n": 2}, 1) == 2


def test_first_use_creates_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "state.sqlite3"

    LocalStore(path).write(KEY, {"n": 1}, 0)

    assert path.is_file()


def test_construction_touches_nothing(tmp_path: Path) -> None:
    LocalStore(tmp_path / "a" / "state.sqlite3")

    assert list(tmp_path.iterdir()) == []


def test_file_uses_wal_journal_mode(local_store: LocalStore) -> None:
    local_store.write(KEY, {"n": 1}, 0)

    conn = sqlite3.connect(local_store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()


def test_two_processes_lose_no_update(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    LocalStore(path).read(KEY)  # make the file before the race, as the skill would have
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [
        context.Process(target=increment_in_process, args=(str(path), 30, start)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=60)

    assert [worker.exitcode for worker in workers] == [0, 0]
    assert LocalStore(path).read(KEY) == {"count": 60, "version": 60}


def test_threads_sharing_one_store_lose_no_update(local_store: LocalStore) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(25):
                increment(local_store, KEY)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert local_store.read(KEY) == {"count": 100, "version": 100}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("{not json", "the stored record is not valid JSON (JSONDecodeError)"),
        ("[1, 2]", "the stored record is not a JSON object"),
        ('"text"', "the stored record is not a JSON object"),
        ("", "the stored record is not valid JSON (JSONDecodeError)"),
    ],
)
def test_corrupt_body_raises_unreadable_and_is_kept(
    local_store: LocalStore, body: str, said: str
) -> None:
    local_store.write(KEY, {"n": 1}, 0)
    conn = sqlite3.connect(local_store.path)
    with conn:
        conn.execute("UPDATE records SET body = ? WHERE id = ?", (body, KEY))
    conn.close()
    before = raw_row(local_store.path)

    with pytest.raises(UnreadableStateError) as caught:
        local_store.read(KEY)

    assert raw_row(local_store.path) == before
    assert str(caught.value) == said


OPERATIONS = {
    "read": lambda store: store.read(KEY),
    "write": lambda store: store.write(KEY, {"n": 1}, 0),
    "remove": lambda store: store.remove(KEY),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_path_under_a_regular_file_gives_store_error(tmp_path: Path, operation: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    store = LocalStore(blocker / "state.sqlite3")

    with pytest.raises(StoreError) as caught:
        OPERATIONS[operation](store)

    assert KEY not in str(caught.value)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_file_that_is_not_a_database_gives_store_error(tmp_path: Path, operation: str) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not an SQLite database, it is just some text" * 100)

    with pytest.raises(StoreError):
        OPERATIONS[operation](LocalStore(path))

    assert path.read_bytes().startswith(b"this is not an SQLite database")


def hold_write_lock(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def test_write_waits_for_a_brief_lock(local_store: LocalStore) -> None:
    local_store.read(KEY)
    holder = hold_write_lock(local_store.path)
    done: list[int] = []
    writer = threading.Thread(target=lambda: done.append(local_store.write(KEY, {"n": 1}, 0)))

    writer.start()
    time.sleep(0.3)
    holder.execute("COMMIT")
    holder.close()
    writer.join(timeout=10)

    assert done == [1]


def test_write_gives_store_error_when_locked_too_long(
    local_store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "BUSY_TIMEOUT_SECONDS", 0.1)
    local_store.read(KEY)
    holder = hold_write_lock(local_store.path)
    try:
        with pytest.raises(StoreError):
            local_store.write(KEY, {"n": 1}, 0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert local_store.read(KEY) is None


def test_read_works_while_another_connection_writes(local_store: LocalStore) -> None:
    local_store.write(KEY, {"n": 1}, 0)
    holder = hold_write_lock(local_store.path)
    try:
        assert local_store.read(KEY) == {"n": 1, "version": 1}
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_body_is_stored_as_json_text(local_store: LocalStore) -> None:
    local_store.write(KEY, {"text": "Grüße", "n": 2}, 0)

    row = raw_row(local_store.path)

    assert row is not None
    assert row[0] == 1
    assert row[2] == '{"text":"Grüße","n":2}'


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("LETTING_GO_STORE", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def test_default_path_honours_letting_go_store(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(clean_env / "xdg"))
    monkeypatch.setenv("LETTING_GO_STORE", str(clean_env / "mine.db"))

    assert default_path() == clean_env / "mine.db"


def test_default_path_uses_xdg_data_home(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(clean_env / "xdg"))

    assert default_path() == clean_env / "xdg" / "letting-go" / "state.sqlite3"


def test_default_path_ignores_relative_xdg_data_home(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")

    assert (
        default_path() == clean_env / "home" / ".local" / "share" / "letting-go" / "state.sqlite3"
    )


def test_default_path_falls_back_to_home(clean_env: Path) -> None:
    assert (
        default_path() == clean_env / "home" / ".local" / "share" / "letting-go" / "state.sqlite3"
    )


def test_delete_gives_store_error_that_says_so_when_locked_too_long(
    local_store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "BUSY_TIMEOUT_SECONDS", 0.1)
    local_store.write(KEY, {"n": 1}, 0)
    holder = hold_write_lock(local_store.path)
    try:
        with pytest.raises(StoreError) as caught:
            local_store.remove(KEY)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert str(caught.value) == "could not delete from the local store (OperationalError)"
    assert local_store.read(KEY) == {"n": 1, "version": 1}


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda store: store.read(KEY), "could not read the local store (DatabaseError)"),
        (lambda store: store.write(KEY, {"n": 2}, 1), "could not write to the local store"),
    ],
    ids=["read", "write"],
)
def test_a_store_file_damaged_after_use_gives_store_error_that_says_which_call(
    local_store: LocalStore, call: Callable[[LocalStore], object], said: str
) -> None:
    local_store.write(KEY, {"n": 1}, 0)
    local_store.path.write_bytes(b"this is not an SQLite database" * 200)

    with pytest.raises(StoreError) as caught:
        call(local_store)

    assert str(caught.value).startswith(said)
