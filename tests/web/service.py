"""Start ``letting-go serve`` as a separate process on 127.0.0.1, and talk to it over HTTP.

Every wait is bounded: the server must say where it listens within ``START_SECONDS``, and it is
stopped (then killed) when the test is done.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlparse

LETTING_GO = Path(sys.executable).parent / "letting-go"
START_SECONDS = 30.0
STOP_SECONDS = 10.0
REQUEST_SECONDS = 30.0
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass
class Service:
    """A running ``letting-go serve``: where it listens, and (once stopped) what it said on
    stdout after that and on stderr."""

    url: str
    stderr: list[str] = field(default_factory=list)
    stdout: list[str] = field(default_factory=list)

    def post(self, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        return request(self.url, "POST", body, headers or {})

    def get(self, path: str = "") -> tuple[int, bytes]:
        return request(self.url.rstrip("/") + path if path else self.url, "GET", None, {})


def request(
    url: str, method: str, body: bytes | None, headers: dict[str, str]
) -> tuple[int, bytes]:
    """One HTTP request to a service on this machine; the status and body, errors included."""
    if urlparse(url).hostname not in LOOPBACK:
        raise ValueError(f"these tests only talk to a service on this machine, not {url}")
    outgoing = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(outgoing, timeout=REQUEST_SECONDS) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


@contextmanager
def running(args: Sequence[str], env: dict[str, str] | None = None) -> Iterator[Service]:
    """``letting-go serve --host 127.0.0.1 --port 0 ARGS...`` until the block ends.

    Raises
    ------
    RuntimeError
        When it exits or says nothing about listening within ``START_SECONDS``.
    """
    command = [str(LETTING_GO), "serve", "--host", "127.0.0.1", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    out: queue.Queue[str | None] = queue.Queue()
    err: queue.Queue[str | None] = queue.Queue()
    pumps = [
        threading.Thread(target=_pump, args=(process.stdout, out), daemon=True),
        threading.Thread(target=_pump, args=(process.stderr, err), daemon=True),
    ]
    for pump in pumps:
        pump.start()
    service = Service(url="")
    try:
        deadline = time.monotonic() + START_SECONDS
        while not service.url:
            try:
                line = out.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                line = None  # said nothing in time
            if line is None:
                raise RuntimeError(f"letting-go serve did not start: {_drain(err)}")
            if "listening on " in line:
                service.url = line.split("listening on ", 1)[1].strip()
        yield service
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)
        for pump in pumps:
            pump.join(timeout=STOP_SECONDS)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        service.stderr.extend(_drain(err).splitlines())
        service.stdout.extend(_drain(out).splitlines())


def _drain(lines: queue.Queue[str | None]) -> str:
    found = []
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        if line is not None:
            found.append(line)
    return "".join(found)
