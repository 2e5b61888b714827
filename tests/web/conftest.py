"""Fixtures for the web service: a test CA (made once per run) and the app around the skill."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill
from flask import Flask

from skill.builder import build_skill
from skill.storage.local import LocalStore
from skill.web.app import create_app
from skill.web.verify import AlexaSignatureVerifier
from tests.conftest import FakeAlexaApi, FakeClock
from tests.web.cases import TEST_SKILL_ID
from tests.web.signing import CertificateAuthority


@pytest.fixture(scope="session")
def authority() -> CertificateAuthority:
    return CertificateAuthority()


@pytest.fixture
def web_skill(store: LocalStore, clock: FakeClock) -> CustomSkill:
    return build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(7))


@pytest.fixture
def fetched() -> list[str]:
    """The certificate URLs the verifier downloaded, in order."""
    return []


@pytest.fixture
def make_app(
    web_skill: CustomSkill, authority: CertificateAuthority, fetched: list[str]
) -> Callable[..., Flask]:
    """The app as served, but trusting the test CA and reading its chains instead of S3."""

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return authority.fetch(url)

    def make(**options: Any) -> Flask:
        options.setdefault("skill_id", TEST_SKILL_ID)
        verifier = AlexaSignatureVerifier(fetch, trust_roots=[authority.root_der])
        options.setdefault("signature_verifier", verifier)
        return create_app(web_skill, **options)

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()
