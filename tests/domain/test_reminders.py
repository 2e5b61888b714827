"""Reminder rules: times from AMAZON.TIME, the next ring, the last day, and what is kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.domain.period import change_length, end_period, record_slip, start_period
from skill.domain.reminders import (
    ClockTime,
    DailyReminder,
    DropLastDay,
    LastDayReminder,
    MoveLastDay,
    Reminders,
    daily_rule,
    follow_period,
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


def test_last_day_moved_changes_only_the_date_of_that_reminder() -> None:
    moved = BOTH.last_day_moved("last-token", date(2026, 12, 30))
    assert moved == Reminders(BOTH.daily, LastDayReminder("last-token", date(2026, 12, 30)))


def test_last_day_moved_does_not_bring_back_a_reminder_dropped_since() -> None:
    assert BOTH.last_day_moved("another-token", date(2026, 12, 30)) == BOTH
    dropped = BOTH.without(["last-token"])
    assert dropped.last_day_moved("last-token", date(2026, 12, 30)) == dropped


# --- what the last-day reminder becomes when the period changes --------------------------------

PERIOD = start_period(date(2026, 11, 23), date(2026, 11, 24), 30)
KEPT = LastDayReminder("last-token", date(2026, 12, 22))
EVENING = datetime(2026, 11, 24, 18, 0)


def test_no_reminder_kept_needs_nothing() -> None:
    assert follow_period(None, record_slip(PERIOD, date(2026, 11, 24)), EVENING) is None
    assert follow_period(None, None, EVENING) is None


def test_a_reminder_already_on_the_last_day_needs_nothing() -> None:
    assert follow_period(KEPT, PERIOD, EVENING) is None
    # An old contact remembered late leaves the count, and so the last day, where it was.
    assert follow_period(KEPT, record_slip(PERIOD, date(2026, 11, 20)), EVENING) is None


def test_a_slip_moves_it_to_the_new_last_day_that_morning() -> None:
    slipped = record_slip(PERIOD, date(2026, 11, 24))
    assert follow_period(KEPT, slipped, EVENING) == MoveLastDay(
        "last-token", date(2026, 12, 23), datetime(2026, 12, 23, 9, 0)
    )


def test_a_new_length_moves_it_either_way() -> None:
    longer = follow_period(KEPT, change_length(PERIOD, 45), EVENING)
    shorter = follow_period(KEPT, change_length(PERIOD, 7), EVENING)
    assert isinstance(longer, MoveLastDay) and longer.on == date(2027, 1, 6)
    assert isinstance(shorter, MoveLastDay) and shorter.on == date(2026, 11, 29)


def test_an_ended_period_drops_it() -> None:
    ended = end_period(PERIOD, date(2026, 11, 24))
    assert follow_period(KEPT, ended, EVENING) == DropLastDay("last-token")
    assert follow_period(KEPT, None, EVENING) == DropLastDay("last-token")


def test_a_last_day_whose_morning_has_passed_drops_it() -> None:
    # Shortened to a length already reached: the period is complete, nothing is left to ring for.
    complete = change_length(start_period(date(2026, 11, 10), date(2026, 11, 24), 30), 7)
    assert follow_period(KEPT, complete, EVENING) == DropLastDay("last-token")
    # Shortened so that today is the last day, in the evening: its morning has passed.
    ends_today = change_length(start_period(date(2026, 11, 18), date(2026, 11, 24), 30), 7)
    assert follow_period(KEPT, ends_today, EVENING) == DropLastDay("last-token")


def test_a_new_period_over_the_old_one_moves_it() -> None:
    new = start_period(date(2026, 11, 27), date(2026, 11, 27), 14)
    moved = follow_period(KEPT, new, datetime(2026, 11, 27, 18, 0))
    assert moved == MoveLastDay("last-token", date(2026, 12, 10), datetime(2026, 12, 10, 9, 0))


@pytest.mark.parametrize(("hour", "minute"), [(23, 60), (8, 60), (-1, 0), (0, -1)])
def test_a_time_off_the_clock_is_refused(hour: int, minute: int) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        ClockTime(hour, minute)


def test_the_last_minute_of_the_day_is_a_time() -> None:
    assert str(ClockTime(23, 59)) == "23:59"


def test_the_next_occurrence_from_a_zoned_now_is_a_wall_clock_time() -> None:
    now = datetime(2026, 11, 24, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert next_occurrence(now, ClockTime(23, 45)) == datetime(2026, 11, 24, 23, 45)
    assert next_occurrence(now, ClockTime(23, 15)) == datetime(2026, 11, 25, 23, 15)


def test_the_last_day_reminder_at_nine_exactly_has_passed() -> None:
    p = start_period(date(2026, 11, 1), date(2026, 11, 1), 30)
    nine = datetime(2026, 11, 30, 9, 0)
    assert last_day_reminder_at(p, nine - timedelta(minutes=1)) == nine
    assert last_day_reminder_at(p, nine) is None


@pytest.mark.parametrize(
    ("value", "heard"),
    [("23:59", ClockTime(23, 59)), ("23:58", ClockTime(23, 58)), ("23:60", None), ("24:00", None)],
)
def test_the_last_minutes_of_the_day_are_heard(value: str, heard: ClockTime | None) -> None:
    assert parse_clock_time(value) == heard
