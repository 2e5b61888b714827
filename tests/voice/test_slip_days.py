"""The day of a slip, and of the last contact, as people name it: "now", no real day, a day to
come, and one before the count began."""

from __future__ import annotations

from datetime import date

import pytest

from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.voice.checkin_helpers import start_period, state_of

TODAY = date(2026, 11, 24)  # the fixtures' clock


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("2027-02-29", "didn't catch which day"),
        ("?", "didn't catch which day"),
        ("2099-01-01", "hasn't come yet"),
        ("2026-11-26", "hasn't come yet"),
    ],
)
def test_a_slip_day_that_is_no_day_or_still_to_come_is_asked_again(
    alexa: Alexa, store: LocalStore, said: str, heard: str
) -> None:
    start_period(alexa, last_contact="2026-11-14")
    answer = alexa.one_shot("SlipIntent", {"when": said})
    assert heard in answer.text
    assert answer.directives[0]["type"] == "Dialog.ElicitSlot"
    assert answer.directives[0]["slotToElicit"] == "when"
    state = state_of(store, alexa)
    assert state.period is not None and state.period.slips == ()

    answer = alexa.answer("2026-11-23")
    assert "start your 30 days again from yesterday?" in answer.text
    answer = alexa.confirm(True)
    state = state_of(store, alexa)
    assert state.period is not None and state.period.slips == (date(2026, 11, 23),)


def test_a_slip_now_is_today(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa, last_contact="2026-11-14")
    answer = alexa.one_shot("SlipIntent", {"when": "PRESENT_REF"})
    assert "from today?" in answer.text
    alexa.confirm(True)
    state = state_of(store, alexa)
    assert state.period is not None and state.period.slips == (TODAY,)


def test_a_slip_before_the_count_began_changes_nothing(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa, last_contact="2026-11-14")
    answer = alexa.one_shot("SlipIntent", {"when": "2026-11-10"})
    assert "before your count began" in answer.text
    state = state_of(store, alexa)
    assert state.period is not None and state.period.start == date(2026, 11, 14)
    assert state.period.slips == ()


def test_last_contact_right_now_is_today(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "PRESENT_REF", "targetDays": "30"})
    answer = alexa.confirm(True)
    assert "Today is day 1 of 30" in answer.text
    state = state_of(store, alexa)
    assert state.period is not None and state.period.start == TODAY
