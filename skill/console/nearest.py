"""The nearest sample utterance, for what no sample fits exactly (Alexa's NLU generalises too).

Each sample becomes a *surface*: its words with every slot replaced by a token for the slot's type
(``i want to CONTACTTYPE EXREFERENCE``). What was said is tagged the same way — the longest spans
that are a date, a duration, a number, a time or a value of a custom type become those tokens — and
compared with every surface by rapidfuzz's token-sort ratio. The best surface above a threshold
gives the intent; its slots are filled from the tagged spans, in order, by type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from skill.console.slot_values import CustomType, parse_date, parse_duration, parse_number
from skill.console.time_values import parse_time
from skill.console.wording import ConsoleLanguage

#: Below this similarity (0-100) the nearest sample is no better than a guess: the fallback.
THRESHOLD = 78.0
#: Built-in slot types, longest spans first; a span is tried against each in this order.
_BUILTIN_PARSERS: tuple[tuple[str, Callable[..., str | None]], ...] = (
    ("AMAZON.DURATION", lambda span, today: parse_duration(span)),
    ("AMAZON.DATE", parse_date),
    ("AMAZON.TIME", lambda span, today: parse_time(span)),
    ("AMAZON.NUMBER", lambda span, today: parse_number(span)),
)
_MAX_SPAN = 10  # "como a las siete y media de la tarde" is nine words


def _parsers_of(words: ConsoleLanguage) -> tuple[tuple[str, Callable[..., str | None]], ...]:
    """The built-in types' parsers of one language, in the order they are tried."""
    return (
        ("AMAZON.DURATION", lambda span, today: words.parse_duration(span)),
        ("AMAZON.DATE", words.parse_date),
        ("AMAZON.TIME", lambda span, today: words.parse_time(span)),
        ("AMAZON.NUMBER", lambda span, today: words.parse_number(span)),
    )


def type_token(slot_type: str) -> str:
    """The word that stands for a slot of ``slot_type`` in a surface."""
    return slot_type.removeprefix("AMAZON.").replace(".", "").upper()


@dataclass(frozen=True)
class Tag:
    """A span of what was said that is a value of ``slot_type``."""

    slot_type: str
    spoken: str
    value: str | None
    resolved_name: str | None = None
    resolved_id: str | None = None


@dataclass(frozen=True)
class Nearest:
    """The closest sample: its intent, its index among the samples, and the similarity."""

    intent: str
    index: int
    score: float
    tags: tuple[Tag, ...]


class Tagger:
    """Finds the spans of an utterance that are slot values, longest first."""

    def __init__(
        self,
        types: Mapping[str, CustomType],
        wanted: set[str],
        words: ConsoleLanguage | None = None,
        first: frozenset[str] = frozenset(),
    ) -> None:
        self._types = {name: t for name, t in types.items() if name in wanted}
        parsers = _BUILTIN_PARSERS if words is None else _parsers_of(words)
        # The types in ``first`` read a span before the others: asked for a rating, "tres" is
        # a number, not three o'clock.
        self._builtins = sorted(
            ((name, parse) for name, parse in parsers if name in wanted),
            key=lambda parser: parser[0] not in first,
        )

    def _value(self, span: str, today: date) -> Tag | None:
        for name, parse in self._builtins:
            value = parse(span, today)
            if value is not None:
                return Tag(name, span, value)
        for name, custom in self._types.items():
            found = custom.resolve(span)
            if found.matched:
                return Tag(name, found.spoken, found.spoken, found.name, found.id)
        return None

    def tag(self, words: Sequence[str], today: date) -> tuple[str, tuple[Tag, ...]]:
        """``words`` with each value span replaced by its type token, and the values found."""
        out: list[str] = []
        tags: list[Tag] = []
        i = 0
        while i < len(words):
            for end in range(min(len(words), i + _MAX_SPAN), i, -1):
                # A lone "a", "i" or "the" is not a value, whatever a parser makes of it.
                if end - i == 1 and words[i] in ("a", "an", "i", "the", "to", "it"):
                    continue
                found = self._value(" ".join(words[i:end]), today)
                if found is not None:
                    out.append(type_token(found.slot_type))
                    tags.append(found)
                    i = end
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out), tuple(tags)


class NearestSamples:
    """The samples' surfaces, searched for the one nearest to what was said."""

    def __init__(self, surfaces: Sequence[tuple[str, str]], tagger: Tagger) -> None:
        self._intents = [intent for intent, _ in surfaces]
        self._surfaces = [surface for _, surface in surfaces]
        self._tagger = tagger

    def find(
        self, words: Sequence[str], today: date, only: Callable[[str], bool] | None = None
    ) -> Nearest | None:
        """The nearest sample (of the intents ``only`` accepts), or None if there is none."""
        tagged, tags = self._tagger.tag(words, today)
        choices = {
            i: surface
            for i, surface in enumerate(self._surfaces)
            if only is None or only(self._intents[i])
        }
        if not tagged or not choices:
            return None
        found = process.extractOne(tagged, choices, scorer=fuzz.token_sort_ratio)
        if found is None:
            return None
        _, score, index = found
        return Nearest(self._intents[index], int(index), float(score), tags)
