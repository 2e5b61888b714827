"""A record stays small however much it is used: two years of several slips and restarts a day
stay far under DynamoDB's 400 KB item limit, and totals keep what the trimmed detail said."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from skill.domain.checkin import record_answers
from skill.domain.period import (
    PAST_PERIODS_KEPT,
    SLIPS_KEPT,
    EarlierPeriods,
    close,
    keep_history,
    record_slip,
    record_urge,
    start_period,
)
from skill.storage.state import UserState, dump_state, load_state

DYNAMODB_ITEM_LIMIT = 400 * 1024
START = date(2026, 1, 1)


def _two_heavy_years() -> tuple[UserState, int, int]:
    """Three slips, two urges, a check-in and a fresh period every day for two years."""
    state = UserState(period=start_period(START, START, 30))
    slips = restarts = 0
    for offset in range(730):
        day = START + timedelta(days=offset)
        assert state.period is not None
        period = state.period
        for _ in range(3):
            period = record_slip(period, day)
            slips += 1
        period = record_urge(record_urge(period))
        history, earlier = keep_history((*state.history, close(period, day)), state.earlier)
        checkins = record_answers(state.checkins, day, kept_no_contact=False, mood=2, finished=True)
        state = replace(
            state,
            period=start_period(day, day, 30),
            history=history,
            earlier=earlier,
            checkins=checkins,
        )
        restarts += 1
    return state, slips, restarts


def test_two_heavy_years_stay_far_under_the_item_limit() -> None:
    state, slips, restarts = _two_heavy_years()
    size = len(json.dumps(dump_state(state)).encode("utf-8"))
    print(f"record after two heavy years: {size} bytes")
    assert size < DYNAMODB_ITEM_LIMIT // 20
    assert len(state.history) == PAST_PERIODS_KEPT
    kept = sum(p.slips for p in state.history)
    assert state.earlier.slips + kept == slips  # nothing trimmed is lost from the totals
    assert state.earlier.periods + len(state.history) == restarts


def test_a_period_keeps_its_latest_slips_by_day_and_counts_the_rest() -> None:
    period = start_period(START, START, 30)
    for offset in range(50):
        period = record_slip(period, START + timedelta(days=offset))
    assert len(period.slips) == SLIPS_KEPT
    assert period.slip_count == 50
    assert period.slips[-1] == START + timedelta(days=49)
    assert load_state(dump_state(UserState(period=period))).period == period


def test_a_record_written_before_the_bounds_is_made_compact_when_read() -> None:
    period = start_period(START, START, 30)
    record = dump_state(UserState(period=period))
    record["period"]["slips"] = [(START + timedelta(days=i)).isoformat() for i in range(300)]
    record["history"] = [
        {
            "start": "2025-01-01",
            "closed_on": "2025-01-02",
            "target_days": 30,
            "outcome": "ended",
            "longest_run": n,
            "slips": 2,
            "urges_resisted": 1,
        }
        for n in range(40)
    ]
    state = load_state(record)
    assert state.period is not None and state.period.slip_count == 300
    assert len(state.period.slips) == SLIPS_KEPT
    assert len(state.history) == PAST_PERIODS_KEPT
    assert state.earlier == EarlierPeriods(
        periods=30, completed=0, longest_run=29, slips=60, urges_resisted=30
    )
    assert load_state(dump_state(state)) == state
