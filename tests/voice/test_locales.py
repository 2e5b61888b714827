"""One place decides the language and the locale's data: what each locale is spoken with."""

from __future__ import annotations

from datetime import date

import pytest

from skill.voice.catalog import Speech, respell
from skill.voice.cldr import Cldr, known
from skill.voice.crisis_lines import CRISIS_LINES
from skill.voice.locales import LOCALES, data_locale, place_for

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("asked", "language", "data"),
    [
        ("en-US", "en", "en-US"),
        ("en-GB", "en", "en-GB"),
        ("es-MX", "es", "es-MX"),
        ("es-US", "es", "es-US"),
        ("es-AR", "es", "es-ES"),  # a Spanish locale the skill is not published in
        ("en-NZ", "en", "en-US"),
        ("fr-FR", "en", "en-US"),  # a language the skill does not speak
        (None, "en", "en-US"),
        ("", "en", "en-US"),
    ],
)
def test_the_request_locale_picks_the_language_and_the_data(
    asked: str | None, language: str, data: str
) -> None:
    place = place_for(asked)
    assert (place.language, place.tag, place.cldr.tag) == (language, data, data)
    assert data_locale(asked) == data


def test_every_published_locale_has_cldr_data_and_a_crisis_line() -> None:
    assert set(LOCALES) <= known()
    assert all(place_for(locale).crisis is not None for locale in LOCALES)


def test_a_crisis_line_is_never_borrowed_from_another_country() -> None:
    assert place_for("es-AR").crisis is None
    assert place_for("fr-FR").crisis is None
    assert place_for("en-IE").crisis == CRISIS_LINES["en-IE"]


@pytest.mark.parametrize(
    ("locale", "number", "emergency"),
    [("es-ES", "024", "112"), ("es-MX", "800 911 2000", "911"), ("es-US", "988", "911")],
)
def test_spanish_locales_have_their_own_crisis_line(
    locale: str, number: str, emergency: str
) -> None:
    line = place_for(locale).crisis
    assert line is not None
    assert (line.number, line.emergency) == (number, emergency)


def test_us_spanish_is_told_how_988_answers_in_spanish() -> None:
    line = place_for("es-US").crisis
    assert line is not None and line.note is not None


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-US", "November 3"),
        ("en-CA", "November 3"),
        ("en-GB", "3 November"),
        ("en-AU", "3 November"),
        ("en-IN", "3 November"),
    ],
)
def test_english_dates_are_said_as_each_country_says_them(locale: str, said: str) -> None:
    speech = Speech(place_for(locale), {})
    assert speech.date(date(2026, 11, 3), TODAY) == said
    assert speech.date(TODAY, TODAY) == "today"
    assert speech.date(date(2026, 11, 20), TODAY) == "Friday"


def test_a_date_in_another_year_says_the_year_the_locales_way() -> None:
    day = date(2027, 1, 2)
    assert Speech(place_for("en-US"), {}).date(day, TODAY) == "January 2, 2027"
    assert Speech(place_for("en-GB"), {}).date(day, TODAY) == "2 January 2027"


def test_plural_categories_come_from_cldr() -> None:
    english, spanish = Cldr.of("en-US"), Cldr.of("es-ES")
    assert [english.plural(n) for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    assert [spanish.plural(n) for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    assert spanish.plural(2_000_000) == "many"


def test_english_counts_agree_with_their_number() -> None:
    speech = Speech(place_for("en-GB"), {})
    assert (speech.days(1), speech.days(12)) == ("1 day", "12 days")
    assert (speech.urges(1), speech.count(3, "slip")) == ("one urge", "3 slips")
    assert speech.days(12).number == 12


def test_decimals_are_written_the_locales_way() -> None:
    assert Speech(place_for("en-US"), {}).decimal(3.5) == "3.5"
    assert Speech(place_for("en-US"), {}).decimal(4.0) == "4"


def test_spelling_differs_where_the_country_spells_otherwise() -> None:
    assert place_for("en-US").spelling == {}
    british = place_for("en-GB").spelling
    assert respell("Your Favorite color", british) == "Your Favourite colour"
    assert respell("call your mom", place_for("en-CA").spelling) == "call your mom"
    assert respell("a colorful center", british) == "a colorful centre"  # whole words only
