"""The web service under load: requests per second and p99, with verification on and off.

``letting-go serve`` runs on 127.0.0.1 with a local store; clients (threads, each with its own
keep-alive connection) post signed one-shot "how many days left" requests for a fixed time. The
signing CA is the tests' own (tests/web/signing.py); the service trusts it through its testing
options, so verification does all its real work: chain, dates, domain and body signature.
"""

from __future__ import annotations

import http.client
import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bench.common import percentile
from skill.console.envelopes import Caller, Session, intent_request
from tests.web.service import running
from tests.web.signing import CertificateAuthority, load_signing_key, signed_headers

CLIENTS = (1, 8, 32)
SECONDS = 10.0
BODIES = 200


def _bodies(key: Any) -> list[tuple[bytes, dict[str, str]]]:
    """Signed requests, made before the clock starts so signing is not measured."""
    prepared = []
    for n in range(BODIES):
        caller = Caller(user_id=f"amzn1.ask.account.WEB{n % 20}", device_id=f"device-{n}")
        body = json.dumps(intent_request(caller, Session(), "DaysLeftIntent")).encode()
        prepared.append((body, signed_headers(body, key)))
    return prepared


def _load(url: str, clients: int, bodies: list[tuple[bytes, dict[str, str]]]) -> dict[str, Any]:
    target = urlparse(url)
    assert target.hostname == "127.0.0.1"
    latencies: list[list[float]] = [[] for _ in range(clients)]
    failures = [0] * clients
    stop_at = time.monotonic() + SECONDS

    def client(index: int) -> None:
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        n = index
        while time.monotonic() < stop_at:
            body, headers = bodies[n % len(bodies)]
            n += clients
            started = time.perf_counter()
            connection.request("POST", target.path or "/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            latencies[index].append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                failures[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SECONDS + 30)
    every = [ms for values in latencies for ms in values]
    return {
        "clients": clients,
        "rps": len(every) / SECONDS,
        "p99_ms": percentile(every, 0.99),
        "failures": sum(failures),
    }


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        ca_dir = Path(folder) / "ca"
        CertificateAuthority().write(ca_dir)
        bodies = _bodies(load_signing_key(ca_dir))
        store = ["--store", str(Path(folder) / "web.sqlite3")]
        modes = {
            "verified": [
                "--trust-roots",
                str(ca_dir / "trust-roots.pem"),
                "--cert-chain-dir",
                str(ca_dir),
            ],
            "unverified": ["--no-verify"],
        }
        results: dict[str, Any] = {}
        for mode, args in modes.items():
            with running([*store, *args]) as service:
                results[mode] = [_load(service.url, clients, bodies) for clients in CLIENTS]
        return results
