"""The console keeps a yes to Alexa's permission question, and several consoles lose nothing."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from skill.console.device import console_caller
from skill.console.grants import CONSOLE_ACCESS_TOKEN, Grants, grants_path, scopes_of
from skill.console.reminders import ConsoleReminders, reminders_path
from skill.voice.permission import REMINDERS_SCOPE
from tests.conftest import FakeClock

TRIGGER = {
    "type": "SCHEDULED_ABSOLUTE",
    "timeZoneId": "UTC",
    "scheduledTime": "2026-12-22T09:00:00",
}


def test_a_grant_is_kept_beside_the_store_and_named_in_the_token(store_path: Path) -> None:
    grants = Grants(grants_path(store_path))
    assert grants.scopes() == ()
    assert console_caller(scopes=grants.scopes()).api_access_token == CONSOLE_ACCESS_TOKEN
    grants.grant(REMINDERS_SCOPE)
    grants.grant(REMINDERS_SCOPE)
    assert grants_path(store_path) == store_path.with_name("state.permissions.json")
    assert Grants(grants_path(store_path)).scopes() == (REMINDERS_SCOPE,)
    caller = console_caller(scopes=Grants(grants_path(store_path)).scopes())
    assert caller.granted_scopes == (REMINDERS_SCOPE,)
    assert scopes_of(caller.api_access_token) == {REMINDERS_SCOPE}


def test_a_spoilt_grants_file_grants_nothing_until_the_next_yes(store_path: Path) -> None:
    path = grants_path(store_path)
    path.write_text("[1, 2", encoding="utf-8")
    grants = Grants(path)
    assert grants.scopes() == ()
    grants.grant(REMINDERS_SCOPE)
    assert grants.scopes() == (REMINDERS_SCOPE,)


def test_reminders_made_at_once_are_all_kept(store_path: Path, clock: FakeClock) -> None:
    def make(index: int) -> str:
        reminders = ConsoleReminders(reminders_path(store_path), clock.now)
        alert = {"trigger": TRIGGER, "alertInfo": {"spokenInfo": {"content": [{"text": "t"}]}}}
        return str(reminders.create(alert)["alertToken"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        made = set(pool.map(make, range(24)))
    kept = ConsoleReminders(reminders_path(store_path), clock.now).all()
    assert {reminder["alertToken"] for reminder in kept} == made
    assert len(made) == 24


def test_a_reminder_due_rings_in_one_console_only(store_path: Path, clock: FakeClock) -> None:
    alert = {"trigger": TRIGGER, "alertInfo": {"spokenInfo": {"content": [{"text": "Now."}]}}}
    ConsoleReminders(reminders_path(store_path), clock.now).create(alert)
    clock.set(datetime.fromisoformat("2026-12-22T09:00:00+00:00"))

    def ring(index: int) -> list[str]:
        return ConsoleReminders(reminders_path(store_path), clock.now).ring()

    with ThreadPoolExecutor(max_workers=4) as pool:
        rung = [text for said in pool.map(ring, range(8)) for text in said]
    assert rung == ["Now."]
