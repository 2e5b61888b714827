"""The tip of the day: a pool of tips, each fitting a phase of the period, and a rotation.

The rotation is kept per person. It never gives a tip twice before every tip of the pool has
been given once; then a new round begins (not with the tip just given). Within a round the tips
that fit the person's phase come first. The choice is a pure function of the rotation, the day
and the phase, so a change re-applied after a lost race picks the same tip.

The words of each tip live in the speech catalog, under ``tip_<id>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skill.domain.period import Phase


@dataclass(frozen=True)
class Tip:
    """One tip: a stable id (it is stored) and the phase where it fits (None: any time)."""

    id: str
    phase: Phase | None


_FIRST, _MIDDLE, _LAST, _DONE = Phase.FIRST_DAYS, Phase.MIDDLE, Phase.LAST_DAYS, Phase.COMPLETE

TIPS: tuple[Tip, ...] = (
    # The first days: commit fully, lean on people, get through the evenings.
    Tip("all_in", _FIRST),
    Tip("mute_not_watch", _FIRST),
    Tip("lean_on_people", _FIRST),
    Tip("plan_tomorrow", _FIRST),
    Tip("phone_away", _FIRST),
    Tip("space_is_kind", _FIRST),
    Tip("when_they_reach_out", _FIRST),
    # The middle: live rather than wait, and begin letting go of the past.
    Tip("new_memories", _MIDDLE),
    Tip("step_on_a_goal", _MIDDLE),
    Tip("fun_counts", _MIDDLE),
    Tip("not_a_countdown", _MIDDLE),
    Tip("move_your_body", _MIDDLE),
    Tip("resentment_is_care", _MIDDLE),
    Tip("name_it", _MIDDLE),
    Tip("perspective", _MIDDLE),
    Tip("weapon_down", _MIDDLE),
    Tip("fresh_eyes", _MIDDLE),
    # The last days: letting go of the future.
    Tip("different_not_same", _LAST),
    Tip("drop_the_script", _LAST),
    Tip("listen_first", _LAST),
    Tip("no_pressure", _LAST),
    Tip("own_values", _LAST),
    Tip("keep_living", _LAST),
    # After the period.
    Tip("unfold", _DONE),
    Tip("respect_breaks_cycles", _DONE),
    Tip("bring_who_you_became", _DONE),
    # Any time.
    Tip("be_gentle", None),
    Tip("sleep_matters", None),
    Tip("kindness_outward", None),
    Tip("feelings_pass", None),
    Tip("get_outside", None),
    Tip("write_not_send", None),
    Tip("ask_for_help", None),
)


@dataclass(frozen=True)
class TipRotation:
    """Which tips this round has given (oldest first), and the day of the latest."""

    given: tuple[str, ...] = ()
    last_day: date | None = None

    def of_day(self, day: date, pool: tuple[Tip, ...] = TIPS) -> Tip | None:
        """The tip already given on ``day``, if any."""
        if self.last_day != day or not self.given:
            return None
        return next((tip for tip in pool if tip.id == self.given[-1]), None)


def _preferred(candidates: list[Tip], phase: Phase | None) -> list[Tip]:
    """Tips for this phase first; failing those, tips for any time; failing those, the rest."""
    for wanted in ({phase}, {None}):
        fitting = [tip for tip in candidates if tip.phase in wanted]
        if fitting:
            return fitting
    return candidates


def tip_of_the_day(
    rotation: TipRotation, day: date, phase: Phase | None, pool: tuple[Tip, ...] = TIPS
) -> tuple[Tip, TipRotation]:
    """The tip for ``day`` and the rotation after giving it.

    Asked again on the same day, it gives the same tip and leaves the rotation as it is.

    Parameters
    ----------
    rotation
        The person's rotation so far.
    day
        Their local date.
    phase
        Where they stand in their period (None without a running period).
    pool
        The tips to choose from.

    Examples
    --------
    >>> tip, rotation = tip_of_the_day(TipRotation(), date(2026, 11, 24), Phase.FIRST_DAYS)
    >>> tip.phase is Phase.FIRST_DAYS, rotation.given == (tip.id,)
    (True, True)
    >>> tip_of_the_day(rotation, date(2026, 11, 24), Phase.MIDDLE) == (tip, rotation)
    True
    """
    already = rotation.of_day(day, pool)
    if already is not None:
        return already, rotation
    given = set(rotation.given)
    unused = [tip for tip in pool if tip.id not in given]
    round_given = rotation.given
    if not unused:
        # A new round; it does not open with the tip that closed the last one.
        round_given = ()
        last = rotation.given[-1] if rotation.given else None
        unused = [tip for tip in pool if tip.id != last] or list(pool)
    candidates = _preferred(unused, phase)
    # Varied by day, yet the same for the same rotation and day.
    tip = candidates[day.toordinal() % len(candidates)]
    return tip, TipRotation(given=(*round_given, tip.id), last_day=day)
