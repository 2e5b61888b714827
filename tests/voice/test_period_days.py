"""Days left, slips, urges and ending: what a person hears, and what is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import FakeClock


def stored(store: LocalStore, alexa: Alexa) -> dict:
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    return record


def start(alexa: Alexa, last_contact: str = "2026-11-23", length: str = "P2Y") -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": last_contact})
    alexa.answer(length)
    alexa.confirm(True)


def test_days_left_without_a_period_offers_to_start(alexa: Alexa) -> None:
    heard = alexa.one_shot("DaysLeftIntent")
    assert "haven't started a no-contact period yet" in heard.text
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_days_left_counts_in_the_device_time_zone(alexa: Alexa, clock: FakeClock) -> None:
    start(alexa)  # last contact 2026-11-23, so 2026-11-24 is day 2
    # 07:30 UTC on the 25th is still the evening of the 24th in Los Angeles.
    clock.set(datetime(2026, 11, 25, 7, 30, tzinfo=UTC))
    heard = alexa.one_shot("DaysLeftIntent")
    assert "day 2 of 30" in heard.text.lower()
    assert "29 days" in heard.text
    clock.set(datetime(2026, 11, 25, 8, 30, tzinfo=UTC))  # past midnight in Los Angeles
    assert "day 3 of 30" in alexa.one_shot("DaysLeftIntent").text.lower()


def test_days_left_changes_with_the_phase(alexa: Alexa, clock: FakeClock) -> None:
    start(alexa, last_contact="2026-11-24")
    first = alexa.one_shot("DaysLeftIntent").text.lower()
    assert "day 1 of 30" in first
    clock.advance(days=14)
    middle = alexa.one_shot("DaysLeftIntent").text.lower()
    assert "day 15 of 30" in middle
    clock.advance(days=13)
    last = alexa.one_shot("DaysLeftIntent").text.lower()
    assert "3 days" in last and "day 28 of 30" in last
    assert "not a countdown" in last or "keep adding" in last
    clock.advance(days=5)
    done = alexa.one_shot("DaysLeftIntent").text.lower()
    assert "you've done it: 30 days without contact" in done
    assert "letting go of the future" in done
    assert len({first, middle, last, done}) == 4


def test_days_left_changes_nothing_stored(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    before = stored(store, alexa)
    alexa.one_shot("DaysLeftIntent")
    assert stored(store, alexa) == before


def test_one_day_is_said_in_the_singular(alexa: Alexa, clock: FakeClock) -> None:
    start(alexa, last_contact="2026-11-24", length="P1M")  # 14 days
    clock.advance(days=13)
    heard = alexa.one_shot("DaysLeftIntent")
    assert "1 day " in heard.text or "1 day." in heard.text
    assert "1 days" not in heard.text


def test_slip_is_confirmed_then_restarts_and_keeps_the_run(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    start(alexa, last_contact="2026-11-14")  # day 11 on the 24th
    heard = alexa.one_shot("SlipIntent")
    assert "Thanks for telling me" in heard.text
    assert "start your 30 days again from today" in heard.text
    assert heard.directives[0]["type"] == "Dialog.ConfirmIntent"
    heard = alexa.confirm(True)
    assert "Today is day 1 again, of 30" in heard.text
    assert "longest run, 10 days, still counts" in heard.text
    record = stored(store, alexa)
    assert record["period"]["start"] == "2026-11-24"
    assert record["period"]["slips"] == ["2026-11-24"]
    assert record["period"]["longest_run"] == 10


def test_slip_on_a_named_day_restarts_from_that_day(alexa: Alexa, store: LocalStore) -> None:
    start(alexa, last_contact="2026-11-14")
    heard = alexa.one_shot("SlipIntent", {"when": "2026-11-22"})
    assert "again from Sunday" in heard.text
    alexa.confirm(True)
    assert stored(store, alexa)["period"]["start"] == "2026-11-22"


def test_no_to_a_slip_keeps_the_old_period(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    before = stored(store, alexa)
    alexa.one_shot("SlipIntent")
    heard = alexa.confirm(False)
    assert "left your count as it was: day 2 of 30" in heard.text
    assert stored(store, alexa) == before


def test_slip_without_a_period_offers_to_start(alexa: Alexa) -> None:
    heard = alexa.one_shot("SlipIntent")
    assert "nothing to reset" in heard.text
    assert not heard.ended


def test_end_is_confirmed_and_keeps_history(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    alexa.one_shot("UrgeIntent")
    heard = alexa.one_shot("EndNoContactIntent")
    assert "end your no-contact period, on day 2 of 30" in heard.text
    heard = alexa.confirm(True)
    assert "it's ended" in heard.text
    record = stored(store, alexa)
    assert record["period"]["ended_on"] == "2026-11-24"
    assert record["period"]["urges_resisted"] == 1
    heard = alexa.one_shot("DaysLeftIntent")
    assert "last period ended on day 2" in heard.text
    assert "Would you like to start a new one" in alexa.launch().text


def test_no_to_ending_keeps_the_period(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    alexa.one_shot("EndNoContactIntent")
    heard = alexa.confirm(False)
    assert "carries on: day 2 of 30" in heard.text
    assert stored(store, alexa)["period"]["ended_on"] is None


def test_change_length_of_a_running_period(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    heard = alexa.one_shot("SetPeriodLengthIntent", {"targetDays": "45"})
    assert "now 45 days" in heard.text
    assert stored(store, alexa)["period"]["target_days"] == 45
    heard = alexa.one_shot("SetPeriodLengthIntent", {"targetDays": "3"})
    assert "from 7 to 180 days" in heard.text
    assert stored(store, alexa)["period"]["target_days"] == 45


def test_returning_user_hears_their_day(alexa: Alexa) -> None:
    start(alexa)
    heard = alexa.launch()
    assert "day 2 of 30" in heard.text.lower()
    assert not heard.ended
