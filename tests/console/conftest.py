"""Console conversations over a store file, as a fresh ``letting-go chat`` process has them."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from skill.builder import build_skill
from skill.console.device import ConsoleApiClient, console_caller
from skill.console.grants import Grants, grants_path
from skill.console.nlu import Matcher
from skill.console.reminders import ConsoleReminders, reminders_path
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
    """Makes a conversation over the store file; each one is like a new console process, with
    the reminders and permissions kept beside the store, as ``letting-go chat`` keeps them."""

    def make(zone: str = LA, seed: int = 3) -> Conversation:
        store = LocalStore(store_path, clock=lambda: clock.now().timestamp())
        reminders = ConsoleReminders(reminders_path(store_path), now=clock.now)
        api = ConsoleApiClient(zone, reminders=reminders)
        skill = build_skill(store, clock=clock, api_client=api, rng=random.Random(seed))
        grants = Grants(grants_path(store_path))
        return Conversation(
            skill,
            matcher,
            console_caller(scopes=grants.scopes()),
            now=clock.now,
            today=lambda: local_date(clock.now(), zone),
            dialog_intents=model_dialog_intents(MODEL),
            grants=grants,
        )

    return make


@pytest.fixture
def conversation(converse: Converse) -> Conversation:
    return converse(seed=5)


@pytest.fixture
def console_reminders(store_path: Path, clock: FakeClock) -> ConsoleReminders:
    """The reminders the console keeps beside the store, as ``letting-go reminders`` reads them."""
    return ConsoleReminders(reminders_path(store_path), now=clock.now)
