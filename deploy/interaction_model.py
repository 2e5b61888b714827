"""Build each locale's interaction model JSON from its compact, readable source.

``interaction_models/<locale>.toml`` holds the samples with their alternatives written once;
``python -m deploy.interaction_model`` (``make model``) expands them into
``interaction_models/<locale>.json``, the file Alexa, virtual-alexa and the console read, and
the crisis phrases the skill listens for in free speech (``skill/voice/crisis_phrases/``). Both
are committed; a test fails when either is out of date.

The sample grammar, one sample pattern a line (``#`` starts a comment):

- ``(a|b|c)`` one of the alternatives; ``[a|b]`` one of them or nothing;
- ``<name>`` the alternatives of ``[phrases] name``, themselves written in this grammar;
- ``{slot}`` a slot, as Alexa writes it.

A locale that differs little from another has no source of its own but
``interaction_models/<locale>.overrides.toml``: its ``base`` locale, the words its people say
otherwise (``[words]``, swapped as whole words in every sample, phrase and slot value), and the
samples it adds to an intent (``[samples]``). The English locales are built from en-US this way,
and es-MX and es-US from es-ES.

Examples
--------
>>> expand("i [just] (texted|called) {ex}")
['i texted {ex}', 'i called {ex}', 'i just texted {ex}', 'i just called {ex}']
>>> expand("<verb> him", {"verb": "(text|call)"})
['text him', 'call him']
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "interaction_models"
CRISIS_PHRASES = ROOT / "skill" / "voice" / "crisis_phrases"
CRISIS_INTENT = "CrisisIntent"


class GrammarError(ValueError):
    """A sample pattern that cannot be read."""


def _alternatives(
    text: str, i: int, phrases: Mapping[str, str], close: str
) -> tuple[list[str], int]:
    """Parse alternatives up to ``close`` (or the end), from ``text[i]``; the index after it."""
    options: list[list[str]] = [[""]]
    while i < len(text):
        char = text[i]
        if char == close:
            return _join(options), i + 1
        if char == "|":
            options.append([""])
            i += 1
            continue
        if char in "([":
            inner, i = _alternatives(text, i + 1, phrases, ")" if char == "(" else "]")
            if char == "[":
                inner = ["", *inner]
            options[-1] = [a + b for a, b in itertools.product(options[-1], inner)]
            continue
        if char == "<":
            end = text.find(">", i)
            name = text[i + 1 : end] if end > i else ""
            if name not in phrases:
                raise GrammarError(f"unknown phrase <{name}> in {text!r}")
            inner = expand(phrases[name], phrases)
            options[-1] = [a + b for a, b in itertools.product(options[-1], inner)]
            i = end + 1
            continue
        if char in ")]>":
            raise GrammarError(f"unbalanced {char!r} in {text!r}")
        options[-1] = [a + char for a in options[-1]]
        i += 1
    if close:
        raise GrammarError(f"missing {close!r} in {text!r}")
    return _join(options), i


def _join(options: list[list[str]]) -> list[str]:
    return [alternative for option in options for alternative in option]


def expand(pattern: str, phrases: Mapping[str, str] | None = None) -> list[str]:
    """Every sample ``pattern`` stands for, in order, spaces tidied, without repeats."""
    found, _ = _alternatives(pattern, 0, phrases or {}, "")
    # An alternative may start with a contraction's ending: "i ('ve got|have)" is "i've got".
    tidy = (" ".join(sample.split()).replace(" '", "'") for sample in found if sample.strip())
    return list(dict.fromkeys(tidy))


def expand_lines(block: str, phrases: Mapping[str, str]) -> list[str]:
    """The samples of a block of pattern lines (blank lines and ``#`` comments skipped)."""
    samples: list[str] = []
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            samples.extend(expand(line, phrases))
    return list(dict.fromkeys(samples))


def _slot(name: str, slot_type: str, samples: list[str]) -> dict[str, Any]:
    slot: dict[str, Any] = {"name": name, "type": slot_type}
    if samples:
        slot["samples"] = samples
    return slot


def _dialog_slot(name: str, slot_type: str) -> dict[str, Any]:
    return {
        "name": name,
        "type": slot_type,
        "confirmationRequired": False,
        "elicitationRequired": False,
        "prompts": {},
    }


def build(source: Mapping[str, Any]) -> dict[str, Any]:
    """The interaction model JSON (ASK CLI layout) for a parsed ``<locale>.toml``."""
    phrases: dict[str, str] = dict(source.get("phrases", {}))
    intents: list[dict[str, Any]] = []
    dialog: list[dict[str, Any]] = []
    for intent in source["intent"]:
        slots: dict[str, str] = dict(intent.get("slots", {}))
        slot_samples: dict[str, str] = dict(intent.get("slot_samples", {}))
        built: dict[str, Any] = {"name": intent["name"]}
        if slots:
            built["slots"] = [
                _slot(name, slot_type, expand_lines(slot_samples.get(name, ""), phrases))
                for name, slot_type in slots.items()
            ]
        built["samples"] = expand_lines(intent.get("samples", ""), phrases)
        intents.append(built)
        if intent.get("dialog"):
            dialog.append(
                {
                    "name": intent["name"],
                    "confirmationRequired": False,
                    "prompts": {},
                    "slots": [_dialog_slot(name, t) for name, t in slots.items()],
                }
            )
    types = [
        {
            "name": name,
            "values": [
                {
                    "id": value["id"],
                    "name": {"value": spoken, "synonyms": value.get("synonyms", [])},
                }
                for spoken, value in values.items()
            ],
        }
        for name, values in source.get("types", {}).items()
    ]
    return {
        "interactionModel": {
            "languageModel": {
                "invocationName": source["invocation"],
                "intents": intents,
                "types": types,
            },
            "dialog": {"intents": dialog, "delegationStrategy": "SKILL_RESPONSE"},
        }
    }


def render(model: Mapping[str, Any]) -> str:
    """The JSON text as committed: two-space indents, a newline at the end."""
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def source_path(locale: str) -> Path:
    return MODELS / f"{locale}.toml"


def overrides_path(locale: str) -> Path:
    return MODELS / f"{locale}.overrides.toml"


def _swapped(value: Any, swap: Callable[[str], str]) -> Any:
    """``value`` (a parsed source, or any part of one) with ``swap`` applied to every string."""
    if isinstance(value, str):
        return swap(value)
    if isinstance(value, list):
        return [_swapped(item, swap) for item in value]
    if isinstance(value, dict):
        return {swap(k): _swapped(v, swap) for k, v in value.items()}
    return value


def with_overrides(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """The source ``base`` with a locale's ``overrides``: its words, and its added samples.

    Examples
    --------
    >>> base = {"intent": [{"name": "A", "samples": "call my mom"}], "invocation": "x"}
    >>> extra = {"words": {"mom": "mum"}, "samples": {"A": "ring my mum"}}
    >>> print(with_overrides(base, extra)["intent"][0]["samples"])
    call my mum
    ring my mum
    """
    words: dict[str, str] = dict(overrides.get("words", {}))
    pattern = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, words)) + r")(?![\w'])")

    def swap(text: str) -> str:
        return pattern.sub(lambda found: words[found.group(0)], text) if words else text

    source: dict[str, Any] = _swapped(dict(base), swap)
    added: dict[str, str] = dict(overrides.get("samples", {}))
    unknown = set(added) - {intent["name"] for intent in source["intent"]}
    if unknown:
        raise GrammarError(f"samples for intents the base does not have: {sorted(unknown)}")
    for intent in source["intent"]:
        if intent["name"] in added:
            own = intent.get("samples", "").rstrip("\n")
            intent["samples"] = own + "\n" + added[intent["name"]]
    return source


def source_of(locale: str) -> dict[str, Any]:
    """The parsed source of ``locale``: its own, or its base's with its overrides."""
    if source_path(locale).is_file():
        with source_path(locale).open("rb") as own:
            return tomllib.load(own)
    with overrides_path(locale).open("rb") as file:
        overrides = tomllib.load(file)
    return with_overrides(source_of(str(overrides["base"])), overrides)


def built_text(locale: str) -> str:
    """What ``interaction_models/<locale>.json`` must hold, from its source."""
    return render(build(source_of(locale)))


def locales() -> list[str]:
    """The locales that have a model source of their own or overrides of another's."""
    names = (path.name.removesuffix(".toml") for path in MODELS.glob("*.toml"))
    return sorted({name.removesuffix(".overrides") for name in names})


def crisis_phrases_text(model_text: str) -> str:
    """The crisis intent's samples, one a line: the skill hears them inside free speech too (an
    unsent message), where Alexa gives it words rather than an intent."""
    model = json.loads(model_text)["interactionModel"]["languageModel"]
    (crisis,) = (i for i in model["intents"] if i["name"] == CRISIS_INTENT)
    return "".join(f"{s}\n" for s in sorted(set(crisis["samples"])))


def built_files(locale: str) -> dict[Path, str]:
    """Each file ``make model`` writes for ``locale``, with what it must hold."""
    model = built_text(locale)
    return {
        MODELS / f"{locale}.json": model,
        CRISIS_PHRASES / f"{locale}.txt": crisis_phrases_text(model),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a built file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for target, text in (f for locale in locales() for f in built_files(locale).items()):
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == text:
            continue
        if args.check:
            stale.append(target.name)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print(f"out of date (run make model): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
