"""The NLU evaluation set understood by virtual-alexa, scored as the console is scored.

virtual-alexa matches an utterance only when it fits a sample exactly (its slots as words), so
this is the floor of what the model's samples give on their own; Alexa's statistical NLU does
more. Slot words are resolved to values as the console resolves them, and a fit whose built-in
slot holds words that are no value of its type (virtual-alexa takes any) is not one. An
utterance no sample fits is refused by virtual-alexa: it counts as AMAZON.FallbackIntent. Free
speech holding crisis words counts as the crisis it is answered as (the skill reads the words).

    python -m tests.e2e.virtual_alexa_nlu [SET]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from skill.console.nlu import CRISIS, FALLBACK, Match, Matcher
from skill.console.nlu_eval import CONTEXTS, Outcome, Report, read_cases, reference_date
from skill.voice.crisis_words import says_crisis
from skill.voice.handlers.urge import MESSAGE_SLOT, UNSENT_INTENT
from tests.e2e.conftest import run_node

E2E = Path(__file__).resolve().parent
MODELS = E2E.parent.parent / "interaction_models"
MODEL = MODELS / "en-US.json"
EVALUATION_SET = MODELS / "nlu-evaluation" / "en-US.json"
SECONDS = 300


def evaluate(path: Path = EVALUATION_SET, model_path: Path = MODEL) -> Report:
    """Every case of the set at ``path``, heard by virtual-alexa through ``model_path``."""
    cases = read_cases(path)
    today = reference_date(json.loads(path.read_text(encoding="utf-8")))
    asked = []
    for case in cases:
        expecting = CONTEXTS.get(case.context)
        elicit = (
            expecting and expecting.slot and {"intent": expecting.intent, "slot": expecting.slot}
        )
        asked.append({"utterance": case.utterance, "elicit": elicit or None})
    understood = run_node("understand.js", [str(model_path)], asked, SECONDS)
    matcher = Matcher(json.loads(model_path.read_text(encoding="utf-8")))
    report = Report()
    for case, heard in zip(cases, understood, strict=True):
        match = matcher.heard(FALLBACK, {}, today, how="no sample fits")
        if heard["intent"] is not None:
            fit = matcher.heard(heard["intent"], heard["slots"], today, how="virtual-alexa")
            if not _builtin_words_refused(fit, heard["slots"]):
                match = _as_answered(fit)
        report.outcomes.append(Outcome(case, match))
    return report


def _as_answered(match: Match) -> Match:
    """An unsent message with crisis words in it is answered as a crisis."""
    message = match.slots.get(MESSAGE_SLOT)
    if match.intent == UNSENT_INTENT and message and says_crisis(message.value or "", "en-US"):
        return Match(CRISIS, {}, "crisis words in free speech")
    return match


def _builtin_words_refused(match: Match, spoken: dict[str, str]) -> bool:
    """Whether a built-in slot took words that are no value of its type: virtual-alexa lets
    "don't bother" fill an AMAZON.TIME slot, where Alexa fills it with a time or not at all."""
    return any(
        fill.slot_type.startswith("AMAZON.") and spoken.get(name, "").strip() and fill.value is None
        for name, fill in match.slots.items()
    )


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else EVALUATION_SET
    print(evaluate(path).summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
