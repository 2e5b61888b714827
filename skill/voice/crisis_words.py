"""Crisis words inside free speech: an unsent message that says "I don't want to be here".

Alexa hands free speech to the skill as words, not as an intent, so the skill listens there for
the crisis intent's own samples (written by ``make model`` to ``crisis_phrases/<locale>.txt``).
A crisis phrase counts anywhere in what was said, with softening words inside it or not, and in
Spanish in any form of its verbs (see :mod:`skill.voice.word_stems`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from skill.voice.locales import language_of
from skill.voice.word_stems import Stem, stemmer

_PHRASES = Path(__file__).resolve().parent / "crisis_phrases"
_NOT_A_WORD = re.compile(r"[^\w']+")

#: Words that soften what is said, wherever they come; crisis words are heard through them.
HEDGES = frozenset(
    {"just", "really", "probably", "kinda", "honestly", "even", "maybe", "like", "so", "um",
     "uh", "literally", "actually", "totally", "seriously", "already", "still",
     # Spanish: "ya", "neta", "güey", "tío" and the like, said anywhere in a sentence.
     "ya", "ahorita", "neta", "güey", "wey", "tío", "tía", "literal", "literalmente",
     "realmente", "honestamente", "sinceramente", "simplemente"}
)  # fmt: skip


@cache
def phrases(locale: str) -> frozenset[str]:
    """The crisis phrases of ``locale``'s model (read once); en-US where it has none."""
    path = _PHRASES / f"{locale}.txt"
    if not path.is_file():
        path = _PHRASES / "en-US.txt"
    return frozenset(path.read_text(encoding="utf-8").splitlines())


def words_of(text: str) -> list[str]:
    """The words of free speech, lower case, as the model's samples are written."""
    return [w.strip("'") for w in _NOT_A_WORD.split(text.lower()) if w.strip("'")]


@cache
def _without_hedges(known: frozenset[str]) -> frozenset[str]:
    # "i feel like i should die" is heard in "i feel like i should just die": both sides are
    # compared with their hedges ("like", "just") taken out too.
    plain = (" ".join(w for w in phrase.split() if w not in HEDGES) for phrase in known)
    return frozenset(phrase for phrase in plain if phrase)


def _said_in(words: Sequence[str], known: frozenset[str]) -> bool:
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if " ".join(words[start:end]) in known:
                return True
    return False


@cache
def _stemmed(known: frozenset[str], stem: Stem) -> frozenset[str]:
    # A phrase of one word is compared only as it is written: a lone stem says too little
    # ("matarme" and "mate" share "mat").
    stems = (tuple(stem(w) for w in phrase.split()) for phrase in _without_hedges(known))
    return frozenset(" ".join(phrase) for phrase in stems if len(phrase) > 1)


def crisis_in(words: Sequence[str], known: frozenset[str], stem: Stem | None = None) -> bool:
    """Whether one of the ``known`` phrases is said in ``words`` (hedges inside it or not; with
    ``stem``, in any form of its words)."""
    if _said_in(words, known):
        return True
    plain = [w for w in words if w not in HEDGES]
    if _said_in(plain, _without_hedges(known)):
        return True
    return stem is not None and _said_in([stem(w) for w in plain], _stemmed(known, stem))


def says_crisis(text: str, locale: str | None) -> bool:
    """Whether free speech in ``locale`` holds crisis words.

    Examples
    --------
    >>> says_crisis("i'd tell him that honestly i don't want to be alive anymore", "en-US")
    True
    >>> says_crisis("i'd tell him i miss the way he laughed", "en-US")
    False
    >>> says_crisis("le diría que hoy me tomo todas las pastillas", "es-MX")
    True
    """
    locale = locale or "en-US"
    return crisis_in(words_of(text), phrases(locale), stemmer(language_of(locale)))
