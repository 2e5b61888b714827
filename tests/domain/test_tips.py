"""The tip of the day: a pool of 30 or more, fitting the phase, never repeating within a round."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from skill.domain.period import Phase
from skill.domain.tips import TIPS, Tip, TipRotation, tip_of_the_day

DAY = date(2026, 11, 1)
PROPERTY = settings(max_examples=40, deadline=None)
phases = st.sampled_from([*Phase, None])


def run(days: int, phase_of: list[Phase | None] | None = None) -> list[Tip]:
    rotation, given_tips = TipRotation(), []
    for n in range(days):
        phase = phase_of[n] if phase_of else None
        tip, rotation = tip_of_the_day(rotation, DAY + timedelta(days=n), phase)
        given_tips.append(tip)
    return given_tips


def test_the_pool_has_at_least_thirty_tips_with_unique_ids() -> None:
    assert len(TIPS) >= 30
    assert len({tip.id for tip in TIPS}) == len(TIPS)


def test_every_phase_has_tips_and_some_fit_any_time() -> None:
    counts = Counter(tip.phase for tip in TIPS)
    assert all(counts[phase] >= 3 for phase in Phase)
    assert counts[None] >= 3


def test_tips_fitting_the_phase_come_first() -> None:
    tip, _ = tip_of_the_day(TipRotation(), DAY, Phase.LAST_DAYS)
    assert tip.phase is Phase.LAST_DAYS
    tip, _ = tip_of_the_day(TipRotation(), DAY, None)
    assert tip.phase is None


def test_when_the_phase_is_used_up_any_time_tips_come_next() -> None:
    first_days = [tip for tip in TIPS if tip.phase is Phase.FIRST_DAYS]
    given_tips = run(len(first_days) + 1, [Phase.FIRST_DAYS] * (len(first_days) + 1))
    assert {tip.phase for tip in given_tips[:-1]} == {Phase.FIRST_DAYS}
    assert given_tips[-1].phase is None


def test_the_same_day_gives_the_same_tip_and_keeps_the_rotation() -> None:
    tip, rotation = tip_of_the_day(TipRotation(), DAY, Phase.MIDDLE)
    again, same = tip_of_the_day(rotation, DAY, Phase.LAST_DAYS)
    assert (again, same) == (tip, rotation)


def test_a_whole_round_gives_every_tip_once() -> None:
    given_tips = run(len(TIPS))
    assert sorted(tip.id for tip in given_tips) == sorted(tip.id for tip in TIPS)


def test_a_new_round_does_not_open_with_the_last_tip() -> None:
    given_tips = run(len(TIPS) + 1)
    assert given_tips[len(TIPS)] != given_tips[len(TIPS) - 1]


def test_an_id_no_longer_in_the_pool_is_ignored() -> None:
    rotation = TipRotation(given=("retired_tip",), last_day=DAY)
    assert rotation.of_day(DAY) is None
    tip, after = tip_of_the_day(rotation, DAY + timedelta(days=1), None)
    assert tip in TIPS
    assert after.given == ("retired_tip", tip.id)


@PROPERTY
@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 1, 1)),
    steps=st.lists(st.tuples(st.integers(1, 3), phases), min_size=1, max_size=90),
)
def test_no_tip_repeats_before_the_pool_is_used_up(
    start: date, steps: list[tuple[int, Phase | None]]
) -> None:
    rotation, day, given_ids = TipRotation(), start, []
    for gap, phase in steps:
        day += timedelta(days=gap)
        tip, rotation = tip_of_the_day(rotation, day, phase)
        given_ids.append(tip.id)
    for begin in range(0, len(given_ids), len(TIPS)):
        one_round = given_ids[begin : begin + len(TIPS)]
        assert len(set(one_round)) == len(one_round)
    assert all(a != b for a, b in itertools.pairwise(given_ids))


ANY_TIME = (Tip("a", None), Tip("b", None), Tip("c", None))


def test_a_tip_from_another_pool_is_given_again_the_same_day() -> None:
    day = date(2026, 11, 24)
    tip, rotation = tip_of_the_day(TipRotation(), day, None, ANY_TIME)
    assert tip_of_the_day(rotation, day, None, ANY_TIME) == (tip, rotation)


def test_a_new_round_never_opens_with_the_tip_that_closed_the_last() -> None:
    for offset in range(6):
        day = date(2026, 11, 24) + timedelta(days=offset)
        for order in itertools.permutations("abc"):
            rotation = TipRotation(given=order, last_day=day - timedelta(days=1))
            tip, after = tip_of_the_day(rotation, day, None, ANY_TIME)
            assert tip.id != order[-1]
            assert after == TipRotation(given=(tip.id,), last_day=day)


def test_a_pool_of_one_tip_gives_it_every_day() -> None:
    only = (Tip("a", None),)
    rotation = TipRotation(given=("a",), last_day=date(2026, 11, 23))
    assert tip_of_the_day(rotation, date(2026, 11, 24), None, only)[0] == only[0]
