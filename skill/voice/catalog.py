"""Speech lookup: one catalog per language, varied phrasings, numbers said the way people say them.

Handlers never hold sentences; they ask for a line by key and fill in its values. A key may have
several phrasings: one is chosen at random, never the same one twice in a row within a session.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol

from skill.voice.cldr import OTHER, Cldr

if TYPE_CHECKING:
    from skill.voice.locales import Place


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


class Counted(str):
    """A count as said ("12 days"), which remembers its number: a line that agrees with it picks
    its phrasing by the number's plural category."""

    number: int

    def __new__(cls, text: str, number: int) -> Counted:
        said = super().__new__(cls, text)
        said.number = number
        return said


@dataclass(frozen=True)
class ByCount:
    """Phrasings of a line whose words agree with a count ("queda 1 día", "quedan 12 días").

    ``forms`` holds phrasings by CLDR plural category ("one", "other", ...); ``by`` names the
    value whose number decides. A category without phrasings of its own takes "other"'s.
    """

    by: str
    forms: Mapping[str, Sequence[str]]

    def phrasings(self) -> list[str]:
        """Every phrasing of every form."""
        return [text for form in self.forms.values() for text in form]


Entry = Sequence[str] | ByCount
Lines = Mapping[str, Entry]


def phrasings(entry: Entry) -> list[str]:
    """Every phrasing of a catalog entry, whatever its shape."""
    return entry.phrasings() if isinstance(entry, ByCount) else list(entry)


class Language(Protocol):
    """What a language module provides: its lines, its counted nouns, its dates and times."""

    @property
    def LINES(self) -> Lines: ...

    @property
    def NOUNS(self) -> Mapping[str, Mapping[str, str]]:
        """For each thing the skill counts ("day", "slip"), a template by plural category:
        ``{"one": "1 day", "other": "{n} days"}``."""
        ...

    def date(self, value: object, today: object, cldr: Cldr) -> str:
        """A date as a person would say it, relative to today where natural."""
        ...

    def clock_time(self, hour: int, minute: int) -> str:
        """A time of day as a person would say it: '8 PM', 'noon'."""
        ...


class Speech:
    """The lines of one language for one turn, with its locale's data.

    Parameters
    ----------
    place
        The request's language and locale data (see :func:`skill.voice.locales.place_for`).
    recent
        Which phrasing was said last for each key; kept in the session so that a phrasing is not
        repeated twice in a row. It is updated in place.
    rng
        The source of randomness (tests pass a seeded one).

    Examples
    --------
    >>> from skill.voice.locales import place_for
    >>> Speech(place_for("en-US"), {}, random.Random(1)).line("goodbye") != ""
    True
    """

    def __init__(
        self,
        place: Place,
        recent: MutableMapping[str, int],
        rng: random.Random | None = None,
    ) -> None:
        self.place = place
        self.language: Language = place.catalog
        self._recent = recent
        self._rng = rng or random.Random()

    def _variants(self, key: str, values: Mapping[str, object]) -> Sequence[str]:
        entry = self.language.LINES[key]
        if not isinstance(entry, ByCount):
            return entry
        said = values.get(entry.by)
        number = said.number if isinstance(said, Counted) else said
        category = self.place.cldr.plural(number) if isinstance(number, int) else OTHER
        return entry.forms.get(category) or entry.forms[OTHER]

    def _spelt(self, text: str) -> str:
        return respell(text, self.place.spelling) if self.place.spelling else text

    def line(self, key: str, **values: object) -> str:
        """The SSML fragment for ``key`` with ``values`` filled in (and escaped)."""
        variants = self._variants(key, values)
        choices = list(range(len(variants)))
        last = self._recent.get(key)
        if len(choices) > 1 and last in choices:
            choices.remove(last)
        index = self._rng.choice(choices)
        if len(variants) > 1:
            self._recent[key] = index
        return self._spelt(_filled(variants[index], values))

    def in_turn(self, key: str, nth: int, **values: object) -> str:
        """The ``nth`` phrasing of ``key`` (counting round): for a line that should change each
        time it is heard across sessions, such as the urge's grounding."""
        variants = self._variants(key, values)
        return self._spelt(_filled(variants[nth % len(variants)], values))

    def count(self, number: int, noun: str) -> Counted:
        """'1 day', 'one slip', '3 check-ins': ``noun`` names one of the language's NOUNS."""
        forms = self.language.NOUNS[noun]
        template = forms.get(self.place.cldr.plural(number)) or forms[OTHER]
        return Counted(self._spelt(template.format(n=number)), number)

    def days(self, count: int) -> Counted:
        return self.count(count, "day")

    def urges(self, count: int) -> Counted:
        return self.count(count, "urge")

    def date(self, value: object, today: object) -> str:
        return self.language.date(value, today, self.place.cldr)

    def clock_time(self, hour: int, minute: int) -> str:
        return self.language.clock_time(hour, minute)

    def decimal(self, number: float) -> str:
        """'3.5', or '3,5' where the locale writes it so."""
        return self.place.cldr.decimal(number)


@cache
def _spelling_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def respell(text: str, spelling: Mapping[str, str]) -> str:
    """``text`` with the words of ``spelling`` spelled its way, capitals kept.

    Examples
    --------
    >>> respell("Your favorite color.", {"favorite": "favourite", "color": "colour"})
    'Your favourite colour.'
    """

    def swap(found: re.Match[str]) -> str:
        word = found.group(0)
        other = spelling[word.lower()]
        return other[:1].upper() + other[1:] if word[:1].isupper() else other

    return _spelling_pattern(tuple(sorted(spelling))).sub(swap, text)
