"""The no-contact period: its length, the day count and what a slip, an urge or an end does to it.

Every function here is pure. Dates are the person's *local* calendar dates; turning an instant
into a local date is the job of :mod:`skill.domain.clock`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

STANDARD_DAYS = 30
SHORT_RELATIONSHIP_DAYS = 14
# "Under three months" together earns the shorter period.
SHORT_RELATIONSHIP_LIMIT_DAYS = 90
MIN_CUSTOM_DAYS = 7
MAX_CUSTOM_DAYS = 180
#: An urge within this long of the last one is the same pull coming back, not a new one.
URGE_RETURN_WINDOW = timedelta(hours=1)


class Phase(enum.Enum):
    """Where a person stands in their period; speech changes with it."""

    FIRST_DAYS = "first_days"
    MIDDLE = "middle"
    LAST_DAYS = "last_days"
    COMPLETE = "complete"


class Outcome(enum.Enum):
    """How a period ended, for the history."""

    COMPLETED = "completed"
    ENDED = "ended"


class DateCheck(enum.Enum):
    """What to make of a last-contact date the person gave."""

    OK = "ok"
    IN_FUTURE = "in_future"
    LONGER_THAN_TARGET = "longer_than_target"


class PeriodError(ValueError):
    """A rule of the period was broken by the caller (a bug, or input that was not checked)."""


def target_for_relationship(relationship_days: int | None) -> int:
    """The period's length for a relationship of ``relationship_days`` (unknown: the standard 30).

    Examples
    --------
    >>> target_for_relationship(60)
    14
    >>> target_for_relationship(365)
    30
    """
    if relationship_days is not None and relationship_days < SHORT_RELATIONSHIP_LIMIT_DAYS:
        return SHORT_RELATIONSHIP_DAYS
    return STANDARD_DAYS


def is_valid_custom_length(days: int) -> bool:
    """Whether a length the person asked for is one we accept (7 to 180 days)."""
    return MIN_CUSTOM_DAYS <= days <= MAX_CUSTOM_DAYS


def check_last_contact(last_contact: date, today: date, target_days: int) -> DateCheck:
    """Question a date in the future, or one so long ago the whole period has already passed."""
    if last_contact > today:
        return DateCheck.IN_FUTURE
    if (today - last_contact).days >= target_days:
        return DateCheck.LONGER_THAN_TARGET
    return DateCheck.OK


#: Slips kept day by day in a period; earlier ones are kept as a count (a record stays small).
SLIPS_KEPT = 20
#: Past periods kept whole; earlier ones are kept as totals.
PAST_PERIODS_KEPT = 10


@dataclass(frozen=True)
class PastPeriod:
    """A closed period, kept so that nothing the person achieved is erased."""

    start: date
    closed_on: date
    target_days: int
    outcome: Outcome
    longest_run: int
    slips: int
    urges_resisted: int


@dataclass(frozen=True)
class Period:
    """A committed stretch of no contact.

    ``start`` is the local date of the last contact; that day is day 1.
    """

    start: date
    target_days: int
    committed_on: date
    slips: tuple[date, ...] = ()
    longest_run: int = 0
    urges_resisted: int = 0
    ended_on: date | None = None
    older_slips: int = 0
    """Slips before the :data:`SLIPS_KEPT` kept by day."""
    last_urge_at: datetime | None = None
    """When the last urge was told (UTC, to the minute): an urge soon after is one coming back."""

    @property
    def slip_count(self) -> int:
        """Every slip of this period, those kept by day and those kept as a count."""
        return self.older_slips + len(self.slips)

    def elapsed(self, today: date) -> int:
        """Whole local days since the last contact (never negative)."""
        return max(0, (today - self.start).days)

    def day_number(self, today: date) -> int:
        """The day the person is on: the day of the last contact is day 1."""
        return self.elapsed(today) + 1

    def days_left(self, today: date) -> int:
        """Days still to go, never below zero."""
        return max(0, self.target_days - self.elapsed(today))

    def is_complete(self, today: date) -> bool:
        return self.days_left(today) == 0

    def is_active(self) -> bool:
        """Running: neither ended by the person nor closed."""
        return self.ended_on is None

    def current_run(self, today: date) -> int:
        """Days of no contact in the current run, capped at the target."""
        return min(self.elapsed(today), self.target_days)

    def best_run(self, today: date) -> int:
        """The longest run so far, counting the one under way."""
        return max(self.longest_run, self.current_run(today))

    def phase(self, today: date) -> Phase:
        left = self.days_left(today)
        if left == 0:
            return Phase.COMPLETE
        if self.elapsed(today) < 3:
            return Phase.FIRST_DAYS
        if left <= 3:
            return Phase.LAST_DAYS
        return Phase.MIDDLE


def start_period(last_contact: date, today: date, target_days: int) -> Period:
    """Commit to a period that began on the day of the last contact.

    Raises
    ------
    PeriodError
        When the date is in the future or the length is outside 7 to 180 days: callers check
        these with :func:`check_last_contact` and :func:`is_valid_custom_length` first.

    Examples
    --------
    >>> p = start_period(date(2026, 11, 1), date(2026, 11, 3), 30)
    >>> p.day_number(date(2026, 11, 3)), p.days_left(date(2026, 11, 3))
    (3, 28)
    """
    if last_contact > today:
        raise PeriodError("the last contact cannot be in the future")
    if not is_valid_custom_length(target_days):
        raise PeriodError(f"a period of {target_days} days is outside the accepted range")
    return Period(start=last_contact, target_days=target_days, committed_on=today)


def record_slip(period: Period, slip_on: date) -> Period:
    """Restart the count from the day of the contact, keeping every slip and the longest run.

    A slip dated before the current start (an old contact remembered late) changes nothing in
    the count but is still kept in the history.
    """
    if slip_on < period.start:
        return compact_slips(replace(period, slips=(*period.slips, slip_on)))
    run = min((slip_on - period.start).days, period.target_days)
    return compact_slips(
        replace(
            period,
            start=slip_on,
            slips=(*period.slips, slip_on),
            longest_run=max(period.longest_run, run),
        )
    )


def compact_slips(period: Period) -> Period:
    """``period`` with at most :data:`SLIPS_KEPT` slips by day, the rest counted.

    Examples
    --------
    >>> p = Period(date(2026, 1, 1), 30, date(2026, 1, 1), slips=(date(2026, 1, 2),) * 25)
    >>> q = compact_slips(p)
    >>> len(q.slips), q.older_slips, q.slip_count
    (20, 5, 25)
    """
    extra = len(period.slips) - SLIPS_KEPT
    if extra <= 0:
        return period
    return replace(period, slips=period.slips[extra:], older_slips=period.older_slips + extra)


def record_urge(period: Period, at: datetime | None = None) -> Period:
    """An urge that was not acted on: counted in the person's favour, never as a slip.

    ``at`` (timezone-aware) is kept to the minute, so that the next urge knows if it came back.
    """
    when = at.astimezone(UTC).replace(second=0, microsecond=0) if at else period.last_urge_at
    return replace(period, urges_resisted=period.urges_resisted + 1, last_urge_at=when)


def urge_came_back(period: Period | None, now: datetime) -> bool:
    """Whether an urge told at ``now`` is the last one returning (within the hour).

    Examples
    --------
    >>> p = record_urge(Period(date(2026, 11, 1), 30, date(2026, 11, 1)),
    ...                 datetime(2026, 12, 1, 23, 5, tzinfo=UTC))
    >>> urge_came_back(p, datetime(2026, 12, 1, 23, 50, tzinfo=UTC))
    True
    >>> urge_came_back(p, datetime(2026, 12, 2, 0, 6, tzinfo=UTC))
    False
    """
    last = period.last_urge_at if period else None
    return last is not None and timedelta(0) <= now - last <= URGE_RETURN_WINDOW


def change_length(period: Period, target_days: int) -> Period:
    """Set a custom length (7 to 180 days) on a running period."""
    if not is_valid_custom_length(target_days):
        raise PeriodError(f"a period of {target_days} days is outside the accepted range")
    return replace(period, target_days=target_days)


def end_period(period: Period, today: date) -> Period:
    """The person chose to stop; the period is kept, marked with the day it ended."""
    return replace(period, ended_on=today)


def close(period: Period, today: date) -> PastPeriod:
    """Summarise a period for the history when a new one replaces it."""
    closed_on = period.ended_on or today
    outcome = Outcome.COMPLETED if period.is_complete(closed_on) else Outcome.ENDED
    return PastPeriod(
        start=period.start,
        closed_on=closed_on,
        target_days=period.target_days,
        outcome=outcome,
        longest_run=period.best_run(closed_on),
        slips=period.slip_count,
        urges_resisted=period.urges_resisted,
    )


@dataclass(frozen=True)
class EarlierPeriods:
    """Totals of the past periods older than the :data:`PAST_PERIODS_KEPT` kept whole."""

    periods: int = 0
    completed: int = 0
    longest_run: int = 0
    slips: int = 0
    urges_resisted: int = 0

    def add(self, past: PastPeriod) -> EarlierPeriods:
        return EarlierPeriods(
            periods=self.periods + 1,
            completed=self.completed + (past.outcome is Outcome.COMPLETED),
            longest_run=max(self.longest_run, past.longest_run),
            slips=self.slips + past.slips,
            urges_resisted=self.urges_resisted + past.urges_resisted,
        )


def keep_history(
    history: tuple[PastPeriod, ...], earlier: EarlierPeriods
) -> tuple[tuple[PastPeriod, ...], EarlierPeriods]:
    """At most :data:`PAST_PERIODS_KEPT` past periods whole, the oldest folded into totals."""
    extra = len(history) - PAST_PERIODS_KEPT
    for past in history[: max(0, extra)]:
        earlier = earlier.add(past)
    return history[max(0, extra) :], earlier
