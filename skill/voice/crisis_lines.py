"""Where a person in crisis can get help, by Alexa locale: data, kept apart from the speech.

Each line's name is written in the language its locale speaks; how it is reached ("call", "call
or text") and any note about it are catalog keys, said in that language.

Alexa has no Irish locale; Irish devices use en-GB, and Samaritans answer 116 123 in the UK and
in Ireland alike (999 reaches the emergency services in both). In the US, the 988 Lifeline
answers in Spanish too: on a call, by pressing 2; by text, with the word AYUDA.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CrisisLine:
    """A free crisis line, open day and night, and the local emergency number."""

    name: str
    number: str
    how: str
    """How to reach it, as a catalog key's ending: "call", or "call_or_text"."""
    emergency: str
    note: str | None = None
    """A catalog key for one more thing to know, such as how to be answered in Spanish."""


CRISIS_LINES: dict[str, CrisisLine] = {
    "en-US": CrisisLine("the Suicide and Crisis Lifeline", "988", "call_or_text", "911"),
    "en-CA": CrisisLine("the Suicide Crisis Helpline", "988", "call_or_text", "911"),
    "en-GB": CrisisLine("Samaritans", "116 123", "call", "999"),
    "en-IE": CrisisLine("Samaritans", "116 123", "call", "112"),
    "en-AU": CrisisLine("Lifeline", "13 11 14", "call", "000"),
    "en-IN": CrisisLine("Tele MANAS", "14416", "call", "112"),
    "es-ES": CrisisLine("la Línea 024", "024", "call", "112"),
    "es-MX": CrisisLine("la Línea de la Vida", "800 911 2000", "call", "911"),
    "es-US": CrisisLine(
        "la Línea de Prevención del Suicidio y Crisis",
        "988",
        "call_or_text",
        "911",
        note="crisis_note_spanish_988",
    ),
}


def crisis_line(locale: str | None) -> CrisisLine | None:
    """The crisis line for ``locale`` ("en-GB"), or None where none is known.

    Examples
    --------
    >>> crisis_line("en-AU").number
    '13 11 14'
    >>> crisis_line("es-MX").number, crisis_line("es-MX").emergency
    ('800 911 2000', '911')
    >>> crisis_line("fr-FR") is None
    True
    """
    return CRISIS_LINES.get(locale or "")
