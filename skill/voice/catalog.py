"""Speech lookup: one catalog per language, varied phrasings, numbers said the way people say them.

Handlers never hold sentences; they ask for a line by key and fill in its values. A key may have
several phrasings: one is chosen at random, never the same one twice in a row within a session.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Protocol

Lines = Mapping[str, Sequence[str]]


def escape(text: str) -> str:
    """Make ``text`` safe inside SSML (xml.sax's escape would cost a cold-start import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def join_lines(parts: Iterable[str]) -> str:
    """Lines said one after another, one space apart; empty ones are left out."""
    return " ".join(part.strip() for part in parts if part.strip())


#: The most words a turn says outside a guided exercise step: enough to follow by ear.
MOST_WORDS = 60
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Spare:
    """A line a turn may leave out to stay short ("Today's tip:" before the tip)."""

    text: str


def plain(ssml: str) -> str:
    """The words of an SSML fragment as plain text (for a card), lines kept."""
    text = _TAG.sub("", ssml)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def words_heard(ssml: str) -> int:
    """How many words are spoken in an SSML fragment."""
    return len(_TAG.sub(" ", ssml).split())


def short_turn(parts: Iterable[str | Spare], most_words: int = MOST_WORDS) -> str:
    """The lines said one after another; while too long, spare ones are left out, the last
    first."""
    kept = list(parts)
    spare = [i for i, part in enumerate(kept) if isinstance(part, Spare)]

    def said() -> str:
        return join_lines(part.text if isinstance(part, Spare) else part for part in kept)

    while spare and words_heard(said()) > most_words:
        kept[spare.pop()] = ""
    return said()


def _filled(phrasing: str, values: Mapping[str, object]) -> str:
    return phrasing.format(**{name: escape(str(value)) for name, value in values.items()})


class Language(Protocol):
    """What a language module provides: its lines, and how it says counts."""

    @property
    def LINES(self) -> Lines: ...

    def days(self, count: int) -> str:
        """'1 day', '12 days'."""
        ...

    def urges(self, count: int) -> str:
        """'1 urge', '3 urges'."""
        ...

    def count(self, number: int, noun: str) -> str:
        """'1 slip', '3 check-ins': ``noun`` names one of the things the skill counts."""
        ...

    def date(self, value: object, today: object) -> str:
        """A date as a person would say it, relative to today where natural."""
        ...

    def clock_time(self, hour: int, minute: int) -> str:
        """A time of day as a person would say it: '8 PM', 'noon'."""
        ...


class Speech:
    """The lines of one language for one turn.

    Parameters
    ----------
    language
        The language module (see :class:`Language`).
    recent
        Which phrasing was said last for each key; kept in the session so that a phrasing is not
        repeated twice in a row. It is updated in place.
    rng
        The source of randomness (tests pass a seeded one).

    Examples
    --------
    >>> from skill.voice import speech_en
    >>> Speech(speech_en, {}, random.Random(1)).line("goodbye") != ""
    True
    """

    def __init__(
        self,
        language: Language,
        recent: MutableMapping[str, int],
        rng: random.Random | None = None,
    ) -> None:
        self.language = language
        self._recent = recent
        self._rng = rng or random.Random()

    def line(self, key: str, **values: object) -> str:
        """The SSML fragment for ``key`` with ``values`` filled in (and escaped)."""
        variants = self.language.LINES[key]
        choices = list(range(len(variants)))
        last = self._recent.get(key)
        if len(choices) > 1 and last in choices:
            choices.remove(last)
        index = self._rng.choice(choices)
        if len(variants) > 1:
            self._recent[key] = index
        return _filled(variants[index], values)

    def in_turn(self, key: str, nth: int, **values: object) -> str:
        """The ``nth`` phrasing of ``key`` (counting round): for a line that should change each
        time it is heard across sessions, such as the urge's grounding."""
        variants = self.language.LINES[key]
        return _filled(variants[nth % len(variants)], values)

    def days(self, count: int) -> str:
        return self.language.days(count)

    def urges(self, count: int) -> str:
        return self.language.urges(count)

    def count(self, number: int, noun: str) -> str:
        return self.language.count(number, noun)

    def date(self, value: object, today: object) -> str:
        return self.language.date(value, today)

    def clock_time(self, hour: int, minute: int) -> str:
        return self.language.clock_time(hour, minute)
