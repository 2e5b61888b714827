"""Fixtures shared by the whole suite: a clock we control, a store on disk, the skill, Alexa."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.alexa_api import FakeAlexaApi

__all__ = ["FakeAlexaApi", "FakeClock"]


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)

    def set(self, now: datetime) -> None:
        self.current = now


# 18:00 in Los Angeles on a Tuesday.
START = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "state.sqlite3"


@pytest.fixture
def store(store_path: Path, clock: FakeClock) -> LocalStore:
    return LocalStore(store_path, clock=lambda: clock.now().timestamp())


@pytest.fixture
def alexa_api() -> FakeAlexaApi:
    return FakeAlexaApi()


@pytest.fixture
def handler(store: LocalStore, clock: FakeClock, alexa_api: FakeAlexaApi) -> Callable[..., Any]:
    skill = build_skill(store, clock=clock, api_client=alexa_api, rng=random.Random(7))
    return lambda event: handle_event(skill, event)


@pytest.fixture
def caller() -> Caller:
    return Caller(api_endpoint="https://api.amazonalexa.com", api_access_token="token-for-tests")


@pytest.fixture
def alexa(handler: Callable[..., Any], caller: Caller, clock: FakeClock) -> Alexa:
    return Alexa(handler, caller=caller, now=clock.now)
