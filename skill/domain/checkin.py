"""The daily check-in: one per local day, its answers, the streak and the mood trend.

Every function here is pure. A check-in belongs to the person's *local* calendar day: one at
23:30 and the next at 00:30 are two days, and a streak counts calendar days, not 24-hour spans.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

MOOD_MIN = 1
MOOD_MAX = 5
LOG_LIMIT = 60
"""Check-ins kept in the log: enough for the mood trend and a look back, never unbounded."""
TREND_WINDOW = 7
TREND_THRESHOLD = 0.5
"""How far (in mood points) the newer check-ins must sit from the older ones to be a trend."""
LATE_NIGHT_FROM = 21
LATE_NIGHT_UNTIL = 5
"""From 9 pm to 5 am local counts as night: 00:30 is as late as 23:30 to the person awake."""


class Activity(enum.Enum):
    """The kind of thing a person will do for themselves today (never what, in their words)."""

    FRIENDS = "friends"
    FAMILY = "family"
    EXERCISE = "exercise"
    HOBBY = "hobby"
    GOAL = "goal"
    REST = "rest"
    SOMETHING_NEW = "something_new"
    OTHER = "other"
    """Something of their own that fits none of the categories."""


# Suggested, in this order of preference, when a person has nothing in mind: the method's
# ideas first (people you care about, fun, goals, something new), then the body, then rest.
SUGGESTIONS = (
    Activity.FRIENDS,
    Activity.HOBBY,
    Activity.GOAL,
    Activity.SOMETHING_NEW,
    Activity.EXERCISE,
    Activity.FAMILY,
    Activity.REST,
)


class Trend(enum.Enum):
    RISING = "rising"
    STEADY = "steady"
    FALLING = "falling"


@dataclass(frozen=True)
class CheckIn:
    """One local day's check-in. Answers not given (yet) are None.

    ``finished`` is set when the check-in was closed (the tip of the day was given); an
    unfinished one can be picked up later the same day.
    """

    day: date
    kept_no_contact: bool | None = None
    mood: int | None = None
    activity: Activity | None = None
    finished: bool = False


@dataclass(frozen=True)
class Streak:
    """Consecutive local days with a check-in: the run ending on ``last_day``, and the best."""

    last_day: date | None = None
    length: int = 0
    longest: int = 0

    def current(self, today: date) -> int:
        """The run still alive today: it survives until a whole local day passes without one."""
        if self.last_day is None or (today - self.last_day).days > 1:
            return 0
        return self.length


@dataclass(frozen=True)
class CheckInLog:
    """The recent check-ins (oldest first, at most :data:`LOG_LIMIT`) and the streak."""

    entries: tuple[CheckIn, ...] = ()
    streak: Streak = field(default_factory=Streak)

    def on(self, day: date) -> CheckIn | None:
        """The check-in of ``day``, if there is one."""
        for entry in reversed(self.entries):
            if entry.day == day:
                return entry
        return None

    def is_done(self, day: date) -> bool:
        """Whether the check-in of ``day`` was finished."""
        entry = self.on(day)
        return entry is not None and entry.finished


@dataclass(frozen=True)
class MoodTrend:
    """Where the mood is going over the last check-ins that had one."""

    trend: Trend | None
    """None when there is only one mood to go on."""
    average: float
    count: int


class CheckInError(ValueError):
    """A check-in rule was broken by the caller (input that was not checked)."""


def is_valid_mood(mood: int) -> bool:
    """Whether ``mood`` is on the one-to-five scale."""
    return MOOD_MIN <= mood <= MOOD_MAX


def is_late_night(local: datetime) -> bool:
    """Whether the person's wall clock shows night (9 pm to 5 am).

    Examples
    --------
    >>> is_late_night(datetime(2026, 11, 24, 23, 30)), is_late_night(datetime(2026, 11, 25, 0, 30))
    (True, True)
    >>> is_late_night(datetime(2026, 11, 24, 20, 59))
    False
    """
    return local.hour >= LATE_NIGHT_FROM or local.hour < LATE_NIGHT_UNTIL


def _extend(streak: Streak, day: date) -> Streak:
    if streak.last_day is not None and day <= streak.last_day:
        return streak  # that day is already counted (or older than the run)
    if streak.last_day is not None and day - streak.last_day == timedelta(days=1):
        length = streak.length + 1
    else:
        length = 1  # a missed day starts a new run; the longest is kept
    return Streak(last_day=day, length=length, longest=max(streak.longest, length))


def record_answers(
    log: CheckInLog,
    day: date,
    *,
    kept_no_contact: bool | None = None,
    mood: int | None = None,
    activity: Activity | None = None,
    finished: bool = False,
) -> CheckInLog:
    """The log with ``day``'s check-in holding these answers (None leaves an answer as it was).

    The first answer of a day extends the streak; later ones only fill in that day's check-in.

    Raises
    ------
    CheckInError
        When ``mood`` is off the one-to-five scale: callers check with :func:`is_valid_mood`.

    Examples
    --------
    >>> log = record_answers(CheckInLog(), date(2026, 11, 24), mood=4)
    >>> log = record_answers(log, date(2026, 11, 25), mood=3)
    >>> log.on(date(2026, 11, 25)).mood, log.streak.current(date(2026, 11, 25))
    (3, 2)
    """
    if mood is not None and not is_valid_mood(mood):
        raise CheckInError(f"a mood of {mood} is off the one-to-five scale")
    entry = log.on(day) or CheckIn(day=day)
    entry = replace(
        entry,
        kept_no_contact=entry.kept_no_contact if kept_no_contact is None else kept_no_contact,
        mood=entry.mood if mood is None else mood,
        activity=entry.activity if activity is None else activity,
        finished=entry.finished or finished,
    )
    others = [e for e in log.entries if e.day != day]
    entries = sorted([*others, entry], key=lambda e: e.day)[-LOG_LIMIT:]
    return CheckInLog(entries=tuple(entries), streak=_extend(log.streak, day))


def mood_trend(log: CheckInLog, window: int = TREND_WINDOW) -> MoodTrend | None:
    """The average and direction of the mood over the last ``window`` check-ins with a mood.

    The direction compares the newer half of those check-ins with the older half (the middle
    one of an odd count sits out): half a point or more apart is rising or falling.

    Examples
    --------
    >>> log = CheckInLog()
    >>> for n, mood in enumerate([2, 2, 3, 3, 4]):
    ...     log = record_answers(log, date(2026, 11, 1 + n), mood=mood)
    >>> found = mood_trend(log)
    >>> found.trend.value, found.average, found.count
    ('rising', 2.8, 5)
    """
    moods = [e.mood for e in log.entries if e.mood is not None][-window:]
    if not moods:
        return None
    average = round(sum(moods) / len(moods), 1)
    if len(moods) < 2:
        return MoodTrend(trend=None, average=average, count=1)
    half = len(moods) // 2
    older, newer = moods[:half], moods[-half:]
    change = sum(newer) / half - sum(older) / half
    if change >= TREND_THRESHOLD:
        trend = Trend.RISING
    elif change <= -TREND_THRESHOLD:
        trend = Trend.FALLING
    else:
        trend = Trend.STEADY
    return MoodTrend(trend=trend, average=average, count=len(moods))


def suggest_activity(log: CheckInLog) -> Activity:
    """Something to do for a person with nothing in mind: what they have done least lately.

    Examples
    --------
    >>> suggest_activity(CheckInLog()).value
    'friends'
    """
    last_seen: dict[Activity, int] = {}
    for index, entry in enumerate(log.entries):
        if entry.activity is not None:
            last_seen[entry.activity] = index
    # Never chosen first (in the order of SUGGESTIONS), then the longest ago.
    return min(SUGGESTIONS, key=lambda a: (last_seen.get(a, -1), SUGGESTIONS.index(a)))
