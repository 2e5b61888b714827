"""When the console's reminders ring, read from the triggers Alexa keeps."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from skill.console.schedule import Schedule
from skill.domain.reminders import ClockTime, daily_rule

LA = "America/Los_Angeles"


def daily(start: str, at: ClockTime, interval: int = 1) -> Schedule:
    rule = daily_rule(at).replace("INTERVAL=1", f"INTERVAL={interval}")
    trigger = {
        "type": "SCHEDULED_ABSOLUTE",
        "timeZoneId": LA,
        "recurrence": {"startDateTime": start, "recurrenceRules": [rule]},
    }
    schedule = Schedule.of(trigger)
    assert schedule is not None
    return schedule


def la(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZoneInfo(LA))


@pytest.mark.parametrize(
    ("now", "latest"),
    [
        (la(24, 19, 59), None),  # before its first time
        (la(24, 20), datetime(2026, 11, 24, 20)),
        (la(25, 8), datetime(2026, 11, 24, 20)),  # the night before is the latest
        (la(28, 23), datetime(2026, 11, 28, 20)),  # days unseen: only the latest counts
    ],
)
def test_a_daily_reminder_rang_last_at_its_latest_time_passed(
    now: datetime, latest: datetime | None
) -> None:
    assert daily("2026-11-24T20:00:00.000", ClockTime(20)).latest(now) == latest


def test_every_other_day_counts_from_its_start() -> None:
    schedule = daily("2026-11-24T20:00:00", ClockTime(20), interval=2)
    assert schedule.latest(la(25, 21)) == datetime(2026, 11, 24, 20)
    assert schedule.latest(la(26, 21)) == datetime(2026, 11, 26, 20)
    assert schedule.describe() == f"every 2 days at 8:00 PM ({LA})"


def test_a_one_time_reminder_rings_at_its_time_in_its_zone() -> None:
    trigger = {
        "type": "SCHEDULED_ABSOLUTE",
        "timeZoneId": LA,
        "scheduledTime": "2026-12-22T09:00:00.000",
    }
    schedule = Schedule.of(trigger)
    assert schedule is not None
    assert schedule.latest(datetime(2026, 12, 22, 16, 59, tzinfo=UTC)) is None  # 8:59 in LA
    assert schedule.latest(datetime(2026, 12, 22, 17, 0, tzinfo=UTC)) == datetime(2026, 12, 22, 9)
    assert schedule.describe() == f"once, on Tue 22 Dec 2026 at 9:00 AM ({LA})"


@pytest.mark.parametrize(
    "trigger",
    [
        None,
        {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 600},
        {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-12-22T09:00:00"},  # no zone
        {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "9 am", "timeZoneId": LA},
        {
            "type": "SCHEDULED_ABSOLUTE",
            "timeZoneId": LA,
            "recurrence": {
                "startDateTime": "2026-11-24T09:00:00",
                "recurrenceRules": ["FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0"],
            },
        },
    ],
)
def test_a_trigger_the_console_cannot_read_has_no_schedule(trigger: object) -> None:
    assert Schedule.of(trigger) is None
