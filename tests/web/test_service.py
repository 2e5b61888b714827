"""Signed requests against a running ``letting-go serve``, over HTTP.

By default the test starts the service itself, trusting a test CA written to a temporary
directory. To test a service you started yourself (see the README), point at it:

    LETTING_GO_URL=http://127.0.0.1:8080/ LETTING_GO_TEST_CA=DIR pytest tests/web/test_service.py

where DIR is the test CA the service was started with (``python -m tests.web.signing DIR``).
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from skill.web.app import MAX_BODY_BYTES
from tests.web.cases import CASES, TEST_SKILL_ID, Case, launch_body, signed
from tests.web.service import Service, running
from tests.web.signing import TRUST_ROOTS, CertificateAuthority, load_signing_key

URL_ENV = "LETTING_GO_URL"
CA_ENV = "LETTING_GO_TEST_CA"


@pytest.fixture(scope="module")
def ca_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get(URL_ENV):
        if not os.environ.get(CA_ENV):
            pytest.fail(f"{URL_ENV} is set: set {CA_ENV} to the test CA the service trusts")
        return Path(os.environ[CA_ENV])
    directory = tmp_path_factory.mktemp("test-ca")
    CertificateAuthority().write(directory)
    return directory


@pytest.fixture(scope="module")
def service(ca_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    if os.environ.get(URL_ENV):
        yield Service(os.environ[URL_ENV])
        return
    store = tmp_path_factory.mktemp("store") / "state.sqlite3"
    args = [
        "--store",
        str(store),
        "--skill-id",
        TEST_SKILL_ID,
        "--trust-roots",
        str(ca_dir / TRUST_ROOTS),
        "--cert-chain-dir",
        str(ca_dir),
    ]
    with running(args) as started:
        yield started


@pytest.fixture(scope="module")
def key(ca_dir: Path) -> rsa.RSAPrivateKey:
    return load_signing_key(ca_dir)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_request_gets_its_status(service: Service, key: rsa.RSAPrivateKey, case: Case) -> None:
    sent = case.build(key)
    status, body = service.post(sent.body, sent.headers)
    assert status == case.status, body
    answer = json.loads(body)
    if case.status == 400:
        assert set(answer) == {"error"}
    else:
        assert answer["version"] == "1.0"


def test_a_correct_request_is_answered_by_the_skill(
    service: Service, key: rsa.RSAPrivateKey
) -> None:
    sent = signed(launch_body(), key)
    status, body = service.post(sent.body, sent.headers)
    assert status == 200
    assert "Shall we set up" in json.loads(body)["response"]["outputSpeech"]["ssml"]


def test_a_body_over_the_limit_gets_400(service: Service, key: rsa.RSAPrivateKey) -> None:
    event = json.loads(launch_body())
    event["padding"] = "x" * MAX_BODY_BYTES
    sent = signed(json.dumps(event).encode(), key)
    status, body = service.post(sent.body, sent.headers)
    assert status == 400, body


def test_get_on_the_skill_route_gets_405(service: Service) -> None:
    status, _ = service.get()
    assert status == 405


def test_health_answers(service: Service) -> None:
    status, body = service.get("/health")
    assert (status, json.loads(body)) == (200, {"status": "ok"})


def test_deeply_nested_json_gets_400_not_500(service: Service) -> None:
    status, body = service.post(b"[" * 2048 + b"]" * 2048)
    assert status == 400
    assert "not JSON" in json.loads(body)["error"]


def test_health_and_requests_answer_while_200_idle_connections_are_open(
    service: Service, key: rsa.RSAPrivateKey
) -> None:
    host, port = urlsplit(service.url).hostname, urlsplit(service.url).port
    assert host is not None and port is not None
    idle = [socket.create_connection((host, port), timeout=5) for _ in range(200)]
    slow = socket.create_connection((host, port), timeout=5)
    slow.sendall(b"POST / HTTP/1.1\r\nHost: x\r\n")  # and never the rest
    try:
        started = time.monotonic()
        status, _ = service.get("/health")
        assert status == 200
        sent = signed(launch_body(), key)
        status, _ = service.post(sent.body, sent.headers)
        assert status == 200
        assert time.monotonic() - started < 5
    finally:
        for connection in (*idle, slow):
            connection.close()
