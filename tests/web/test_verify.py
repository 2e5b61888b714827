"""The parts of the signature check that are ours: download limits, test CA files, the cache."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ask_sdk_webservice_support.verifier import VerificationException

from skill.web import verify
from skill.web.verify import (
    CHAIN_CACHE_SIZE,
    MAX_CHAIN_BYTES,
    AlexaSignatureVerifier,
    chains_in_directory,
    download_chain,
    read_trust_roots,
)
from tests.web.cases import launch_body, signed
from tests.web.signing import (
    CHAIN_URL_BASE,
    GOOD_CHAIN,
    TRUST_ROOTS,
    CertificateAuthority,
)


class _Slow(BaseHTTPRequestHandler):
    """Answers /big with too many bytes, /slow after a long pause, anything else with a chain."""

    pause = threading.Event()

    def do_GET(self) -> None:
        if self.path == "/slow":
            self.pause.wait(timeout=5)  # released by the test; never longer than this
        body = b"x" * (MAX_CHAIN_BYTES + 1) if self.path == "/big" else b"chain"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    """A plain HTTP server on 127.0.0.1 standing in for S3, for the download's limits."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Slow.pause.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        _Slow.pause.clear()


def test_download_reads_the_chain(local_server: str) -> None:
    assert download_chain(f"{local_server}/chain.pem") == b"chain"


def test_download_refuses_an_oversized_chain(local_server: str) -> None:
    with pytest.raises(ValueError, match="too large"):
        download_chain(f"{local_server}/big")


def test_download_gives_up_after_its_timeout(
    local_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify, "DOWNLOAD_TIMEOUT_SECONDS", 0.2)
    started = time.monotonic()
    with pytest.raises(OSError):
        download_chain(f"{local_server}/slow")
    assert time.monotonic() - started < 2


def test_chains_are_read_from_a_directory_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "echo-api-cert-12.pem").write_bytes(b"chain")
    fetch = chains_in_directory(tmp_path)
    assert fetch(f"{CHAIN_URL_BASE}echo-api-cert-12.pem") == b"chain"


@pytest.mark.parametrize(
    "url",
    [CHAIN_URL_BASE, f"{CHAIN_URL_BASE}..", f"{CHAIN_URL_BASE}chain.txt", f"{CHAIN_URL_BASE}.pem"],
    ids=["no-name", "dot-dot", "not-pem", "hidden"],
)
def test_a_directory_serves_only_plain_pem_names(tmp_path: Path, url: str) -> None:
    with pytest.raises(ValueError):
        chains_in_directory(tmp_path)(url)


def test_a_missing_chain_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        chains_in_directory(tmp_path)(f"{CHAIN_URL_BASE}missing.pem")


def test_trust_roots_are_read_from_pem(tmp_path: Path, authority: CertificateAuthority) -> None:
    authority.write(tmp_path)
    assert read_trust_roots(tmp_path / TRUST_ROOTS) == [authority.root_der]


def test_a_trust_roots_file_without_certificates_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.pem").write_text("nothing here\n")
    with pytest.raises(ValueError):
        read_trust_roots(tmp_path / "empty.pem")


def test_the_chain_cache_keeps_only_the_latest_urls(authority: CertificateAuthority) -> None:
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return authority.chains[GOOD_CHAIN]  # the same chain under many names

    verifier = AlexaSignatureVerifier(fetch, trust_roots=[authority.root_der])
    urls = [f"{CHAIN_URL_BASE}cert-{n}.pem" for n in range(CHAIN_CACHE_SIZE + 1)]
    for url in [*urls, urls[-1], urls[0]]:
        sent = signed(launch_body(), authority.signing_key, url)
        verifier.verify(sent.headers, sent.body.decode(), None)
    # The last URL came from the cache; the first had been pushed out and was fetched again.
    assert fetched == [*urls, urls[0]]


def test_a_failed_download_is_a_failed_verification(authority: CertificateAuthority) -> None:
    def fetch(url: str) -> bytes:
        raise TimeoutError("S3 did not answer")

    verifier = AlexaSignatureVerifier(fetch, trust_roots=[authority.root_der])
    sent = signed(launch_body(), authority.signing_key)
    with pytest.raises(VerificationException, match="Unable to load"):
        verifier.verify(sent.headers, sent.body.decode(), None)


def test_a_validated_chain_is_trusted_again_until_its_time_is_up(
    authority: CertificateAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    verifier = AlexaSignatureVerifier(
        lambda url: authority.chains[GOOD_CHAIN], trust_roots=[authority.root_der]
    )
    validations: list[bytes] = []
    validate = verifier._validate_cert_chain
    monkeypatch.setattr(
        verifier, "_validate_cert_chain", lambda chain: (validations.append(chain), validate(chain))
    )
    clock = [1000.0]
    monkeypatch.setattr(verify.time, "monotonic", lambda: clock[0])
    for _ in range(3):
        sent = signed(launch_body(), authority.signing_key)
        verifier.verify(sent.headers, sent.body.decode(), None)
    assert len(validations) == 1
    clock[0] += verify.CHAIN_TRUST_SECONDS + 1
    sent = signed(launch_body(), authority.signing_key)
    verifier.verify(sent.headers, sent.body.decode(), None)
    assert len(validations) == 2


def test_a_trusted_chain_still_needs_a_good_signature(authority: CertificateAuthority) -> None:
    verifier = AlexaSignatureVerifier(
        lambda url: authority.chains[GOOD_CHAIN], trust_roots=[authority.root_der]
    )
    sent = signed(launch_body(), authority.signing_key)
    verifier.verify(sent.headers, sent.body.decode(), None)
    with pytest.raises(VerificationException):
        verifier.verify(sent.headers, sent.body.decode().replace("Launch", "Lunch"), None)
