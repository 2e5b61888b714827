"""Requests to send a verifying service, each with the status it must answer.

Shared by the tests of the app in-process and of a running ``letting-go serve``. Every case is
signed with the test CA's key, and differs from a correct request in one way only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from skill.console.envelopes import Caller, Session, launch_request
from tests.web.signing import (
    CHAIN_URL_BASE,
    CHAIN_URL_HEADER,
    EXPIRED_CHAIN,
    GOOD_CHAIN,
    OTHER_DOMAIN_CHAIN,
    SELF_SIGNED_CHAIN,
    SIGNATURE_HEADER,
    signed_headers,
)

TEST_SKILL_ID = "amzn1.ask.skill.letting-go-test"
GOOD_URL = CHAIN_URL_BASE + GOOD_CHAIN
SKILL_ENABLED = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "alexa-requests"
    / "AlexaSkillEvent.SkillEnabled__alexa-samples-audio-player.json"
)


@dataclass(frozen=True)
class Sent:
    """A request body and its headers."""

    body: bytes
    headers: dict[str, str]


def launch_body(age: timedelta = timedelta(0), skill_id: str = TEST_SKILL_ID) -> bytes:
    """ "Alexa, open letting go", sent ``age`` ago."""
    event = launch_request(Caller(skill_id=skill_id), Session(), datetime.now(UTC) - age)
    return json.dumps(event).encode()


def skill_enabled_body(age: timedelta) -> bytes:
    """A published SkillEnabled event for this skill, sent ``age`` ago."""
    event: dict[str, Any] = json.loads(SKILL_ENABLED.read_text(encoding="utf-8"))
    event["context"]["System"]["application"]["applicationId"] = TEST_SKILL_ID
    stamp = datetime.now(UTC) - age
    event["request"]["timestamp"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps(event).encode()


def signed(body: bytes, key: rsa.RSAPrivateKey, url: str = GOOD_URL) -> Sent:
    return Sent(body, signed_headers(body, key, url))


def _without(*names: str) -> Callable[[rsa.RSAPrivateKey], Sent]:
    def build(key: rsa.RSAPrivateKey) -> Sent:
        sent = signed(launch_body(), key)
        return Sent(sent.body, {k: v for k, v in sent.headers.items() if k not in names})

    return build


def _chain_url(url: str) -> Callable[[rsa.RSAPrivateKey], Sent]:
    return lambda key: signed(launch_body(), key, url)


def _tampered(key: rsa.RSAPrivateKey) -> Sent:
    # Still a readable envelope, so that only the signature can tell.
    sent = signed(launch_body(), key)
    return Sent(sent.body.replace(b".CONSOLE", b".SOMEONE-ELSE"), sent.headers)


def _signature_not_base64(key: rsa.RSAPrivateKey) -> Sent:
    sent = signed(launch_body(), key)
    return Sent(sent.body, {**sent.headers, SIGNATURE_HEADER: "not*base64!"})


def _not_json(key: rsa.RSAPrivateKey) -> Sent:
    return signed(b'{"version": "1.0", "request": ', key)


@dataclass(frozen=True)
class Case:
    """One request, the status a verifying service answers it with, and why (for a refusal)."""

    name: str
    status: int
    build: Callable[[rsa.RSAPrivateKey], Sent]
    why: str = ""


CASES = [
    Case("correct", 200, lambda key: signed(launch_body(), key)),
    Case(
        "cert-url-port-443-spelt-out",
        200,
        _chain_url(f"https://s3.amazonaws.com:443/echo.api/{GOOD_CHAIN}"),
    ),
    Case(
        "cert-url-host-in-capitals",
        200,
        _chain_url(f"HTTPS://S3.Amazonaws.COM/echo.api/{GOOD_CHAIN}"),
    ),
    Case(
        "skill-event-59-minutes-old",
        200,
        lambda key: signed(skill_enabled_body(timedelta(minutes=59)), key),
    ),
    Case("missing-signature", 400, _without(SIGNATURE_HEADER), why="Missing Signature/Certificate"),
    Case("missing-cert-url", 400, _without(CHAIN_URL_HEADER), why="Missing Signature/Certificate"),
    Case(
        "missing-both-headers",
        400,
        _without(SIGNATURE_HEADER, CHAIN_URL_HEADER),
        why="Missing Signature/Certificate",
    ),
    Case(
        "cert-url-scheme-http",
        400,
        _chain_url(f"http://s3.amazonaws.com/echo.api/{GOOD_CHAIN}"),
        why="invalid protocol",
    ),
    Case(
        "cert-url-other-host",
        400,
        _chain_url(f"https://notamazon.com/echo.api/{GOOD_CHAIN}"),
        why="invalid hostname",
    ),
    Case(
        "cert-url-path-case",
        400,
        _chain_url(f"https://s3.amazonaws.com/EcHo.aPi/{GOOD_CHAIN}"),
        why="invalid path",
    ),
    Case(
        "cert-url-path-escapes",
        400,
        _chain_url(f"https://s3.amazonaws.com/echo.api/../{GOOD_CHAIN}"),
        why="invalid path",
    ),
    Case(
        "cert-url-path-escapes-percent-encoded",
        400,
        _chain_url(f"https://s3.amazonaws.com/echo.api/%2e%2e/{GOOD_CHAIN}"),
        why="invalid path",
    ),
    Case(
        "cert-url-path-escapes-encoded-twice",
        400,
        _chain_url(f"https://s3.amazonaws.com/echo.api/%252e%252e/{GOOD_CHAIN}"),
        why="invalid path",
    ),
    Case(
        "cert-url-port-563",
        400,
        _chain_url(f"https://s3.amazonaws.com:563/echo.api/{GOOD_CHAIN}"),
        why="invalid port",
    ),
    Case(
        "cert-url-no-such-chain",
        400,
        _chain_url(CHAIN_URL_BASE + "echo-api-cert-missing.pem"),
        why="Unable to load certificate chain",
    ),
    Case(
        "cert-expired",
        400,
        _chain_url(CHAIN_URL_BASE + EXPIRED_CHAIN),
        why="end-entity certificate expired",
    ),
    Case(
        "cert-without-echo-api-domain",
        400,
        _chain_url(CHAIN_URL_BASE + OTHER_DOMAIN_CHAIN),
        why="echo-api.amazon.com missing",
    ),
    Case(
        "cert-not-from-a-trusted-ca",
        400,
        _chain_url(CHAIN_URL_BASE + SELF_SIGNED_CHAIN),
        why="Certificate chain is not valid",
    ),
    Case("body-tampered-after-signing", 400, _tampered, why="Request body is not valid"),
    Case("signature-not-base64", 400, _signature_not_base64, why="signature not checkable"),
    Case(
        "timestamp-155-seconds-old",
        400,
        lambda key: signed(launch_body(timedelta(seconds=155)), key),
        why="Timestamp verification failed",
    ),
    Case(
        "timestamp-155-seconds-ahead",
        400,
        lambda key: signed(launch_body(timedelta(seconds=-155)), key),
        why="Timestamp verification failed",
    ),
    Case(
        "skill-event-61-minutes-old",
        400,
        lambda key: signed(skill_enabled_body(timedelta(minutes=61)), key),
        why="Timestamp verification failed",
    ),
    Case(
        "for-another-skill",
        400,
        lambda key: signed(launch_body(skill_id="amzn1.ask.skill.other"), key),
        why="not addressed to this skill",
    ),
    Case("malformed-json", 400, _not_json, why="not JSON"),
]
