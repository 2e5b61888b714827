"""The last-day reminder follows the period: a slip, a new length or a new start moves it, an end
deletes it, and no failure of the Reminders API loses what the person told the skill.

The fixtures' clock stands at 2026-11-24, 18:00 in Los Angeles. The period starts on 2026-11-23
for 30 days, so its last-day reminder rings on 2026-12-22 at 9 AM.
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
from skill.storage.store import Record, StateStore
from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa, Heard
from tests.alexa_api import FakeAlexaApi
from tests.conftest import FakeClock
from tests.voice.test_budget import SlowStore
from tests.voice.test_faults import BrokenStore
from tests.voice.test_reminders import LAST_DAY_TEXT, start_period, stored

NOT_MOVED = "couldn't move your last-day reminder just now, so it may still ring on December 22."
NOT_CANCELLED = (
    "couldn't cancel your last-day reminder just now, so it may still ring on December 22."
)


@pytest.fixture
def reminded(allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore) -> str:
    """A running period with its last-day reminder set; Alexa's token for that reminder."""
    start_period(allowed)
    allowed.intent("AMAZON.YesIntent")
    [token] = alexa_api.reminders
    assert stored(store, allowed)["last_day"] == {"token": token, "on": "2026-12-22"}
    alexa_api.calls.clear()
    return token


def period(store: LocalStore, alexa: Alexa) -> dict[str, Any]:
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    return dict(record["period"])


def slip(alexa: Alexa) -> Heard:
    alexa.one_shot("SlipIntent")
    return alexa.confirm(True)


def end(alexa: Alexa) -> Heard:
    alexa.one_shot("EndNoContactIntent")
    return alexa.confirm(True)


def rings_on(alexa_api: FakeAlexaApi, token: str) -> str:
    return str(alexa_api.reminders[token]["trigger"]["scheduledTime"])


# --- the reminder follows -----------------------------------------------------------------------


def test_a_slip_moves_the_reminder_to_the_new_last_day(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    heard = slip(allowed)
    assert "Today is day 1 again, of 30" in heard.text
    assert "reminder" not in heard.text  # it simply follows
    assert heard.ended
    [put] = alexa_api.reminder_calls("PUT")
    assert put.path.endswith(reminded)
    assert put.body is not None
    assert put.body["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": "2026-12-23T09:00:00",
        "timeZoneId": "America/Los_Angeles",
    }
    assert put.body["alertInfo"]["spokenInfo"]["content"][0]["text"] == LAST_DAY_TEXT
    assert rings_on(alexa_api, reminded) == "2026-12-23T09:00:00"
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-23"}


def test_a_slip_on_a_named_day_moves_it_to_that_count_s_last_day(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    allowed.one_shot("SlipIntent", {"when": "2026-11-24"})
    allowed.confirm(True)
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-23"}


def test_ending_the_period_deletes_the_reminder(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    heard = end(allowed)
    assert "it's ended" in heard.text
    assert "reminder" not in heard.text
    [delete] = alexa_api.reminder_calls("DELETE")
    assert delete.path.endswith(reminded)
    assert alexa_api.reminders == {}
    assert stored(store, allowed)["last_day"] is None


def test_a_new_length_moves_the_reminder(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    heard = allowed.one_shot("SetPeriodLengthIntent", {"targetDays": "45"})
    assert "now 45 days" in heard.text
    assert rings_on(alexa_api, reminded) == "2027-01-06T09:00:00"
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2027-01-06"}


def test_a_length_already_reached_deletes_the_reminder(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    clock.advance(days=10)  # day 12: seven days are behind the person already
    heard = allowed.one_shot("SetPeriodLengthIntent", {"targetDays": "7"})
    assert "now 7 days" in heard.text
    assert alexa_api.reminders == {}
    assert stored(store, allowed)["last_day"] is None


def test_a_new_period_over_the_old_one_takes_the_reminder_along(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    clock.advance(days=3)
    allowed.one_shot("StartNoContactIntent")
    allowed.intent("AMAZON.YesIntent")  # yes, a new period from scratch
    allowed.answer("2026-11-27")
    allowed.answer("P2M")  # together two months: 14 days
    heard = allowed.confirm(True)
    assert "Today is day 1 of 14" in heard.text
    assert "would you like a reminder" not in heard.text  # it has one already
    assert heard.ended
    [put] = alexa_api.reminder_calls("PUT")
    assert put.path.endswith(reminded)
    assert rings_on(alexa_api, reminded) == "2026-12-10T09:00:00"
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-10"}


def test_a_slip_on_the_period_s_first_day_leaves_the_reminder_alone(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    allowed.one_shot("SlipIntent", {"when": "2026-11-23"})  # the count starts that day anyway
    allowed.confirm(True)
    assert period(store, allowed)["slips"] == ["2026-11-23"]
    assert alexa_api.reminder_calls() == []
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


# --- nothing stored, nothing asked --------------------------------------------------------------


def test_without_a_last_day_reminder_no_change_calls_the_api(
    allowed: Alexa, alexa_api: FakeAlexaApi, clock: FakeClock
) -> None:
    start_period(allowed)
    allowed.intent("AMAZON.NoIntent")
    slip(allowed)
    allowed.one_shot("SetPeriodLengthIntent", {"targetDays": "45"})
    end(allowed)
    clock.advance(days=1)
    allowed.one_shot("StartNoContactIntent", {"lastContact": "2026-11-25", "targetDays": "30"})
    allowed.confirm(True)
    assert alexa_api.reminder_calls() == []


# --- faults: the change is kept, the answer is clear --------------------------------------------

FAULTS = [
    pytest.param(401, "UNAUTHORIZED", id="401"),
    pytest.param(429, "TOO_MANY_REQUESTS", id="429"),
    pytest.param(500, "INTERNAL_ERROR", id="500"),
    pytest.param(0, "TIMEOUT", id="timeout"),
]


@pytest.mark.parametrize(("status", "code"), FAULTS)
def test_a_slip_is_kept_when_the_reminder_cannot_be_moved(
    allowed: Alexa,
    alexa_api: FakeAlexaApi,
    store: LocalStore,
    reminded: str,
    status: int,
    code: str,
) -> None:
    alexa_api.fail_reminders(status, code)
    heard = slip(allowed)
    assert "Today is day 1 again, of 30" in heard.text
    assert heard.text.endswith(f"I {NOT_MOVED}")
    assert heard.ended
    assert period(store, allowed)["slips"] == ["2026-11-24"]
    assert len(alexa_api.reminder_calls("PUT")) == 1
    assert rings_on(alexa_api, reminded) == "2026-12-22T09:00:00"
    # The reminder still exists as it was, so the skill still knows it, as it is.
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


@pytest.mark.parametrize(("status", "code"), FAULTS)
def test_an_end_is_kept_when_the_reminder_cannot_be_deleted(
    allowed: Alexa,
    alexa_api: FakeAlexaApi,
    store: LocalStore,
    reminded: str,
    status: int,
    code: str,
) -> None:
    alexa_api.fail_reminders(status, code)
    heard = end(allowed)
    assert "it's ended" in heard.text
    assert heard.text.endswith(f"I {NOT_CANCELLED}")
    assert period(store, allowed)["ended_on"] == "2026-11-24"
    assert list(alexa_api.reminders) == [reminded]
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


def test_a_new_length_is_kept_when_the_reminder_cannot_be_moved(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    alexa_api.fail_reminders(503, "SERVICE_UNAVAILABLE", method="PUT")
    heard = allowed.one_shot("SetPeriodLengthIntent", {"targetDays": "45"})
    assert "now 45 days" in heard.text
    assert NOT_MOVED in heard.text
    assert period(store, allowed)["target_days"] == 45
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


def test_a_new_period_that_cannot_take_the_reminder_along_says_so_and_offers_nothing(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    clock.advance(days=1)
    alexa_api.fail_reminders(429, "TOO_MANY_REQUESTS")
    allowed.one_shot("StartNoContactIntent")
    allowed.intent("AMAZON.YesIntent")
    allowed.answer("2026-11-25")
    allowed.answer("P1Y")
    heard = allowed.confirm(True)
    assert "Today is day 1 of 30" in heard.text
    assert heard.text.endswith(f"I {NOT_MOVED}")
    assert heard.ended
    assert period(store, allowed)["start"] == "2026-11-25"
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


def test_a_reminder_alexa_says_is_gone_is_forgotten_without_a_word(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    del alexa_api.reminders[reminded]  # deleted in the Alexa app: the update answers 404
    heard = slip(allowed)
    assert "Today is day 1 again, of 30" in heard.text
    assert "reminder" not in heard.text
    assert len(alexa_api.reminder_calls("PUT")) == 1
    assert alexa_api.reminder_calls("POST") == []  # it is not made again behind their back
    assert alexa_api.reminders == {}
    assert stored(store, allowed)["last_day"] is None
    assert period(store, allowed)["slips"] == ["2026-11-24"]


def test_ending_with_the_reminder_already_gone_forgets_it(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    alexa_api.fail_reminders(404, "NOT_FOUND", method="DELETE")
    heard = end(allowed)
    assert "reminder" not in heard.text
    assert stored(store, allowed)["last_day"] is None


def test_permission_taken_back_is_not_asked_for_in_a_slip(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, reminded: str
) -> None:
    allowed.caller = replace(allowed.caller, granted_scopes=())
    heard = slip(allowed)
    assert heard.directive_types == []
    assert heard.text.endswith(f"I {NOT_MOVED}")
    assert alexa_api.reminder_calls() == []  # Alexa would only refuse it
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


def test_a_request_that_cannot_reach_alexa_s_apis_keeps_the_slip(
    allowed: Alexa,
    handler: Callable[..., Any],
    alexa_api: FakeAlexaApi,
    store: LocalStore,
    clock: FakeClock,
    reminded: str,
) -> None:
    caller = Caller(user_id=allowed.caller.user_id, granted_scopes=(REMINDERS_SCOPE,))
    bare = Alexa(handler, caller=caller, now=clock.now)  # no API endpoint, no token
    heard = slip(bare)
    assert heard.text.endswith(f"I {NOT_MOVED}")
    assert period(store, allowed)["slips"] == ["2026-11-24"]
    assert alexa_api.reminder_calls() == []


class AlexaFailsTooStore(BrokenStore):
    """A store that cannot write, and after its first failure Alexa's Reminders API fails too."""

    def __init__(self, inner: StateStore, alexa_api: FakeAlexaApi) -> None:
        super().__init__(inner)
        self.alexa_api = alexa_api

    def write(self, key: str, body: Record, expected_version: int) -> int:
        self.alexa_api.fail_reminders(503, "SERVICE_UNAVAILABLE")
        return super().write(key, body, expected_version)


def _over(store: StateStore, alexa_api: FakeAlexaApi, clock: FakeClock, caller: Caller) -> Alexa:
    skill = build_skill(store, clock=clock, api_client=alexa_api, rng=random.Random(1))
    return Alexa(lambda e: handle_event(skill, e), caller=caller, now=clock.now)


@pytest.mark.parametrize("change", [slip, end])
def test_a_change_that_moves_the_reminder_writes_the_record_once(
    allowed: Alexa,
    alexa_api: FakeAlexaApi,
    store: LocalStore,
    clock: FakeClock,
    reminded: str,
    change: Callable[[Alexa], Heard],
) -> None:
    counting = SlowStore(store, read_seconds=0, call_seconds=0.1)  # counts writes
    alexa = _over(counting, alexa_api, clock, allowed.caller)
    alexa.one_shot("SlipIntent" if change is slip else "EndNoContactIntent")
    assert counting.writes == 0  # asking to confirm changes nothing
    alexa.confirm(True)
    assert counting.writes == 1
    kept = stored(store, allowed)["last_day"]
    assert kept == ({"token": reminded, "on": "2026-12-23"} if change is slip else None)


def test_a_slip_that_cannot_be_saved_moves_the_reminder_back(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    broken = _over(BrokenStore(store), alexa_api, clock, allowed.caller)
    heard = slip(broken)
    assert "couldn't reach your saved progress" in heard.text
    assert "nothing has changed" in heard.text
    there, back = alexa_api.reminder_calls("PUT")
    assert there.body is not None and back.body is not None
    assert there.body["trigger"]["scheduledTime"] == "2026-12-23T09:00:00"
    assert rings_on(alexa_api, reminded) == "2026-12-22T09:00:00"
    assert period(store, allowed)["slips"] == []
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-22"}


def test_a_slip_whose_reminder_cannot_be_moved_back_says_where_it_rings_now(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    broken = _over(AlexaFailsTooStore(store, alexa_api), alexa_api, clock, allowed.caller)
    heard = slip(broken)
    assert heard.text == (
        "I couldn't save that just now, so your period is as it was, though your last-day "
        "reminder has already moved to the new last day. Please say it again in a moment."
    )
    assert heard.ended
    assert rings_on(alexa_api, reminded) == "2026-12-23T09:00:00"
    # Said again once the store is back, the slip is saved and the reminder stays where it is.
    alexa_api.reminder_faults.clear()
    slip(allowed)
    assert period(store, allowed)["slips"] == ["2026-11-24"]
    assert stored(store, allowed)["last_day"] == {"token": reminded, "on": "2026-12-23"}
    assert rings_on(alexa_api, reminded) == "2026-12-23T09:00:00"


def test_an_end_that_cannot_be_saved_says_the_reminder_is_already_cancelled(
    allowed: Alexa, alexa_api: FakeAlexaApi, store: LocalStore, clock: FakeClock, reminded: str
) -> None:
    broken = _over(BrokenStore(store), alexa_api, clock, allowed.caller)
    heard = end(broken)
    assert heard.text == (
        "I couldn't save that just now, so your period is as it was, though your last-day "
        "reminder is already cancelled. Please say it again in a moment."
    )
    assert alexa_api.reminders == {}
    assert period(store, allowed).get("ended_on") is None
    # Said again, the end is saved and the token of the reminder Alexa no longer has is let go.
    heard = end(allowed)
    assert "it's ended" in heard.text
    assert "reminder" not in heard.text
    assert period(store, allowed)["ended_on"] == "2026-11-24"
    assert stored(store, allowed)["last_day"] is None
