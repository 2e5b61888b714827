"""SSML made readable in a terminal, and speakable by a local text-to-speech program.

Tags are dropped and their text kept. A ``<break>`` becomes a visible pause: "…", and for a
pause of two seconds or more also its length, "… (pause 4 s)". Breaks in a row (the skill chains
them, as Alexa allows at most 10 s each) count as one pause of their summed length.
"""

from __future__ import annotations

import html
import re

LONG_PAUSE_SECONDS = 2.0
ELLIPSIS = "\u2026"

_TOKEN = re.compile(r"<[^<>]*>|[^<]+|<")
_BREAK = re.compile(r"<\s*break\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_TIME = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|s|speak)\b", re.IGNORECASE)
# Alexa's break strengths, in seconds (its documentation gives x-strong as 1 s).
_STRENGTHS = {
    "none": 0.0,
    "x-weak": 0.0,
    "weak": 0.25,
    "medium": 0.5,
    "strong": 0.75,
    "x-strong": 1.0,
}
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")


def _attributes(tag: str) -> dict[str, str]:
    return {name.lower(): value[1:-1] for name, value in _ATTRIBUTE.findall(tag)}


def break_seconds(tag: str) -> float:
    """How long the ``<break .../>`` tag ``tag`` pauses, in seconds.

    Examples
    --------
    >>> break_seconds('<break time="1500ms"/>')
    1.5
    >>> break_seconds('<break strength="x-strong"/>')
    1.0
    """
    attributes = _attributes(tag)
    if found := _TIME.match(attributes.get("time", "")):
        amount = float(found.group(1))
        return amount / 1000 if found.group(2).lower() == "ms" else amount
    return _STRENGTHS.get(attributes.get("strength", "medium").lower(), _STRENGTHS["medium"])


def _pieces(ssml: str) -> list[str | float]:
    """The text runs of ``ssml`` (entities resolved) and its pauses, in seconds, in order."""
    pieces: list[str | float] = []
    for token in _TOKEN.findall(ssml):
        if found := _BREAK.fullmatch(token):
            seconds = break_seconds(found.group(0))
            # A run of breaks with only blank text between them is one longer pause.
            while pieces and isinstance(pieces[-1], str) and not pieces[-1].strip():
                pieces.pop()
            if pieces and isinstance(pieces[-1], float):
                pieces[-1] += seconds
            else:
                pieces.append(seconds)
        elif token.startswith("<") and token != "<":
            # Paragraph and sentence tags separate words; other tags (prosody, domain) do not.
            if _BLOCK_TAG.match(token):
                pieces.append(" ")
        else:
            pieces.append(html.unescape(token))
    return pieces


def _tidy(text: str) -> str:
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(text.split()))


def _seconds_label(seconds: float) -> str:
    return f"{seconds:.1f}".rstrip("0").rstrip(".")


def to_text(ssml: str | None) -> str:
    """``ssml`` as one readable line: no tags, pauses shown, entities resolved.

    Parameters
    ----------
    ssml
        An SSML document (with or without ``<speak>``), or plain text; None gives "".

    Examples
    --------
    >>> to_text('<speak>Breathe in. <break time="4s"/> And out &amp; rest.</speak>')
    'Breathe in. … (pause 4 s) And out & rest.'
    >>> to_text('<speak><prosody rate="slow">Slowly</prosody><break time="1s"/>now</speak>')
    'Slowly … now'
    """
    if not ssml:
        return ""
    out: list[str] = []
    for piece in _pieces(ssml):
        if isinstance(piece, str):
            out.append(piece)
        elif piece >= LONG_PAUSE_SECONDS:
            out.append(f" {ELLIPSIS} (pause {_seconds_label(piece)} s) ")
        elif piece > 0:
            out.append(f" {ELLIPSIS} ")
    return " ".join("".join(out).split())


def speakable(ssml: str | None) -> str:
    """``ssml`` as plain text for a speech program such as espeak-ng.

    No pause markers are read aloud: each pause becomes a sentence end (a full stop where the
    text before it has no punctuation), which such programs pause on.

    Examples
    --------
    >>> speakable('<speak>Breathe in <break time="4s"/> and out.</speak>')
    'Breathe in. and out.'
    """
    if not ssml:
        return ""
    out: list[str] = []
    for piece in _pieces(ssml):
        if isinstance(piece, str):
            out.append(piece)
            continue
        before = "".join(out).rstrip()
        if piece > 0 and before and before[-1] not in ".!?,;:":
            out = [before, "."]
        out.append(" ")
    return _tidy("".join(out))
