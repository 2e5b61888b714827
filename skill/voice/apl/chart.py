"""The last seven moods as bars, drawn as SVG-style path data for an APL vector graphic.

The graphic (``MoodChart`` in the check-in document) is a fixed 140 by 60 box; each mood from one
to five is a bar of that many steps. The newest bar is drawn apart, so the document can colour
today's mood differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from skill.domain.checkin import MOOD_MAX, TREND_WINDOW

WIDTH = 140
HEIGHT = 60
_SLOT = WIDTH / TREND_WINDOW
_BAR = 12.0
_STEP = (HEIGHT - 4) / MOOD_MAX


@dataclass(frozen=True)
class MoodBars:
    """Path data for the older bars and for the newest one (empty when there is none)."""

    earlier: str
    latest: str
    count: int


def _bar(index: int, mood: int) -> str:
    x = index * _SLOT + (_SLOT - _BAR) / 2
    height = mood * _STEP
    return f"M{x:g},{HEIGHT:g} v{-height:g} h{_BAR:g} v{height:g} Z"


def mood_bars(moods: Sequence[int]) -> MoodBars:
    """Bars for the last :data:`TREND_WINDOW` moods (oldest first), the newest on the right.

    Examples
    --------
    >>> bars = mood_bars([3, 4])
    >>> bars.count, bars.latest
    (2, 'M124,60 v-44.8 h12 v44.8 Z')
    >>> mood_bars([]).earlier
    ''
    """
    kept = list(moods)[-TREND_WINDOW:]
    # Right-aligned: the newest mood always stands in the last slot.
    first = TREND_WINDOW - len(kept)
    paths = [_bar(first + i, mood) for i, mood in enumerate(kept)]
    return MoodBars(" ".join(paths[:-1]), paths[-1] if paths else "", len(kept))
