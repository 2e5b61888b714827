"""What a typed utterance means, resolved against the interaction model the way Alexa would.

In order: words of crisis anywhere in what was said (they never lose to another intent, unless
the whole utterance is word for word another intent's sample); a built-in phrase or an exact fit
of a sample (while a slot is elicited, of that slot's samples first), then the same with fillers
("um", "honestly") set aside; a leading yes, no, stop, cancel or pause, unless what follows means
more; a crisis the samples' words point to (:mod:`skill.console.likeliest`); a sample said inside
a longer sentence; the nearest sample (:mod:`skill.console.nearest`) above a threshold; the intent
the telling words point to; else AMAZON.FallbackIntent. While a slot is asked for, a value of the
question's intent said anywhere answers it (:meth:`Matcher._as_answer`).

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
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from skill.console.likeliest import LikeliestIntent
from skill.console.nearest import THRESHOLD, NearestSamples, Tag, Tagger, type_token
from skill.console.slot_values import (
    CustomType,
    normalize,
    parse_date,
    parse_duration,
    parse_number,
)
from skill.console.time_values import parse_time
from skill.console.wording import ConsoleLanguage
from skill.voice.crisis_words import HEDGES, crisis_in
from skill.voice.word_stems import stemmer

FALLBACK = "AMAZON.FallbackIntent"
CRISIS = "CrisisIntent"
YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
HELP, STOP, CANCEL = "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent"
PAUSE = "AMAZON.PauseIntent"
SEARCH_QUERY = "AMAZON.SearchQuery"
NUMBER = "AMAZON.NUMBER"
DURATION = "AMAZON.DURATION"
_WHOLE_SPANS = (DURATION, "AMAZON.DATE", "AMAZON.TIME")

BUILTIN_PHRASES: Mapping[str, tuple[str, ...]] = {
    YES: (
        "yes", "yeah", "yep", "yup", "yes please", "sure", "ok", "okay", "i am", "i'm in",
        "count me in", "let's do this", "i'm in let's do this",
        "let's do it", "do it", "please", "yes i did", "yes i have", "of course", "all right",
        "alright", "yeah sure", "sure thing", "absolutely", "definitely", "go for it",
        "sounds good", "why not",
        "i guess so", "i think so", "uh huh", "yes i am", "yeah i am", "count me in", "okay sure",
        "i did", "i have", "i did yeah", "mostly", "i think i did", "i kept it", "that'd be nice",
        "that'd be nice yeah", "that would be nice", "let's pick it up",
        "sure let's pick it up",
    ),
    NO: (
        "no", "nope", "not now", "no thanks", "no thank you", "nah", "not really", "no i didn't",
        "no i haven't", "not right now", "not today", "not yet", "maybe later", "no way",
        "i don't think so", "no not now", "not tonight", "no i'm good", "i'm good thanks",
        "no need", "i'll pass", "pass", "skip it for now", "i didn't", "i haven't",
    ),
    HELP: (
        "help", "help me", "what can i say", "what can i do", "how does this work", "what do i say",
        "what am i supposed to say", "what are my options", "i need help", "i'm confused",
        "i don't understand", "what can you do", "what should i say", "options",
        "what does no contact mean", "what is no contact", "what's no contact", "explain",
        "how do i answer", "what do you mean", "i don't get it", "what is this",
    ),
    STOP: (
        "stop", "quit", "exit", "shut up", "goodbye", "good bye", "bye", "stop talking",
        "be quiet", "that's enough", "i'm done for now", "leave me alone", "enough", "bye bye",
        "good night", "goodnight", "that's all", "that's it for now", "say goodbye",
        "say bye", "i'll say goodbye", "i'll say bye", "just say goodbye", "goodbye for now",
    ),
    CANCEL: (
        "cancel", "never mind", "nevermind", "forget it", "cancel that", "cancel it",
        "never mind cancel that", "nevermind cancel", "no cancel that", "scratch that",
    ),
    "AMAZON.RepeatIntent": (
        "repeat", "say that again", "repeat that", "what did you say", "pardon", "come again",
        "repeat the question", "can you repeat that", "say it again", "what was that",
        "what were the choices", "say the options again", "what was the question",
        "what was i supposed to say", "what am i supposed to say again", "what do i say again",
        "sorry what", "one more time", "can you say that again",
    ),
    "AMAZON.NavigateHomeIntent": (
        "go home", "home", "main menu", "start page", "take me home", "go to the main menu",
        "back to the menu", "go back to the main menu", "home screen", "go back to the home screen",
    ),
    "AMAZON.StartOverIntent": (
        "can we start over", "let's start over", "start over please", "can i start over",
        "start over", "restart", "begin again", "from the top", "start again",
        "go back to the start", "from the beginning", "start from the beginning",
        "start again from the beginning", "back to the beginning",
    ),
    "AMAZON.NextIntent": (
        "next", "skip", "skip it", "skip this", "skip this step", "next step", "skip that",
        "skip this one", "next one", "the next part", "go to the next step",
        "next please", "next question", "the next question", "on to the next one",
    ),
    PAUSE: (
        "pause", "pause it", "pause this", "pause the exercise", "hold on", "wait",
        "wait a second", "hang on", "one moment", "give me a minute", "just a minute",
        "wait a minute", "hold on a second", "pause for a second", "pause for a minute",
        "can we pause", "can we pause for a minute", "can we pause for a second", "pause a sec",
        "give me a second", "hang on a minute", "wait pause", "hold on a minute", "pause for a sec",
        "wait a sec", "hold on a sec",
    ),
    # What people ask any Echo for: Alexa's fallback knows these are not for this skill.
    FALLBACK: (
        "what's the weather", "what's the weather like", "will it rain today",
        "play some music", "play a song", "play the radio", "play a podcast", "set a timer",
        "set an alarm", "what time is it", "turn on the lights", "turn off the lights",
        "what's the news", "read me the news", "who won the game", "what's on my calendar",
        "add milk to my shopping list", "tell me a story", "tell me a fact", "sing a song",
        "order a pizza", "how old are you", "what's your name", "call mom", "good morning",
    ),
}  # fmt: skip

# Words people put before or after what they mean; set aside when nothing fits with them.
_FILLERS = frozenset(
    {
        "um", "uh", "erm", "hmm", "so", "well", "okay", "ok", "honestly", "hey", "alexa", "like",
        "please", "just", "actually", "basically", "look", "listen", "anyway", "oh", "alright",
        "shh", "ugh", "gosh",
    }
)  # fmt: skip
_FREE_TEXT_WORDS = 4  # Alexa fills an unknown custom value with a short phrase, not a sentence
_FREE_SPEECH_WORDS = 60  # Alexa takes free speech (AMAZON.SearchQuery) a sentence or more long
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
    how: str = "sample"
    """How it was matched: crisis, crisis words, builtin, sample, slot sample, sample inside,
    slot answer, nearest, likeliest words or fallback."""
    confidence: float = 1.0
    """1.0 for an exact fit; the nearest sample's similarity (0 to 1) otherwise."""

    def explain(self) -> str:
        """One line for ``--explain``: intent, slots, how it was matched and the confidence."""
        filled = ", ".join(
            f"{name}={fill.resolved_id or fill.value}"
            for name, fill in self.slots.items()
            if fill.value is not None
        )
        return f"{self.intent} [{filled}] ({self.how}, confidence {self.confidence:.2f})"


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
    words: frozenset[str] = frozenset()
    """Its literal words: a pattern can fit only what holds them all."""


@dataclass(frozen=True)
class _Fit:
    pattern: _Pattern
    fills: tuple[SlotFill, ...]
    free_words: int

    @property
    def score(self) -> tuple[int, int, int, int]:
        # Fewest free words, then the most slots filled (so "i texted him" tells the kind of
        # contact, as a sample with {contactType} would), then the most literal words.
        return (-self.free_words, len(self.fills), self.pattern.literals, -self.pattern.order)


# How much less similar a sample of the intent being asked about may be, and still win.
_EXPECTED_EDGE = 6.0
_SHORT_WORDS, _SHORT_EXTRA = 3, 10.0
#: The likeliest intent by its words is taken with this many telling words and this margin.
_LIKELIEST_TELLING, _LIKELIEST_MARGIN = 1, 3.0
#: ... and as a crisis with this margin, whatever else comes near.
_CRISIS_MARGIN = 5.0
_EMBEDDED_CRISIS_FACTOR = 2.5
#: A crisis word is telling when this many crisis samples hold it (a share would shrink each
#: time crisis samples are added, and with it what the leaning hears).
_CRISIS_TELLING_SAMPLES = 12
# After a leading yes or no, or beside a slot's value, this many words or more may mean
# something else.
_MORE_THAN_AN_ANSWER = 4
# Slot types whose value, said anywhere while the slot is asked for, is the answer.
_ANSWER_TYPES = frozenset({"AMAZON.DATE", "AMAZON.DURATION", "AMAZON.TIME"})
_NEVER_AN_ANSWER = frozenset({CRISIS, HELP, STOP, CANCEL, "AMAZON.NavigateHomeIntent"})
# How a match was made when no sample fitted it exactly.
_GUESSES = frozenset({"fallback", "nearest", "likeliest words"})
_YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "sure"})
_NO_WORDS = frozenset({"no", "nope", "nah"})
# A first word that answers on its own, whatever follows it (unless what follows means more).
_LEAD_WORDS: Mapping[str, str] = {
    **dict.fromkeys(_YES_WORDS, YES),
    **dict.fromkeys(_NO_WORDS, NO),
    "stop": STOP,
    "goodbye": STOP,
    "bye": STOP,
    "goodnight": STOP,
    "cancel": CANCEL,
    "pause": PAUSE,
}
# The fewest words a sample found inside a longer utterance may have.
_EMBEDDED_WORDS = 3
#: English, as the console hears it (other languages: :mod:`skill.console.languages`).
ENGLISH = ConsoleLanguage(
    BUILTIN_PHRASES,
    _FILLERS,
    _LEAD_WORDS,
    _LAUNCH_VERBS,
    _ONE_SHOT,
    parse_date,
    parse_duration,
    parse_number,
    parse_time,
)


def _as_heard(utterance: str) -> str:
    """Free speech as Alexa passes it on: lower case, words as said (contractions kept)."""
    return " ".join(re.findall(r"[\w']+", utterance.lower().replace("\u2019", "'")))


def _without_fillers(words: list[str], fillers: frozenset[str] = _FILLERS) -> list[str]:
    """``words`` without the fillers at either end ("um so i texted him" -> "i texted him")."""
    start, end = 0, len(words)
    while start < end and words[start] in fillers:
        start += 1
    while end > start and words[end - 1] in fillers:
        end -= 1
    return words[start:end]


def _days_as_count(slots: dict[str, SlotFill]) -> dict[str, SlotFill]:
    """Slots where "sixty days", taken for a duration, is moved to an empty count: the samples
    count days with a number ("{targetDays} days"), and nobody gives how long they were
    together in days."""
    counts = [name for name, fill in slots.items() if fill.slot_type == NUMBER and not fill.value]
    for name, fill in slots.items():
        days = re.fullmatch(r"P(\d+)D", fill.value or "")
        if fill.slot_type == DURATION and days and counts:
            return {
                **slots,
                name: SlotFill(name, None, slot_type=DURATION),
                counts[0]: SlotFill(counts[0], days.group(1), slot_type=NUMBER),
            }
    return slots


def _plausible(fit: _Fit) -> bool:
    # More literal words than free text ("i texted jake", not "i like her"), or no free text at all
    return fit.free_words == 0 or fit.free_words < fit.pattern.literals


def _compile(intent: str, sample: str, order: int) -> _Pattern:
    parts: list[str | _Hole] = []
    for i, piece in enumerate(_SLOT.split(sample)):
        # split() alternates literal text and slot names
        parts.extend([_Hole(piece)] if i % 2 else normalize(piece).split())
    literals = sum(isinstance(part, str) for part in parts)
    words = frozenset(p for p in parts if isinstance(p, str))
    return _Pattern(intent, tuple(parts), literals, order, words)


class Matcher:
    """Resolves typed utterances to intents and slot values of one interaction model."""

    def __init__(self, model: Mapping[str, Any], words: ConsoleLanguage = ENGLISH) -> None:
        self._words = words
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
            for intent, phrases in words.builtin_phrases.items()
            for phrase in phrases
        }
        self._crisis = frozenset(
            " ".join(p.parts)  # type: ignore[arg-type]
            for p in self._patterns
            if p.intent == CRISIS and p.literals == len(p.parts)
        )
        self._literal = {
            " ".join(p.parts): p.intent  # type: ignore[arg-type]
            for p in reversed(self._patterns)
            if p.literals == len(p.parts)
        }
        self._nearest = self._nearest_index()
        inv = re.escape(self._invocation)
        self._launch = re.compile(rf"(?:alexa )?(?:{words.launch_verbs}) {inv}")
        self._one_shot = re.compile(r"(?:alexa )?" + words.one_shot.format(inv=inv))

    def _nearest_index(self) -> NearestSamples:
        used = {t for slots in self._slots.values() for t in slots.values()}
        surfaces = [(pattern.intent, self._surface(pattern)) for pattern in self._patterns]
        surfaces += [(phrase_intent, phrase) for phrase, phrase_intent in self._builtin.items()]
        self._tagger = Tagger(self._types, used, self._words)
        self._likeliest = LikeliestIntent(surfaces)
        return NearestSamples(surfaces, self._tagger)

    def _surface(self, pattern: _Pattern) -> str:
        types = self._slots[pattern.intent]
        return " ".join(
            part if isinstance(part, str) else type_token(types.get(part.name, ""))
            for part in pattern.parts
        )

    @classmethod
    def from_file(cls, path: Path, words: ConsoleLanguage = ENGLISH) -> Matcher:
        """Load the interaction model JSON at ``path`` (e.g. ``interaction_models/en-US.json``)."""
        return cls(json.loads(path.read_text(encoding="utf-8")), words)

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
        text = " ".join(re.findall(r"[^\W_]+(?:['-][^\W_]+)*", text))
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
        if not words:
            return Match(FALLBACK, {}, "fallback", 0.0)
        # Crisis words win anywhere, except inside what is word for word another intent's
        # sample ("i want to stop living in the past").
        owner = self._literal.get(" ".join(words))
        if owner in (None, CRISIS) and (crisis := self._crisis_in(words)) is not None:
            return crisis
        if expecting is not None and self._free_speech_asked(expecting):
            # Asked to speak freely (an unsent message): all of it is the answer, as on Alexa,
            # unless it is only "stop", "cancel", "help" or "wait".
            builtin = self._builtin.get(" ".join(words))
            if builtin in (STOP, CANCEL, HELP, PAUSE):
                return Match(builtin, {}, "builtin")
            return self._free_speech(expecting, _as_heard(utterance))
        plain = _without_fillers(words, self._words.fillers)
        for attempt in dict.fromkeys((tuple(words), tuple(plain))):
            if attempt and (found := self._exact(list(attempt), today, expecting)) is not None:
                return self._as_answer(found, words, today, expecting)
        rest = words[1:]
        lead = self._words.lead_words.get(words[0])
        if words[0] in self._words.short_leads and len(rest) >= _MORE_THAN_AN_ANSWER:
            lead = None
        if lead is not None:
            # "no i really want to call him": the yes or no is not the point of what was said.
            if len(rest) >= _MORE_THAN_AN_ANSWER:
                more = self.match(" ".join(rest), today)
                # Crisis words after a yes or no count; a near sample of them alone does not.
                near_crisis = more.intent == CRISIS and more.how not in ("crisis", "crisis words")
                if (
                    more.intent not in (FALLBACK, YES, NO)
                    and not near_crisis
                    and (expecting is None or more.intent != expecting.intent)
                ):
                    return more
            # "yes delete it", "no keep going", "stop i can't do this": an answer, and more.
            return Match(lead, {}, "builtin", 0.9)
        # An answer to what was asked ("i took a long nap") is not read for crisis leanings,
        # unless more was said beside it ("six years and i see no reason to keep breathing").
        answered = self._only_an_answer(words, today, expecting)
        embedded = self._embedded(words, today)
        # A sample of another intent said whole ("make it sixty days") takes a clearer lean.
        lean = _CRISIS_MARGIN * (_EMBEDDED_CRISIS_FACTOR if embedded else 1.0)
        if not answered and (leaning := self._crisis_leaning(words, today, lean)) is not None:
            return leaning
        if embedded is not None:
            return self._as_answer(
                self._values_around(embedded, words, today), words, today, expecting
            )
        return self._as_answer(
            self._nearest_match(words, today, expecting), words, today, expecting
        )

    def _as_answer(
        self, found: Match, words: list[str], today: date, expecting: Expectation | None
    ) -> Match:
        """While a slot is asked for, what holds a value the question's intent takes answers
        it ("only three weeks honestly"; "low like a two but i did call my mom"), unless a
        sample of another intent fits; that one wins, but a date, a duration or a time it holds
        is the answer when one is asked for ("i texted her last saturday", asked when they were
        last in touch)."""
        if expecting is None or expecting.slot is None or found.intent in _NEVER_AN_ANSWER:
            return found
        mine = self._slots.get(expecting.intent, {})
        wanted = mine.get(expecting.slot)
        asked = found.slots.get(expecting.slot) if found.intent == expecting.intent else None
        if asked is not None and asked.value is not None:
            if wanted not in self._types or asked.resolved_id is not None:
                return found
            # Words taken for a value nobody listed may mean something else.
            other = self.match(" ".join(words), today)
            return other if other.intent not in (FALLBACK, expecting.intent, CRISIS) else found
        if found.intent != expecting.intent and not self._weak(found):
            value = next(
                (f for f in found.slots.values() if f.slot_type == wanted and f.value is not None),
                None,
            )
            if value is None or wanted not in _ANSWER_TYPES:
                return found
            fills = {expecting.slot: replace(value, name=expecting.slot)}
        else:
            fills = self._fills_from_tags(words, today, mine)
            # Over a guess at another intent, only the value asked for answers a question that
            # asks for no number: asked what they did, "can we do the future one" names none.
            stray = found.intent != expecting.intent and wanted != NUMBER
            if not fills or (stray and expecting.slot not in fills):
                return found
        slots = {
            name: SlotFill(name, None, slot_type=slot_type) for name, slot_type in mine.items()
        }
        if found.intent == expecting.intent:
            slots.update({n: f for n, f in found.slots.items() if f.value is not None})
        slots.update(fills)
        return Match(expecting.intent, slots, "slot answer", found.confidence)

    def _answer_tagger(self, slots: Mapping[str, str]) -> Tagger:
        # Times, dates and durations are read whole, so that "two am" or "two seconds" is not
        # taken for a number; a span the slots' own types read is theirs.
        wanted = frozenset(slots.values())
        return Tagger(self._types, {*wanted, *_WHOLE_SPANS}, self._words, first=wanted)

    def _fills_from_tags(
        self, words: list[str], today: date, slots: Mapping[str, str]
    ) -> dict[str, SlotFill]:
        """Each of ``slots`` whose type has a value among ``words`` (a custom one: listed)."""
        _, tags = self._answer_tagger(slots).tag(words, today)
        return self._fills(tags, slots)

    def _fills(self, tags: tuple[Tag, ...], slots: Mapping[str, str]) -> dict[str, SlotFill]:
        """Each of ``slots`` whose type has a value among ``tags`` (a custom one: listed)."""
        fills: dict[str, SlotFill] = {}
        for name, slot_type in slots.items():
            listed = slot_type not in self._types
            said = [t for t in tags if t.slot_type == slot_type and (listed or t.resolved_id)]
            # Of two times, the later one is the answer ("i'm out by night so make it noon").
            tag = (said[-1] if slot_type == "AMAZON.TIME" else said[0]) if said else None
            if tag is not None:
                tags = tuple(t for t in tags if t is not tag)
                fills[name] = SlotFill(
                    name, tag.value, tag.resolved_name, tag.resolved_id, slot_type
                )
        return fills

    def _embedded(self, words: list[str], today: date) -> Match | None:
        """A sample said whole inside a longer utterance ("we broke up and i want to start no
        contact"): the longest such span, if it holds a good part of what was said."""
        present = set(words)
        candidates = [p for p in self._patterns if p.words <= present]
        shortest = max(_EMBEDDED_WORDS, -(-len(words) * 2 // 5))
        for length in range(len(words) - 1, shortest - 1, -1):
            for start in range(len(words) - length + 1):
                span = words[start : start + length]
                found = self._best(candidates, span, today)
                if found is not None and found.confidence == 1.0:
                    share = length / len(words)
                    return Match(found.intent, found.slots, "sample inside", share)
        return None

    def _values_around(self, found: Match, words: list[str], today: date) -> Match:
        """A sample said inside a longer utterance, with the slots it left empty filled from
        values said around it ("i want to start no contact for sixty days")."""
        empty = {n: f.slot_type for n, f in found.slots.items() if f.value is None}
        if not empty or not (fills := self._fills_from_tags(words, today, empty)):
            return found
        return replace(found, slots=_days_as_count({**found.slots, **fills}))

    def _free_speech_asked(self, expecting: Expectation) -> bool:
        slots = self._slots.get(expecting.intent, {})
        return expecting.slot is not None and slots.get(expecting.slot) == SEARCH_QUERY

    def _free_speech(self, expecting: Expectation, said: str) -> Match:
        slots = {
            name: SlotFill(name, said if name == expecting.slot else None, slot_type=slot_type)
            for name, slot_type in self._slots[expecting.intent].items()
        }
        return Match(expecting.intent, slots, "free speech")

    def _crisis_in(self, words: list[str]) -> Match | None:
        """Crisis words said anywhere in the utterance ("i texted him and now i want to die"),
        hedges inside them or not ("i probably won't be alive by then")."""
        found = crisis_in(words, self._crisis, stemmer(self._words.language))
        return Match(CRISIS, {}, "crisis") if found else None

    def _exact(self, words: list[str], today: date, expecting: Expectation | None) -> Match | None:
        text = " ".join(words)
        builtin = self._builtin.get(text)
        if expecting is not None:
            if builtin in (STOP, CANCEL, HELP):
                return Match(builtin, {}, "builtin")
            if expecting.slot is None and builtin in (YES, NO):
                return Match(builtin, {}, "builtin")
            guess: Match | None = None
            if expecting.slot is not None:
                # The slot asked for first, then the intent's other slots: any answer it reads.
                patterns = [
                    pattern
                    for (intent, slot), slot_patterns in sorted(
                        self._slot_patterns.items(), key=lambda item: item[0][1] != expecting.slot
                    )
                    if intent == expecting.intent
                    for pattern in slot_patterns
                ]
                if found := self._best(patterns, words, today, "slot sample"):
                    if found.confidence == 1.0:
                        return found
                    guess = found
            expected = [p for p in self._patterns if p.intent == expecting.intent]
            if (found := self._best(expected, words, today)) and found.confidence == 1.0:
                return found
            guess = guess or found
            # Alexa routes a better-matching intent even while a slot is elicited.
            if (other := self._best(self._patterns, words, today)) and other.confidence == 1.0:
                return other
            if builtin is not None:
                return Match(builtin, {}, "builtin")
            return guess or other
        if builtin is not None:
            return Match(builtin, {}, "builtin")
        return self._best(self._patterns, words, today)

    def _weak(self, found: Match) -> bool:
        """A match no sample made exactly, or one that took words for a value nobody listed."""
        return found.how in _GUESSES or any(
            f.slot_type in self._types and f.value is not None and f.resolved_id is None
            for f in found.slots.values()
        )

    def _only_an_answer(self, words: list[str], today: date, expecting: Expectation | None) -> bool:
        """Whether, while a slot is asked for, ``words`` hold a value its intent takes, and
        little more."""
        if expecting is None or expecting.slot is None:
            return False
        slots = self._slots.get(expecting.intent, {})
        tagged, tags = self._answer_tagger(slots).tag(words, today)
        return bool(self._fills(tags, slots)) and len(tagged.split()) - len(tags) < (
            _MORE_THAN_AN_ANSWER
        )

    def _nearest_match(self, words: list[str], today: date, expecting: Expectation | None) -> Match:
        found = self._nearest.find(words, today)
        if expecting is not None:
            # The question just asked makes its own answers likelier, as it does for Alexa.
            mine = self._nearest.find(words, today, lambda name: name == expecting.intent)
            if mine is not None and (found is None or mine.score >= found.score - _EXPECTED_EDGE):
                found = mine
        # A short utterance has little to go on: one word changed is a different sentence.
        needed = THRESHOLD + (_SHORT_EXTRA if len(words) <= _SHORT_WORDS else 0)
        if found is None or found.score < needed:
            if (likeliest := self._likeliest_match(words, today)) is not None:
                return likeliest
            return Match(FALLBACK, {}, "fallback", (found.score if found else 0.0) / 100)
        slots = {
            name: SlotFill(name, None, slot_type=slot_type)
            for name, slot_type in self._slots.get(found.intent, {}).items()
        }
        pattern = self._patterns[found.index] if found.index < len(self._patterns) else None
        holes = [p.name for p in pattern.parts if isinstance(p, _Hole)] if pattern else []
        tags = list(found.tags)
        for hole in holes:
            slot_type = slots[hole].slot_type if hole in slots else ""
            tag = next((t for t in tags if t.slot_type == slot_type), None)
            if tag is not None:
                tags.remove(tag)
                slots[hole] = SlotFill(
                    hole, tag.value, tag.resolved_name, tag.resolved_id, slot_type
                )
        return Match(found.intent, slots, "nearest", found.score / 100)

    def _crisis_leaning(self, words: list[str], today: date, margin: float) -> Match | None:
        """Crisis words no sample holds, said in a way its samples' words point to: a missed
        crisis costs far more than a kind answer given once too often, so it takes less."""
        tagged, _ = self._tagger.tag(words, today)
        found = self._likeliest.find(tagged.split(), _CRISIS_TELLING_SAMPLES)
        if found is None or found.intent != CRISIS or found.telling < 1 or found.margin < margin:
            return None
        return Match(CRISIS, {}, "crisis words", 1.0 - math.exp(-found.margin))

    def _likeliest_match(self, words: list[str], today: date) -> Match | None:
        """The intent the telling words point at, when they point clearly (see likeliest.py)."""
        tagged, tags = self._tagger.tag(words, today)
        found = self._likeliest.find(tagged.split())
        # A short utterance needs more than one telling word, as it needs a nearer sample.
        telling = _LIKELIEST_TELLING + (1 if len(words) <= _SHORT_WORDS else 0)
        if found is None or found.telling < telling or found.margin < _LIKELIEST_MARGIN:
            return None
        if found.intent == CRISIS:
            return None  # heard by the crisis leaning, held to its own measure, or not at all
        slots = {}
        for name, slot_type in self._slots.get(found.intent, {}).items():
            said = [t for t in tags if t.slot_type == slot_type]
            # Of two times, the later one is meant ("every morning at seven").
            tag = (said[-1] if slot_type == "AMAZON.TIME" else said[0]) if said else None
            fill = (tag.value, tag.resolved_name, tag.resolved_id) if tag else (None, None, None)
            slots[name] = SlotFill(name, *fill, slot_type=slot_type)
        confidence = 1.0 - math.exp(-found.margin)
        return Match(found.intent, _days_as_count(slots), "likeliest words", confidence)

    def _best(
        self, patterns: Iterable[_Pattern], words: list[str], today: date, how: str = "sample"
    ) -> Match | None:
        present = set(words)
        cache: dict[tuple[str, str], tuple[SlotFill, int] | None] = {}
        best: _Fit | None = None
        for pattern in patterns:
            if not pattern.words <= present:
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
        confidence = 1.0 - best.free_words / max(len(words), 1)
        return Match(best.pattern.intent, slots, how, confidence)

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
        if slot_type == SEARCH_QUERY:
            return _FREE_SPEECH_WORDS
        return _FREE_TEXT_WORDS

    def heard(self, intent: str, spoken: dict[str, str], today: date, how: str) -> Match:
        """``intent`` with raw slot words resolved as this console resolves them.

        For a recogniser that gives words, not values (virtual-alexa): the same resolution is
        applied to its words, so the two are scored alike.
        """
        slots = {}
        for name, slot_type in self._slots.get(intent, {}).items():
            words = spoken.get(name)
            filled = (
                self._fill(name, slot_type, words, len(words.split()), today) if words else None
            )
            slots[name] = filled[0] if filled else SlotFill(name, None, slot_type=slot_type)
        return Match(intent, slots, how=how)

    def _fill(
        self, name: str, slot_type: str, span: str, length: int, today: date
    ) -> tuple[SlotFill, int] | None:
        """The slot filled with ``span`` and how many of its words are free text, or ``None``."""
        if slot_type == "AMAZON.DATE":
            value = self._words.parse_date(span, today)
        elif slot_type == "AMAZON.DURATION":
            value = self._words.parse_duration(span)
        elif slot_type == "AMAZON.NUMBER":
            value = self._words.parse_number(span)
        elif slot_type == "AMAZON.TIME":
            value = self._words.parse_time(span)
        elif slot_type == SEARCH_QUERY:
            return SlotFill(name, span, slot_type=slot_type), 0  # free speech, any length
        elif slot_type in self._types:
            found = self._types[slot_type].resolve(span)
            plain = " ".join(w for w in span.split() if w not in HEDGES)
            if not found.matched and plain and plain != span:
                found = self._types[slot_type].resolve(plain)  # "just sleep": sleep
            if found.matched:
                return SlotFill(name, found.spoken, found.name, found.id, slot_type), 0
            if length > _FREE_TEXT_WORDS or self._words.parse_number(span) is not None:
                return None  # a sentence, or a number: neither is a value nobody listed
            return SlotFill(name, found.spoken, slot_type=slot_type), length
        else:  # a built-in type this console does not parse: taken as heard
            if length > _FREE_TEXT_WORDS:
                return None
            return SlotFill(name, span, slot_type=slot_type), length
        return None if value is None else (SlotFill(name, value, slot_type=slot_type), 0)
