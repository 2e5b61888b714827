"""Typed words turned into the slot values Alexa sends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.console.slot_values import (
    CustomType,
    normalize,
    parse_date,
    parse_duration,
    parse_number,
    words_to_int,
)

TODAY = date(2026, 11, 24)  # a Tuesday
FRIDAY = date(2026, 11, 27)

# fmt: off
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = ["_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_MONTH_NAMES = ["_", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
# fmt: on


def _below_hundred_words(n: int, hyphen: bool) -> str:
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, units = divmod(n, 10)
    return _TENS[tens] + (("-" if hyphen else " ") + _UNITS[units] if units else "")


def _number_words(n: int, with_and: bool, hyphen: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred_words(rest, hyphen)
    head = f"{_UNITS[hundreds]} hundred"
    if not rest:
        return head
    return head + (" and " if with_and else " ") + _below_hundred_words(rest, hyphen)


def _ordinal_words(day: int) -> str:
    if day < 10:
        return _ORDINAL_UNITS[day]
    if day < 20:
        return _ORDINAL_TEENS[day - 10]
    tens, units = divmod(day, 10)
    if not units:
        return {2: "twentieth", 3: "thirtieth"}[tens]
    return f"{_TENS[tens]} {_ORDINAL_UNITS[units]}"


def _ordinal_digits(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("today", "2026-11-24"),
        ("tonight", "2026-11-24"),
        ("this morning", "2026-11-24"),
        ("yesterday", "2026-11-23"),
        ("last night", "2026-11-23"),
        ("the day before yesterday", "2026-11-22"),
        ("tomorrow", "2026-11-25"),
        ("last friday", "2026-11-20"),
        ("on friday", "2026-11-20"),
        ("Friday", "2026-11-20"),
        ("friday night", "2026-11-20"),
        ("monday", "2026-11-23"),
        ("tuesday", "2026-11-17"),
        ("next friday", "2026-11-27"),
        ("three days ago", "2026-11-21"),
        ("3 days ago", "2026-11-21"),
        ("a couple of days ago", "2026-11-22"),
        ("a week ago", "2026-11-17"),
        ("two weeks ago", "2026-11-10"),
        ("a month ago", "2026-10-24"),
        ("a year ago", "2025-11-24"),
        ("november third", "2027-11-03"),
        ("nov 3", "2027-11-03"),
        ("Nov. 3rd", "2027-11-03"),
        ("the third of november", "2027-11-03"),
        ("3rd november", "2027-11-03"),
        ("november the third", "2027-11-03"),
        ("november 3rd 2026", "2026-11-03"),
        ("november third twenty twenty six", "2026-11-03"),
        ("november twenty third two thousand twenty six", "2026-11-23"),
        ("the twenty first of march", "2027-03-21"),
        ("december 25", "2026-12-25"),
        ("december twenty fifth", "2026-12-25"),
        ("november twenty fourth", "2026-11-24"),
        ("february twenty ninth", "2028-02-29"),
        ("2026-11-03", "2026-11-03"),
        ("last week", "2026-W47"),
        ("this week", "2026-W48"),
        ("next week", "2026-W49"),
        ("last weekend", "2026-W47-WE"),
    ],
)
def test_parse_date_gives_alexa_value_for_spoken_form(spoken: str, expected: str) -> None:
    assert parse_date(spoken, TODAY) == expected


@pytest.mark.parametrize("spoken", ["last friday", "friday", "on friday"])
def test_parse_date_means_a_week_ago_when_said_on_that_weekday(spoken: str) -> None:
    assert parse_date(spoken, FRIDAY) == "2026-11-20"


def test_parse_date_clamps_months_ago_to_the_shorter_month() -> None:
    assert parse_date("a month ago", date(2026, 3, 31)) == "2026-02-28"


@pytest.mark.parametrize(
    "spoken",
    ["", "him", "11/3", "february thirtieth", "2026-02-30", "november", "the third", "soon",
     "half a day ago", "november thirty second", "three months"],
)  # fmt: skip
def test_parse_date_gives_none_when_not_a_date(spoken: str) -> None:
    assert parse_date(spoken, TODAY) is None


@given(offset=st.integers(-400, 400), words=st.booleans())
def test_parse_date_reads_month_and_ordinal_within_400_days(offset: int, words: bool) -> None:
    day = TODAY + timedelta(days=offset)
    ordinal = _ordinal_words(day.day) if words else _ordinal_digits(day.day)
    parsed = parse_date(f"{_MONTH_NAMES[day.month]} {ordinal}", TODAY)
    assert parsed is not None
    found = date.fromisoformat(parsed)
    assert (found.month, found.day) == (day.month, day.day)
    # no year said: the next occurrence from today on
    assert TODAY <= found < TODAY + timedelta(days=366)


@given(offset=st.integers(-400, 400))
def test_parse_date_keeps_the_year_when_one_is_said(offset: int) -> None:
    day = TODAY + timedelta(days=offset)
    spoken = f"the {_ordinal_words(day.day)} of {_MONTH_NAMES[day.month]} {day.year}"
    assert parse_date(spoken, TODAY) == day.isoformat()


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("two months", "P2M"),
        ("six weeks", "P6W"),
        ("a year and a half", "P1Y6M"),
        ("18 months", "P18M"),
        ("eighteen months", "P18M"),
        ("a year", "P1Y"),
        ("one year", "P1Y"),
        ("three years", "P3Y"),
        ("ten days", "P10D"),
        ("two and a half years", "P2Y6M"),
        ("a couple of months", "P2M"),
        ("a couple months", "P2M"),
        ("a few weeks", "P3W"),
        ("half a year", "P6M"),
        ("a month and a half", "P1M15D"),
        ("two years and three months", "P2Y3M"),
        ("one year two months", "P1Y2M"),
        ("ten minutes", "PT10M"),
        ("an hour and a half", "PT1H30M"),
    ],
)
def test_parse_duration_gives_iso_duration_for_spoken_form(spoken: str, expected: str) -> None:
    assert parse_duration(spoken) == expected


@pytest.mark.parametrize("spoken", ["", "two", "months", "two years and", "yesterday", "him"])
def test_parse_duration_gives_none_when_not_a_duration(spoken: str) -> None:
    assert parse_duration(spoken) is None


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("45", "45"),
        ("forty five", "45"),
        ("forty-five", "45"),
        ("one hundred and twenty", "120"),
        ("one hundred twenty", "120"),
        ("a hundred", "100"),
        ("twelve", "12"),
        ("zero", "0"),
        ("a thousand", "1000"),
        ("two thousand and twenty six", "2026"),
        ("twelve hundred", "1200"),
        ("one million two hundred thousand", "1200000"),
    ],
)
def test_parse_number_gives_digits_for_spoken_form(spoken: str, expected: str) -> None:
    assert parse_number(spoken) == expected


@pytest.mark.parametrize(
    "spoken",
    ["", "a", "five five", "one hundred and", "hundred twenty", "twenty zero", "days", "zero one",
     "a thousand thousand"],
)  # fmt: skip
def test_parse_number_gives_none_when_not_a_number(spoken: str) -> None:
    assert parse_number(spoken) is None


@given(n=st.integers(0, 999), with_and=st.booleans(), hyphen=st.booleans())
def test_parse_number_reads_back_every_number_below_a_thousand(
    n: int, with_and: bool, hyphen: bool
) -> None:
    assert parse_number(_number_words(n, with_and, hyphen)) == str(n)


def test_words_to_int_rejects_scales_out_of_order() -> None:
    assert words_to_int(["five", "thousand", "two", "million"]) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("I'm starting No Contact!", "i am starting no contact"),
        ("im starting", "i am starting"),
        ("I\u2019m in", "i am in"),
        ("we're back, together", "we are back together"),
        ("can't   stop", "can not stop"),
        ("Forty-five", "forty five"),
        ("on 2026-11-03.", "on 2026-11-03"),
    ],
)
def test_normalize_lowercases_strips_punctuation_and_expands_contractions(
    typed: str, expected: str
) -> None:
    assert normalize(typed) == expected


CONTACT = CustomType("ContactType", [("CALL", "call", ["phoned", "video called"])])


@pytest.mark.parametrize("spoken", ["call", "Phoned", "video  called"])
def test_custom_type_resolves_value_or_synonym(spoken: str) -> None:
    found = CONTACT.resolve(spoken)
    assert (found.name, found.id, found.matched) == ("call", "CALL", True)


@pytest.mark.parametrize("spoken", ["wrote", "phoned him", "video"])
def test_custom_type_keeps_words_unresolved_when_not_a_whole_synonym(spoken: str) -> None:
    found = CONTACT.resolve(spoken)
    assert (found.spoken, found.name, found.id, found.matched) == (spoken, None, None, False)


def test_custom_type_from_model_reads_ids_values_and_synonyms() -> None:
    built = CustomType.from_model(
        {"name": "ExReference", "values": [{"id": "EX", "name": {"value": "my ex",
                                                                 "synonyms": ["them"]}}]}
    )  # fmt: skip
    assert (built.name, built.max_words) == ("ExReference", 2)
    assert built.resolve("them").id == "EX"
