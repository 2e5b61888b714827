"""Console conversations over a store file, as a fresh ``letting-go chat`` process has them."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from skill.builder import build_skill
from skill.console.device import ConsoleApiClient, console_caller
from skill.console.nlu import Matcher
from skill.console.session import Conversation, model_dialog_intents
from skill.domain.clock import local_date
from skill.storage.local import LocalStore
from tests.conftest import FakeClock

MODEL = Path(__file__).resolve().parents[2] / "interaction_models" / "en-US.json"
LA = "America/Los_Angeles"
Converse = Callable[..., Conversation]


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    return Matcher.from_file(MODEL)


@pytest.fixture
def converse(store_path: Path, clock: FakeClock, matcher: Matcher) -> Converse:
    """Makes a conversation over the store file; each one is like a new console process."""

    def make(zone: str = LA, seed: int = 3) -> Conversation:
        store = LocalStore(store_path, clock=lambda: clock.now().timestamp())
        skill = build_skill(
            store, clock=clock, api_client=ConsoleApiClient(zone), rng=random.Random(seed)
        )
        return Conversation(
            skill,
            matcher,
            console_caller(),
            now=clock.now,
            today=lambda: local_date(clock.now(), zone),
            dialog_intents=model_dialog_intents(MODEL),
        )

    return make


@pytest.fixture
def conversation(converse: Converse) -> Conversation:
    return converse(seed=5)
