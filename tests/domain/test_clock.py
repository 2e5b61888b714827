"""The clock and the person's local date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from skill.domain.clock import (
    SystemClock,
    day_in_the_past,
    is_known_zone,
    local_date,
    local_now,
    zone_or_none,
)

LATE_EVENING_IN_LA = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)

# Names that are not zones: empty, unknown, malformed, a directory of the zone database, a
# data file of the zone database, a path escaping it.
NOT_ZONES = [
    "",
    "Not/AZone",
    "utc+5",
    " UTC",
    "America",
    "US",
    "America/",
    "Europe/../UTC",
    "/etc/localtime",
    "zone.tab",
    "a\x00b",
]


def test_local_now_is_the_wall_clock_in_los_angeles_before_midnight() -> None:
    seen = local_now(LATE_EVENING_IN_LA, "America/Los_Angeles")
    assert seen.replace(tzinfo=None) == datetime(2026, 11, 23, 19, 0)
    assert seen.utcoffset() == timedelta(hours=-8)
    assert seen == LATE_EVENING_IN_LA


def test_local_date_is_still_yesterday_in_los_angeles() -> None:
    assert local_date(LATE_EVENING_IN_LA, "America/Los_Angeles") == date(2026, 11, 23)


def test_local_date_is_already_today_in_kolkata() -> None:
    seen = local_now(LATE_EVENING_IN_LA, "Asia/Kolkata")
    assert seen.replace(tzinfo=None) == datetime(2026, 11, 24, 8, 30)
    assert local_date(LATE_EVENING_IN_LA, "Asia/Kolkata") == date(2026, 11, 24)


def test_local_date_in_summer_uses_daylight_time() -> None:
    # 06:30Z in July is 23:30 PDT (UTC-7) the day before, but would be 22:30 in standard time.
    instant = datetime(2026, 7, 1, 6, 30, tzinfo=UTC)
    assert local_now(instant, "America/Los_Angeles").hour == 23
    assert local_date(instant, "America/Los_Angeles") == date(2026, 6, 30)


def test_local_date_spans_two_days_between_kiritimati_and_pago_pago() -> None:
    # UTC+14 and UTC-11 are 25 hours apart: for one hour a day they are two dates apart.
    instant = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    assert local_date(instant, "Pacific/Kiritimati") == date(2026, 11, 25)
    assert local_date(instant, "Pacific/Pago_Pago") == date(2026, 11, 23)


def test_local_date_converts_an_instant_given_in_another_offset() -> None:
    instant = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 00:00Z
    assert local_date(instant, "UTC") == date(2026, 11, 24)
    assert local_date(instant, "America/New_York") == date(2026, 11, 23)


@pytest.mark.parametrize("name", [None, *NOT_ZONES])
def test_local_now_falls_back_to_utc_when_zone_unknown(name: str | None) -> None:
    seen = local_now(LATE_EVENING_IN_LA, name)
    assert seen.utcoffset() == timedelta(0)
    assert seen.replace(tzinfo=None) == datetime(2026, 11, 24, 3, 0)
    assert local_date(LATE_EVENING_IN_LA, name) == date(2026, 11, 24)


KNOWN_ZONES = ["America/Los_Angeles", "Asia/Kolkata", "UTC", "Pacific/Kiritimati"]


@pytest.mark.parametrize("name", KNOWN_ZONES)
def test_zone_or_none_returns_the_zone_when_known(name: str) -> None:
    zone = zone_or_none(name)
    assert zone is not None
    assert zone.key == name
    assert is_known_zone(name) is True


@pytest.mark.parametrize("name", [None, *NOT_ZONES])
def test_zone_or_none_returns_none_when_unknown(name: str | None) -> None:
    assert zone_or_none(name) is None
    assert is_known_zone(name) is False


@time_machine.travel(LATE_EVENING_IN_LA, tick=False)
def test_system_clock_returns_aware_utc_now() -> None:
    now = SystemClock().now()
    assert now == LATE_EVENING_IN_LA
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)


@time_machine.travel(datetime(2026, 3, 8, 9, 59, tzinfo=UTC), tick=False)
def test_system_clock_feeds_local_date_before_a_dst_change() -> None:
    # 01:59 PST on the day clocks spring forward in Los Angeles.
    now = SystemClock().now()
    assert local_now(now, "America/Los_Angeles").replace(tzinfo=None) == datetime(2026, 3, 8, 1, 59)
    assert local_date(now, "America/Los_Angeles") == date(2026, 3, 8)


def test_system_clock_moves_with_time() -> None:
    with time_machine.travel(LATE_EVENING_IN_LA, tick=False) as traveller:
        clock = SystemClock()
        first = clock.now()
        traveller.shift(timedelta(hours=5))
        assert clock.now() - first == timedelta(hours=5)
        assert local_date(clock.now(), "America/Los_Angeles") == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("day", "today", "heard"),
    [
        (date(2027, 1, 1), date(2026, 12, 1), date(2027, 1, 1)),  # 31 days on: still to come
        (date(2027, 1, 2), date(2026, 12, 1), date(2026, 1, 2)),  # 32 days on: last year's
        (date(2028, 3, 1), date(2027, 3, 1), date(2027, 3, 1)),  # 366 days on: a year ago today
        (date(2027, 12, 2), date(2026, 12, 1), date(2027, 12, 2)),  # a year back is still to come
        (date(2028, 3, 2), date(2027, 3, 1), date(2028, 3, 2)),  # 367 days on: left as it is
    ],
)
def test_a_yearless_date_alexa_put_ahead_is_heard_as_the_last_one(
    day: date, today: date, heard: date
) -> None:
    assert day_in_the_past(day, today) == heard
