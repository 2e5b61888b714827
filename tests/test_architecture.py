"""The shape of the code: dependencies point one way, and every intent is served."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from skill.builder import build_skill
from skill.storage.local import LocalStore

ROOT = Path(__file__).resolve().parent.parent
SKILL = ROOT / "skill"


def imported_modules_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def imported_modules(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        found |= imported_modules_of(path)
    return found


def test_domain_imports_no_sdk_no_aws_no_web_and_no_outer_layer() -> None:
    forbidden = ("ask_sdk", "boto3", "botocore", "flask", "skill.voice", "skill.storage")
    bad = {m for m in imported_modules(SKILL / "domain") if m.startswith(forbidden)}
    assert bad == set()


def test_storage_does_not_import_the_voice_layer() -> None:
    bad = {m for m in imported_modules(SKILL / "storage") if m.startswith("skill.voice")}
    assert bad == set()


WEB_ONLY = ("flask", "flask_ask_sdk", "ask_sdk_webservice_support", "waitress", "certvalidator")


def test_only_the_web_runtime_imports_the_web_stack() -> None:
    # The Lambda package is built without the web extra: nothing it loads may need Flask.
    outside = {
        module
        for folder in ("domain", "storage", "voice", "console")
        for module in imported_modules(SKILL / folder)
    }
    for path in (
        SKILL / "builder.py",
        SKILL / "runtime.py",
        ROOT / "lambda" / "lambda_function.py",
    ):
        outside |= imported_modules_of(path)
    assert {m for m in outside if m.startswith((*WEB_ONLY, "skill.web"))} == set()


def test_every_custom_intent_in_the_model_has_a_handler(tmp_path: Path) -> None:
    model = json.loads((ROOT / "interaction_models" / "en-US.json").read_text(encoding="utf-8"))
    custom = [
        intent["name"]
        for intent in model["interactionModel"]["languageModel"]["intents"]
        if not intent["name"].startswith("AMAZON.")
    ]
    skill = build_skill(LocalStore(tmp_path / "s.sqlite3"))
    handlers = skill.request_dispatcher.request_mappers[0].request_handler_chains
    # Each is registered to be made on first use: making it here also proves its name resolves.
    names = {type(chain.request_handler.handler).__name__ for chain in handlers}
    served = {
        "StartNoContactIntent": "StartNoContactHandler",
        "SetPeriodLengthIntent": "SetPeriodLengthHandler",
        "DaysLeftIntent": "DaysLeftHandler",
        "SlipIntent": "SlipHandler",
        "UrgeIntent": "UrgeHandler",
        "EndNoContactIntent": "EndNoContactHandler",
        "CheckInIntent": "CheckInHandler",
        "NotSureIntent": "NotSureHandler",
        "ProgressIntent": "ProgressHandler",
        "LetGoOfPastIntent": "StartExerciseHandler",
        "LetGoOfFutureIntent": "StartExerciseHandler",
        "ReadyIntent": "ExerciseReplyHandler",
        "FeelingIntent": "ExerciseReplyHandler",
        "LetItGoIntent": "ExerciseReplyHandler",
        "SetReminderIntent": "SetReminderHandler",
        "ListRemindersIntent": "ListRemindersHandler",
        "CancelRemindersIntent": "CancelRemindersHandler",
        "DeleteDataIntent": "DeleteDataHandler",
        "CrisisIntent": "CrisisHandler",
        "UnsentMessageIntent": "UnsentMessageHandler",
        "BreatheIntent": "BreatheHandler",
        "MoreHelpIntent": "MoreHelpHandler",
    }
    assert sorted(custom) == sorted(served)
    assert {served[name] for name in custom} <= names


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the constant nodes that are docstrings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def test_handler_speech_lives_in_the_catalog() -> None:
    # Spoken text in a handler would be a string of several words; handlers hold only keys.
    for path in (SKILL / "voice" / "handlers").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in skip or "%s" in node.value:  # docstrings and log formats
                    continue
                assert len(node.value.split()) < 4, f"{path.name}: {node.value!r}"
