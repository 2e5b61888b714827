"""What the Alexa app shows beside an answer: a title and a few plain lines.

A card holds only the skill's own words and numbers: never the other person, never anything the
person said.
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "card_days_left_title": ("Day {day} of {target}",),
    "card_days_left": ("{left} to go. Tell me when an urge hits.",),
    "card_days_left_done": ("You finished {target} without contact.",),
    "card_checkin_title": ("Today's check-in",),
    "card_checkin": ("Check-in streak: {days}.\nToday's tip: {tip}",),
    "card_checkin_no_tip": ("Check-in streak: {days}.",),
    "card_progress_title": ("How you're doing",),
    "card_crisis_title": ("You don't have to carry this alone",),
    "card_crisis": (
        "{how} {name}: {number}, any time, day or night.\nIn danger right now? Call {emergency}.",
    ),
}
