"""Take what the skill needs from CLDR (through Babel) once, at build time, into a small file.

``python -m deploy.cldr`` (part of ``make model``) writes ``skill/voice/cldr.json``: for each
locale the skill speaks, its plural rule (as Babel parses it), the month and weekday names, how
a day of a month is written, and the decimal sign. The skill reads that file
(:mod:`skill.voice.cldr`) and so needs no Babel at run time: the Lambda package stays small and
its cold start does not pay for Babel's import and locale data. A test fails when the file is
out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import parse_pattern

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "skill" / "voice" / "cldr.json"
#: The locales the skill speaks; the first of each language stands for it.
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-ES", "es-MX", "es-US")


def _pattern(locale: Locale, skeleton: str) -> str:
    """CLDR's pattern for ``skeleton`` as a str.format template: "{d} de {MMMM}"."""
    percent = parse_pattern(locale.datetime_skeletons[skeleton].pattern).format
    return percent.replace("%%", "%").replace("%(", "{").replace(")s", "}")


def _plural(locale: Locale) -> list[Any]:
    return [[category, rule] for category, rule in locale.plural_form.abstract]


def locale_data(tag: str) -> dict[str, Any]:
    """What the skill keeps of CLDR for ``tag`` ("es-MX")."""
    locale = Locale.parse(tag, sep="-")
    return {
        "plural": _plural(locale),
        "months": [locale.months["format"]["wide"][m] for m in range(1, 13)],
        "weekdays": [locale.days["format"]["wide"][d] for d in range(7)],
        "month_day": _pattern(locale, "MMMMd"),
        "month_day_year": _pattern(locale, "yMMMMd"),
        "decimal": locale.number_symbols["latn"]["decimal"],
    }


def render() -> str:
    """The file's text, as committed."""
    data = {tag: locale_data(tag) for tag in LOCALES}
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else None
    if current == text:
        return 0
    if args.check:
        print(f"out of date (run make model): {TARGET.name}", file=sys.stderr)
        return 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
