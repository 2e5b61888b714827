"""Time: an injectable clock, and the person's local date in their time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

UTC_ZONE = "UTC"


class Clock(Protocol):
    """Gives the current instant; tests pass a fake one."""

    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class SystemClock:
    """The machine's clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def zone_or_none(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when it is empty or unknown."""
    if not name:
        return None
    # Read on first use: a turn that knows no zone is answered in UTC without the zone database.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    # OSError: a name such as "America" is a directory of the zone database, not a zone.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def is_known_zone(name: str | None) -> bool:
    return zone_or_none(name) is not None


def local_now(instant: datetime, zone: str | None) -> datetime:
    """``instant`` seen on a wall clock in ``zone`` (UTC when the zone is unknown).

    Examples
    --------
    >>> local_now(datetime(2026, 11, 24, 3, 0, tzinfo=UTC), "America/Los_Angeles").hour
    19
    """
    return instant.astimezone(zone_or_none(zone) or UTC)


def local_date(instant: datetime, zone: str | None) -> date:
    """The calendar date in ``zone`` at ``instant``."""
    return local_now(instant, zone).date()


#: A day said without a year comes from Alexa as its next occurrence ("November 20th", said on
#: December 1st, is next November). One this far ahead or more, for something that has already
#: happened, is last year's.
_NEXT_OCCURRENCE_DAYS = 32


def day_in_the_past(day: date, today: date) -> date:
    """``day`` as a day that has happened: a yearless date Alexa put in the coming year goes
    back a year; any other day is left as it is (a day still to come is the caller's to refuse).

    Examples
    --------
    >>> day_in_the_past(date(2027, 11, 20), today=date(2026, 12, 1))
    datetime.date(2026, 11, 20)
    >>> day_in_the_past(date(2026, 12, 2), today=date(2026, 12, 1))
    datetime.date(2026, 12, 2)
    >>> day_in_the_past(date(2028, 2, 29), today=date(2027, 3, 1))
    datetime.date(2028, 2, 29)
    """
    if not _NEXT_OCCURRENCE_DAYS <= (day - today).days <= 366:
        return day
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # February 29th has no day a year before it
        return day
    return earlier if earlier <= today else day
