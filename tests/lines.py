"""The catalog's lines as a person hears them: every phrasing of a key, without SSML tags."""

from __future__ import annotations

import re

from skill.voice import speech_en


def as_heard(ssml: str) -> str:
    """The words of an SSML fragment, as :attr:`tests.alexa.Heard.text` gives them."""
    return " ".join(re.sub(r"<[^>]+>", " ", ssml).split())


def phrasings(key: str, **values: object) -> list[str]:
    """Every phrasing of ``key`` with ``values`` filled in, as heard."""
    return [as_heard(text.format(**values)) for text in speech_en.LINES[key]]


def said(key: str, **values: object) -> str:
    """The words of a one-phrasing catalog line, as heard."""
    (text,) = phrasings(key, **values)
    return text


def words(text: str) -> int:
    """How many words ``text`` has, as heard."""
    return len(as_heard(text).split())
