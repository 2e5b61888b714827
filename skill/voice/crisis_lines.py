"""Where a person in crisis can get help, by Alexa locale: data, kept apart from the speech.

Alexa has no Irish locale; Irish devices use en-GB, and Samaritans answer 116 123 in the UK and
in Ireland alike (999 reaches the emergency services in both).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CrisisLine:
    """A free crisis line, open day and night, and the local emergency number."""

    name: str
    number: str
    how: str
    """How to reach it: "call", or "call or text"."""
    emergency: str


CRISIS_LINES: dict[str, CrisisLine] = {
    "en-US": CrisisLine("the Suicide and Crisis Lifeline", "988", "call or text", "911"),
    "en-CA": CrisisLine("the Suicide Crisis Helpline", "988", "call or text", "911"),
    "en-GB": CrisisLine("Samaritans", "116 123", "call", "999"),
    "en-IE": CrisisLine("Samaritans", "116 123", "call", "112"),
    "en-AU": CrisisLine("Lifeline", "13 11 14", "call", "000"),
    "en-IN": CrisisLine("Tele MANAS", "14416", "call", "112"),
}


def crisis_line(locale: str | None) -> CrisisLine | None:
    """The crisis line for ``locale`` ("en-GB"), or None where none is known.

    Examples
    --------
    >>> crisis_line("en-AU").number
    '13 11 14'
    >>> crisis_line("es-ES") is None
    True
    """
    return CRISIS_LINES.get(locale or "")
