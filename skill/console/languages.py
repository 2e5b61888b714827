"""The language the console hears a locale in: the same choice the skill makes (see
:mod:`skill.voice.locales`)."""

from __future__ import annotations

from skill.console.nlu import ENGLISH
from skill.console.spanish import SPANISH
from skill.console.wording import ConsoleLanguage
from skill.voice.locales import data_locale, language_of

_LANGUAGES = {"en": ENGLISH, "es": SPANISH}


def console_language(locale: str | None) -> ConsoleLanguage:
    """How the console hears ``locale`` ("es-MX": Spanish).

    Examples
    --------
    >>> console_language("es-MX") is SPANISH, console_language("fr-FR") is ENGLISH
    (True, True)
    """
    return _LANGUAGES[language_of(data_locale(locale))]
