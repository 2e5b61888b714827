"""Typed text turned into the AMAZON.TIME values Alexa sends: ``"20:00"``, or a part of the day.

"8 pm", "8:30 in the evening", "half past seven", "quarter to nine", "noon" and "20:00" are
times; "in the morning", "afternoon", "evening" and "tonight" are parts of the day, which Alexa
sends as ``MO``, ``AF``, ``EV`` and ``NI``. A time without am or pm is taken as said on a
24-hour clock ("at 8" is ``08:00``).
"""

from __future__ import annotations

from collections.abc import Sequence

from skill.console.slot_values import normalize, words_to_int

_PARTS_OF_DAY = {
    "morning": "MO", "in the morning": "MO", "this morning": "MO",
    "afternoon": "AF", "in the afternoon": "AF", "this afternoon": "AF",
    "evening": "EV", "in the evening": "EV", "this evening": "EV",
    "night": "NI", "at night": "NI", "tonight": "NI",
}  # fmt: skip
_NAMED = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
# Words after the time that say which half of the day it is in.
_HALVES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("in", "the", "morning"), "am"),
    (("in", "the", "afternoon"), "pm"),
    (("in", "the", "evening"), "pm"),
    (("at", "night"), "pm"),
    (("tonight",), "pm"),
    (("a", "m"), "am"),
    (("p", "m"), "pm"),
    (("am",), "am"),
    (("pm",), "pm"),
)
_FRACTIONS = {"half": 30, "quarter": 15, "a quarter": 15}


def _count(ws: Sequence[str]) -> int | None:
    if len(ws) == 1 and ws[0].isdigit():
        return int(ws[0])
    return words_to_int(ws)


def _minutes(ws: Sequence[str]) -> int | None:
    """Minutes after the hour: "30", "thirty", "oh five", "05"."""
    if ws[:1] == ["oh"]:
        ws = ws[1:]
    return _count(ws)


def _clock(ws: Sequence[str]) -> tuple[int, int] | None:
    """Hour and minute from words such as "8 30", "eight thirty", "half past eight"."""
    for i, word in enumerate(ws):
        if word in ("past", "to") and 0 < i < len(ws) - 1:
            left = [w for w in ws[:i] if w != "minutes"]
            minutes = _FRACTIONS.get(" ".join(left), _count(left))
            hour = _count(ws[i + 1 :])
            if minutes is None or hour is None or not 0 < minutes < 60:
                return None
            return (hour, minutes) if word == "past" else ((hour - 1) % 24, 60 - minutes)
    if len(ws) == 1 and "." in ws[0]:  # "8.30"
        hour_text, _, minute_text = ws[0].partition(".")
        if hour_text.isdigit() and minute_text.isdigit() and len(minute_text) == 2:
            return int(hour_text), int(minute_text)
        return None
    if not ws:
        return None
    hour = _count(ws[:1])
    minutes = _minutes(ws[1:]) if len(ws) > 1 else 0
    return None if hour is None or minutes is None else (hour, minutes)


def parse_time(text: str) -> str | None:
    """An AMAZON.TIME value for a spoken time, or None when the words are not a time.

    Examples
    --------
    >>> parse_time("8 pm"), parse_time("half past seven in the morning"), parse_time("evening")
    ('20:00', '07:30', 'EV')
    >>> parse_time("quarter to nine p.m."), parse_time("noon"), parse_time("soon")
    ('20:45', '12:00', None)
    """
    ws = normalize(text).split()
    if ws[:1] == ["at"]:
        ws = ws[1:]
    phrase = " ".join(ws)
    if phrase in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[phrase]
    if phrase in _NAMED:
        return "{:02d}:{:02d}".format(*_NAMED[phrase])
    half = None
    for words, value in _HALVES:
        if len(ws) > len(words) and tuple(ws[-len(words) :]) == words:
            half, ws = value, ws[: -len(words)]
            break
    if ws[-1:] == ["o'clock"]:
        ws = ws[:-1]
    found = _clock(ws)
    if found is None:
        return None
    hour, minute = found
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"
