"""The daily check-in: local days, streaks, the mood trend and suggestions (DESIGN §2.2, §2.3)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.domain.checkin import (
    LOG_LIMIT,
    SUGGESTIONS,
    Activity,
    CheckInError,
    CheckInLog,
    Streak,
    Trend,
    is_late_night,
    is_valid_mood,
    mood_trend,
    record_answers,
    suggest_activity,
)
from skill.domain.clock import local_date

DAY = date(2026, 11, 1)
PROPERTY = settings(max_examples=60, deadline=None)


def on_days(*offsets: int, moods: list[int] | None = None) -> CheckInLog:
    log = CheckInLog()
    for i, offset in enumerate(offsets):
        mood = moods[i] if moods else None
        log = record_answers(log, DAY + timedelta(days=offset), mood=mood)
    return log


# --- answers --------------------------------------------------------------------------------------


def test_answers_of_one_day_fill_in_one_check_in() -> None:
    log = record_answers(CheckInLog(), DAY, kept_no_contact=True)
    log = record_answers(log, DAY, mood=4)
    log = record_answers(log, DAY, activity=Activity.FAMILY, finished=True)
    entry = log.on(DAY)
    assert entry is not None
    assert (entry.kept_no_contact, entry.mood, entry.activity, entry.finished) == (
        True,
        4,
        Activity.FAMILY,
        True,
    )
    assert len(log.entries) == 1
    assert log.is_done(DAY)


def test_a_later_answer_leaves_the_others_as_they_were() -> None:
    log = record_answers(CheckInLog(), DAY, mood=2, activity=Activity.REST)
    log = record_answers(log, DAY, mood=3)
    entry = log.on(DAY)
    assert entry is not None and entry.mood == 3 and entry.activity is Activity.REST


def test_an_unfinished_check_in_is_not_done() -> None:
    log = record_answers(CheckInLog(), DAY, mood=3)
    assert log.on(DAY) is not None
    assert not log.is_done(DAY)
    assert not log.is_done(DAY + timedelta(days=1))


@pytest.mark.parametrize("mood", [0, 6, 11, -1])
def test_a_mood_off_the_scale_is_refused(mood: int) -> None:
    assert not is_valid_mood(mood)
    with pytest.raises(CheckInError):
        record_answers(CheckInLog(), DAY, mood=mood)


@pytest.mark.parametrize("mood", [1, 2, 3, 4, 5])
def test_one_to_five_are_moods(mood: int) -> None:
    assert is_valid_mood(mood)


def test_the_log_keeps_only_the_latest_check_ins() -> None:
    log = on_days(*range(LOG_LIMIT + 10))
    assert len(log.entries) == LOG_LIMIT
    assert log.entries[0].day == DAY + timedelta(days=10)
    assert log.entries[-1].day == DAY + timedelta(days=LOG_LIMIT + 9)
    assert log.streak.longest == LOG_LIMIT + 10


# --- streaks --------------------------------------------------------------------------------------


def test_consecutive_days_make_a_streak() -> None:
    log = on_days(0, 1, 2)
    assert log.streak.current(DAY + timedelta(days=2)) == 3
    assert log.streak.longest == 3


def test_the_streak_is_alive_until_a_whole_day_is_missed() -> None:
    log = on_days(0, 1, 2)
    assert log.streak.current(DAY + timedelta(days=3)) == 3  # not yet checked in today
    assert log.streak.current(DAY + timedelta(days=4)) == 0


def test_a_missed_day_starts_a_new_streak_and_keeps_the_longest() -> None:
    log = on_days(0, 1, 2, 4)
    assert log.streak.current(DAY + timedelta(days=4)) == 1
    assert log.streak.longest == 3


def test_a_second_answer_the_same_day_does_not_grow_the_streak() -> None:
    log = record_answers(on_days(0), DAY, mood=5)
    assert log.streak == Streak(last_day=DAY, length=1, longest=1)


def test_check_ins_at_23_30_and_00_30_local_are_two_days_of_a_streak() -> None:
    zone = "Pacific/Kiritimati"  # UTC+14: both instants fall on one UTC date
    late = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)  # 23:30 on 1 November there
    early = late + timedelta(hours=1)  # 00:30 on 2 November there
    log = record_answers(CheckInLog(), local_date(late, zone), mood=3)
    log = record_answers(log, local_date(early, zone), mood=3)
    assert late.date() == early.date()
    assert log.streak.current(local_date(early, zone)) == 2


@PROPERTY
@given(offsets=st.sets(st.integers(0, 90), min_size=1, max_size=40))
def test_streaks_are_runs_of_calendar_days(offsets: set[int]) -> None:
    ordered = sorted(offsets)
    log = on_days(*ordered)
    runs, run = [], 1
    for before, after in itertools.pairwise(ordered):
        run = run + 1 if after - before == 1 else 1
        runs.append(run)
    expected_last = ([1, *runs])[-1]
    assert log.streak.length == expected_last
    assert log.streak.longest == max([1, *runs])
    assert log.streak.current(DAY + timedelta(days=ordered[-1])) == expected_last


# --- mood trend -----------------------------------------------------------------------------------


def test_no_mood_no_trend() -> None:
    assert mood_trend(CheckInLog()) is None
    assert mood_trend(on_days(0, 1)) is None


def test_one_mood_has_an_average_but_no_direction() -> None:
    found = mood_trend(on_days(0, moods=[4]))
    assert found is not None
    assert (found.trend, found.average, found.count) == (None, 4.0, 1)


@pytest.mark.parametrize(
    ("moods", "trend", "average"),
    [
        ([1, 2, 2, 3, 4, 4, 5], Trend.RISING, 3.0),
        ([5, 4, 4, 3, 3, 2, 1], Trend.FALLING, 3.1),
        ([3, 3, 4, 3, 3, 4, 3], Trend.STEADY, 3.3),
        ([2, 4], Trend.RISING, 3.0),
        ([3, 3], Trend.STEADY, 3.0),
    ],
)
def test_trend_compares_the_newer_check_ins_with_the_older(
    moods: list[int], trend: Trend, average: float
) -> None:
    found = mood_trend(on_days(*range(len(moods)), moods=moods))
    assert found is not None
    assert (found.trend, found.average, found.count) == (trend, average, len(moods))


def test_trend_looks_only_at_the_last_seven_moods() -> None:
    # Ten awful days long ago, then a steady week of fours.
    log = on_days(*range(17), moods=[1] * 10 + [4] * 7)
    found = mood_trend(log)
    assert found is not None
    assert (found.trend, found.average, found.count) == (Trend.STEADY, 4.0, 7)


def test_trend_skips_check_ins_without_a_mood() -> None:
    log = on_days(0, 1, 2, moods=[2, 3, 4])
    log = record_answers(log, DAY + timedelta(days=3), kept_no_contact=True)
    found = mood_trend(log)
    assert found is not None and found.count == 3 and found.trend is Trend.RISING


@PROPERTY
@given(moods=st.lists(st.integers(1, 5), min_size=1, max_size=20))
def test_the_average_is_of_the_last_seven_and_on_the_scale(moods: list[int]) -> None:
    found = mood_trend(on_days(*range(len(moods)), moods=moods))
    assert found is not None
    recent = moods[-7:]
    assert found.average == round(sum(recent) / len(recent), 1)
    assert 1 <= found.average <= 5
    if len(recent) > 1 and len(set(recent)) == 1:
        assert found.trend is Trend.STEADY


# --- night and suggestions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hour", "minute", "late"),
    [(20, 59, False), (21, 0, True), (23, 30, True), (0, 30, True), (4, 59, True), (5, 0, False)],
)
def test_night_is_from_nine_pm_to_five_am(hour: int, minute: int, late: bool) -> None:
    assert is_late_night(datetime(2026, 11, 1, hour, minute)) is late


def test_suggestion_is_the_least_recent_kind_of_thing() -> None:
    assert suggest_activity(CheckInLog()) is SUGGESTIONS[0]
    log = CheckInLog()
    for offset, activity in enumerate(SUGGESTIONS):
        log = record_answers(log, DAY + timedelta(days=offset), activity=activity)
    assert suggest_activity(log) is SUGGESTIONS[0]
    log = record_answers(log, DAY + timedelta(days=10), activity=SUGGESTIONS[0])
    assert suggest_activity(log) is SUGGESTIONS[1]


def test_suggestion_is_never_other() -> None:
    log = record_answers(CheckInLog(), DAY, activity=Activity.OTHER)
    assert suggest_activity(log) is not Activity.OTHER


def test_a_mood_off_the_scale_is_refused_with_the_mood_named() -> None:
    with pytest.raises(CheckInError, match="a mood of 7 is off the one-to-five scale"):
        record_answers(CheckInLog(), DAY, mood=7)


def test_a_second_answer_on_the_third_day_keeps_a_streak_of_three() -> None:
    log = record_answers(on_days(0, 1, 2), DAY + timedelta(days=2), mood=4)
    assert log.streak == Streak(last_day=DAY + timedelta(days=2), length=3, longest=3)


@pytest.mark.parametrize(
    ("moods", "trend"),
    [([3, 3, 4, 3], Trend.RISING), ([4, 4, 3, 4], Trend.FALLING)],
    ids=["half a point up", "half a point down"],
)
def test_half_a_point_exactly_is_a_trend(moods: list[int], trend: Trend) -> None:
    found = mood_trend(on_days(*range(len(moods)), moods=moods))
    assert found is not None
    assert found.trend is trend


def test_something_never_done_is_suggested_before_what_was_done_first() -> None:
    log = record_answers(CheckInLog(), DAY, activity=SUGGESTIONS[0])
    assert suggest_activity(log) is SUGGESTIONS[1]
