"""CLDR's data for the locales the skill speaks, read from ``cldr.json`` (built by Babel).

``make model`` writes the file (:mod:`deploy.cldr`); nothing here imports Babel, so the Lambda
package neither carries it nor pays for it at a cold start. A plural rule is kept as Babel parses
it and read here for whole numbers, the only kind the skill counts aloud.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parent / "cldr.json"
OTHER = "other"


@cache
def _all() -> dict[str, Any]:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def known() -> frozenset[str]:
    """The locales the file has data for."""
    return frozenset(_all())


def _operand(node: Sequence[Any], n: int) -> int:
    kind, args = node[0], node[1]
    if kind == "value":
        return int(args[0])
    if kind == "mod":
        return _operand(args[0], n) % _operand(args[1], n)
    # A whole number has no visible fraction digits and no compact exponent: v, w, f, t, c and e
    # are 0, and n and i are the number itself.
    return abs(n) if kind in ("n", "i") else 0


def _holds(node: Sequence[Any], n: int) -> bool:
    kind, args = node[0], node[1]
    if kind == "and":
        return all(_holds(arg, n) for arg in args)
    if kind == "or":
        return any(_holds(arg, n) for arg in args)
    if kind == "not":
        return not _holds(args[0], n)
    if kind == "relation":
        _in, left, ranges = args
        value = _operand(left, n)
        return any(
            _operand(low, n) <= value <= _operand(high, n) and value == int(value)
            for low, high in ranges[1]
        )
    raise ValueError(f"not a CLDR plural rule: {kind!r}")


@dataclass(frozen=True)
class Cldr:
    """One locale's CLDR data.

    Examples
    --------
    >>> spain = Cldr.of("es-ES")
    >>> spain.plural(1), spain.plural(12), spain.plural(1_000_000)
    ('one', 'other', 'many')
    >>> spain.month_day(date(2026, 11, 3)), Cldr.of("en-GB").month_day(date(2026, 11, 3))
    ('3 de noviembre', '3 November')
    >>> Cldr.of("en-US").month_day(date(2026, 11, 3), with_year=True)
    'November 3, 2026'
    >>> spain.decimal(3.5), Cldr.of("es-MX").decimal(3.5), spain.decimal(4.0)
    ('3,5', '3.5', '4')
    """

    tag: str
    plural_rule: tuple[tuple[str, Any], ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    """Monday first, as ``date.weekday()`` counts."""
    month_day_pattern: str
    month_day_year_pattern: str
    decimal_sign: str

    @staticmethod
    @cache
    def of(tag: str) -> Cldr:
        """The data of ``tag``, which must be one of :func:`known`."""
        data = _all()[tag]
        return Cldr(
            tag,
            tuple((str(category), rule) for category, rule in data["plural"]),
            tuple(data["months"]),
            tuple(data["weekdays"]),
            str(data["month_day"]),
            str(data["month_day_year"]),
            str(data["decimal"]),
        )

    def plural(self, number: int) -> str:
        """The CLDR plural category of a whole ``number``: "one", "many", "other"…"""
        for category, rule in self.plural_rule:
            if _holds(rule, number):
                return category
        return OTHER

    def month_day(self, value: date, with_year: bool = False) -> str:
        """A day of a month as this locale writes it, with the year if asked."""
        pattern = self.month_day_year_pattern if with_year else self.month_day_pattern
        return pattern.format(d=value.day, MMMM=self.months[value.month - 1], y=value.year)

    def weekday(self, value: date) -> str:
        return self.weekdays[value.weekday()]

    def decimal(self, number: float) -> str:
        """A number with at most one decimal, written with this locale's decimal sign."""
        text = f"{number:.1f}".rstrip("0").rstrip(".")
        return text.replace(".", self.decimal_sign)
