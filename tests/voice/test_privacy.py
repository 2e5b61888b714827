"""Privacy: deleting everything on request, a disabled skill, one record per person, expiry."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from skill.builder import build_skill, store_from_environment
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.store import StoreError
from skill.storage.voices import index_key
from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa
from tests.alexa_api import FakeAlexaApi
from tests.conftest import START, FakeClock


def record_of(store: LocalStore, caller: Caller) -> dict[str, Any] | None:
    if caller.person_id:
        return store.read(hash_owner("person", caller.person_id))
    return store.read(hash_owner("user", caller.user_id))


def start_period(alexa: Alexa, last_contact: str = "2026-11-23") -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": last_contact, "targetDays": "30"})
    alexa.confirm(True)


def with_reminders(alexa: Alexa) -> Alexa:
    """A person with a period, a last-day reminder and a daily reminder."""
    alexa.caller = replace(alexa.caller, granted_scopes=(REMINDERS_SCOPE,))
    start_period(alexa)
    alexa.intent("AMAZON.YesIntent")
    alexa.one_shot("SetReminderIntent", {"time": "20:00"})
    return alexa


# --- "delete my data" --------------------------------------------------------------------------


def test_delete_my_data_asks_first(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    heard = alexa.one_shot("DeleteDataIntent")
    assert "deletes everything I keep about you" in heard.text
    assert "can't be undone" in heard.text
    assert heard.directive_types == ["Dialog.ConfirmIntent"]
    assert record_of(store, alexa.caller) is not None


def test_no_keeps_everything(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    before = record_of(store, alexa.caller)
    alexa.one_shot("DeleteDataIntent")
    heard = alexa.confirm(False)
    assert "haven't deleted anything" in heard.text
    assert record_of(store, alexa.caller) == before


def test_yes_deletes_the_record_and_the_reminders(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    with_reminders(alexa)
    assert len(alexa_api.reminders) == 2
    alexa.one_shot("DeleteDataIntent")
    heard = alexa.confirm(True)
    assert "Everything I kept about you is deleted, and so are your reminders" in heard.text
    assert heard.ended
    assert alexa_api.reminders == {}
    assert record_of(store, alexa.caller) is None
    assert "Shall we set up your no-contact period?" in alexa.launch().text  # a fresh start


class UndeletableStore(LocalStore):
    """A store whose records cannot be deleted (the table is unreachable for deletes)."""

    def remove(self, key: str) -> None:
        raise StoreError("unreachable")


def test_a_delete_that_fails_after_the_reminders_went_says_so_and_a_second_finishes(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock
) -> None:
    with_reminders(alexa)
    stuck = UndeletableStore(store.path)
    skill = build_skill(stuck, clock=clock, api_client=alexa_api, rng=random.Random(1))
    failing = Alexa(lambda e: handle_event(skill, e), caller=alexa.caller, now=clock.now)
    failing.one_shot("DeleteDataIntent")
    heard = failing.confirm(True)
    assert heard.text == (
        "I couldn't delete your saved progress just now, though your reminders are already "
        "cancelled. Please ask me to delete your data again in a moment."
    )
    assert alexa_api.reminders == {}
    assert record_of(store, alexa.caller) is not None
    alexa.one_shot("DeleteDataIntent")
    assert "Everything I kept about you is deleted" in alexa.confirm(True).text
    assert record_of(store, alexa.caller) is None


def test_plain_yes_answers_the_delete_question(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("DeleteDataIntent")
    assert "deleted" in alexa.intent("AMAZON.YesIntent").text
    assert record_of(store, alexa.caller) is None


def test_reminders_that_cannot_be_removed_are_named_and_the_record_still_goes(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    with_reminders(alexa)
    alexa_api.fail_reminders(503, "SERVICE_UNAVAILABLE")
    alexa.one_shot("DeleteDataIntent")
    heard = alexa.confirm(True)
    assert "couldn't remove your reminders" in heard.text
    assert "Alexa app" in heard.text
    assert record_of(store, alexa.caller) is None


def test_reminders_without_permission_are_left_to_the_app(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    with_reminders(alexa)
    alexa.caller = replace(alexa.caller, granted_scopes=())  # permission taken back since
    alexa.one_shot("DeleteDataIntent")
    assert "couldn't remove your reminders" in alexa.confirm(True).text
    assert alexa_api.reminder_calls("DELETE") == []
    assert record_of(store, alexa.caller) is None


def test_an_unreadable_record_can_still_be_deleted(
    alexa: Alexa, store: LocalStore, store_path: Path
) -> None:
    start_period(alexa)
    key = hash_owner("user", alexa.caller.user_id)
    with sqlite3.connect(store_path) as db:
        db.execute("UPDATE records SET body = ? WHERE id = ?", ("{not json", key))
    alexa.one_shot("DeleteDataIntent")
    assert "deleted" in alexa.confirm(True).text
    with sqlite3.connect(store_path) as db:
        assert db.execute("SELECT count(*) FROM records WHERE id = ?", (key,)).fetchone() == (0,)


def test_a_disabled_skill_deletes_the_accounts_record_silently(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa)
    heard = alexa.skill_event("AlexaSkillEvent.SkillDisabled")
    assert heard.ssml == ""
    assert record_of(store, alexa.caller) is None


# --- one record per person ---------------------------------------------------------------------


@pytest.fixture
def two_people(
    handler: Callable[..., Any], caller: Caller, clock: FakeClock
) -> tuple[Alexa, Alexa]:
    """Two recognised voices on one account and one Echo."""
    ana = replace(caller, person_id="amzn1.ask.person.ANA", granted_scopes=(REMINDERS_SCOPE,))
    ben = replace(caller, person_id="amzn1.ask.person.BEN", granted_scopes=(REMINDERS_SCOPE,))
    return Alexa(handler, caller=ana, now=clock.now), Alexa(handler, caller=ben, now=clock.now)


def test_two_people_on_one_echo_each_hear_only_their_own_progress(
    two_people: tuple[Alexa, Alexa], store: LocalStore
) -> None:
    ana, ben = two_people
    start_period(ana, last_contact="2026-11-20")
    ana.intent("AMAZON.NoIntent")
    ana.one_shot("UrgeIntent")
    assert "day 5 of 30" in ana.one_shot("DaysLeftIntent").text.lower()
    assert "haven't started a no-contact period" in ben.one_shot("DaysLeftIntent").text
    start_period(ben, last_contact="2026-11-24")
    ben.intent("AMAZON.NoIntent")
    assert "day 1 of 30" in ben.one_shot("DaysLeftIntent").text.lower()
    assert "day 5 of 30" in ana.one_shot("DaysLeftIntent").text.lower()
    assert store.read(hash_owner("user", ana.caller.user_id)) is None  # nothing per account
    ana_record, ben_record = record_of(store, ana.caller), record_of(store, ben.caller)
    assert ana_record is not None and ben_record is not None
    assert (ana_record["period"]["urges_resisted"], ben_record["period"]["urges_resisted"]) == (
        1,
        0,
    )


def test_one_persons_reminders_and_deletion_leave_the_other_alone(
    two_people: tuple[Alexa, Alexa], alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    ana, ben = two_people
    ana.one_shot("SetReminderIntent", {"time": "20:00"})
    assert "don't have any reminders" in ben.one_shot("ListRemindersIntent").text
    ben.one_shot("SetReminderIntent", {"time": "07:00"})
    assert "every day at 8 PM" in ana.one_shot("ListRemindersIntent").text
    ben.one_shot("DeleteDataIntent")
    ben.confirm(True)
    assert record_of(store, ben.caller) is None
    assert record_of(store, ana.caller) is not None
    assert [
        r["trigger"]["recurrence"]["recurrenceRules"][0] for r in alexa_api.reminders.values()
    ] == ["FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]


def test_a_disabled_skill_deletes_every_voices_record_too(
    two_people: tuple[Alexa, Alexa], alexa: Alexa, store: LocalStore
) -> None:
    ana, ben = two_people
    start_period(ana)
    start_period(ben)
    start_period(alexa)  # the account itself, a voice Alexa did not recognise
    index = store.read(index_key(ana.caller.user_id))
    assert index is not None
    assert index["voices"] == sorted(
        [hash_owner("person", "amzn1.ask.person.ANA"), hash_owner("person", "amzn1.ask.person.BEN")]
    )
    assert "amzn1" not in json.dumps(index)

    heard = alexa.skill_event("AlexaSkillEvent.SkillDisabled")  # names the account only
    assert heard.ssml == ""
    assert record_of(store, ana.caller) is None and record_of(store, ben.caller) is None
    assert record_of(store, alexa.caller) is None
    assert store.read(index_key(ana.caller.user_id)) is None


def test_a_voice_is_listed_once_then_again_only_after_a_month(
    two_people: tuple[Alexa, Alexa], store: LocalStore, clock: FakeClock
) -> None:
    ana, _ = two_people
    start_period(ana)
    listed = store.read(index_key(ana.caller.user_id))
    assert listed is not None
    ana.one_shot("UrgeIntent")
    again = store.read(index_key(ana.caller.user_id))
    assert again is not None and again["version"] == listed["version"]  # not written again
    clock.advance(days=31)
    ana.one_shot("UrgeIntent")
    later = store.read(index_key(ana.caller.user_id))
    assert later is not None and later["version"] == listed["version"] + 1


# --- expiry ------------------------------------------------------------------------------------


def test_a_record_left_alone_for_the_inactivity_period_is_gone(
    alexa: Alexa, clock: FakeClock
) -> None:
    start_period(alexa)
    clock.advance(days=179)
    assert "Welcome back" in alexa.launch().text  # reading does not renew a record
    clock.advance(days=2)
    assert "Shall we set up your no-contact period?" in alexa.launch().text


def test_every_change_renews_the_record(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa)
    clock.advance(days=170)
    alexa.one_shot("UrgeIntent")
    clock.advance(days=170)
    assert "Welcome back" in alexa.launch().text


def test_the_inactivity_period_is_configurable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caller: Caller
) -> None:
    monkeypatch.setenv("LETTING_GO_STORE", str(tmp_path / "short.sqlite3"))
    store = store_from_environment({"LETTING_GO_INACTIVITY_DAYS": "30"})
    skill = build_skill(store, api_client=FakeAlexaApi(), rng=random.Random(3))
    with time_machine.travel(START, tick=False) as traveller:
        alexa = Alexa(lambda e: handle_event(skill, e), caller=caller)
        start_period(alexa)
        traveller.shift(timedelta(days=29))
        assert "Welcome back" in alexa.launch().text
        traveller.shift(timedelta(days=2))
        assert "Shall we set up your no-contact period?" in alexa.launch().text
