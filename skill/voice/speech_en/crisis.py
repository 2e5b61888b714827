"""What Letting Go says to someone in crisis: calm, short, and the number to call first.

The crisis line and emergency number of each locale are data (:mod:`skill.voice.crisis_lines`);
these lines only say them.
"""

from __future__ import annotations

from skill.voice.ssml import telephone

_NUMBER = telephone("number")
_EMERGENCY = telephone("emergency")

LINES: dict[str, tuple[str, ...]] = {
    "crisis": (
        "I'm really glad you told me. Please talk to someone right now: you can {how} "
        "{name} on " + _NUMBER + ", any time, day or night. {note}"
        "If you're in danger right now, call " + _EMERGENCY + ". "
        "You don't have to carry this alone. To hear the number again, say: repeat.",
    ),
    # How a line is reached (see skill.voice.crisis_lines), and a note some lines come with.
    "crisis_how_call": ("call",),
    "crisis_how_call_or_text": ("call or text",),
    "crisis_note_spanish_988": ("To be answered in Spanish, press 2. ",),
    "crisis_reprompt": (
        "You can {how} {name} on " + _NUMBER + ", any time. To hear it again, say: repeat.",
    ),
    "crisis_no_line": (
        "I'm really glad you told me. Please talk to someone right now: call your local "
        "emergency number, or a crisis line where you live. "
        "You don't have to carry this alone.",
    ),
    "crisis_no_line_reprompt": (
        "Please call your local emergency number, or a crisis line where you live.",
    ),
}
