"""Every language's catalog: the same keys and placeholders, valid SSML, turns short enough."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from skill.domain.exercises.definitions import EXERCISES
from skill.voice import speech_en, speech_es
from skill.voice.catalog import ByCount, Speech, phrasings
from skill.voice.cldr import OTHER
from skill.voice.locales import LOCALES, place_for
from tests.lines import as_heard
from tests.ssml import check_ssml
from tests.voice.test_exercise_speech import named_keys
from tests.voice.test_ssml import AnyValues, as_document

CATALOGS = {"en": speech_en, "es": speech_es}
OTHERS = [module for language, module in CATALOGS.items() if language != "en"]
MOST_WORDS = 60
GUIDED = ("past_", "future_", "exercise_")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def placeholders(entry: object) -> set[str]:
    return {name for text in phrasings(entry) for name in _PLACEHOLDER.findall(text)}  # type: ignore[arg-type]


def every_line() -> list[tuple[str, str, str]]:
    return [
        (language, key, text)
        for language, module in CATALOGS.items()
        for key, entry in module.LINES.items()
        for text in phrasings(entry)
    ]


@pytest.mark.parametrize("catalog", OTHERS, ids=lambda m: m.__name__)
def test_every_catalog_has_the_english_keys_and_no_others(catalog: ModuleType) -> None:
    assert sorted(set(speech_en.LINES) - set(catalog.LINES)) == []
    assert sorted(set(catalog.LINES) - set(speech_en.LINES)) == []


@pytest.mark.parametrize("catalog", OTHERS, ids=lambda m: m.__name__)
def test_every_line_fills_the_same_placeholders_as_in_english(catalog: ModuleType) -> None:
    differing = {
        key: (placeholders(entry), placeholders(catalog.LINES[key]))
        for key, entry in speech_en.LINES.items()
        if key in catalog.LINES and placeholders(entry) != placeholders(catalog.LINES[key])
    }
    assert differing == {}


@pytest.mark.parametrize("catalog", list(CATALOGS.values()), ids=lambda m: m.__name__)
def test_every_plural_form_fills_the_same_placeholders(catalog: ModuleType) -> None:
    for key, entry in catalog.LINES.items():
        if isinstance(entry, ByCount):
            assert OTHER in entry.forms, key
            assert entry.by in placeholders(entry), key
            for form in entry.forms.values():
                assert placeholders(form) == placeholders(entry), key


@pytest.mark.parametrize("catalog", list(CATALOGS.values()), ids=lambda m: m.__name__)
def test_every_catalog_counts_the_same_things(catalog: ModuleType) -> None:
    assert set(catalog.NOUNS) == set(speech_en.NOUNS)
    assert all(OTHER in forms for forms in catalog.NOUNS.values())


@pytest.mark.parametrize(("language", "key", "text"), every_line())
def test_every_phrasing_in_every_language_is_ssml_alexa_accepts(
    language: str, key: str, text: str
) -> None:
    check_ssml(as_document(text.format_map(AnyValues())))


@pytest.mark.parametrize(("language", "key", "text"), every_line())
def test_every_line_outside_the_guided_steps_is_60_words_or_fewer(
    language: str, key: str, text: str
) -> None:
    if not key.startswith(GUIDED):
        heard = as_heard(_PLACEHOLDER.sub("doce", text))
        assert len(heard.split()) <= MOST_WORDS, heard


@pytest.mark.parametrize("catalog", list(CATALOGS.values()), ids=lambda m: m.__name__)
def test_every_line_an_exercise_names_is_in_every_catalog(catalog: ModuleType) -> None:
    named = {key for exercise in EXERCISES.values() for key in named_keys(exercise)}
    assert sorted(named - set(catalog.LINES)) == []


def test_every_published_locale_speaks_a_catalog_we_have() -> None:
    assert {place_for(locale).catalog for locale in LOCALES} == set(CATALOGS.values())


def test_spanish_agrees_with_the_count() -> None:
    speech = Speech(place_for("es-MX"), {})
    one = speech.line("progress_day", day=30, target=speech.days(30), left=speech.days(1))
    many = speech.line("progress_day", day=19, target=speech.days(30), left=speech.days(12))
    assert "te queda 1 día" in one
    assert "te quedan 12 días" in many


def test_spanish_counts_say_one_as_a_word() -> None:
    speech = Speech(place_for("es-ES"), {})
    assert (speech.urges(1), speech.urges(3)) == ("un impulso", "3 impulsos")
    assert (speech.count(1, "slip"), speech.count(2, "slip")) == ("un desliz", "2 deslices")
    assert speech.decimal(3.5) == "3,5"


def test_spanish_dates_and_times() -> None:
    from datetime import date

    speech = Speech(place_for("es-US"), {})
    today = date(2026, 11, 24)
    assert speech.date(date(2026, 11, 3), today) == "el 3 de noviembre"
    assert speech.date(date(2026, 11, 23), today) == "ayer"
    assert speech.clock_time(21, 0) == "las 9 de la noche"
    assert speech.clock_time(9, 0) == "las 9 de la mañana"
