"""Is this request really from Alexa? The signature check, as flask-ask-sdk does it, made safe.

``AlexaSignatureVerifier`` is the SDK's ``RequestVerifier`` (certificate URL rules, chain
validation with certvalidator, the echo-api.amazon.com name, the body signature) with four
changes, each for a reason found in its 1.3.3 source:

- the certificate chain is downloaded with a timeout and a size cap (the SDK waits forever and
  reads anything), and a failed download is a failed verification rather than an uncaught error;
- the trusted roots and the download can be named, so that tests (and a test run against a live
  service) use a CA of their own; by default they are the system's roots and the real download;
- the certificate's validity is compared in aware UTC (the SDK uses properties that cryptography
  deprecates and ``datetime.utcnow``);
- anything else that goes wrong while checking (a signature that is not base64, a chain that is
  not PEM, a certificate without the subject alternative name) fails verification; the SDK lets
  those escape as other exceptions, which the web would answer with a 500.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from ask_sdk_webservice_support.verifier import RequestVerifier, VerificationException
from ask_sdk_webservice_support.verifier_constants import CERT_CHAIN_DOMAIN
from asn1crypto import pem
from certvalidator import CertificateValidator, ValidationContext
from cryptography import x509

DOWNLOAD_TIMEOUT_SECONDS = 5.0
# Amazon's chain is a few kilobytes; anything much larger is not it.
MAX_CHAIN_BYTES = 64 * 1024
# Alexa signs with a handful of certificates at a time; keep a few.
CHAIN_CACHE_SIZE = 8
# Validating a chain (certvalidator) costs far more than the rest of a turn, and its outcome for
# the same bytes changes only with time: a validated chain is trusted again for this long. The
# signing certificate's own dates and name are still checked on every request.
CHAIN_TRUST_SECONDS = 600.0

Fetch = Callable[[str], bytes]
_CHAIN_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.pem")


def _decoded(url: str) -> str:
    """``url`` with its percent-escapes decoded, until none is left."""
    previous = None
    while previous != url:
        previous, url = url, unquote(url)
    return url


def download_chain(url: str) -> bytes:
    """The certificate chain at ``url`` (already checked to be Amazon's), within a time limit.

    Raises
    ------
    OSError
        When it cannot be downloaded in time.
    ValueError
        When it is larger than ``MAX_CHAIN_BYTES``.
    """
    with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
        data: bytes = response.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise ValueError("the certificate chain is too large")
    return data


def chains_in_directory(directory: Path) -> Fetch:
    """For testing: read the chain a URL names from ``directory``, by the URL's file name.

    ``https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem`` is read from
    ``directory/echo-api-cert-12.pem``. Only a plain ``*.pem`` file name is accepted.

    Examples
    --------
    >>> fetch = chains_in_directory(Path("/tmp/test-ca"))
    """

    def fetch(url: str) -> bytes:
        name = PurePosixPath(urlparse(url).path).name
        if not _CHAIN_FILE_NAME.fullmatch(name):
            raise ValueError("the certificate URL names no chain file")
        return (directory / name).read_bytes()

    return fetch


def read_trust_roots(path: Path) -> list[bytes]:
    """The DER bytes of every certificate in the PEM file at ``path``.

    Raises
    ------
    ValueError
        When the file holds no PEM certificate.
    """
    roots = [der for _, _, der in pem.unarmor(path.read_bytes(), multiple=True)]
    if not roots:
        raise ValueError(f"no certificate in {path}")
    return roots


class AlexaSignatureVerifier(RequestVerifier):
    """flask-ask-sdk's request signature check, with the changes the module docstring lists.

    Parameters
    ----------
    fetch
        Downloads a certificate chain by URL (the URL has passed Amazon's rules first).
    trust_roots
        DER certificates to trust instead of the system's roots.

    Examples
    --------
    >>> verifier = AlexaSignatureVerifier()  # Amazon's chain, the system's roots
    """

    def __init__(
        self, fetch: Fetch = download_chain, trust_roots: Sequence[bytes] | None = None
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._trust_roots = list(trust_roots) if trust_roots is not None else None
        self._chains: OrderedDict[str, bytes] = OrderedDict()
        # cert URL -> (the chain's bytes, its signing certificate, when it was validated)
        self._validated: dict[str, tuple[bytes, x509.Certificate, float]] = {}
        self._lock = threading.Lock()  # waitress answers on several threads

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        """Raise ``VerificationException`` unless Alexa signed this body.

        Raises
        ------
        VerificationException
            For every way the check can fail, including input the SDK does not expect.
        """
        try:
            super().verify(headers, serialized_request_env, deserialized_request_env)
        except VerificationException:
            raise
        except Exception as exc:  # the SDK's unexpected failures are failed checks too
            raise VerificationException(f"signature not checkable ({type(exc).__name__})") from exc

    def _retrieve_and_validate_certificate_chain(
        self, cert_url: str, x509_backend: Any = None
    ) -> x509.Certificate:
        """The signing certificate named by ``cert_url``, once its chain has been validated.

        As the SDK does it, except that a chain validated in the last ``CHAIN_TRUST_SECONDS`` is
        not validated again.
        """
        # The SDK normalises the path without decoding it first: "/echo.api/%2e%2e/x" would
        # pass. Decoded, it is "/echo.api/../x", which normalises to "/x" and is refused.
        self._validate_certificate_url(_decoded(cert_url))
        self._validate_certificate_url(cert_url)
        chain = self._load_cert_chain(cert_url)
        now = time.monotonic()
        with self._lock:
            known = self._validated.get(cert_url)
        if known is not None and known[0] == chain and now - known[2] < CHAIN_TRUST_SECONDS:
            end_cert = known[1]
        else:
            self._validate_cert_chain(chain)
            end_cert = x509.load_pem_x509_certificate(chain)
            with self._lock:
                self._validated[cert_url] = (chain, end_cert, now)
                while len(self._validated) > CHAIN_CACHE_SIZE:
                    self._validated.pop(next(iter(self._validated)))
        self._validate_end_certificate(end_cert)
        return end_cert

    def _load_cert_chain(self, cert_url: str) -> bytes:
        with self._lock:
            if cert_url in self._chains:
                self._chains.move_to_end(cert_url)
                return self._chains[cert_url]
        try:
            chain = self._fetch(cert_url)
        except (OSError, ValueError) as exc:
            raise VerificationException("Unable to load certificate chain") from exc
        with self._lock:
            self._chains[cert_url] = chain
            while len(self._chains) > CHAIN_CACHE_SIZE:
                self._chains.popitem(last=False)
        return chain

    def _validate_cert_chain(self, cert_chain: bytes) -> None:
        # As the SDK does it, with the roots named here when there are some.
        try:
            certificates = [der for _, _, der in pem.unarmor(cert_chain, multiple=True)]
            if not certificates:
                raise VerificationException("Certificate chain is empty")
            context = None
            if self._trust_roots is not None:
                context = ValidationContext(trust_roots=self._trust_roots)
            validator = CertificateValidator(
                certificates[0], certificates[1:], validation_context=context
            )
            validator.validate_usage(key_usage={"digital_signature"})
        except VerificationException:
            raise
        except Exception as exc:  # certvalidator's PathError, ValidationError; unreadable PEM
            raise VerificationException("Certificate chain is not valid") from exc

    def _validate_end_certificate(self, x509_cert: x509.Certificate) -> None:
        now = datetime.now(UTC)
        if not x509_cert.not_valid_before_utc <= now <= x509_cert.not_valid_after_utc:
            raise VerificationException("Signing certificate is not valid now")
        try:
            names = x509_cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        except x509.ExtensionNotFound as exc:
            raise VerificationException("Signing certificate names no domain") from exc
        if CERT_CHAIN_DOMAIN not in names.value.get_values_for_type(x509.DNSName):
            raise VerificationException(f"{CERT_CHAIN_DOMAIN} missing from signing certificate")
