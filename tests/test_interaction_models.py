"""Every locale's interaction model: up to date with its source, within Alexa's limits, no phrase
shared by two intents or with a built-in intent, and the crisis phrases the skill listens for.

tests/test_interaction_model.py holds en-US to more (its slot values, its samples' words); this
file holds each of the eight locales to what they all must meet.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from deploy.interaction_model import built_files, locales
from skill.console.languages import console_language
from skill.console.nlu import Matcher
from skill.console.nlu_eval import CONTEXTS, evaluate, read_cases, reference_date
from skill.console.slot_values import normalize
from skill.voice.crisis_words import phrases
from skill.voice.locales import LOCALES
from tests.test_interaction_model import (
    MAX_CRISIS_SAMPLES,
    MAX_SAMPLE_CHARS,
    MAX_SAMPLES_PER_INTENT,
)

MODELS = Path(__file__).resolve().parents[1] / "interaction_models"
SLOT = re.compile(r"\{(\w+)\}")
# Lower-case words of any language (accents kept), apostrophes, spelled abbreviations ("d. m.").
SAMPLE_WORD = re.compile(r"[^\W\d_A-Z]+(?:'[^\W\d_A-Z]+)*|[a-z]\.")
FREQUENT = ("StartNoContactIntent", "DaysLeftIntent", "SlipIntent", "UrgeIntent", "CheckInIntent")


def language_model(locale: str) -> dict[str, Any]:
    model = json.loads((MODELS / f"{locale}.json").read_text(encoding="utf-8"))
    return dict(model["interactionModel"]["languageModel"])


def intents(locale: str) -> dict[str, dict[str, Any]]:
    return {intent["name"]: intent for intent in language_model(locale)["intents"]}


def test_every_published_locale_has_a_model() -> None:
    assert locales() == sorted(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_built_files_are_what_make_model_builds(locale: str) -> None:
    for path, text in built_files(locale).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run make model"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_the_same_intents_and_slots_as_en_us(locale: str) -> None:
    def shape(name: str) -> dict[str, dict[str, str]]:
        return {
            i: {s["name"]: s["type"] for s in intent.get("slots", [])}
            for i, intent in intents(name).items()
        }

    assert shape(locale) == shape("en-US")
    assert language_model(locale)["invocationName"] == "letting go"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_model_keeps_within_alexas_limits(locale: str) -> None:
    for name, intent in intents(locale).items():
        cap = MAX_CRISIS_SAMPLES if name == "CrisisIntent" else MAX_SAMPLES_PER_INTENT
        assert len(intent["samples"]) <= cap, name
        assert len(set(intent["samples"])) == len(intent["samples"]), name
        assert all(len(sample) <= MAX_SAMPLE_CHARS for sample in intent["samples"]), name
        if not name.startswith("AMAZON."):
            assert len(intent["samples"]) >= 10, name


@pytest.mark.parametrize("locale", LOCALES)
def test_samples_use_alexa_grammar_and_declared_slots(locale: str) -> None:
    faults = []
    for name, intent in intents(locale).items():
        declared = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            words = SLOT.sub(" ", sample).split()
            if not set(SLOT.findall(sample)) <= declared:
                faults.append((name, sample, "undeclared slot"))
            elif not all(SAMPLE_WORD.fullmatch(word) for word in words):
                faults.append((name, sample, "a word Alexa does not take"))
        used = {slot for sample in intent["samples"] for slot in SLOT.findall(sample)}
        if used != declared:
            faults.append((name, "", f"slots never sampled: {declared - used}"))
    assert faults == []


@pytest.mark.parametrize("locale", LOCALES)
def test_frequent_intents_and_crisis_words_have_breadth(locale: str) -> None:
    found = intents(locale)
    assert all(len(found[name]["samples"]) >= 80 for name in FREQUENT)
    assert len(found["CrisisIntent"]["samples"]) >= 150


@pytest.mark.parametrize("locale", LOCALES)
def test_no_sample_belongs_to_two_intents_or_a_builtin(locale: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name, intent in intents(locale).items():
        for sample in intent["samples"]:
            owners[normalize(sample)].add(name)
    builtin = {
        normalize(phrase)
        for intent, said in console_language(locale).builtin_phrases.items()
        for phrase in said
    }
    assert {p: o for p, o in owners.items() if len(o) > 1} == {}
    assert sorted(p for p in owners if p in builtin) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_skill_listens_for_the_locales_own_crisis_phrases(locale: str) -> None:
    samples = set(intents(locale)["CrisisIntent"]["samples"])
    assert phrases(locale) == frozenset(samples)


SPANISH_SET = MODELS / "nlu-evaluation" / "es-ES.json"
SPANISH = ["es-ES", "es-MX", "es-US"]


def said_by_the_model(locale: str) -> set[str]:
    """Every phrase the samples and slot samples of ``locale``'s model say: custom slots take
    each of their values and synonyms, built-in slots stay as their type."""
    model = language_model(locale)
    values = {
        t["name"]: [w for v in t["values"] for w in (v["name"]["value"], *v["name"]["synonyms"])]
        for t in model["types"]
    }
    said: set[str] = set()
    for intent in model["intents"]:
        types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        samples = list(intent.get("samples", []))
        samples += [s for slot in intent.get("slots", []) for s in slot.get("samples", [])]
        for sample in samples:
            parts = SLOT.split(sample)
            choices = [
                [part]
                if i % 2 == 0
                else values.get(types[part], [f" {types[part].replace('.', '')} "])
                for i, part in enumerate(parts)
            ]
            said.update(normalize("".join(combo)) for combo in itertools.product(*choices))
    return said


@pytest.mark.parametrize("locale", SPANISH)
def test_no_utterance_of_the_spanish_set_is_a_sample(locale: str) -> None:
    said = said_by_the_model(locale)
    cases = read_cases(SPANISH_SET)
    assert [case.utterance for case in cases if normalize(case.utterance) in said] == []


def test_the_spanish_set_says_where_each_utterance_is_said() -> None:
    cases = read_cases(SPANISH_SET)
    assert len({case.utterance for case in cases}) == len(cases)
    assert {case.context for case in cases} <= set(CONTEXTS)
    assert sum(case.context != "none" for case in cases) >= 60


@pytest.mark.parametrize("locale", SPANISH)
def test_the_console_understands_the_spanish_evaluation_set(locale: str) -> None:
    annotations = json.loads(SPANISH_SET.read_text(encoding="utf-8"))
    cases = read_cases(SPANISH_SET)
    model = json.loads((MODELS / f"{locale}.json").read_text(encoding="utf-8"))
    report = evaluate(Matcher(model, console_language(locale)), cases, reference_date(annotations))
    assert len(cases) >= 240
    assert sum(case.intent == "CrisisIntent" for case in cases) >= 60
    assert report.accuracy >= 0.95, report.summary()
    assert report.crisis_recall == 1.0, report.summary()
    assert report.crisis_precision >= 0.95, report.summary()
