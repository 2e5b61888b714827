"""What a typed utterance means, resolved against the interaction model the way Alexa would.

Every sample utterance of the model becomes a pattern of literal words and slots; a slot takes the
words its type can parse (a date, a duration, a number, or for custom types a known value, else any
one to four words, as Alexa fills them). Among the samples that fit the whole utterance the best is
the one with the fewest words left to free text, then the most literal words. A fit with as many
free-text words as literal words is not taken ("i like her" is not "i {contactType} {ex}"): such a
guess is worse than the fallback.

Built-in intents (yes, no, stop, ...) have no samples in the model; their phrases live here and
must match the whole utterance, so "stop" is AMAZON.StopIntent while "stop no contact" is not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from skill.console.slot_values import (
    CustomType,
    normalize,
    parse_date,
    parse_duration,
    parse_number,
)
from skill.console.time_values import parse_time

FALLBACK = "AMAZON.FallbackIntent"
YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
HELP, STOP, CANCEL = "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent"

BUILTIN_PHRASES: Mapping[str, tuple[str, ...]] = {
    YES: (
        "yes", "yeah", "yep", "yes please", "sure", "ok", "okay", "i am", "i'm in", "let's do it",
        "do it", "please", "yes i did", "yes i have", "of course", "all right", "alright",
    ),
    NO: (
        "no", "nope", "not now", "no thanks", "no thank you", "nah", "not really", "no i didn't",
        "no i haven't",
    ),
    HELP: ("help", "help me", "what can i say", "what can i do", "how does this work"),
    STOP: ("stop", "quit", "exit", "shut up", "goodbye", "good bye", "bye"),
    CANCEL: ("cancel", "never mind", "nevermind", "forget it"),
    "AMAZON.RepeatIntent": (
        "repeat", "say that again", "repeat that", "what did you say", "pardon", "come again",
    ),
    "AMAZON.NavigateHomeIntent": ("go home", "home", "main menu", "start page"),
    "AMAZON.StartOverIntent": ("start over", "restart", "begin again", "from the top"),
    "AMAZON.NextIntent": ("next", "skip", "skip it", "skip this", "skip this step", "next step"),
    "AMAZON.PauseIntent": ("pause", "pause it", "pause this", "pause the exercise"),
}  # fmt: skip

_FREE_TEXT_WORDS = 4  # Alexa fills an unknown custom value with a short phrase, not a sentence
_BUILTIN_TYPE_WORDS = 8  # "the twenty third of november twenty twenty six" is the longest
_SLOT = re.compile(r"\{(\w+)\}")
_LAUNCH_VERBS = "open|start|launch|load|begin|run|play|talk to|use|ask|tell"
_ONE_SHOT = r"(?:ask|tell|use) {inv} (?:(?:to|that|about|for|if|whether) )?(.+)"


@dataclass(frozen=True)
class SlotFill:
    """One slot as Alexa sends it: the value heard and, for custom types, its resolution."""

    name: str
    value: str | None
    resolved_name: str | None = None
    resolved_id: str | None = None
    slot_type: str = ""


@dataclass(frozen=True)
class Match:
    """The intent an utterance was resolved to, with every slot the intent declares."""

    intent: str
    slots: dict[str, SlotFill]


@dataclass(frozen=True)
class Expectation:
    """What the last response asked for: a slot (Dialog.ElicitSlot) or a confirmation (``None``)."""

    intent: str
    slot: str | None = None


@dataclass(frozen=True)
class _Hole:
    name: str


@dataclass(frozen=True)
class _Pattern:
    intent: str
    parts: tuple[str | _Hole, ...]
    literals: int
    order: int


@dataclass(frozen=True)
class _Fit:
    pattern: _Pattern
    fills: tuple[SlotFill, ...]
    free_words: int

    @property
    def score(self) -> tuple[int, int, int]:
        return (-self.free_words, self.pattern.literals, -self.pattern.order)


def _plausible(fit: _Fit) -> bool:
    # More literal words than free text ("i texted jake", not "i like her"), or no free text at all
    return fit.free_words == 0 or fit.free_words < fit.pattern.literals


def _compile(intent: str, sample: str, order: int) -> _Pattern:
    parts: list[str | _Hole] = []
    for i, piece in enumerate(_SLOT.split(sample)):
        # split() alternates literal text and slot names
        parts.extend([_Hole(piece)] if i % 2 else normalize(piece).split())
    literals = sum(isinstance(part, str) for part in parts)
    return _Pattern(intent, tuple(parts), literals, order)


class Matcher:
    """Resolves typed utterances to intents and slot values of one interaction model."""

    def __init__(self, model: Mapping[str, Any]) -> None:
        language = model.get("interactionModel", model)["languageModel"]
        self._invocation = normalize(str(language["invocationName"]))
        self._types = {str(t["name"]): CustomType.from_model(t) for t in language.get("types", [])}
        self._slots: dict[str, dict[str, str]] = {}
        self._patterns: list[_Pattern] = []
        self._slot_patterns: dict[tuple[str, str], list[_Pattern]] = {}
        for intent in language["intents"]:
            name = str(intent["name"])
            self._slots[name] = {str(s["name"]): str(s["type"]) for s in intent.get("slots", [])}
            for sample in intent.get("samples", []):
                self._patterns.append(_compile(name, sample, len(self._patterns)))
            for slot in intent.get("slots", []):
                samples = ["{" + str(slot["name"]) + "}", *slot.get("samples", [])]
                self._slot_patterns[(name, str(slot["name"]))] = [
                    _compile(name, s, i) for i, s in enumerate(dict.fromkeys(samples))
                ]
        self._builtin = {
            normalize(phrase): intent
            for intent, phrases in BUILTIN_PHRASES.items()
            for phrase in phrases
        }
        inv = re.escape(self._invocation)
        self._launch = re.compile(rf"(?:alexa )?(?:{_LAUNCH_VERBS}) {inv}")
        self._one_shot = re.compile(r"(?:alexa )?" + _ONE_SHOT.format(inv=inv))

    @classmethod
    def from_file(cls, path: Path) -> Matcher:
        """Load the interaction model JSON at ``path`` (e.g. ``interaction_models/en-US.json``)."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @property
    def invocation_name(self) -> str:
        """The skill's invocation name, e.g. ``"letting go"``."""
        return self._invocation

    def slots_of(self, intent: str) -> dict[str, str]:
        """The slots ``intent`` declares, name to slot type (empty for unknown intents)."""
        return dict(self._slots.get(intent, {}))

    def strip_invocation(self, utterance: str) -> tuple[str, bool]:
        """Remove "ask letting go ..." and the like; the flag says an invocation was heard.

        An invocation with nothing after it ("open letting go") gives ``("", True)``: a launch.

        Examples
        --------
        >>> m = Matcher({"languageModel": {"invocationName": "letting go", "intents": []}})
        >>> m.strip_invocation("Alexa, ask Letting Go how many days left?")
        ('how many days left', True)
        >>> m.strip_invocation("open letting go")
        ('', True)
        >>> m.strip_invocation("I texted him")
        ('I texted him', False)
        """
        text = utterance.lower().replace("\u2019", "'")
        text = " ".join(re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text))
        if self._launch.fullmatch(text):
            return "", True
        if found := self._one_shot.fullmatch(text):
            return found.group(1), True
        return utterance.strip(), False

    def match(self, utterance: str, today: date, expecting: Expectation | None = None) -> Match:
        """The intent and slots Alexa would send for ``utterance`` said on local date ``today``.

        Parameters
        ----------
        utterance
            What the person said, without the invocation (see :meth:`strip_invocation`).
        today
            The person's local date, for relative dates such as "yesterday".
        expecting
            What the last response asked for. While a slot is elicited the utterance fills it
            when it can; while a confirmation is pending, yes and no win.

        Examples
        --------
        >>> m = Matcher.from_file(Path("interaction_models/en-US.json"))
        >>> m.match("I texted him", date(2026, 11, 24)).intent
        'SlipIntent'
        >>> wanted = Expectation("StartNoContactIntent", "lastContact")
        >>> m.match("yesterday", date(2026, 11, 24), wanted).slots["lastContact"].value
        '2026-11-23'
        """
        words = normalize(utterance).split()
        if words[:1] == ["alexa"]:
            words = words[1:]
        text = " ".join(words)
        builtin = self._builtin.get(text)
        if expecting is not None:
            if builtin in (STOP, CANCEL, HELP):
                return Match(builtin, {})
            if expecting.slot is None and builtin in (YES, NO):
                return Match(builtin, {})
            if expecting.slot is not None:
                patterns = self._slot_patterns.get((expecting.intent, expecting.slot), [])
                if found := self._best(patterns, words, today):
                    return found
            expected = [p for p in self._patterns if p.intent == expecting.intent]
            if found := self._best(expected, words, today):
                return found
        if builtin is not None:
            return Match(builtin, {})
        return self._best(self._patterns, words, today) or Match(FALLBACK, {})

    def _best(self, patterns: Iterable[_Pattern], words: list[str], today: date) -> Match | None:
        present = set(words)
        cache: dict[tuple[str, str], tuple[SlotFill, int] | None] = {}
        best: _Fit | None = None
        for pattern in patterns:
            if not all(p in present for p in pattern.parts if isinstance(p, str)):
                continue  # a literal word is missing: cheap to rule out
            for fit in self._fits(pattern, words, today, cache):
                if _plausible(fit) and (best is None or fit.score > best.score):
                    best = fit
        if best is None:
            return None
        slots = {
            name: SlotFill(name, None, slot_type=slot_type)
            for name, slot_type in self._slots[best.pattern.intent].items()
        }
        slots.update({fill.name: fill for fill in best.fills})
        return Match(best.pattern.intent, slots)

    def _fits(
        self,
        pattern: _Pattern,
        words: list[str],
        today: date,
        cache: dict[tuple[str, str], tuple[SlotFill, int] | None],
    ) -> list[_Fit]:
        parts, fits = pattern.parts, []
        slot_types = self._slots[pattern.intent]

        def walk(p: int, i: int, fills: tuple[SlotFill, ...], free: int) -> None:
            if p == len(parts):
                if i == len(words):
                    fits.append(_Fit(pattern, fills, free))
                return
            part = parts[p]
            if isinstance(part, str):
                if i < len(words) and words[i] == part:
                    walk(p + 1, i + 1, fills, free)
                return
            slot_type = slot_types.get(part.name, "")
            longest = min(len(words) - (len(parts) - p - 1), i + self._max_words(slot_type))
            for end in range(i + 1, longest + 1):
                span = " ".join(words[i:end])
                key = (f"{part.name}\0{slot_type}", span)
                if key not in cache:
                    cache[key] = self._fill(part.name, slot_type, span, end - i, today)
                if (filled := cache[key]) is not None:
                    walk(p + 1, end, (*fills, filled[0]), free + filled[1])

        walk(0, 0, (), 0)
        return fits

    def _max_words(self, slot_type: str) -> int:
        if slot_type in self._types:
            return max(self._types[slot_type].max_words, _FREE_TEXT_WORDS)
        if slot_type in ("AMAZON.DATE", "AMAZON.DURATION", "AMAZON.NUMBER", "AMAZON.TIME"):
            return _BUILTIN_TYPE_WORDS
        return _FREE_TEXT_WORDS

    def _fill(
        self, name: str, slot_type: str, span: str, length: int, today: date
    ) -> tuple[SlotFill, int] | None:
        """The slot filled with ``span`` and how many of its words are free text, or ``None``."""
        if slot_type == "AMAZON.DATE":
            value = parse_date(span, today)
        elif slot_type == "AMAZON.DURATION":
            value = parse_duration(span)
        elif slot_type == "AMAZON.NUMBER":
            value = parse_number(span)
        elif slot_type == "AMAZON.TIME":
            value = parse_time(span)
        elif slot_type in self._types:
            found = self._types[slot_type].resolve(span)
            if found.matched:
                return SlotFill(name, found.spoken, found.name, found.id, slot_type), 0
            if length > _FREE_TEXT_WORDS:
                return None
            return SlotFill(name, found.spoken, slot_type=slot_type), length
        else:  # a built-in type this console does not parse: taken as heard
            if length > _FREE_TEXT_WORDS:
                return None
            return SlotFill(name, span, slot_type=slot_type), length
        return None if value is None else (SlotFill(name, value, slot_type=slot_type), 0)
