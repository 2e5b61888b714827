"""Reminder rules: times from AMAZON.TIME, the next ring, the last day, and what is kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.domain.period import start_period
from skill.domain.reminders import (
    ClockTime,
    DailyReminder,
    LastDayReminder,
    Reminders,
    daily_rule,
    is_part_of_day,
    last_day,
    last_day_reminder_at,
    next_occurrence,
    parse_clock_time,
)

BOTH = Reminders(
    daily=DailyReminder("daily-token", ClockTime(20)),
    last_day=LastDayReminder("last-token", date(2026, 12, 22)),
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("20:00", ClockTime(20, 0)), ("07:30", ClockTime(7, 30)), ("0:05", ClockTime(0, 5))],
)
def test_clock_times_are_read_from_amazon_time(value: str, expected: ClockTime) -> None:
    assert parse_clock_time(value) == expected


@pytest.mark.parametrize("value", [None, "", "?", "EV", "MO", "24:00", "12:60", "8 pm", "T20"])
def test_what_is_not_a_clock_time_reads_as_none(value: str | None) -> None:
    assert parse_clock_time(value) is None


def test_parts_of_the_day_are_told_apart_from_times() -> None:
    assert all(is_part_of_day(v) for v in ("MO", "AF", "EV", "NI"))
    assert not is_part_of_day("20:00")


def test_a_clock_time_out_of_range_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        ClockTime(24, 0)


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_time_text_reads_back(hour: int, minute: int) -> None:
    assert parse_clock_time(str(ClockTime(hour, minute))) == ClockTime(hour, minute)


def test_next_occurrence_is_today_when_the_time_is_still_ahead() -> None:
    assert next_occurrence(datetime(2026, 11, 24, 18, 0), ClockTime(20)) == datetime(
        2026, 11, 24, 20, 0
    )


def test_next_occurrence_is_tomorrow_when_the_time_has_passed_or_is_now() -> None:
    assert next_occurrence(datetime(2026, 11, 24, 20, 0), ClockTime(20)) == datetime(
        2026, 11, 25, 20, 0
    )
    assert next_occurrence(datetime(2026, 12, 31, 23, 0), ClockTime(7, 30)) == datetime(
        2027, 1, 1, 7, 30
    )


def test_daily_rule_rings_every_day_at_the_time() -> None:
    rule = "FREQ=DAILY;BYHOUR=20;BYMINUTE=30;BYSECOND=0;INTERVAL=1;"
    assert daily_rule(ClockTime(20, 30)) == rule


def test_last_day_is_the_day_numbered_as_the_target() -> None:
    period = start_period(date(2026, 11, 23), date(2026, 11, 24), 30)
    assert last_day(period) == date(2026, 12, 22)
    assert period.day_number(last_day(period)) == 30


def test_last_day_reminder_is_that_morning_unless_it_has_passed() -> None:
    period = start_period(date(2026, 11, 23), date(2026, 11, 24), 30)
    assert last_day_reminder_at(period, datetime(2026, 11, 24, 18)) == datetime(2026, 12, 22, 9)
    assert last_day_reminder_at(period, datetime(2026, 12, 22, 10)) is None


def test_tokens_lists_every_kept_reminder() -> None:
    assert BOTH.tokens == ("daily-token", "last-token")
    assert Reminders().tokens == ()


def test_keep_only_drops_what_alexa_no_longer_has() -> None:
    assert BOTH.keep_only({"last-token", "someone-elses"}) == Reminders(last_day=BOTH.last_day)
    assert BOTH.keep_only(set()) == Reminders()
    assert BOTH.keep_only({"daily-token", "last-token"}) == BOTH


def test_without_drops_the_named_tokens() -> None:
    assert BOTH.without(["daily-token"]) == Reminders(last_day=BOTH.last_day)
