"""Typed text turned into the slot values Alexa sends: ISO dates and durations, digits, words.

Every parser takes what a person typed for one slot and answers with the string Alexa would put in
``slot.value``, or ``None`` when the words are not a value of that type. Choices where Alexa's own
behaviour is unclear or unhelpful for this skill:

- A weekday alone, "on friday" or "last friday" is the most recent *past* one; said on that same
  weekday it means a week ago (today is "today"). "next friday" is the first one after today.
- A month and day without a year is the next occurrence from today on (as Alexa does), so a day
  already past this year lands next year; the skill questions such a future date.
- "last night" is yesterday's date: contact late last night belongs to yesterday's calendar day.
- Halves become the next smaller unit: "a year and a half" is ``P1Y6M``, half a month ``P15D``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

# Letters of any language, accents kept ("mañana", not "ma ana").
_TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?(?:st|nd|rd|th)?|[^\W\d_]+(?:'[^\W\d_]+)*")
_CONTRACTIONS = {
    "im": "i am", "i'm": "i am", "ive": "i have", "i've": "i have", "i'd": "i would",
    "i'll": "i will", "we're": "we are", "we've": "we have", "we'll": "we will", "we'd": "we would",
    "you're": "you are", "youre": "you are", "they're": "they are", "theyre": "they are",
    "it's": "it is", "that's": "that is", "thats": "that is", "what's": "what is",
    "whats": "what is", "how's": "how is", "hows": "how is", "he's": "he is", "she's": "she is",
    "there's": "there is", "let's": "let us", "lets": "let us", "can't": "can not",
    "cant": "can not", "cannot": "can not", "won't": "will not", "dont": "do not",
    "didnt": "did not", "doesnt": "does not", "isnt": "is not", "wasnt": "was not",
    "arent": "are not", "havent": "have not", "hasnt": "has not", "couldnt": "could not",
    "shouldnt": "should not", "wouldnt": "would not",
}  # fmt: skip

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "just now": 0, "yesterday": -1, "last night": -1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "the day before yesterday": -2, "the night before last": -2, "tomorrow": 1,
    "the day after tomorrow": 2,
}  # fmt: skip
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
# ISO designator of each duration unit; lower-case keys are the time part (after "T").
_DURATION_UNITS = {
    "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
    "day": "D", "days": "D", "hour": "h", "hours": "h", "minute": "m", "minutes": "m",
    "second": "s", "seconds": "s",
}  # fmt: skip
# What half of each unit is in the next smaller one ("a year and a half" is P1Y6M).
SMALLER_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("h", 24), "h": ("m", 60)}
_FUZZY_AMOUNTS = {
    ("a",): 1, ("an",): 1, ("a", "couple", "of"): 2, ("a", "couple"): 2, ("couple", "of"): 2,
    ("a", "few"): 3, ("few",): 3,
}  # fmt: skip


def normalize(text: str) -> str:
    """Lower-case words with contractions spelled out, as the matcher compares them.

    Punctuation goes (apostrophes inside words and ISO dates stay), hyphens split words.

    Examples
    --------
    >>> normalize("I'm about to text him!")
    'i am about to text him'
    >>> normalize("Forty-five")
    'forty five'
    """
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(_CONTRACTIONS.get(token, token) for token in _TOKEN.findall(text))


def _words(text: str) -> list[str]:
    return normalize(text).split()


def _below_hundred(ws: Sequence[str], i: int) -> tuple[int, int] | None:
    if i >= len(ws):
        return None
    word = ws[i]
    if word in _TENS:
        if i + 1 < len(ws) and ws[i + 1] in _UNITS and ws[i + 1] != "zero":
            return _TENS[word] + _UNITS[ws[i + 1]], i + 2
        return _TENS[word], i + 1
    if word in _TEENS:
        return _TEENS[word], i + 1
    if word in _UNITS:
        return _UNITS[word], i + 1
    return None


def _below_thousand(ws: Sequence[str], i: int) -> tuple[int, int] | None:
    if i + 1 < len(ws) and ws[i] == "a" and ws[i + 1] == "hundred":
        value, i = 100, i + 2
    else:
        head = _below_hundred(ws, i)
        if head is None:
            return None
        value, i = head
        if i >= len(ws) or ws[i] != "hundred" or value == 0:
            return value, i
        value, i = value * 100, i + 1
    if i < len(ws) and ws[i] == "and":
        tail = _below_hundred(ws, i + 1)
        # a dangling "and" ("a hundred and") is not a number
        return None if tail is None else (value + tail[0], tail[1])
    tail = _below_hundred(ws, i)
    return (value, i) if tail is None else (value + tail[0], tail[1])


def words_to_int(ws: Sequence[str]) -> int | None:
    """The whole number that spelled-out words ``ws`` say, or ``None``.

    Examples
    --------
    >>> words_to_int(["one", "hundred", "and", "twenty"])
    120
    >>> words_to_int(["five", "five"]) is None
    True
    """
    if not ws or ("zero" in ws and len(ws) > 1):
        return None
    total, i, last_scale = 0, 0, 10**12
    while i < len(ws):
        if ws[i] == "a" and i + 1 < len(ws) and ws[i + 1] in _SCALES:
            group: tuple[int, int] | None = (1, i + 1)
        else:
            group = _below_thousand(ws, i)
        if group is None:
            return None
        value, i = group
        if i < len(ws) and ws[i] in _SCALES:
            scale = _SCALES[ws[i]]
            if scale >= last_scale:
                return None
            total, last_scale, i = total + value * scale, scale, i + 1
            if i < len(ws) and ws[i] == "and":
                i += 1
                if i == len(ws):
                    return None
        elif i == len(ws) and value < last_scale:
            return total + value
        else:
            return None
    return total


def parse_number(text: str) -> str | None:
    """An AMAZON.NUMBER value: the digits of a number given in digits or words.

    Examples
    --------
    >>> parse_number("forty-five")
    '45'
    >>> parse_number("a hundred")
    '100'
    """
    ws = _words(text)
    if len(ws) == 1 and ws[0].isdigit():
        return str(int(ws[0]))
    value = words_to_int(ws)
    return None if value is None else str(value)


def _day_of_month(ws: Sequence[str]) -> int | None:
    if len(ws) == 1 and (found := re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", ws[0])):
        day = int(found.group(1))
    elif len(ws) == 1 and ws[0] in _ORDINALS:
        day = _ORDINALS[ws[0]]
    elif len(ws) == 2 and ws[0] in ("twenty", "thirty") and ws[1] in _ORDINALS:
        day = _TENS[ws[0]] + _ORDINALS[ws[1]]
    else:
        day = words_to_int(ws) or 0
    return day if 1 <= day <= 31 else None


def _year(ws: Sequence[str]) -> int | None:
    if len(ws) == 1 and re.fullmatch(r"\d{4}", ws[0]):
        year: int | None = int(ws[0])
    elif len(ws) >= 2 and ws[0] in ("nineteen", "twenty") and ws[1] != "hundred":
        rest = _below_hundred(ws, 1)  # "twenty twenty six"
        ok = rest is not None and rest[1] == len(ws) and rest[0] >= 10
        year = _TEENS.get(ws[0], _TENS.get(ws[0], 0)) * 100 + rest[0] if rest and ok else None
    else:
        year = words_to_int(ws)
    return year if year is not None and 1900 <= year <= 2199 else None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(
    month: int, day_ws: Sequence[str], year_ws: Sequence[str], today: date
) -> str | None:
    day = _day_of_month(day_ws)
    year = _year(year_ws) if year_ws else None
    if day is None or (year_ws and year is None):
        return None
    if year is not None:
        found = _valid_date(year, month, day)
        return found.isoformat() if found else None
    # no year: the next occurrence from today on, as Alexa resolves it (Feb 29 may be years off)
    for year in range(today.year, today.year + 9):
        candidate = _valid_date(year, month, day)
        if candidate is not None and candidate >= today:
            return candidate.isoformat()
    return None


def _calendar_date(ws: Sequence[str], today: date) -> str | None:
    if ws[0] in _MONTHS:  # "november third", "nov 3rd 2026", "november the third"
        rest = ws[2:] if len(ws) > 1 and ws[1] == "the" else ws[1:]
        for split in (1, 2):
            if (found := _month_day(_MONTHS[ws[0]], rest[:split], rest[split:], today)) is not None:
                return found
        return None
    ws = ws[1:] if ws[0] == "the" else ws  # "the third of november", "3rd november 2026"
    for k in (1, 2, 3):
        if k < len(ws) and ws[k] in _MONTHS:
            day_ws = ws[: k - 1] if ws[k - 1] == "of" else ws[:k]
            return _month_day(_MONTHS[ws[k]], day_ws, ws[k + 1 :], today)
    return None


def _amount(ws: Sequence[str]) -> Fraction | None:
    if tuple(ws) in _FUZZY_AMOUNTS:
        return Fraction(_FUZZY_AMOUNTS[tuple(ws)])
    if tuple(ws) in (("half", "a"), ("half", "an")):
        return Fraction(1, 2)
    if len(ws) == 1 and re.fullmatch(r"\d+(\.\d+)?", ws[0]):
        return Fraction(ws[0])
    value = words_to_int(ws)
    return None if value is None else Fraction(value)


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    # the 31st of a shorter month is its last day
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _ago(ws: Sequence[str], today: date) -> str | None:
    unit = _DURATION_UNITS.get(ws[-2])
    amount = _amount(ws[:-2])
    if unit not in ("Y", "M", "W", "D") or amount is None or amount.denominator != 1:
        return None
    count = int(amount)
    if unit in ("W", "D"):
        return (today - timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    return _months_before(today, count * (12 if unit == "Y" else 1)).isoformat()


def _week(ws: Sequence[str], today: date) -> str | None:
    offsets = {"this": 0, "last": -7, "next": 7}
    if len(ws) != 2 or ws[0] not in offsets or ws[1] not in ("week", "weekend"):
        return None
    year, week, _ = (today + timedelta(days=offsets[ws[0]])).isocalendar()
    return f"{year}-W{week:02d}" + ("-WE" if ws[1] == "weekend" else "")


def _weekday(ws: Sequence[str], today: date) -> str | None:
    if len(ws) > 1 and ws[-1] in _PARTS_OF_DAY:
        ws = ws[:-1]
    direction = -1
    if len(ws) == 2 and ws[0] in ("last", "past"):
        ws = ws[1:]
    elif len(ws) == 3 and ws[:2] == ["this", "past"]:
        ws = ws[2:]
    elif len(ws) == 2 and ws[0] == "next":
        ws, direction = ws[1:], 1
    if len(ws) != 1 or ws[0] not in _WEEKDAYS:
        return None
    # said on that very weekday, it means a week away ("today" is how people say today)
    distance = (direction * (_WEEKDAYS[ws[0]] - today.weekday())) % 7 or 7
    return (today + timedelta(days=direction * distance)).isoformat()


def parse_date(text: str, today: date) -> str | None:
    """An AMAZON.DATE value for a spoken date, relative to the person's local ``today``.

    Mostly ``YYYY-MM-DD``; "last week" and "this weekend" give Alexa's week forms
    (``2026-W47``, ``2026-W48-WE``).

    Examples
    --------
    >>> parse_date("last friday", date(2026, 11, 24))
    '2026-11-20'
    >>> parse_date("december 25th", date(2026, 11, 24))
    '2026-12-25'
    >>> parse_date("november third", date(2026, 11, 24))
    '2027-11-03'
    """
    ws = _words(text)
    if ws[:1] == ["on"]:
        ws = ws[1:]
    if not ws:
        return None
    phrase = " ".join(ws)
    if phrase in _DAY_OFFSETS:
        return (today + timedelta(days=_DAY_OFFSETS[phrase])).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase):
        try:
            return date.fromisoformat(phrase).isoformat()
        except ValueError:
            return None
    if len(ws) >= 3 and ws[-1] == "ago":
        return _ago(ws, today)
    return _week(ws, today) or _weekday(ws, today) or _calendar_date(ws, today)


def parse_duration(text: str) -> str | None:
    """An AMAZON.DURATION value: an ISO 8601 duration such as ``P1Y6M`` or ``PT10M``.

    Examples
    --------
    >>> parse_duration("two and a half years")
    'P2Y6M'
    >>> parse_duration("a couple of months")
    'P2M'
    """
    ws = _words(text)
    totals: dict[str, Fraction] = {}
    i = 0
    while i < len(ws):
        if totals and ws[i] == "and":
            i += 1
        j = next((k for k in range(i, len(ws)) if ws[k] in _DURATION_UNITS), None)
        if j is None or j == i:
            return None
        amount_ws = ws[i:j]
        half = amount_ws[-3:] == ["and", "a", "half"]
        amount = _amount(amount_ws[:-3] if half else amount_ws)
        i = j + 1
        if ws[i : i + 3] == ["and", "a", "half"] and not half:
            half, i = True, i + 3
        if amount is None:
            return None
        unit = _DURATION_UNITS[ws[j]]
        totals[unit] = totals.get(unit, Fraction(0)) + amount + (Fraction(1, 2) if half else 0)
    if not totals:
        return None
    for unit, (smaller, factor) in SMALLER_UNITS.items():  # carry fractions down ("and a half")
        whole = Fraction(int(totals.get(unit, 0)))
        if unit in totals and totals[unit] != whole:
            totals[smaller] = totals.get(smaller, Fraction(0)) + (totals[unit] - whole) * factor
            totals[unit] = whole
    if any(value.denominator != 1 for value in totals.values()):
        return None
    # units a half was carried out of are left at zero ("half a year" is P6M, not P0Y6M)
    totals = {unit: value for unit, value in totals.items() if value} or totals
    date_part = "".join(f"{int(totals[u])}{u}" for u in "YMWD" if u in totals)
    time_part = "".join(f"{int(totals[u])}{u.upper()}" for u in "hms" if u in totals)
    return "P" + date_part + ("T" + time_part if time_part else "")


@dataclass(frozen=True)
class CustomValue:
    """A custom slot's words and, when they are a known value or synonym, that value."""

    spoken: str
    name: str | None = None
    id: str | None = None

    @property
    def matched(self) -> bool:
        """Whether entity resolution succeeded (ER_SUCCESS_MATCH)."""
        return self.name is not None


class CustomType:
    """A custom slot type of the interaction model, resolving words to its values."""

    def __init__(self, name: str, values: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        self.name = name
        self._lookup: dict[str, tuple[str, str]] = {}
        for value_id, value, synonyms in values:
            for phrase in (value, *synonyms):
                self._lookup.setdefault(normalize(phrase), (value, value_id))
        self.max_words = max((len(p.split()) for p in self._lookup), default=1)

    @classmethod
    def from_model(cls, type_json: Mapping[str, Any]) -> CustomType:
        """Build from one entry of ``languageModel.types``."""
        values = [
            (
                str(v.get("id") or v["name"]["value"]),
                v["name"]["value"],
                v["name"].get("synonyms", []),
            )
            for v in type_json.get("values", [])
        ]
        return cls(str(type_json["name"]), values)

    def resolve(self, text: str) -> CustomValue:
        """The words, resolved when they are (exactly) a value or a synonym.

        Examples
        --------
        >>> t = CustomType("ContactType", [("CALL", "call", ["phoned", "rang"])])
        >>> t.resolve("Phoned")
        CustomValue(spoken='phoned', name='call', id='CALL')
        >>> t.resolve("wrote to").matched
        False
        """
        spoken = normalize(text)
        found = self._lookup.get(spoken)
        return CustomValue(spoken, *found) if found else CustomValue(spoken)
