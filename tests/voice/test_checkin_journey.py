"""Forty days of check-ins, and the tips across sessions and restarts, as a person lives them.

The clock moves day by day in the device's time zone; check-ins fall at 23:30 and at 00:30
local, so a count in UTC or in 24-hour spans would go wrong where a person's would not.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from skill.builder import build_skill
from skill.domain.tips import TIPS
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi, FakeClock
from tests.voice.checkin_helpers import activity, start_period, tip_heard

FIRST_DAY = date(2026, 10, 20)  # Los Angeles leaves summer time on 1 November, day 13
DAYS = 40
TARGET = 45
MISSED = 20  # no check-in on the 21st day
# Moods a person gives; the last seven (days 34 to 40) climb from 2 to 5.
MOODS = [3, 2, 2, 3, 4, 3, 2] * 5 + [2, 2, 3, 3, 4]
LAST_SEVEN = [2, 2, 3, 3, 4, 4, 5]


def local(zone: str, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def streaks_as_a_person_counts(days_checked_in: list[date]) -> tuple[int, int]:
    """Current and longest run of consecutive calendar days, counted on fingers."""
    current = longest = 0
    previous: date | None = None
    for day in days_checked_in:
        current = current + 1 if previous == day - timedelta(days=1) else 1
        longest = max(longest, current)
        previous = day
    return current, longest


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati"])
def test_forty_days_of_check_ins_count_as_a_person_would(
    alexa: Alexa, clock: FakeClock, alexa_api: FakeAlexaApi, zone: str
) -> None:
    alexa_api.time_zone = zone
    clock.set(local(zone, FIRST_DAY, time(12, 0)))
    start_period(alexa, last_contact=FIRST_DAY.isoformat(), target=str(TARGET))
    moods = MOODS[: DAYS - len(LAST_SEVEN)] + LAST_SEVEN
    checked_in: list[date] = []

    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        if n == MISSED:
            continue
        # Just after midnight on odd days, late in the evening on even ones.
        at = time(0, 30) if n % 2 else time(23, 30)
        clock.set(local(zone, day, at))
        alexa.one_shot("CheckInIntent")
        alexa.confirm(True)
        heard = alexa.answer(str(moods[n]), activity=activity("go for a run", "EXERCISE"))
        checked_in.append(day)
        current, _ = streaks_as_a_person_counts(checked_in)
        assert "nights are often the hardest" in heard.text or "hardest stretch" in heard.text
        if current >= 2:
            assert f"{current} days in a row" in heard.text, (n, heard.text)
        elif n == 0:
            assert "your first check-in" in heard.text
        else:
            assert "fresh streak" in heard.text or "new streak" in heard.text

        progress = alexa.one_shot("ProgressIntent").text
        assert f"day {n + 1} of {TARGET}, with {TARGET - n} days to go" in progress.lower()

        if n % 2:  # the same local day, 23 hours later: still today's check-in
            clock.set(local(zone, day, time(23, 30)))
            again = alexa.one_shot("CheckInIntent")
            assert "already checked in today" in again.text

    current, longest = streaks_as_a_person_counts(checked_in)
    assert (current, longest) == (DAYS - MISSED - 1, MISSED)
    progress = alexa.one_shot("ProgressIntent").text
    assert f"checked in {current} days in a row; your best is {longest} days" in (progress)
    average = round(sum(LAST_SEVEN) / 7, 1)
    assert f"Over 7 check-ins, your mood has been rising, averaging {average} out of 5" in progress


def test_tips_do_not_repeat_before_the_pool_is_used_up_across_restarts(
    alexa: Alexa,
    clock: FakeClock,
    store_path: Path,
    alexa_api: FakeAlexaApi,
) -> None:
    start_period(alexa, last_contact="2026-11-24", target="180")
    heard_tips: list[str] = []

    def restarted() -> Alexa:
        """A new process: a new skill over the same store file."""
        store = LocalStore(store_path, clock=lambda: clock.now().timestamp())
        skill = build_skill(store, clock=clock, api_client=alexa_api, rng=random.Random(11))
        handler: Callable[[dict[str, Any]], dict[str, Any]] = lambda e: handle_event(skill, e)  # noqa: E731
        return Alexa(handler, caller=alexa.caller, now=clock.now)

    speaker = alexa
    for n in range(len(TIPS) + 3):
        if n in (10, len(TIPS) - 1):
            speaker = restarted()
        speaker.launch()  # a new session each day, through the offer on launch
        speaker.intent("AMAZON.YesIntent")
        speaker.confirm(True)
        heard = speaker.answer("3", activity=activity("rest", "REST"))
        tip = tip_heard(heard.text)
        assert tip is not None, heard.text
        heard_tips.append(tip)
        clock.advance(days=1)

    first_round = heard_tips[: len(TIPS)]
    assert sorted(first_round) == sorted(tip.id for tip in TIPS)
    assert heard_tips[len(TIPS)] != heard_tips[len(TIPS) - 1]
    assert len(set(heard_tips[len(TIPS) :])) == 3


def test_every_tip_has_its_own_words() -> None:
    from skill.voice import speech_en

    lines = [speech_en.LINES[f"tip_{tip.id}"] for tip in TIPS]
    assert all(len(variants) == 1 for variants in lines)
    texts = [variants[0] for variants in lines]
    assert len(set(texts)) == len(texts) >= 30
    assert all(10 <= len(text.split()) <= 35 for text in texts)
