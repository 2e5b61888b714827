"""Small JSON files the console keeps beside its store, changed safely by several processes.

A ``letting-go chat`` and a ``letting-go say`` in another terminal may change the same file at
once: every change happens under an exclusive lock on a hidden ``.lock`` file beside it, and is
written to a temporary file that then replaces the old one, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # not on Windows: changes there are atomic, but not serialised
    fcntl = None  # type: ignore[assignment]


class UnreadableFileError(Exception):
    """A console file exists but is not the JSON object it should be."""


def read_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``; an empty one when the file does not exist.

    Raises
    ------
    UnreadableFileError
        When the file cannot be read or does not hold a JSON object.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableFileError(f"cannot read {path} ({type(exc).__name__})") from exc
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise UnreadableFileError(f"{path} is not valid JSON") from exc
    if not isinstance(value, dict):
        raise UnreadableFileError(f"{path} does not hold a JSON object")
    return value


def write_object(path: Path, value: dict[str, Any]) -> None:
    """Write ``value`` to ``path`` atomically: the old file stays whole until the new one is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(value, file, ensure_ascii=False, indent=2)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def changing(path: Path) -> Iterator[dict[str, Any]]:
    """The object in ``path``, to change in place; written back when the block ends normally.

    Raises
    ------
    UnreadableFileError
        When the file cannot be read; nothing is written then.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "a", encoding="utf-8") as lock:
        if fcntl is not None:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # released when the lock file closes
        value = read_object(path)
        before = json.dumps(value, sort_keys=True)
        yield value
        if json.dumps(value, sort_keys=True) != before:
            write_object(path, value)
