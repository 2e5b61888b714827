"""One place decides how a request is spoken to: its language, and its locale's data.

The request's locale picks both. A locale the skill publishes gets its own data ("es-MX":
Spanish, with Mexico's crisis line and CLDR's Mexican Spanish); another locale gets its language
where the skill speaks it ("es-AR": Spanish, with the data of the language's first locale) and
otherwise American English. The crisis line is the one thing that is never borrowed: a locale
without a known line of its own is told to call its local emergency number.

Handlers, the runtimes and the console never name a language: they ask this module.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from skill.voice.cldr import Cldr
from skill.voice.crisis_lines import CrisisLine, crisis_line
from skill.voice.ssml import supports_long_form

#: Every locale the skill is published in, its first one of each language standing for it.
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-ES", "es-MX", "es-US")
DEFAULT = "en-US"
_CATALOGS = {"en": "skill.voice.speech_en", "es": "skill.voice.speech_es"}
#: Words spelled otherwise outside the US (the catalog is written in American spelling).
_BRITISH = {
    "color": "colour",
    "favorite": "favourite",
    "center": "centre",
    "behavior": "behaviour",
    "honor": "honour",
    "neighbor": "neighbour",
    "apologize": "apologise",
    "realize": "realise",
    "organize": "organise",
    "mom": "mum",
}
SPELLING: Mapping[str, Mapping[str, str]] = {
    "en-GB": _BRITISH,
    "en-AU": _BRITISH,
    "en-IN": _BRITISH,
    # Canadian English takes the -our endings and keeps the -ize ones and "mom".
    "en-CA": {k: v for k, v in _BRITISH.items() if v.endswith(("our", "ourite", "re"))},
}


def language_of(locale: str | None) -> str:
    """The language part of a locale ("es" of "es-MX"), lower case."""
    return (locale or "").replace("_", "-").split("-")[0].lower()


def data_locale(locale: str | None) -> str:
    """The published locale whose data ``locale`` is spoken with.

    Examples
    --------
    >>> data_locale("es-MX"), data_locale("es-AR"), data_locale("fr-FR"), data_locale(None)
    ('es-MX', 'es-ES', 'en-US', 'en-US')
    """
    if locale in LOCALES:
        return locale
    language = language_of(locale)
    return next((tag for tag in LOCALES if language_of(tag) == language), DEFAULT)


@dataclass(frozen=True)
class Place:
    """How one request is spoken to: the catalog of its language, and its locale's data."""

    locale: str | None
    """The locale the request came with, as it came (for the Reminders API, the log)."""
    tag: str
    """The published locale whose data is used (see :func:`data_locale`)."""
    cldr: Cldr
    crisis: CrisisLine | None
    long_form: bool
    spelling: Mapping[str, str]

    @property
    def language(self) -> str:
        return language_of(self.tag)

    @property
    def catalog(self) -> ModuleType:
        """The language's catalog module (imported on first use: English turns never load
        Spanish)."""
        return _catalog(self.language)


@cache
def _catalog(language: str) -> ModuleType:
    return importlib.import_module(_CATALOGS[language])


def warm_locales() -> None:
    """Read every published locale's catalog and CLDR data now (they are kept for the process)."""
    for locale in LOCALES:
        place_for(locale).catalog  # noqa: B018 (imported for its side effect: the cache)


@cache
def place_for(locale: str | None) -> Place:
    """Everything a request in ``locale`` is spoken with.

    Examples
    --------
    >>> from datetime import date
    >>> mexico = place_for("es-MX")
    >>> mexico.language, mexico.crisis.number, mexico.cldr.month_day(date(2026, 11, 3))
    ('es', '800 911 2000', '3 de noviembre')
    >>> place_for("de-DE").language, place_for("de-DE").crisis is None
    ('en', True)
    """
    tag = data_locale(locale)
    return Place(
        locale=locale,
        tag=tag,
        cldr=Cldr.of(tag),
        crisis=crisis_line(locale),
        long_form=supports_long_form(locale),
        spelling=SPELLING.get(tag, {}),
    )
