"""The no-contact period: the rules of DESIGN §2.1, with plain values and across time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.domain.clock import local_date, local_now
from skill.domain.period import (
    PAST_PERIODS_KEPT,
    SLIPS_KEPT,
    URGE_RETURN_WINDOW,
    DateCheck,
    EarlierPeriods,
    Outcome,
    PastPeriod,
    Period,
    PeriodError,
    Phase,
    change_length,
    check_last_contact,
    close,
    end_period,
    is_valid_custom_length,
    keep_history,
    record_slip,
    record_urge,
    start_period,
    target_for_relationship,
    urge_came_back,
)

START = date(2026, 11, 1)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def period(target: int = 30, start: date = START) -> Period:
    return start_period(start, start, target)


# --- length ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relationship_days", "target"),
    [(None, 30), (0, 14), (1, 14), (89, 14), (90, 30), (91, 30), (3650, 30)],
)
def test_target_for_relationship_is_14_under_90_days_else_30(
    relationship_days: int | None, target: int
) -> None:
    assert target_for_relationship(relationship_days) == target


@pytest.mark.parametrize(
    ("length", "valid"), [(0, False), (6, False), (7, True), (45, True), (180, True), (181, False)]
)
def test_is_valid_custom_length_accepts_7_to_180(length: int, valid: bool) -> None:
    assert is_valid_custom_length(length) is valid


# --- last contact ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [
        (-1, DateCheck.IN_FUTURE),
        (-400, DateCheck.IN_FUTURE),
        (0, DateCheck.OK),
        (1, DateCheck.OK),
        (29, DateCheck.OK),
        (30, DateCheck.LONGER_THAN_TARGET),
        (31, DateCheck.LONGER_THAN_TARGET),
        (3000, DateCheck.LONGER_THAN_TARGET),
    ],
)
def test_check_last_contact_against_a_30_day_target(days_ago: int, expected: DateCheck) -> None:
    today = date(2026, 11, 24)
    assert check_last_contact(today - days(days_ago), today, 30) is expected


def test_check_last_contact_uses_the_given_target() -> None:
    today = date(2026, 11, 24)
    assert check_last_contact(today - days(13), today, 14) is DateCheck.OK
    assert check_last_contact(today - days(14), today, 14) is DateCheck.LONGER_THAN_TARGET
    assert check_last_contact(today - days(14), today, 45) is DateCheck.OK


# --- start ----------------------------------------------------------------------------------------


def test_start_period_begins_on_the_last_contact() -> None:
    today = date(2026, 11, 3)
    p = start_period(START, today, 30)
    assert p == Period(start=START, target_days=30, committed_on=today)
    assert p.slips == ()
    assert p.longest_run == 0
    assert p.urges_resisted == 0
    assert p.ended_on is None
    assert p.is_active() is True


def test_start_period_accepts_a_last_contact_today() -> None:
    p = start_period(START, START, 14)
    assert p.day_number(START) == 1
    assert p.days_left(START) == 14


def test_start_period_rejects_a_last_contact_in_the_future() -> None:
    with pytest.raises(PeriodError, match="future"):
        start_period(START + days(1), START, 30)


@pytest.mark.parametrize("length", [0, 6, 181, -30])
def test_start_period_rejects_a_length_outside_7_to_180(length: int) -> None:
    with pytest.raises(PeriodError, match=str(length)):
        start_period(START, START, length)


@pytest.mark.parametrize("length", [7, 180])
def test_start_period_accepts_the_length_limits(length: int) -> None:
    assert start_period(START, START, length).target_days == length


def test_period_error_is_a_value_error() -> None:
    assert issubclass(PeriodError, ValueError)


# --- day count ------------------------------------------------------------------------------------


def test_day_number_on_the_start_day_is_day_1_with_the_whole_target_left() -> None:
    p = period(30)
    assert p.day_number(START) == 1
    assert p.days_left(START) == 30
    assert p.is_complete(START) is False


def test_day_number_on_the_next_day_is_day_2() -> None:
    p = period(30)
    assert p.day_number(START + days(1)) == 2
    assert p.days_left(START + days(1)) == 29


def test_day_number_on_the_last_day_has_one_day_left() -> None:
    p = period(30)
    last = START + days(29)
    assert p.day_number(last) == 30
    assert p.days_left(last) == 1
    assert p.is_complete(last) is False


@pytest.mark.parametrize("after", [30, 31, 365])
def test_days_left_is_zero_and_never_negative_after_completion(after: int) -> None:
    p = period(30)
    today = START + days(after)
    assert p.days_left(today) == 0
    assert p.is_complete(today) is True
    assert p.day_number(today) == after + 1


@pytest.mark.parametrize("before", [1, 2, 400])
def test_day_count_is_clamped_when_today_is_before_the_start(before: int) -> None:
    p = period(30)
    today = START - days(before)
    assert p.elapsed(today) == 0
    assert p.day_number(today) == 1
    assert p.days_left(today) == 30
    assert p.phase(today) is Phase.FIRST_DAYS


def test_day_count_crosses_month_and_year_ends() -> None:
    p = period(45, start=date(2026, 12, 20))
    assert p.day_number(date(2027, 1, 1)) == 13
    assert p.days_left(date(2027, 1, 1)) == 33
    leap = period(30, start=date(2028, 2, 28))
    assert leap.day_number(date(2028, 3, 1)) == 3


def test_current_and_best_run_are_capped_at_the_target() -> None:
    p = period(14)
    assert p.current_run(START) == 0
    assert p.current_run(START + days(5)) == 5
    assert p.current_run(START + days(40)) == 14
    assert p.best_run(START + days(5)) == 5


# --- phases ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "phase"),
    [
        (0, Phase.FIRST_DAYS),
        (1, Phase.FIRST_DAYS),
        (2, Phase.FIRST_DAYS),
        (3, Phase.MIDDLE),
        (26, Phase.MIDDLE),  # 4 left
        (27, Phase.LAST_DAYS),  # 3 left
        (28, Phase.LAST_DAYS),
        (29, Phase.LAST_DAYS),  # 1 left
        (30, Phase.COMPLETE),
        (100, Phase.COMPLETE),
    ],
)
def test_phase_of_a_30_day_period(elapsed: int, phase: Phase) -> None:
    assert period(30).phase(START + days(elapsed)) is phase


def test_phase_of_a_7_day_period_runs_first_middle_last_then_complete() -> None:
    # Days 1-3 are the first days, day 4 the single middle day, days 5-7 the last days.
    p = period(7)
    phases = [p.phase(START + days(e)) for e in range(9)]
    assert phases == [
        Phase.FIRST_DAYS,
        Phase.FIRST_DAYS,
        Phase.FIRST_DAYS,
        Phase.MIDDLE,
        Phase.LAST_DAYS,
        Phase.LAST_DAYS,
        Phase.LAST_DAYS,
        Phase.COMPLETE,
        Phase.COMPLETE,
    ]


@settings(max_examples=50)
@given(target=st.integers(7, 180))
def test_phase_sequence_is_three_first_days_then_middle_then_three_last_days(target: int) -> None:
    p = period(target)
    phases = [p.phase(START + days(e)) for e in range(target + 3)]
    expected = (
        [Phase.FIRST_DAYS] * 3
        + [Phase.MIDDLE] * (target - 6)
        + [Phase.LAST_DAYS] * 3
        + [Phase.COMPLETE] * 3
    )
    assert phases == expected


# --- slips ----------------------------------------------------------------------------------------


def test_record_slip_restarts_the_count_from_the_slip_date() -> None:
    slip = START + days(10)
    p = record_slip(period(30), slip)
    assert p.start == slip
    assert p.slips == (slip,)
    assert p.longest_run == 10
    assert p.day_number(slip) == 1
    assert p.days_left(slip) == 30
    assert p.day_number(slip + days(1)) == 2


def test_record_slip_keeps_the_longest_of_several_runs() -> None:
    p = period(30)
    p = record_slip(p, START + days(20))  # run of 20
    assert p.longest_run == 20
    p = record_slip(p, START + days(23))  # run of 3
    assert p.longest_run == 20
    p = record_slip(p, START + days(48))  # run of 25
    assert p.longest_run == 25
    p = record_slip(p, START + days(100))  # run of 52, capped at the target
    assert p.longest_run == 30
    assert p.slips == (START + days(20), START + days(23), START + days(48), START + days(100))
    assert p.start == START + days(100)


def test_record_slip_keeps_other_fields() -> None:
    p = record_urge(period(30))
    slipped = record_slip(p, START + days(4))
    assert slipped.target_days == 30
    assert slipped.committed_on == START
    assert slipped.urges_resisted == 1
    assert slipped.ended_on is None


def test_record_slip_before_the_start_is_kept_without_moving_the_count() -> None:
    p = record_slip(period(30), START + days(10))
    old = START + days(3)
    later = record_slip(p, old)
    assert later.start == START + days(10)
    assert later.slips == (START + days(10), old)
    assert later.longest_run == 10
    assert later.day_number(START + days(12)) == 3


def test_record_slip_on_the_start_day_stays_on_day_1() -> None:
    p = record_slip(period(30), START)
    assert p.start == START
    assert p.slips == (START,)
    assert p.longest_run == 0
    assert p.day_number(START) == 1


def test_record_slip_does_not_change_the_original() -> None:
    p = period(30)
    record_slip(p, START + days(5))
    assert p.start == START
    assert p.slips == ()


# --- urges ----------------------------------------------------------------------------------------


def test_record_urge_counts_and_never_touches_slips_or_start() -> None:
    p = record_slip(period(30), START + days(8))
    urged = record_urge(record_urge(p))
    assert urged.urges_resisted == 2
    assert urged.slips == p.slips
    assert urged.start == p.start
    assert urged.longest_run == p.longest_run
    assert urged.day_number(START + days(10)) == p.day_number(START + days(10))


# --- length change, end, close --------------------------------------------------------------------


def test_change_length_sets_the_target_and_keeps_the_count() -> None:
    p = change_length(record_urge(period(30)), 45)
    assert p.target_days == 45
    assert p.start == START
    assert p.urges_resisted == 1
    assert p.days_left(START + days(10)) == 35


def test_change_length_below_the_elapsed_days_completes_the_period() -> None:
    p = change_length(period(30), 7)
    assert p.days_left(START + days(10)) == 0
    assert p.phase(START + days(10)) is Phase.COMPLETE


@pytest.mark.parametrize("length", [6, 181])
def test_change_length_rejects_a_length_outside_7_to_180(length: int) -> None:
    with pytest.raises(PeriodError):
        change_length(period(30), length)


def test_end_period_marks_the_day_and_keeps_everything_else() -> None:
    p = record_urge(record_slip(period(30), START + days(5)))
    ended = end_period(p, START + days(9))
    assert ended.ended_on == START + days(9)
    assert ended.is_active() is False
    assert p.is_active() is True
    assert (ended.start, ended.slips, ended.longest_run, ended.urges_resisted) == (
        p.start,
        p.slips,
        p.longest_run,
        p.urges_resisted,
    )


def test_close_a_completed_period_is_completed_with_the_full_run() -> None:
    p = record_urge(period(30))
    past = close(p, START + days(35))
    assert past == PastPeriod(
        start=START,
        closed_on=START + days(35),
        target_days=30,
        outcome=Outcome.COMPLETED,
        longest_run=30,
        slips=0,
        urges_resisted=1,
    )


def test_close_a_period_ended_early_is_ended_on_its_end_day() -> None:
    p = record_slip(period(30), START + days(12))  # longest run 12
    p = end_period(p, START + days(16))  # current run 4
    past = close(p, START + days(90))
    assert past.closed_on == START + days(16)
    assert past.outcome is Outcome.ENDED
    assert past.longest_run == 12
    assert past.slips == 1
    assert past.start == START + days(12)


def test_close_counts_the_current_run_when_it_is_the_best() -> None:
    p = record_slip(period(30), START + days(2))  # longest run 2
    past = close(p, START + days(20))  # current run 18, not complete
    assert past.outcome is Outcome.ENDED
    assert past.longest_run == 18


def test_close_a_period_ended_after_completion_is_completed() -> None:
    p = end_period(period(14), START + days(14))
    past = close(p, START + days(20))
    assert past.outcome is Outcome.COMPLETED
    assert past.closed_on == START + days(14)
    assert past.longest_run == 14


# --- across time zones and DST changes ------------------------------------------------------------

ZONES = [
    "America/Los_Angeles",
    "Pacific/Kiritimati",  # UTC+14
    "Asia/Kolkata",  # UTC+05:30
    "Pacific/Pago_Pago",  # UTC-11
    "Australia/Lord_Howe",  # 30-minute DST
    "UTC",
]
zones = st.sampled_from(ZONES)
targets = st.integers(7, 180)


def _utc_window(start: datetime, hours: int) -> st.SearchStrategy[datetime]:
    naive = st.datetimes(min_value=start, max_value=start + timedelta(hours=hours))
    return naive.map(lambda d: d.replace(tzinfo=UTC))


instants = st.one_of(
    st.datetimes(
        min_value=datetime(2001, 1, 1), max_value=datetime(2099, 1, 1), timezones=st.just(UTC)
    ),
    # Los Angeles 2026-03-08 00:00-04:00 local: clocks spring forward at 02:00 PST (10:00Z).
    _utc_window(datetime(2026, 3, 8, 8), 3),
    # Los Angeles 2026-11-01 00:00 PDT-03:00 PST: clocks fall back at 02:00 PDT (09:00Z).
    _utc_window(datetime(2026, 11, 1, 7), 4),
    # Lord Howe 2026-04-05: 02:00 +11 falls back to 01:30 +10:30 (15:00Z).
    _utc_window(datetime(2026, 4, 4, 14), 2),
    # Lord Howe 2026-10-04: 02:00 +10:30 springs forward to 02:30 +11 (15:30Z).
    _utc_window(datetime(2026, 10, 3, 14), 3),
)
PROPERTY = settings(max_examples=150, deadline=None)


def test_dst_windows_cover_a_change_of_offset() -> None:
    # Guards the instants strategy: each window really straddles a DST change.
    for zone, before, after in [
        ("America/Los_Angeles", datetime(2026, 3, 8, 8), datetime(2026, 3, 8, 11)),
        ("America/Los_Angeles", datetime(2026, 11, 1, 7), datetime(2026, 11, 1, 11)),
        ("Australia/Lord_Howe", datetime(2026, 4, 4, 14), datetime(2026, 4, 4, 16)),
        ("Australia/Lord_Howe", datetime(2026, 10, 3, 14), datetime(2026, 10, 3, 17)),
    ]:
        a = local_now(before.replace(tzinfo=UTC), zone).utcoffset()
        b = local_now(after.replace(tzinfo=UTC), zone).utcoffset()
        assert a != b, zone


def test_a_23_hour_day_counts_as_one_day() -> None:
    zone = "America/Los_Angeles"
    start_instant = datetime(2026, 3, 8, 0, 30, tzinfo=ZoneInfo(zone))
    start = local_date(start_instant, zone)
    p = period(30, start=start)
    # 23 hours later it is already 00:30 on the next local day.
    later = start_instant.astimezone(UTC) + timedelta(hours=23)
    assert local_date(later, zone) == date(2026, 3, 9)
    assert p.day_number(local_date(later, zone)) == 2
    assert p.days_left(local_date(later, zone)) == 29


def test_a_25_hour_day_counts_as_one_day() -> None:
    zone = "America/Los_Angeles"
    start_instant = datetime(2026, 11, 1, 0, 30, tzinfo=ZoneInfo(zone))
    p = period(30, start=local_date(start_instant, zone))
    # 24 hours later it is 23:30 on the same local day; 25 hours later, the next day.
    day_later = start_instant.astimezone(UTC) + timedelta(hours=24)
    assert p.day_number(local_date(day_later, zone)) == 1
    assert p.day_number(local_date(day_later + timedelta(hours=1), zone)) == 2


@PROPERTY
@given(instant=instants, zone=zones, target=targets)
def test_day_count_on_the_start_instant_is_day_1_with_the_whole_target(
    instant: datetime, zone: str, target: int
) -> None:
    today = local_date(instant, zone)
    p = start_period(today, today, target)
    assert p.day_number(today) == 1
    assert p.days_left(today) == target
    assert p.phase(today) is Phase.FIRST_DAYS


@PROPERTY
@given(
    instant=instants,
    zone=zones,
    target=targets,
    k=st.integers(0, 250),
    wall=st.times(),
    fold=st.integers(0, 1),
)
def test_day_count_after_k_local_days_is_day_k_plus_1_across_dst(
    instant: datetime, zone: str, target: int, k: int, wall: time, fold: int
) -> None:
    start = local_date(instant, zone)
    later_wall = datetime.combine(start + days(k), wall, tzinfo=ZoneInfo(zone)).replace(fold=fold)
    later = later_wall.astimezone(UTC)
    today = local_date(later, zone)
    assert today == start + days(k)
    p = start_period(start, start, target)
    assert p.day_number(today) == k + 1
    assert p.days_left(today) == max(0, target - k)


@PROPERTY
@given(
    instant=instants,
    zone=zones,
    target=targets,
    steps=st.lists(
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)), min_size=1, max_size=40
    ),
)
def test_days_left_never_increases_as_time_moves_forward(
    instant: datetime, zone: str, target: int, steps: list[timedelta]
) -> None:
    start = local_date(instant, zone)
    p = start_period(start, start, target)
    now = instant
    previous_left, previous_day = p.days_left(start), p.day_number(start)
    for step in steps:
        now += step
        today = local_date(now, zone)
        left, day = p.days_left(today), p.day_number(today)
        assert left <= previous_left
        assert day >= previous_day
        assert left >= 0
        if not p.is_complete(today):
            assert day + left == target + 1
        previous_left, previous_day = left, day


@PROPERTY
@given(
    instant=instants,
    zone=zones,
    target=targets,
    gaps=st.lists(
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)), min_size=1, max_size=8
    ),
)
def test_slip_at_any_later_instant_restarts_at_day_1_and_keeps_the_longest_run(
    instant: datetime, zone: str, target: int, gaps: list[timedelta]
) -> None:
    start = local_date(instant, zone)
    p = start_period(start, start, target)
    now = instant
    runs = [0]
    for n, gap in enumerate(gaps, start=1):
        now += gap
        slip_day = local_date(now, zone)
        runs.append(min((slip_day - p.start).days, target))
        before = p.longest_run
        p = record_slip(p, slip_day)
        assert p.start == slip_day
        assert p.day_number(slip_day) == 1
        assert p.days_left(slip_day) == target
        assert p.longest_run >= before
        assert p.longest_run == max(runs)
        assert len(p.slips) == n
        assert p.slips[-1] == slip_day


@PROPERTY
@given(instant=instants, a=zones, b=zones)
def test_local_dates_of_one_instant_differ_only_as_far_as_the_offsets_allow(
    instant: datetime, a: str, b: str
) -> None:
    utc_day = instant.astimezone(UTC).date()
    day_a, day_b = local_date(instant, a), local_date(instant, b)
    # Every offset is within a day of UTC, so every local date is within a day of the UTC date.
    assert abs((day_a - utc_day).days) <= 1
    assert abs((day_b - utc_day).days) <= 1
    offset_a = local_now(instant, a).utcoffset()
    offset_b = local_now(instant, b).utcoffset()
    assert offset_a is not None
    assert offset_b is not None
    if abs(offset_a - offset_b) < timedelta(days=1):
        assert abs((day_a - day_b).days) <= 1
    else:
        assert abs((day_a - day_b).days) <= 2
    kiritimati = local_date(instant, "Pacific/Kiritimati")
    pago_pago = local_date(instant, "Pacific/Pago_Pago")
    assert kiritimati >= pago_pago
    assert (kiritimati - pago_pago).days in (1, 2)


# --- what the mutation tests asked for -----------------------------------------------------------


def test_a_last_contact_in_the_future_is_refused_with_the_reason() -> None:
    with pytest.raises(PeriodError, match=r"^the last contact cannot be in the future$"):
        start_period(START + days(1), START, 30)


def test_a_length_outside_the_range_is_refused_with_the_length_named() -> None:
    with pytest.raises(PeriodError, match="a period of 200 days is outside the accepted range"):
        change_length(period(), 200)


def test_the_twenty_first_slip_moves_the_oldest_into_the_count() -> None:
    p = period()
    for n in range(SLIPS_KEPT + 1):
        p = record_slip(p, START + days(n))
    assert len(p.slips) == SLIPS_KEPT
    assert p.slips[0] == START + days(1)
    assert p.older_slips == 1
    assert p.slip_count == SLIPS_KEPT + 1


def test_an_urge_is_kept_in_utc_to_the_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    import time as time_module

    # The machine's own zone must not leak into the record.
    monkeypatch.setenv("TZ", "America/New_York")
    time_module.tzset()
    try:
        at = datetime(2026, 11, 30, 23, 7, 42, 123456, tzinfo=ZoneInfo("Asia/Tokyo"))
        kept = record_urge(period(), at).last_urge_at
    finally:
        monkeypatch.undo()
        time_module.tzset()
    assert kept is not None
    assert kept.tzinfo is UTC
    assert (kept.hour, kept.minute, kept.second, kept.microsecond) == (14, 7, 0, 0)


def test_an_urge_without_a_time_keeps_the_last_one() -> None:
    at = datetime(2026, 11, 30, 14, 7, tzinfo=UTC)
    first = record_urge(period(), at)
    assert record_urge(first).last_urge_at == at


@pytest.mark.parametrize(
    ("later", "came_back"),
    [
        (timedelta(0), True),
        (URGE_RETURN_WINDOW, True),
        (URGE_RETURN_WINDOW + timedelta(minutes=1), False),
        (-timedelta(minutes=1), False),
    ],
    ids=["the same minute", "exactly an hour on", "over an hour on", "before it"],
)
def test_an_urge_within_the_hour_is_the_last_one_coming_back(
    later: timedelta, came_back: bool
) -> None:
    at = datetime(2026, 11, 30, 14, 7, tzinfo=UTC)
    assert urge_came_back(record_urge(period(), at), at + later) is came_back


def test_without_a_period_no_urge_comes_back() -> None:
    assert not urge_came_back(None, datetime(2026, 11, 30, 14, 7, tzinfo=UTC))


def _past(outcome: Outcome, longest: int, slips: int, urges: int) -> PastPeriod:
    return PastPeriod(START, START + days(30), 30, outcome, longest, slips, urges)


def test_periods_beyond_the_ten_kept_are_folded_into_totals() -> None:
    history = (
        _past(Outcome.COMPLETED, 30, 1, 4),
        _past(Outcome.ENDED, 12, 2, 5),
        *(_past(Outcome.ENDED, 3, 0, 0) for _ in range(PAST_PERIODS_KEPT)),
    )
    kept, earlier = keep_history(history, EarlierPeriods(periods=1, completed=1, longest_run=9))
    assert kept == history[2:]
    assert earlier == EarlierPeriods(
        periods=3, completed=2, longest_run=30, slips=3, urges_resisted=9
    )
