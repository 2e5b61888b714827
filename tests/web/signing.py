"""A certificate authority of our own, and requests signed the way Alexa signs them.

Alexa signs each request body (RSA PKCS#1 v1.5, SHA-256) with a certificate for
echo-api.amazon.com, and names the chain in ``SignatureCertChainUrl``. Here a root and an
intermediate CA issue such certificates, so a service that trusts our root (and reads chains
from our files instead of downloading them) verifies our requests exactly as it would Alexa's.

Run as a program, it writes a CA to a directory, for testing a running service by hand:

    python -m tests.web.signing DIR

DIR then holds ``trust-roots.pem`` (for ``--trust-roots``), the chains (for
``--cert-chain-dir``) and ``signing-key.pem``; see the README.
"""

from __future__ import annotations

import base64
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

ALEXA_DOMAIN = "echo-api.amazon.com"
CHAIN_URL_BASE = "https://s3.amazonaws.com/echo.api/"
SIGNATURE_HEADER = "Signature-256"
CHAIN_URL_HEADER = "SignatureCertChainUrl"

# The chain files a written CA holds, by what is wrong with them.
GOOD_CHAIN = "echo-api-cert.pem"
EXPIRED_CHAIN = "echo-api-cert-expired.pem"
OTHER_DOMAIN_CHAIN = "echo-api-cert-other-domain.pem"
SELF_SIGNED_CHAIN = "echo-api-cert-self-signed.pem"
TRUST_ROOTS = "trust-roots.pem"
SIGNING_KEY = "signing-key.pem"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _certificate(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    path_length: int | None = None,
    dns_names: tuple[str, ...] = (),
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=not ca,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    if dns_names:
        names = [x509.DNSName(name) for name in dns_names]
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass
class CertificateAuthority:
    """A root and an intermediate CA that issue Alexa-like signing certificates.

    Every leaf shares one key, so one key signs for any chain; the chains differ in what they
    prove (a good one, an expired one, one for another domain, one no trusted CA issued).
    """

    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        start, end = self.now - timedelta(days=1), self.now + timedelta(days=365)
        root_key, self._intermediate_key, self.signing_key = _key(), _key(), _key()
        self.root = _certificate(
            "Letting Go Test Root",
            root_key,
            None,
            root_key,
            ca=True,
            path_length=1,
            not_before=start,
            not_after=end,
        )
        self._intermediate = _certificate(
            "Letting Go Test Intermediate",
            self._intermediate_key,
            self.root,
            root_key,
            ca=True,
            path_length=0,
            not_before=start,
            not_after=end,
        )
        self.chains = {
            GOOD_CHAIN: self._chain((ALEXA_DOMAIN,), start, end),
            EXPIRED_CHAIN: self._chain(
                (ALEXA_DOMAIN,), self.now - timedelta(days=30), self.now - timedelta(days=1)
            ),
            OTHER_DOMAIN_CHAIN: self._chain(("echo-api.example.com",), start, end),
            SELF_SIGNED_CHAIN: _pem(
                _certificate(
                    ALEXA_DOMAIN,
                    self.signing_key,
                    None,
                    self.signing_key,
                    ca=False,
                    dns_names=(ALEXA_DOMAIN,),
                    not_before=start,
                    not_after=end,
                )
            ),
        }

    def _chain(self, dns_names: tuple[str, ...], start: datetime, end: datetime) -> bytes:
        leaf = _certificate(
            ALEXA_DOMAIN,
            self.signing_key,
            self._intermediate,
            self._intermediate_key,
            ca=False,
            dns_names=dns_names,
            not_before=start,
            not_after=end,
        )
        return _pem(leaf) + _pem(self._intermediate)

    @property
    def root_der(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.DER)

    def fetch(self, url: str) -> bytes:
        """The chain a certificate URL names, by its file name (the stand-in for S3)."""
        name = url.rstrip("/").rsplit("/", 1)[-1]
        if name not in self.chains:
            raise OSError(f"no such chain: {name}")
        return self.chains[name]

    def write(self, directory: Path) -> None:
        """Write the trust root, every chain and the signing key into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        (directory / TRUST_ROOTS).write_bytes(_pem(self.root))
        for name, chain in self.chains.items():
            (directory / name).write_bytes(chain)
        key = self.signing_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        (directory / SIGNING_KEY).write_bytes(key)


def load_signing_key(directory: Path) -> rsa.RSAPrivateKey:
    """The leaf key a written CA signs with."""
    key = serialization.load_pem_private_key((directory / SIGNING_KEY).read_bytes(), None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def signature(body: bytes, key: rsa.RSAPrivateKey) -> str:
    """The ``Signature-256`` header for ``body``: base64 of its RSA SHA-256 signature."""
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


def signed_headers(
    body: bytes, key: rsa.RSAPrivateKey, chain_url: str = CHAIN_URL_BASE + GOOD_CHAIN
) -> dict[str, str]:
    """The headers Alexa sends with ``body``."""
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature(body, key),
        CHAIN_URL_HEADER: chain_url,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.web.signing DIR", file=sys.stderr)
        return 2
    directory = Path(argv[0])
    CertificateAuthority().write(directory)
    print(f"test CA written to {directory}: trust roots in {directory / TRUST_ROOTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
