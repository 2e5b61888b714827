"""Scoring the console's understanding on an NLU evaluation set in Alexa's own format.

The set is a SMAPI NLU annotation set (``{"data": [{"inputs": {"utterance", "referenceTimestamp"},
"expected": [{"intent": {"name", "slots": {slot: {"value"}}}}]}]}``), the file that
``ask smapi create-nlu-annotation-set`` uploads, so the same set can score Alexa's own NLU after a
deployment. Alexa's format has no place for the dialog an utterance is said in, so a sidecar
(``<locale>.context.json``: utterance to context name) says it; :data:`CONTEXTS` maps each name to
what the skill's last response asked for.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from skill.console.nlu import CRISIS, Expectation, Match, Matcher

#: What the skill had just asked, by context name; None: nothing (one-shot, or a plain question
#: kept in the session, which Alexa does not know about).
CONTEXTS: Mapping[str, Expectation | None] = {
    "none": None,
    "setup_offer": None,
    "offer_checkin": None,
    "offer_resume": None,
    "offer_lastday_reminder": None,
    "confirm_slip": None,
    "exercise_ready": None,
    "exercise_vow": None,
    "exercise_perspective": None,
    "ask_last_contact": Expectation("StartNoContactIntent", "lastContact"),
    "ask_relationship_length": Expectation("StartNoContactIntent", "relationshipLength"),
    "confirm_commitment": Expectation("StartNoContactIntent"),
    "checkin_kept": Expectation("CheckInIntent"),
    "checkin_mood": Expectation("CheckInIntent", "mood"),
    "checkin_activity": Expectation("CheckInIntent", "activity"),
    "exercise_feeling": Expectation("FeelingIntent", "feeling"),
    "confirm_delete": Expectation("DeleteDataIntent"),
    "confirm_end": Expectation("EndNoContactIntent"),
    "ask_reminder_time": Expectation("SetReminderIntent", "time"),
    "after_urge": None,
    "after_help": None,
    "unsent_listen": Expectation("UnsentMessageIntent", "message"),
}


@dataclass(frozen=True)
class Case:
    """One annotated utterance: what was said, where, and what it means."""

    utterance: str
    context: str
    intent: str
    slots: Mapping[str, str]


@dataclass(frozen=True)
class Outcome:
    case: Case
    match: Match

    @property
    def intent_right(self) -> bool:
        return self.match.intent == self.case.intent

    @property
    def slots_right(self) -> bool:
        expected = self.case.slots.items()
        return all(_slot_value(self.match, name) == value for name, value in expected)


def _slot_value(match: Match, name: str) -> str | None:
    fill = match.slots.get(name)
    if fill is None or fill.value is None:
        return None
    return fill.resolved_name or fill.value


@dataclass
class Report:
    """Accuracy per intent, slot accuracy, crisis recall and precision, confusions and misses."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return _share(o.intent_right for o in self.outcomes)

    @property
    def slot_accuracy(self) -> float:
        return _share(o.slots_right for o in self.outcomes if o.case.slots and o.intent_right)

    @property
    def crisis_recall(self) -> float:
        return _share(o.match.intent == CRISIS for o in self.outcomes if o.case.intent == CRISIS)

    @property
    def crisis_precision(self) -> float:
        return _share(o.case.intent == CRISIS for o in self.outcomes if o.match.intent == CRISIS)

    def per_intent(self) -> dict[str, tuple[int, int]]:
        """Intent to (right, total)."""
        totals: Counter[str] = Counter(o.case.intent for o in self.outcomes)
        right: Counter[str] = Counter(o.case.intent for o in self.outcomes if o.intent_right)
        return {name: (right[name], totals[name]) for name in sorted(totals)}

    def confusions(self) -> list[tuple[str, str, int]]:
        """(expected, heard, count), most frequent first."""
        pairs = Counter(
            (o.case.intent, o.match.intent) for o in self.outcomes if not o.intent_right
        )
        return [(a, b, n) for (a, b), n in pairs.most_common()]

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not (o.intent_right and o.slots_right)]

    def summary(self) -> str:
        lines = [
            f"utterances: {len(self.outcomes)}",
            f"intent accuracy: {self.accuracy:.1%}",
            f"slot accuracy: {self.slot_accuracy:.1%}",
            f"crisis recall: {self.crisis_recall:.1%}",
            f"crisis precision: {self.crisis_precision:.1%}",
            "",
            "per intent (right/total):",
        ]
        lines += [f"  {name}: {r}/{t}" for name, (r, t) in self.per_intent().items()]
        if confusions := self.confusions():
            lines += ["", "confusions (expected -> heard):"]
            lines += [f"  {a} -> {b}: {n}" for a, b, n in confusions]
        if misses := self.misses():
            lines += ["", "misses:"]
            for o in misses:
                wanted = f"{o.case.intent} {dict(o.case.slots) or ''}".strip()
                lines.append(f"  [{o.case.context}] {o.case.utterance!r}: wanted {wanted}, heard")
                lines.append(f"      {o.match.explain()}")
        return "\n".join(lines)


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 1.0


def load_cases(annotations: Mapping[str, Any], contexts: Mapping[str, str]) -> list[Case]:
    """The cases of a SMAPI annotation set, each in the context the sidecar gives it."""
    cases = []
    for item in annotations["data"]:
        utterance = str(item["inputs"]["utterance"])
        intent = item["expected"][0]["intent"]
        slots = {name: str(slot["value"]) for name, slot in (intent.get("slots") or {}).items()}
        cases.append(Case(utterance, contexts.get(utterance, "none"), str(intent["name"]), slots))
    return cases


def read_cases(path: Path) -> list[Case]:
    """The cases of the annotation set at ``path`` and its ``.context.json`` sidecar."""
    annotations = json.loads(path.read_text(encoding="utf-8"))
    sidecar = path.with_name(path.name.removesuffix(".json") + ".context.json")
    contexts = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
    return load_cases(annotations, contexts)


def reference_date(annotations: Mapping[str, Any]) -> date:
    """The day the set's utterances are said on (its first ``referenceTimestamp``)."""
    stamp = str(annotations["data"][0]["inputs"].get("referenceTimestamp") or "")
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return date.today()


def evaluate(matcher: Matcher, cases: Iterable[Case], today: date) -> Report:
    """Each case matched as the console would, in its dialog context."""
    report = Report()
    for case in cases:
        expecting = CONTEXTS.get(case.context)
        report.outcomes.append(Outcome(case, matcher.match(case.utterance, today, expecting)))
    return report
