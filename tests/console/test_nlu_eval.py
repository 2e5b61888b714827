"""The NLU evaluation set: Alexa's own format, not the model's samples, and the console's score."""

from __future__ import annotations

import json
from pathlib import Path

from skill.cli import main
from skill.console.nlu import CRISIS, Matcher
from skill.console.nlu_eval import CONTEXTS, evaluate, read_cases, reference_date
from skill.console.slot_values import normalize
from tests.test_interaction_model import SAMPLE_OWNERS, SLOT_SAMPLE_OWNERS

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "interaction_models" / "nlu-evaluation" / "en-US.json"
ANNOTATIONS = json.loads(SET.read_text(encoding="utf-8"))
CASES = read_cases(SET)
# Every crisis phrasing is heard as one; 95% of everything else; few false alarms.
ACCURACY_FLOOR = 0.95
CRISIS_RECALL_FLOOR = 1.0
CRISIS_PRECISION_FLOOR = 0.95


def test_the_set_is_a_smapi_annotation_set() -> None:
    for item in ANNOTATIONS["data"]:
        assert set(item) == {"inputs", "expected"}
        assert set(item["inputs"]) == {"utterance", "referenceTimestamp"}
        (expected,) = item["expected"]
        assert set(expected["intent"]) == {"name", "slots"}
        assert all(set(slot) == {"value"} for slot in expected["intent"]["slots"].values())


def test_the_set_is_big_and_broad_enough() -> None:
    assert len(CASES) >= 400
    assert len({case.utterance for case in CASES}) == len(CASES)
    assert sum(case.intent == CRISIS for case in CASES) >= 60
    assert sum(case.context != "none" for case in CASES) >= 60
    assert {case.context for case in CASES} <= set(CONTEXTS)


def test_no_utterance_of_the_set_is_a_sample_of_the_model() -> None:
    said = set(SAMPLE_OWNERS) | set(SLOT_SAMPLE_OWNERS)
    assert [case.utterance for case in CASES if normalize(case.utterance) in said] == []


def test_the_console_understands_the_set_well_enough() -> None:
    matcher = Matcher.from_file(ROOT / "interaction_models" / "en-US.json")
    report = evaluate(matcher, CASES, reference_date(ANNOTATIONS))
    assert report.accuracy >= ACCURACY_FLOOR, report.summary()
    assert report.crisis_recall >= CRISIS_RECALL_FLOOR, report.summary()
    assert report.crisis_precision >= CRISIS_PRECISION_FLOOR, report.summary()


def test_nlu_eval_prints_the_figures(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # A part of the set, with its dialogs beside it, as anyone's own set would be given.
    part = tmp_path / "part.json"
    part.write_text(json.dumps({"data": ANNOTATIONS["data"][:40]}), encoding="utf-8")
    contexts = SET.with_name("en-US.context.json").read_text(encoding="utf-8")
    part.with_name("part.context.json").write_text(contexts, encoding="utf-8")
    report = evaluate(
        Matcher.from_file(ROOT / "interaction_models" / "en-US.json"),
        read_cases(part),
        reference_date(ANNOTATIONS),
    )
    assert main(["nlu-eval", "--quiet", str(part)]) == 0
    out = capsys.readouterr().out
    assert "utterances: 40" in out
    assert f"intent accuracy: {report.accuracy:.1%}" in out
    assert "crisis recall:" in out and "misses:" not in out


def test_nlu_eval_explains_a_bad_set_in_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "set.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["nlu-eval", str(broken)]) == 2
    assert "cannot read the evaluation set" in capsys.readouterr().err
