"""Words reduced to their stems where a language's verbs take many forms: "me tomo", "tomarme"
and "me tomé" all hold "tom", so a crisis phrase is heard in whichever form its verbs are said.

Only Spanish is stemmed (Snowball's Spanish stemmer); the English crisis phrases are written out
in their forms. The stemmer is read the first time a Spanish utterance is looked at, not at cold
start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

Stem = Callable[[str], str]


@cache
def stemmer(language: str) -> Stem | None:
    """The stemmer of ``language`` ("es"), or None for a language whose words are not stemmed.

    Examples
    --------
    >>> spanish = stemmer("es")
    >>> spanish("tomarme") == spanish("tomé") == spanish("tomo")
    True
    >>> stemmer("en") is None
    True
    """
    if language != "es":
        return None
    from snowballstemmer.spanish_stemmer import SpanishStemmer  # type: ignore[import-untyped]

    spanish = SpanishStemmer()
    lock = threading.Lock()  # the stemmer keeps the word it works on: one word at a time

    @cache
    def stem(word: str) -> str:
        with lock:
            stemmed: str = spanish.stemWord(word)
        return stemmed

    return stem
