"""Reminders by voice: what a person hears, what Alexa's Reminders API is asked, what is kept.

The Reminders API is the fake in tests/alexa_api.py: it answers as the documented API does and
records every call, so each test can check both the speech and the reminders that really exist.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.voice.handlers.reminders import Action, ReminderTask
from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa
from tests.alexa_api import LIMIT_CODE, FakeAlexaApi
from tests.conftest import FakeClock
from tests.voice.test_faults import BrokenStore

# The fixtures' clock stands at 2026-11-24, 18:00 in Los Angeles (the device's zone).
DAILY_TEXT = "Time for your Letting Go check-in."
LAST_DAY_TEXT = (
    "Today is the last day of your Letting Go period. Open Letting Go when you have a moment."
)


def stored(store: LocalStore, alexa: Alexa) -> dict[str, Any]:
    record = store.read(hash_owner("user", alexa.caller.user_id))
    return (record or {}).get("reminders") or {"daily": None, "last_day": None}


def remind_at(alexa: Alexa, time: str = "20:00") -> Any:
    return alexa.one_shot("SetReminderIntent", {"time": time})


def start_period(alexa: Alexa) -> Any:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-23", "targetDays": "30"})
    return alexa.confirm(True)


# --- the permission, asked by voice ------------------------------------------------------------


def test_reminder_without_permission_hands_alexa_the_voice_prompt(
    alexa: Alexa, alexa_api: FakeAlexaApi
) -> None:
    heard = remind_at(alexa)
    assert heard.directive_types == ["Connections.SendRequest"]
    directive = heard.directives[0]
    assert directive["name"] == "AskFor"
    assert directive["payload"] == {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "1",
        "permissionScope": "alexa::alerts:reminders:skill:readwrite",
    }
    assert heard.ssml == ""  # Alexa speaks the permission prompt itself
    assert alexa_api.reminder_calls() == []


def test_yes_to_the_permission_creates_a_daily_reminder_in_the_device_zone(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    remind_at(alexa)
    heard = alexa.permission_answer("ACCEPTED")
    assert "I'll remind you to check in every day at 8 PM" in heard.text
    assert heard.ended
    [call] = alexa_api.reminder_calls("POST")
    assert call.authorization == "Bearer token-for-tests"
    assert call.body is not None
    trigger = call.body["trigger"]
    assert trigger["type"] == "SCHEDULED_ABSOLUTE"
    assert trigger["timeZoneId"] == "America/Los_Angeles"
    assert trigger["recurrence"]["startDateTime"] == "2026-11-24T20:00:00"
    assert trigger["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"
    ]
    assert call.body["alertInfo"]["spokenInfo"]["content"] == [
        {"locale": "en-US", "text": DAILY_TEXT}
    ]
    [token] = alexa_api.reminders
    assert stored(store, alexa)["daily"] == {"token": token, "at": "20:00"}


@pytest.mark.parametrize(
    ("answer", "said"),
    [("DENIED", "won't set a reminder"), ("NOT_ANSWERED", "didn't hear an answer")],
)
def test_no_answer_or_a_no_is_explained_kindly_with_a_card(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, answer: str, said: str
) -> None:
    remind_at(alexa)
    heard = alexa.permission_answer(answer)
    assert said in heard.text
    assert "Alexa app" in heard.text
    assert heard.card == {
        "type": "AskForPermissionsConsent",
        "permissions": ["alexa::alerts:reminders:skill:readwrite"],
    }
    assert alexa_api.reminders == {}
    assert stored(store, alexa)["daily"] is None


def test_a_device_that_cannot_ask_by_voice_gets_the_card(
    alexa: Alexa, alexa_api: FakeAlexaApi
) -> None:
    remind_at(alexa)
    heard = alexa.permission_answer("", code="400")
    assert "can't ask for that permission by voice" in heard.text
    assert heard.card is not None and heard.card["type"] == "AskForPermissionsConsent"
    assert alexa_api.reminders == {}


@pytest.mark.parametrize(
    "task",
    [
        ReminderTask(Action.DAILY, "20:00"),
        ReminderTask(Action.LAST_DAY, "2026-12-22"),
        ReminderTask(Action.LIST),
        ReminderTask(Action.CANCEL),
    ],
)
def test_a_task_survives_the_trip_through_the_permission_prompt(task: ReminderTask) -> None:
    assert ReminderTask.from_token(task.token()) == task


@pytest.mark.parametrize(
    "token",
    [
        None,
        "",
        "another-skill/daily/20:00",
        "letting-go/reminders/weekly/20:00",
        "letting-go/reminders/daily/8 pm",
        "letting-go/reminders/last-day/soon",
    ],
)
def test_a_token_this_skill_did_not_make_carries_no_task(token: str | None) -> None:
    assert ReminderTask.from_token(token) is None


def test_a_yes_without_a_readable_task_asks_for_the_time(alexa: Alexa) -> None:
    heard = remind_at(alexa)
    heard.directives[0]["token"] = ""  # as if Alexa lost it
    heard = alexa.permission_answer("ACCEPTED")
    assert "What time each day" in heard.text
    assert heard.directives[0]["slotToElicit"] == "time"


def test_permission_taken_back_since_is_asked_for_again(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    alexa_api.fail_reminders(401, "UNAUTHORIZED")
    heard = remind_at(allowed)
    assert heard.directive_types == ["Connections.SendRequest"]
    assert stored(store, allowed)["daily"] is None


def test_a_yes_that_alexa_still_refuses_is_not_asked_again(
    alexa: Alexa, alexa_api: FakeAlexaApi
) -> None:
    remind_at(alexa)
    alexa_api.fail_reminders(401, "UNAUTHORIZED")
    heard = alexa.permission_answer("ACCEPTED")
    assert "still don't have permission" in heard.text
    assert heard.directive_types == []
    assert heard.card is not None


def test_permission_changed_in_the_app_is_acknowledged_silently_and_keeps_tokens(
    allowed: Alexa, store: LocalStore
) -> None:
    remind_at(allowed)
    before = stored(store, allowed)
    heard = allowed.skill_event(
        "AlexaSkillEvent.SkillPermissionChanged", {"acceptedPermissions": []}
    )
    assert heard.ssml == ""
    assert stored(store, allowed) == before  # they may still ring, and can be cancelled later


# --- create, change, list, cancel ---------------------------------------------------------------


def test_changing_the_time_moves_the_same_reminder(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    remind_at(allowed)
    heard = remind_at(allowed, "21:30")
    assert "now at 9:30 PM" in heard.text
    [token] = alexa_api.reminders
    [put] = alexa_api.reminder_calls("PUT")
    assert put.path.endswith(token)
    assert put.body is not None
    assert put.body["trigger"]["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0;INTERVAL=1;"
    ]
    assert stored(store, allowed)["daily"] == {"token": token, "at": "21:30"}


def test_changing_a_reminder_deleted_in_the_app_makes_a_new_one(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    remind_at(allowed)
    alexa_api.reminders.clear()  # the person deleted it in the Alexa app
    remind_at(allowed, "07:00")
    [token] = alexa_api.reminders
    assert stored(store, allowed)["daily"] == {"token": token, "at": "07:00"}


def test_listing_says_what_really_exists_and_forgets_the_rest(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")  # the last-day reminder
    remind_at(allowed)
    both = allowed.one_shot("ListRemindersIntent").text
    assert "every day at 8 PM" in both and "last day of your period, December 22" in both
    daily = stored(store, allowed)["daily"]["token"]
    del alexa_api.reminders[daily]  # deleted in the Alexa app
    heard = allowed.one_shot("ListRemindersIntent")
    assert "every day" not in heard.text
    assert "last day of your period, December 22" in heard.text
    assert stored(store, allowed)["daily"] is None


def test_a_last_day_reminder_that_has_rung_is_no_longer_listed(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    alexa_api.complete(stored(store, allowed)["last_day"]["token"])
    assert "don't have any reminders" in allowed.one_shot("ListRemindersIntent").text
    assert stored(store, allowed)["last_day"] is None


def test_cancel_deletes_every_reminder_and_forgets_them(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    remind_at(allowed)
    assert len(alexa_api.reminders) == 2
    heard = allowed.one_shot("CancelRemindersIntent")
    assert "cancelled your reminders" in heard.text
    assert alexa_api.reminders == {}
    assert stored(store, allowed) == {"daily": None, "last_day": None}


def test_cancel_that_half_fails_keeps_the_one_still_there(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    remind_at(allowed)
    daily = stored(store, allowed)["daily"]["token"]
    alexa_api.token_faults[daily] = (503, "SERVICE_UNAVAILABLE")
    heard = allowed.one_shot("CancelRemindersIntent")
    assert "cancelled one of your reminders" in heard.text
    assert list(alexa_api.reminders) == [daily]
    assert stored(store, allowed) == {"daily": {"token": daily, "at": "20:00"}, "last_day": None}


def test_a_cancel_that_cannot_be_saved_says_the_reminders_are_gone_and_a_second_sets_it_straight(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    remind_at(allowed)
    skill = build_skill(BrokenStore(store), clock=clock, api_client=alexa_api, rng=random.Random(1))
    broken = Alexa(lambda e: handle_event(skill, e), caller=allowed.caller, now=clock.now)
    heard = broken.one_shot("CancelRemindersIntent")
    assert heard.text.startswith("Your reminders are cancelled, though I couldn't save that")
    assert alexa_api.reminders == {}
    assert stored(store, allowed)["daily"] is not None  # the record could not follow yet
    assert "cancelled your reminders" in allowed.one_shot("CancelRemindersIntent").text
    assert stored(store, allowed) == {"daily": None, "last_day": None}


def test_nothing_to_list_or_cancel_needs_no_permission_and_no_call(
    alexa: Alexa, alexa_api: FakeAlexaApi
) -> None:
    assert "don't have any reminders" in alexa.one_shot("ListRemindersIntent").text
    assert "no reminders from me to cancel" in alexa.one_shot("CancelRemindersIntent").text
    assert alexa_api.reminder_calls() == []


def test_listing_without_permission_asks_first_then_lists(
    allowed: Alexa, alexa_api: FakeAlexaApi
) -> None:
    remind_at(allowed)
    allowed.caller = replace(allowed.caller, granted_scopes=())
    assert allowed.one_shot("ListRemindersIntent").directive_types == ["Connections.SendRequest"]
    assert "every day at 8 PM" in allowed.permission_answer("ACCEPTED").text


def test_reminder_texts_are_generic(allowed: Alexa, alexa_api: FakeAlexaApi) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    remind_at(allowed)
    assert sorted(alexa_api.texts()) == sorted([DAILY_TEXT, LAST_DAY_TEXT])
    words = " ".join(alexa_api.texts()).lower().replace(".", "").split()
    assert not {"ex", "them", "him", "her", "contact", "breakup"} & set(words)


# --- the last day ------------------------------------------------------------------------------


def test_starting_a_period_offers_a_reminder_on_its_last_day(
    alexa: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    heard = start_period(alexa)
    assert "would you like a reminder on your last day, December 22?" in heard.text
    assert heard.directive_types == []
    assert alexa.intent("AMAZON.YesIntent").directive_types == ["Connections.SendRequest"]
    heard = alexa.permission_answer("ACCEPTED")
    assert "I'll remind you on December 22, your last day, at 9 AM" in heard.text
    [call] = alexa_api.reminder_calls("POST")
    assert call.body is not None
    assert call.body["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": "2026-12-22T09:00:00",
        "timeZoneId": "America/Los_Angeles",
    }
    [token] = alexa_api.reminders
    assert stored(store, alexa)["last_day"] == {"token": token, "on": "2026-12-22"}


def test_no_to_the_last_day_offer_sets_nothing(alexa: Alexa, alexa_api: FakeAlexaApi) -> None:
    start_period(alexa)
    heard = alexa.intent("AMAZON.NoIntent")
    assert "no reminder" in heard.text.lower()
    assert heard.ended
    assert alexa_api.reminder_calls() == []


def test_no_offer_where_reminders_cannot_be_reached(
    handler: Callable[..., Any], clock: FakeClock
) -> None:
    bare = Alexa(handler, now=clock.now)  # no API endpoint, no token
    heard = start_period(bare)
    assert "last day" not in heard.text
    assert heard.ended


def test_no_offer_when_the_last_day_is_today(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-17", "targetDays": "8"})
    heard = alexa.confirm(True)
    assert "day 8 of 8" in heard.text.lower()
    assert "last day" not in heard.text


# --- what the person says that is not a time ---------------------------------------------------


def test_no_time_asks_for_one(alexa: Alexa) -> None:
    heard = alexa.one_shot("SetReminderIntent")
    assert "What time each day" in heard.text
    assert heard.directives[0]["type"] == "Dialog.ElicitSlot"
    assert heard.directives[0]["slotToElicit"] == "time"
    assert alexa.answer("19:30").directive_types == ["Connections.SendRequest"]


@pytest.mark.parametrize("said", ["EV", "?", "tomorrow", "25:00"])
def test_a_time_that_is_not_a_time_is_asked_again(
    allowed: Alexa, alexa_api: FakeAlexaApi, said: str
) -> None:
    heard = remind_at(allowed, said)
    assert "a time on the clock" in heard.text
    assert heard.directives[0]["slotToElicit"] == "time"
    assert "value" not in heard.directives[0]["updatedIntent"]["slots"]["time"]
    assert alexa_api.reminder_calls() == []
    assert "every day at 8 PM" in allowed.answer("20:00").text


# --- faults ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "said"),
    [
        (429, "TOO_MANY_REQUESTS", "busy at the moment"),
        (500, "INTERNAL_ERROR", "couldn't reach Alexa's reminders"),
        (503, "SERVICE_UNAVAILABLE", "couldn't reach Alexa's reminders"),
        (504, "GATEWAY_TIMEOUT", "couldn't reach Alexa's reminders"),
        (0, "TIMEOUT", "couldn't reach Alexa's reminders"),
        (403, LIMIT_CODE, "no room for another reminder"),
        (403, "DEVICE_NOT_SUPPORTED", "won't let me manage reminders"),
        (400, "INVALID_TRIGGER", "didn't accept that"),
    ],
)
def test_a_failing_reminders_api_is_answered_clearly_and_nothing_is_kept(
    allowed: Alexa,
    alexa_api: FakeAlexaApi,
    store: LocalStore,
    status: int,
    code: str,
    said: str,
) -> None:
    alexa_api.fail_reminders(status, code)
    heard = remind_at(allowed)
    assert said in heard.text
    assert heard.ended
    assert alexa_api.reminders == {}
    assert stored(store, allowed)["daily"] is None


def test_a_full_account_is_told_where_to_make_room(allowed: Alexa, alexa_api: FakeAlexaApi) -> None:
    alexa_api.max_reminders = 0
    heard = remind_at(allowed)
    assert "no room for another reminder" in heard.text
    assert "Alexa app" in heard.text


def test_a_failed_change_keeps_the_reminder_as_it_was(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore
) -> None:
    remind_at(allowed)
    before = stored(store, allowed)
    alexa_api.fail_reminders(500, "INTERNAL_ERROR", method="PUT")
    assert "couldn't reach" in remind_at(allowed, "09:00").text
    assert stored(store, allowed) == before
    assert len(alexa_api.reminders) == 1


def test_a_device_with_no_time_zone_is_told_how_to_set_one(
    allowed: Alexa, alexa_api: FakeAlexaApi
) -> None:
    alexa_api.time_zone = None
    heard = remind_at(allowed)
    assert "don't know which time zone your device is in" in heard.text
    assert alexa_api.reminder_calls() == []


def test_a_zone_seen_before_serves_when_the_device_gives_none(
    allowed: Alexa, alexa_api: FakeAlexaApi
) -> None:
    start_period(allowed)  # keeps America/Los_Angeles
    allowed.intent("AMAZON.NoIntent")
    alexa_api.time_zone = None
    assert "every day at 8 PM" in remind_at(allowed).text
    [call] = alexa_api.reminder_calls("POST")
    assert call.body is not None and call.body["trigger"]["timeZoneId"] == "America/Los_Angeles"


def test_without_an_api_endpoint_reminders_are_said_to_be_out_of_reach(
    handler: Callable[..., Any], clock: FakeClock
) -> None:
    bare = Alexa(handler, caller=Caller(granted_scopes=(REMINDERS_SCOPE,)), now=clock.now)
    heard = bare.one_shot("SetReminderIntent", {"time": "20:00"})
    assert "can't reach Alexa's reminders from here" in heard.text


def test_a_reminder_whose_record_cannot_be_saved_is_withdrawn(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock
) -> None:
    skill = build_skill(BrokenStore(store), clock=clock, api_client=alexa_api, rng=random.Random(1))
    broken = Alexa(lambda e: handle_event(skill, e), caller=allowed.caller, now=clock.now)
    heard = remind_at(broken)
    assert "couldn't reach your saved progress" in heard.text
    assert len(alexa_api.reminder_calls("POST")) == 1
    assert alexa_api.reminders == {}  # created, then deleted again: nothing rings unknown
