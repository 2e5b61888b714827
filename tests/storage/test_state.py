"""The stored record: its shape, round trips, migrations and what counts as unreadable."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.domain.checkin import Activity, CheckIn, CheckInLog, Streak
from skill.domain.exercises import ExerciseId, Feeling, Place, Position, StepId
from skill.domain.period import EarlierPeriods, Outcome, PastPeriod, Period
from skill.domain.reminders import ClockTime, DailyReminder, LastDayReminder, Reminders
from skill.domain.tips import TipRotation
from skill.storage.state import (
    SCHEMA_KEY,
    SCHEMA_VERSION,
    VERSION_KEY,
    ExerciseRecord,
    Migration,
    Record,
    UnreadableStateError,
    UserState,
    dump_state,
    load_state,
    migrate,
)

KNOWN_KEYS = {
    SCHEMA_KEY,
    VERSION_KEY,
    "period",
    "history",
    "time_zone",
    "exercises",
    "checkins",
    "tips",
    "reminders",
}

PERIOD = Period(
    start=date(2026, 11, 20),
    target_days=30,
    committed_on=date(2026, 11, 2),
    slips=(date(2026, 11, 9), date(2026, 11, 20)),
    longest_run=7,
    urges_resisted=4,
)
PAST = PastPeriod(
    start=date(2026, 9, 1),
    closed_on=date(2026, 10, 1),
    target_days=30,
    outcome=Outcome.COMPLETED,
    longest_run=30,
    slips=0,
    urges_resisted=2,
)
CHECKINS = CheckInLog(
    entries=(
        CheckIn(date(2026, 11, 21), True, 2, Activity.FRIENDS, True),
        CheckIn(date(2026, 11, 22), mood=3),
    ),
    streak=Streak(last_day=date(2026, 11, 22), length=2, longest=5),
)
TIPS = TipRotation(given=("all_in", "be_gentle"), last_day=date(2026, 11, 21))
STATE = UserState(
    period=PERIOD,
    history=(PAST,),
    time_zone="America/Los_Angeles",
    checkins=CHECKINS,
    tips=TIPS,
)
EMPTY_CHECKINS = {"entries": [], "streak": {"last_day": None, "length": 0, "longest": 0}}
EMPTY_TIPS = {"given": [], "last_day": None}
RECORD: Record = {
    "schema": 1,
    "period": {
        "start": "2026-11-20",
        "target_days": 30,
        "committed_on": "2026-11-02",
        "slips": ["2026-11-09", "2026-11-20"],
        "longest_run": 7,
        "urges_resisted": 4,
        "ended_on": None,
    },
    "history": [
        {
            "start": "2026-09-01",
            "closed_on": "2026-10-01",
            "target_days": 30,
            "outcome": "completed",
            "longest_run": 30,
            "slips": 0,
            "urges_resisted": 2,
        }
    ],
    "time_zone": "America/Los_Angeles",
    "exercises": {"completions": {}},
    "checkins": {
        "entries": [
            {
                "day": "2026-11-21",
                "kept_no_contact": True,
                "mood": 2,
                "activity": "friends",
                "finished": True,
            },
            {
                "day": "2026-11-22",
                "kept_no_contact": None,
                "mood": 3,
                "activity": None,
                "finished": False,
            },
        ],
        "streak": {"last_day": "2026-11-22", "length": 2, "longest": 5},
    },
    "tips": {"given": ["all_in", "be_gentle"], "last_day": "2026-11-21"},
    "reminders": {"daily": None, "last_day": None},
}


def stored(record: Record) -> Record:
    """The record as a store would give it back: through JSON, with the store's version."""
    back: Record = json.loads(json.dumps(record))
    back[VERSION_KEY] = 3
    return back


def contains_a_date(value: Any) -> bool:
    if isinstance(value, date):
        return True
    if isinstance(value, Mapping):
        return any(contains_a_date(k) or contains_a_date(v) for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return any(contains_a_date(v) for v in value)
    return False


# --- strategies -----------------------------------------------------------------------------------

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
counts = st.integers(min_value=0, max_value=10_000)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
periods = st.builds(
    Period,
    start=dates,
    target_days=st.integers(7, 180),
    committed_on=dates,
    slips=st.lists(dates, max_size=5).map(tuple),
    longest_run=counts,
    urges_resisted=counts,
    ended_on=st.none() | dates,
)
past_periods = st.builds(
    PastPeriod,
    start=dates,
    closed_on=dates,
    target_days=st.integers(7, 180),
    outcome=st.sampled_from(Outcome),
    longest_run=counts,
    slips=counts,
    urges_resisted=counts,
)
checkin_entries = st.builds(
    CheckIn,
    day=dates,
    kept_no_contact=st.none() | st.booleans(),
    mood=st.none() | st.integers(1, 5),
    activity=st.none() | st.sampled_from(Activity),
    finished=st.booleans(),
)
checkin_logs = st.builds(
    CheckInLog,
    entries=st.lists(checkin_entries, max_size=4).map(tuple),
    streak=st.builds(Streak, last_day=st.none() | dates, length=counts, longest=counts),
)
tip_rotations = st.builds(
    TipRotation,
    given=st.lists(st.sampled_from(["all_in", "be_gentle", "unfold"]), max_size=3).map(tuple),
    last_day=st.none() | dates,
)
exercise_ids = st.sampled_from([e.value for e in ExerciseId])
feelings = st.none() | st.sampled_from(Feeling)
exercise_records = st.builds(
    ExerciseRecord,
    completions=st.dictionaries(exercise_ids, counts, max_size=2),
    last_completed=st.dictionaries(exercise_ids, dates, max_size=2),
    last_feeling=feelings,
    in_progress=st.none()
    | st.builds(
        Place,
        position=st.builds(
            Position,
            exercise=st.just(ExerciseId.PAST),
            step=st.sampled_from([StepId.SETTLE, StepId.REFRAME, StepId.VOW]),
            feeling=feelings,
        ),
        since=dates,
    ),
)
states = st.builds(
    UserState,
    period=st.none() | periods,
    history=st.lists(past_periods, max_size=4).map(tuple),
    checkins=checkin_logs,
    tips=tip_rotations,
    exercises=exercise_records,
    time_zone=st.none() | st.sampled_from(["UTC", "Asia/Kolkata", "Pacific/Kiritimati"]),
    extra=st.dictionaries(
        st.text(min_size=1, max_size=12).filter(lambda k: k not in KNOWN_KEYS),
        json_values,
        max_size=3,
    ),
)
PROPERTY = settings(max_examples=100, deadline=None)


# --- dump and load --------------------------------------------------------------------------------


def test_dump_state_writes_the_documented_shape() -> None:
    assert dump_state(STATE) == RECORD


def test_dump_state_writes_no_store_version() -> None:
    assert VERSION_KEY not in dump_state(STATE)
    assert dump_state(STATE)[SCHEMA_KEY] == SCHEMA_VERSION


def test_load_state_reads_the_documented_shape() -> None:
    assert load_state(stored(RECORD)) == STATE


def test_round_trip_keeps_an_ended_period() -> None:
    ended = UserState(
        period=Period(date(2026, 1, 1), 14, date(2026, 1, 2), ended_on=date(2026, 1, 5))
    )
    record = dump_state(ended)
    assert record["period"]["ended_on"] == "2026-01-05"
    assert load_state(stored(record)) == ended


def test_round_trip_keeps_an_empty_state() -> None:
    record = dump_state(UserState())
    assert record == {
        "schema": 1,
        "period": None,
        "history": [],
        "time_zone": None,
        "exercises": {"completions": {}},
        "checkins": EMPTY_CHECKINS,
        "tips": EMPTY_TIPS,
        "reminders": {"daily": None, "last_day": None},
    }
    assert load_state(stored(record)) == UserState()


@pytest.mark.parametrize("record", [None, {}])
def test_load_state_of_no_record_is_a_new_person(record: Record | None) -> None:
    state = load_state(record)
    assert state == UserState()
    assert state.period is None
    assert state.history == ()
    assert state.time_zone is None
    assert dict(state.extra) == {}


def test_load_state_of_a_record_without_schema_reads_it_as_schema_1() -> None:
    record = stored(RECORD)
    del record[SCHEMA_KEY]
    assert load_state(record) == STATE


def test_load_state_leaves_the_store_version_out_of_extra() -> None:
    state = load_state(stored(RECORD))
    assert VERSION_KEY not in state.extra
    assert SCHEMA_KEY not in state.extra


def test_unknown_top_level_keys_survive_a_round_trip() -> None:
    record = stored(RECORD)
    record["reminder"] = {"hour": 20, "enabled": True}
    record["locale"] = "en-US"
    state = load_state(record)
    assert dict(state.extra) == {"reminder": {"hour": 20, "enabled": True}, "locale": "en-US"}
    again = dump_state(state)
    assert again["reminder"] == {"hour": 20, "enabled": True}
    assert again["locale"] == "en-US"
    assert load_state(stored(again)) == state


def test_dump_state_known_keys_win_over_extra() -> None:
    record = dump_state(UserState(extra={"schema": 99, "period": "junk", "other": 1}))
    assert record[SCHEMA_KEY] == SCHEMA_VERSION
    assert record["period"] is None
    assert record["other"] == 1


def test_load_state_of_a_non_string_zone_has_no_zone() -> None:
    record = stored(RECORD)
    record["time_zone"] = 5
    assert load_state(record).time_zone is None


@PROPERTY
@given(state=states)
def test_round_trip_through_json_gives_the_same_state(state: UserState) -> None:
    record = dump_state(state)
    text = json.dumps(record)
    assert not contains_a_date(record)
    assert load_state(stored(json.loads(text))) == state


@PROPERTY
@given(state=states)
def test_round_trip_without_json_gives_the_same_state(state: UserState) -> None:
    assert load_state(dump_state(state)) == state


# --- unreadable records ---------------------------------------------------------------------------


def damaged(change: Any) -> Record:
    record = stored(RECORD)
    change(record)
    return record


UNREADABLE = {
    "newer schema": damaged(lambda r: r.update(schema=SCHEMA_VERSION + 1)),
    "much newer schema": damaged(lambda r: r.update(schema=10**6)),
    "string schema": damaged(lambda r: r.update(schema="1")),
    "float schema": damaged(lambda r: r.update(schema=1.0)),
    "bool schema": damaged(lambda r: r.update(schema=True)),
    "null schema": damaged(lambda r: r.update(schema=None)),
    "zero schema": damaged(lambda r: r.update(schema=0)),
    "negative schema": damaged(lambda r: r.update(schema=-1)),
    "malformed start": damaged(lambda r: r["period"].update(start="2026-13-01")),
    "spoken start": damaged(lambda r: r["period"].update(start="yesterday")),
    "numeric start": damaged(lambda r: r["period"].update(start=20261101)),
    "null start": damaged(lambda r: r["period"].update(start=None)),
    "malformed committed_on": damaged(lambda r: r["period"].update(committed_on="2026-11-31")),
    "malformed ended_on": damaged(lambda r: r["period"].update(ended_on="")),
    "malformed slip": damaged(lambda r: r["period"].update(slips=["2026-11-09", "soon"])),
    "slips not a list": damaged(lambda r: r["period"].update(slips=7)),
    "string target": damaged(lambda r: r["period"].update(target_days="30")),
    "float target": damaged(lambda r: r["period"].update(target_days=30.0)),
    "bool urges": damaged(lambda r: r["period"].update(urges_resisted=True)),
    "string longest run": damaged(lambda r: r["period"].update(longest_run="7")),
    "missing start": damaged(lambda r: r["period"].pop("start")),
    "missing target": damaged(lambda r: r["period"].pop("target_days")),
    "missing committed_on": damaged(lambda r: r["period"].pop("committed_on")),
    "period a list": damaged(lambda r: r.update(period=["2026-11-20", 30])),
    "period a string": damaged(lambda r: r.update(period="2026-11-20")),
    "history a number": damaged(lambda r: r.update(history=5)),
    "history a string": damaged(lambda r: r.update(history="abc")),
    "history item a string": damaged(lambda r: r.update(history=["2026-09-01"])),
    "history unknown outcome": damaged(lambda r: r["history"][0].update(outcome="abandoned")),
    "history string slips": damaged(lambda r: r["history"][0].update(slips="0")),
    "history malformed closed_on": damaged(lambda r: r["history"][0].update(closed_on="1/10/26")),
    "history missing outcome": damaged(lambda r: r["history"][0].pop("outcome")),
    "history missing longest run": damaged(lambda r: r["history"][0].pop("longest_run")),
    "history missing urges": damaged(lambda r: r["history"][0].pop("urges_resisted")),
    "check-in mood off the scale": damaged(lambda r: r["checkins"]["entries"][0].update(mood=11)),
    "check-in string mood": damaged(lambda r: r["checkins"]["entries"][0].update(mood="4")),
    "check-in unknown activity": damaged(
        lambda r: r["checkins"]["entries"][0].update(activity="skydiving")
    ),
    "check-in string answer": damaged(
        lambda r: r["checkins"]["entries"][0].update(kept_no_contact="yes")
    ),
    "check-in missing day": damaged(lambda r: r["checkins"]["entries"][0].pop("day")),
    "check-ins a list": damaged(lambda r: r.update(checkins=[])),
    "streak string length": damaged(lambda r: r["checkins"]["streak"].update(length="2")),
    "tips numeric id": damaged(lambda r: r["tips"].update(given=[3])),
    "tips malformed day": damaged(lambda r: r["tips"].update(last_day="Friday")),
}


@pytest.mark.parametrize("record", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_load_state_of_a_corrupt_record_is_unreadable(record: Record) -> None:
    before = copy.deepcopy(record)
    with pytest.raises(UnreadableStateError):
        load_state(record)
    assert record == before


def test_unreadable_state_keeps_the_cause() -> None:
    with pytest.raises(UnreadableStateError) as caught:
        load_state(UNREADABLE["missing start"])
    assert isinstance(caught.value.__cause__, KeyError)


@PROPERTY
@given(state=states.filter(lambda s: s.period is not None or s.history), data=st.data())
def test_load_state_of_a_damaged_record_is_a_state_or_unreadable(
    state: UserState, data: st.DataObject
) -> None:
    record = stored(dump_state(state))
    parts: list[Record] = [record, *record["history"]]
    if record["period"] is not None:
        parts.append(record["period"])
    part = data.draw(st.sampled_from(parts))
    key = data.draw(st.sampled_from(sorted(part)))
    if data.draw(st.booleans()):
        del part[key]
    else:
        part[key] = data.draw(json_values)
    try:
        loaded = load_state(record)
    except UnreadableStateError:
        return
    assert isinstance(loaded, UserState)


@PROPERTY
@given(
    record=st.dictionaries(
        st.sampled_from(sorted(KNOWN_KEYS)) | st.text(max_size=5), json_values, max_size=6
    )
)
def test_load_state_of_any_json_object_is_a_state_or_unreadable(record: Record) -> None:
    try:
        loaded = load_state(record)
    except UnreadableStateError:
        return
    assert isinstance(loaded, UserState)


# --- migrations -----------------------------------------------------------------------------------


def chain(log: list[int]) -> dict[int, Migration]:
    """A fake schema 1 -> 2 -> 3: each step notes that it ran and renames a field."""

    def one_to_two(record: Record) -> Record:
        log.append(1)
        out = {k: v for k, v in record.items() if k != "tz"}
        return {**out, "zone": record.get("tz"), SCHEMA_KEY: 2}

    def two_to_three(record: Record) -> Record:
        log.append(2)
        assert "zone" in record, "step 2 ran before step 1"
        out = {k: v for k, v in record.items() if k != "zone"}
        return {**out, "time_zone": record["zone"], SCHEMA_KEY: 3}

    return {1: one_to_two, 2: two_to_three}


def test_migrate_applies_every_step_in_order() -> None:
    log: list[int] = []
    record = {SCHEMA_KEY: 1, "tz": "Asia/Kolkata", "other": [1]}
    result = migrate(record, chain(log), target=3)
    assert log == [1, 2]
    assert result == {SCHEMA_KEY: 3, "time_zone": "Asia/Kolkata", "other": [1]}
    assert record == {SCHEMA_KEY: 1, "tz": "Asia/Kolkata", "other": [1]}


def test_migrate_starts_from_the_record_schema() -> None:
    log: list[int] = []
    result = migrate({SCHEMA_KEY: 2, "zone": "UTC"}, chain(log), target=3)
    assert log == [2]
    assert result == {SCHEMA_KEY: 3, "time_zone": "UTC"}


def test_migrate_reads_a_record_without_schema_as_schema_1() -> None:
    log: list[int] = []
    result = migrate({"tz": "UTC"}, chain(log), target=3)
    assert log == [1, 2]
    assert result[SCHEMA_KEY] == 3


def test_migrate_of_a_current_record_runs_no_step_and_copies() -> None:
    log: list[int] = []
    record = {SCHEMA_KEY: 3, "time_zone": "UTC"}
    result = migrate(record, chain(log), target=3)
    assert log == []
    assert result == record
    assert result is not record


def test_migrate_with_a_missing_step_is_unreadable() -> None:
    log: list[int] = []
    steps = chain(log)
    del steps[2]
    with pytest.raises(UnreadableStateError, match="schema 2"):
        migrate({SCHEMA_KEY: 1, "tz": "UTC"}, steps, target=3)
    assert log == [1]


def test_migrate_of_a_newer_record_is_unreadable() -> None:
    with pytest.raises(UnreadableStateError, match="newer"):
        migrate({SCHEMA_KEY: 4}, chain([]), target=3)


@pytest.mark.parametrize("schema", ["2", 2.0, False, None, 0, -3, [2]])
def test_migrate_of_a_schema_that_is_not_a_positive_whole_number_is_unreadable(
    schema: Any,
) -> None:
    with pytest.raises(UnreadableStateError, match="positive whole number"):
        migrate({SCHEMA_KEY: schema}, chain([]), target=3)


def test_migrate_with_the_defaults_leaves_a_current_record_alone() -> None:
    assert migrate(RECORD) == RECORD


def test_record_without_exercises_reads_as_none_completed() -> None:
    # Records written before the exercises existed have no such key.
    record = {k: v for k, v in RECORD.items() if k != "exercises"}
    assert load_state(stored(record)).exercises.total_completed == 0


def test_exercise_completions_round_trip() -> None:
    state = UserState(exercises=ExerciseRecord(completions={"past": 2, "future": 1}))
    loaded = load_state(stored(dump_state(state)))
    assert loaded.exercises.total_completed == 3
    assert loaded == state


# --- check-ins and tips ---------------------------------------------------------------------------


def test_a_record_from_before_check_ins_reads_as_none_yet() -> None:
    record = stored(RECORD)
    del record["checkins"]
    del record["tips"]
    state = load_state(record)
    assert state.checkins == CheckInLog()
    assert state.tips == TipRotation()
    assert state.period == PERIOD


def test_check_ins_and_tips_survive_a_round_trip() -> None:
    state = load_state(stored(dump_state(STATE)))
    assert state.checkins == CHECKINS
    assert state.checkins.on(date(2026, 11, 21)) == CHECKINS.entries[0]
    assert state.tips == TIPS


EXERCISES = ExerciseRecord(
    completions={"past": 2, "future": 1},
    last_completed={"past": date(2026, 11, 20), "future": date(2026, 11, 22)},
    last_feeling=Feeling.RESENTMENT,
    in_progress=Place(Position(ExerciseId.PAST, StepId.REFRAME, Feeling.ANGER), date(2026, 11, 23)),
)
EXERCISES_RECORD: Record = {
    "completions": {"past": 2, "future": 1},
    "last_completed": {"past": "2026-11-20", "future": "2026-11-22"},
    "last_feeling": "resentment",
    "in_progress": {
        "exercise": "past",
        "step": "reframe",
        "feeling": "anger",
        "since": "2026-11-23",
    },
}


def test_exercises_are_written_in_the_documented_shape_and_read_back() -> None:
    record = dump_state(UserState(exercises=EXERCISES))
    assert record["exercises"] == EXERCISES_RECORD
    assert load_state(stored(record)).exercises == EXERCISES


def test_exercises_without_the_newer_parts_read_as_empty() -> None:
    # Records written when only completions were kept.
    loaded = load_state(stored({**RECORD, "exercises": {"completions": {"past": 1}}}))
    assert loaded.exercises == ExerciseRecord(completions={"past": 1})
    assert loaded.exercises.in_progress is None
    assert loaded.exercises.last_feeling is None


@pytest.mark.parametrize(
    "change",
    [{"step": "a_step_since_renamed"}, {"exercise": "present"}, {"step": "close"}],
)
def test_a_place_this_code_cannot_resume_is_dropped_not_unreadable(change: Record) -> None:
    raw = {**EXERCISES_RECORD, "in_progress": {**EXERCISES_RECORD["in_progress"], **change}}
    loaded = load_state(stored({**RECORD, "exercises": raw}))
    assert loaded.exercises.in_progress is None
    assert loaded.exercises.completions == {"past": 2, "future": 1}


def test_a_feeling_this_code_does_not_know_reads_as_none_named() -> None:
    raw = {**EXERCISES_RECORD, "last_feeling": "wistfulness"}
    assert load_state(stored({**RECORD, "exercises": raw})).exercises.last_feeling is None


def test_a_corrupt_exercise_date_is_unreadable() -> None:
    raw = {**EXERCISES_RECORD, "last_completed": {"past": 20261120}}
    with pytest.raises(UnreadableStateError):
        load_state(stored({**RECORD, "exercises": raw}))


def test_record_without_reminders_reads_as_none() -> None:
    # Records written before reminders existed have no such key.
    record = {k: v for k, v in RECORD.items() if k != "reminders"}
    assert load_state(stored(record)).reminders == Reminders()


def test_reminder_tokens_round_trip() -> None:
    reminders = Reminders(
        daily=DailyReminder("token-daily", ClockTime(20, 30)),
        last_day=LastDayReminder("token-last", date(2026, 12, 19)),
    )
    record = dump_state(UserState(reminders=reminders))
    assert record["reminders"] == {
        "daily": {"token": "token-daily", "at": "20:30"},
        "last_day": {"token": "token-last", "on": "2026-12-19"},
    }
    assert load_state(stored(record)).reminders == reminders


@pytest.mark.parametrize(
    "raw",
    [
        {"daily": {"token": "t", "at": "8 pm"}},
        {"daily": {"token": "", "at": "20:00"}},
        {"last_day": {"token": "t", "on": "soon"}},
        {"daily": {"at": "20:00"}},
    ],
)
def test_unreadable_reminders_make_the_record_unreadable(raw: Record) -> None:
    with pytest.raises(UnreadableStateError):
        load_state(stored({**RECORD, "reminders": raw}))


@pytest.mark.parametrize(
    ("raw", "cause"),
    [
        ({"daily": {"token": "t", "at": 2000}}, ValueError),
        ({"daily": {"token": "t", "at": "8 pm"}}, ValueError),
        ({"daily": {"token": 7, "at": "20:00"}}, TypeError),
    ],
    ids=["a time as a number", "a spoken time", "a token as a number"],
)
def test_an_unreadable_reminder_names_what_was_wrong(raw: Record, cause: type) -> None:
    with pytest.raises(UnreadableStateError, match=f"corrupt: {cause.__name__}$"):
        load_state(stored({**RECORD, "reminders": raw}))


# --- fields older records lack, and the last urge's time ------------------------------------------


def test_the_last_urge_is_stored_in_utc_and_read_back() -> None:
    at = datetime(2026, 11, 30, 14, 7, tzinfo=UTC)
    record = dump_state(UserState(period=replace(PERIOD, last_urge_at=at)))
    assert record["period"]["last_urge_at"] == "2026-11-30T14:07:00+00:00"
    loaded = load_state(stored(record)).period
    assert loaded is not None
    assert loaded.last_urge_at == at


def test_a_period_without_an_urge_stores_no_urge_time() -> None:
    assert "last_urge_at" not in dump_state(UserState(period=PERIOD))["period"]


@pytest.mark.parametrize(
    ("value", "known"),
    [
        ("2026-11-30T14:07:00+00:00", datetime(2026, 11, 30, 14, 7, tzinfo=UTC)),
        ("2026-11-30T14:07:00", None),
        ("soon", None),
        (20261130, None),
    ],
    ids=["utc", "no zone", "not a time", "a number"],
)
def test_an_urge_time_without_a_zone_or_unreadable_is_not_known(
    value: Any, known: datetime | None
) -> None:
    period = {**RECORD["period"], "last_urge_at": value}
    loaded = load_state(stored({**RECORD, "period": period})).period
    assert loaded is not None
    assert loaded.last_urge_at == known
    assert loaded.urges_resisted == 4


def test_a_period_from_before_slips_runs_and_urges_were_kept_starts_them_at_none() -> None:
    period = {k: v for k, v in RECORD["period"].items() if k in ("start", "target_days")}
    period["committed_on"] = "2026-11-02"
    loaded = load_state(stored({**RECORD, "period": period})).period
    assert loaded is not None
    assert (loaded.slips, loaded.longest_run, loaded.urges_resisted) == ((), 0, 0)
    assert (loaded.older_slips, loaded.last_urge_at, loaded.ended_on) == (0, None, None)


def test_a_streak_without_its_counts_is_no_streak() -> None:
    checkins = {**RECORD["checkins"], "streak": {"last_day": "2026-11-22"}}
    loaded = load_state(stored({**RECORD, "checkins": checkins})).checkins.streak
    assert (loaded.length, loaded.longest) == (0, 0)


def test_totals_of_earlier_periods_missing_a_field_count_it_as_none() -> None:
    loaded = load_state(stored({**RECORD, "earlier": {"periods": 12}})).earlier
    assert loaded == EarlierPeriods(periods=12)
    assert (loaded.completed, loaded.longest_run, loaded.slips, loaded.urges_resisted) == (0,) * 4


def test_a_schema_below_one_is_refused_in_words() -> None:
    with pytest.raises(UnreadableStateError) as caught:
        migrate({**RECORD, "schema": 0})
    assert str(caught.value) == "the record's schema version is not a positive whole number"
