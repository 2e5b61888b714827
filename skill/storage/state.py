"""The one record we keep per person, as plain JSON-safe values, with its schema and migrations.

The stores keep a record as a dict ``{"schema": N, "version": V, ...}``. ``version`` belongs to
the stores (it guards concurrent writes); everything else is read and written here.

A new part of the state that older records lack is added with a default (read as empty when
missing), which needs no migration; a change to the meaning or shape of stored data bumps
SCHEMA_VERSION and adds a migration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from skill.domain.checkin import Activity, CheckIn, CheckInLog, Streak, is_valid_mood

# ExerciseRecord is the domain's; it is read and written here like Period, and importable from
# here like the rest of the state.
from skill.domain.exercises import ExerciseId, ExerciseRecord, Feeling, Place, Position, StepId
from skill.domain.period import (
    EarlierPeriods,
    Outcome,
    PastPeriod,
    Period,
    compact_slips,
    keep_history,
)
from skill.domain.reminders import (
    ClockTime,
    DailyReminder,
    LastDayReminder,
    Reminders,
    parse_clock_time,
)
from skill.domain.tips import TipRotation

SCHEMA_VERSION = 1
VERSION_KEY = "version"
SCHEMA_KEY = "schema"

Record = dict[str, Any]


class StateError(Exception):
    """Root of the state errors."""


class UnreadableStateError(StateError):
    """A stored record that cannot be understood: corrupt, or written by a newer schema.

    The record is left exactly as it is; the turn must not overwrite it.
    """


@dataclass(frozen=True)
class UserState:
    """Everything the skill remembers about one person (no names, no free text)."""

    period: Period | None = None
    history: tuple[PastPeriod, ...] = ()
    earlier: EarlierPeriods = field(default_factory=EarlierPeriods)
    """Totals of the past periods too old to keep whole."""
    time_zone: str | None = None
    exercises: ExerciseRecord = field(default_factory=ExerciseRecord)
    checkins: CheckInLog = field(default_factory=CheckInLog)
    tips: TipRotation = field(default_factory=TipRotation)
    reminders: Reminders = field(default_factory=Reminders)
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Top-level keys this code does not know yet; kept so that a newer sibling's data survives."""


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return date.fromisoformat(value)


def _int(value: Any) -> int:
    # bool is an int in Python but never a count here.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {type(value).__name__}")
    return value


def _period_to_dict(period: Period) -> Record:
    return {
        "start": period.start.isoformat(),
        "target_days": period.target_days,
        "committed_on": period.committed_on.isoformat(),
        "slips": [d.isoformat() for d in period.slips],
        "longest_run": period.longest_run,
        "urges_resisted": period.urges_resisted,
        "ended_on": period.ended_on.isoformat() if period.ended_on else None,
        **({"older_slips": period.older_slips} if period.older_slips else {}),
        **({"last_urge_at": period.last_urge_at.isoformat()} if period.last_urge_at else {}),
    }


def _period_from_dict(raw: Mapping[str, Any]) -> Period:
    ended = raw.get("ended_on")
    return Period(
        start=_date(raw["start"]),
        target_days=_int(raw["target_days"]),
        committed_on=_date(raw["committed_on"]),
        slips=tuple(_date(d) for d in raw.get("slips", [])),
        longest_run=_int(raw.get("longest_run", 0)),
        urges_resisted=_int(raw.get("urges_resisted", 0)),
        ended_on=_date(ended) if ended is not None else None,
        older_slips=_int(raw.get("older_slips", 0)),
        last_urge_at=_optional_instant(raw.get("last_urge_at")),
    )


def _past_to_dict(past: PastPeriod) -> Record:
    return {
        "start": past.start.isoformat(),
        "closed_on": past.closed_on.isoformat(),
        "target_days": past.target_days,
        "outcome": past.outcome.value,
        "longest_run": past.longest_run,
        "slips": past.slips,
        "urges_resisted": past.urges_resisted,
    }


def _earlier_from_dict(raw: Any) -> EarlierPeriods:
    if not isinstance(raw, Mapping):
        return EarlierPeriods()
    return EarlierPeriods(**{name: _int(raw.get(name, 0)) for name in _EARLIER_FIELDS})


_EARLIER_FIELDS = ("periods", "completed", "longest_run", "slips", "urges_resisted")


def _past_from_dict(raw: Mapping[str, Any]) -> PastPeriod:
    return PastPeriod(
        start=_date(raw["start"]),
        closed_on=_date(raw["closed_on"]),
        target_days=_int(raw["target_days"]),
        outcome=Outcome(raw["outcome"]),
        longest_run=_int(raw["longest_run"]),
        slips=_int(raw["slips"]),
        urges_resisted=_int(raw["urges_resisted"]),
    )


def _exercises_to_dict(record: ExerciseRecord) -> Record:
    # Parts left empty are not written: a record reads the same with or without them.
    out: Record = {"completions": dict(record.completions)}
    if record.last_completed:
        out["last_completed"] = {k: d.isoformat() for k, d in record.last_completed.items()}
    if record.last_feeling is not None:
        out["last_feeling"] = record.last_feeling.value
    if record.in_progress is not None:
        position = record.in_progress.position
        out["in_progress"] = {
            "exercise": position.exercise.value,
            "step": position.step.value,
            "feeling": position.feeling.value if position.feeling else None,
            "since": record.in_progress.since.isoformat(),
        }
    return out


def _feeling(value: Any) -> Feeling | None:
    # A feeling this code does not know (added by a newer version) reads as none named.
    try:
        return Feeling(value) if value is not None else None
    except ValueError:
        return None


def _place_from_dict(raw: Any) -> Place | None:
    """The place left part-way; one this code cannot resume (a step since renamed) is dropped."""
    if raw is None:
        return None
    # The exercises are read only for a record that holds a place in one.
    from skill.domain.exercises.definitions import GUIDE

    since = _date(raw["since"])
    try:
        position = Position(
            ExerciseId(raw["exercise"]), StepId(raw["step"]), _feeling(raw.get("feeling"))
        )
    except ValueError:
        return None
    return Place(position, since) if GUIDE.knows(position) else None


def _exercises_from_dict(raw: Any) -> ExerciseRecord:
    if raw is None:
        return ExerciseRecord()
    completions = raw.get("completions") or {}
    last = raw.get("last_completed") or {}
    return ExerciseRecord(
        completions={str(k): _int(v) for k, v in completions.items()},
        last_completed={str(k): _date(v) for k, v in last.items()},
        last_feeling=_feeling(raw.get("last_feeling")),
        in_progress=_place_from_dict(raw.get("in_progress")),
    )


def _optional_instant(value: Any) -> datetime | None:
    """A stored UTC instant; one that is missing or unreadable is simply not known."""
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def _optional_date(value: Any) -> date | None:
    return None if value is None else _date(value)


def _optional_bool(value: Any) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"expected true, false or null, got {type(value).__name__}")
    return value


def _mood(value: Any) -> int | None:
    if value is None:
        return None
    mood = _int(value)
    if not is_valid_mood(mood):
        raise ValueError("a stored mood is off the one-to-five scale")
    return mood


def _checkin_to_dict(entry: CheckIn) -> Record:
    return {
        "day": entry.day.isoformat(),
        "kept_no_contact": entry.kept_no_contact,
        "mood": entry.mood,
        "activity": entry.activity.value if entry.activity else None,
        "finished": entry.finished,
    }


def _checkin_from_dict(raw: Mapping[str, Any]) -> CheckIn:
    activity = raw.get("activity")
    return CheckIn(
        day=_date(raw["day"]),
        kept_no_contact=_optional_bool(raw.get("kept_no_contact")),
        mood=_mood(raw.get("mood")),
        activity=Activity(activity) if activity is not None else None,
        finished=bool(_optional_bool(raw.get("finished"))),
    )


def _checkins_to_dict(log: CheckInLog) -> Record:
    streak = log.streak
    return {
        "entries": [_checkin_to_dict(e) for e in log.entries],
        "streak": {
            "last_day": streak.last_day.isoformat() if streak.last_day else None,
            "length": streak.length,
            "longest": streak.longest,
        },
    }


def _checkins_from_dict(raw: Any) -> CheckInLog:
    if raw is None:
        return CheckInLog()
    streak = raw.get("streak") or {}
    return CheckInLog(
        entries=tuple(_checkin_from_dict(e) for e in raw.get("entries") or []),
        streak=Streak(
            last_day=_optional_date(streak.get("last_day")),
            length=_int(streak.get("length", 0)),
            longest=_int(streak.get("longest", 0)),
        ),
    )


def _tips_to_dict(rotation: TipRotation) -> Record:
    return {
        "given": list(rotation.given),
        "last_day": rotation.last_day.isoformat() if rotation.last_day else None,
    }


def _tips_from_dict(raw: Any) -> TipRotation:
    if raw is None:
        return TipRotation()
    given = raw.get("given") or []
    if not all(isinstance(tip_id, str) for tip_id in given):
        raise TypeError("tip ids are strings")
    return TipRotation(given=tuple(given), last_day=_optional_date(raw.get("last_day")))


def _reminders_to_dict(reminders: Reminders) -> Record:
    daily, last = reminders.daily, reminders.last_day
    return {
        "daily": {"token": daily.token, "at": str(daily.at)} if daily else None,
        "last_day": {"token": last.token, "on": last.on.isoformat()} if last else None,
    }


def _clock_time(value: Any) -> ClockTime:
    parsed = parse_clock_time(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError("expected a time of day such as 20:00")
    return parsed


def _token(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("expected a reminder token")
    return value


def _reminders_from_dict(raw: Any) -> Reminders:
    if raw is None:  # records from before reminders existed
        return Reminders()
    daily, last = raw.get("daily"), raw.get("last_day")
    return Reminders(
        daily=DailyReminder(_token(daily["token"]), _clock_time(daily["at"])) if daily else None,
        last_day=LastDayReminder(_token(last["token"]), _date(last["on"])) if last else None,
    )


_KNOWN_KEYS = {
    SCHEMA_KEY,
    VERSION_KEY,
    "period",
    "history",
    "earlier",
    "time_zone",
    "exercises",
    "checkins",
    "tips",
    "reminders",
}


def dump_state(state: UserState) -> Record:
    """The record to store for ``state`` (without the store's ``version``)."""
    record: Record = dict(state.extra)
    record.update(
        {
            SCHEMA_KEY: SCHEMA_VERSION,
            "period": _period_to_dict(state.period) if state.period else None,
            "history": [_past_to_dict(p) for p in state.history],
            **({"earlier": asdict(state.earlier)} if state.earlier.periods else {}),
            "time_zone": state.time_zone,
            "exercises": _exercises_to_dict(state.exercises),
            "checkins": _checkins_to_dict(state.checkins),
            "tips": _tips_to_dict(state.tips),
            "reminders": _reminders_to_dict(state.reminders),
        }
    )
    return record


# --- migrations ---------------------------------------------------------------------------------
# A change to the stored shape bumps SCHEMA_VERSION and adds MIGRATIONS[old] = a function from a
# record of schema ``old`` to one of schema ``old + 1``. Records are migrated on read and written
# back in the new shape on the next change; an unchanged record is never rewritten.

Migration = Callable[[Record], Record]
MIGRATIONS: dict[int, Migration] = {}


def migrate(
    record: Mapping[str, Any],
    migrations: Mapping[int, Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
) -> Record:
    """Bring a record of any known schema up to ``target``.

    Raises
    ------
    UnreadableStateError
        When the schema is not a positive whole number, is newer than ``target``, or has no
        migration path.
    """
    current = dict(record)
    schema = current.get(SCHEMA_KEY, 1)
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise UnreadableStateError("the record's schema version is not a positive whole number")
    if schema > target:
        raise UnreadableStateError(f"the record was written by a newer schema ({schema})")
    while schema < target:
        step = migrations.get(schema)
        if step is None:
            raise UnreadableStateError(f"no migration from schema {schema}")
        current = step(current)
        schema = current[SCHEMA_KEY]
    return current


def load_state(record: Mapping[str, Any] | None) -> UserState:
    """The state held in a stored record; an empty or missing record is a new person.

    Raises
    ------
    UnreadableStateError
        When the record is corrupt or from a newer schema.
    """
    if not record:
        return UserState()
    try:
        current = migrate(record)
        period_raw = current.get("period")
        zone = current.get("time_zone")
        # Records written before histories were bounded are made compact as they are read.
        history, earlier = keep_history(
            tuple(_past_from_dict(p) for p in current.get("history") or []),
            _earlier_from_dict(current.get("earlier")),
        )
        return UserState(
            period=compact_slips(_period_from_dict(period_raw)) if period_raw else None,
            history=history,
            earlier=earlier,
            time_zone=zone if isinstance(zone, str) else None,
            exercises=_exercises_from_dict(current.get("exercises")),
            checkins=_checkins_from_dict(current.get("checkins")),
            tips=_tips_from_dict(current.get("tips")),
            reminders=_reminders_from_dict(current.get("reminders")),
            extra={k: v for k, v in current.items() if k not in _KNOWN_KEYS},
        )
    except UnreadableStateError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnreadableStateError(f"the stored record is corrupt: {type(exc).__name__}") from exc
