"""The Lambda entry point: built once per process, every request answered, state kept.

Real Alexa request envelopes (published by Amazon and others, with their sources listed in
tests/data/alexa-requests/README.md) go through ``lambda_handler`` exactly as Lambda calls it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import time_machine
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope

from skill.console.envelopes import Caller, Session, launch_request
from skill.runtime import ForeignSkillError
from tests.alexa import Alexa
from tests.conftest import FakeAlexaApi
from tests.deploy.conftest import skill_event
from tests.emf import emf_problems

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = Path(__file__).parent / "data" / "alexa-requests"
WHOLE_ENVELOPES = sorted(REQUESTS.glob("*.json"))
REQUEST_FRAGMENTS = [
    p
    for p in sorted((REQUESTS / "fragments").glob("*.json"))
    if '"type"' in p.read_text(encoding="utf-8")
]


SKILL_ID = "amzn1.ask.skill.letting-go-lambda-test"


@pytest.fixture
def lambda_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``lambda/lambda_function.py`` loaded fresh, on a local store, with no real network."""
    monkeypatch.setenv("LETTING_GO_STORE", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.delenv("LETTING_GO_TABLE", raising=False)
    monkeypatch.delenv("LETTING_GO_SKILL_ID", raising=False)
    monkeypatch.delenv("LETTING_GO_METRICS_NAMESPACE", raising=False)
    return load_lambda_module()


def load_lambda_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lambda_function", ROOT / "lambda" / "lambda_function.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # Alexa's Settings API is not reachable from tests: answer it with a fake client.
    module.SKILL.api_client = FakeAlexaApi("Europe/Berlin")
    return module


def read_back(raw: dict[str, Any]) -> ResponseEnvelope:
    envelope = DefaultSerializer().deserialize(json.dumps(raw), ResponseEnvelope)
    assert isinstance(envelope, ResponseEnvelope)
    return envelope


def test_skill_is_built_once_per_process(lambda_module: ModuleType) -> None:
    skill = lambda_module.SKILL
    lambda_module.lambda_handler(launch_event(), None)
    lambda_module.lambda_handler(launch_event(), None)
    assert lambda_module.SKILL is skill


def launch_event() -> dict[str, Any]:
    from skill.console.envelopes import Session, launch_request

    return launch_request(Caller(), Session())


@pytest.mark.parametrize("path", WHOLE_ENVELOPES, ids=lambda p: p.name)
def test_every_published_envelope_gets_a_valid_response(
    lambda_module: ModuleType, path: Path
) -> None:
    event = json.loads(path.read_text(encoding="utf-8"))
    raw = lambda_module.lambda_handler(event, None)
    envelope = read_back(raw)
    assert envelope.version == "1.0"
    request_type = event["request"]["type"]
    speech = (raw.get("response") or {}).get("outputSpeech")
    if request_type in ("LaunchRequest", "IntentRequest"):
        assert speech is not None and "<speak>" in speech["ssml"]
    if request_type == "SessionEndedRequest" or "session" not in event:
        assert speech is None  # Alexa allows no speech here


@pytest.mark.parametrize("path", REQUEST_FRAGMENTS, ids=lambda p: p.name)
def test_published_request_fragments_get_a_valid_response(
    lambda_module: ModuleType, path: Path
) -> None:
    request = json.loads(path.read_text(encoding="utf-8"))
    event = launch_event()
    event["request"] = request
    read_back(lambda_module.lambda_handler(event, None))


@pytest.mark.parametrize(
    "event",
    [
        {},
        {"version": "1.0"},
        {"version": "1.0", "request": {"type": "LaunchRequest"}},
        {"version": "1.0", "context": None, "session": None, "request": {"type": "IntentRequest"}},
        {"request": {"type": "IntentRequest", "timestamp": "now", "intent": {"name": 3}}},
        "not even an object",
    ],
    ids=["empty", "no-request", "no-session-no-context", "nulls", "odd-values", "string"],
)
def test_malformed_envelopes_get_a_kind_answer(lambda_module: ModuleType, event: Any) -> None:
    raw = lambda_module.lambda_handler(event, None)
    read_back(raw)
    assert "Sorry" in raw["response"]["outputSpeech"]["ssml"]


def test_a_whole_conversation_through_lambda_is_remembered(lambda_module: ModuleType) -> None:
    with time_machine.travel("2026-11-24 18:00:00+01:00", tick=False):
        caller = Caller(api_endpoint="https://api.amazonalexa.com", api_access_token="t")
        alexa = Alexa(lambda e: lambda_module.lambda_handler(e, None), caller=caller)
        assert "Shall we set up" in alexa.launch().text
        alexa.intent("AMAZON.YesIntent")
        alexa.answer("2026-11-21")
        alexa.answer("P1Y6M")
        assert "Today is day 4 of 30" in alexa.confirm(True).text
        alexa.one_shot("UrgeIntent")
        alexa.one_shot("SlipIntent")
        assert "day 1 again" in alexa.confirm(True).text
    with time_machine.travel("2026-11-26 09:00:00+01:00", tick=False):
        heard = alexa.one_shot("DaysLeftIntent")
        assert "day 3 of 30" in heard.text.lower()
        assert "day 3 of 30" in alexa.launch().text.lower()


def metric_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """The EMF documents written to stdout since last asked, each checked against the spec."""
    lines = capsys.readouterr().out.splitlines()
    for line in lines:
        assert emf_problems(line) == [], line
    return [json.loads(line) for line in lines]


def namespaces(line: dict[str, Any]) -> set[str]:
    return {directive["Namespace"] for directive in line["_aws"]["CloudWatchMetrics"]}


def test_every_turn_on_lambda_writes_its_metrics_to_stdout(
    lambda_module: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    lambda_module.lambda_handler(launch_event(), None)
    lambda_module.lambda_handler(skill_event("AlexaSkillEvent.SkillEnabled"), None)
    lines = metric_lines(capsys)
    assert [line["request_type"] for line in lines] == [
        "LaunchRequest",
        "AlexaSkillEvent.SkillEnabled",
    ]
    assert [line["Outcome"] for line in lines] == ["answered", "answered"]
    assert all(namespaces(line) == {"LettingGo"} for line in lines)


def test_the_metrics_namespace_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LETTING_GO_STORE", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.delenv("LETTING_GO_TABLE", raising=False)
    monkeypatch.setenv("LETTING_GO_METRICS_NAMESPACE", "LettingGo/Staging")
    module = load_lambda_module()
    capsys.readouterr()
    module.lambda_handler(launch_event(), None)
    (line,) = metric_lines(capsys)
    assert namespaces(line) == {"LettingGo/Staging"}


@pytest.fixture
def lambda_with_skill_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The Lambda as deployed with ``LETTING_GO_SKILL_ID`` set."""
    monkeypatch.setenv("LETTING_GO_STORE", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.delenv("LETTING_GO_TABLE", raising=False)
    monkeypatch.setenv("LETTING_GO_SKILL_ID", SKILL_ID)
    return load_lambda_module()


def test_with_a_skill_id_its_own_requests_are_answered(lambda_with_skill_id: ModuleType) -> None:
    event = launch_request(Caller(skill_id=SKILL_ID), Session())
    raw = lambda_with_skill_id.lambda_handler(event, None)
    assert "Shall we set up" in raw["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("skill_id", ["amzn1.ask.skill.someone-else", ""])
def test_with_a_skill_id_a_request_for_another_skill_fails_unread(
    lambda_with_skill_id: ModuleType, monkeypatch: pytest.MonkeyPatch, skill_id: str
) -> None:
    invoked: list[Any] = []
    monkeypatch.setattr(lambda_with_skill_id.SKILL, "invoke", lambda **kw: invoked.append(kw))
    event = launch_request(Caller(skill_id=skill_id), Session())
    with pytest.raises(ForeignSkillError):
        lambda_with_skill_id.lambda_handler(event, None)
    assert invoked == []  # refused before the skill ran


def test_without_a_skill_id_any_skill_is_answered(lambda_module: ModuleType) -> None:
    event = launch_request(Caller(skill_id="amzn1.ask.skill.someone-else"), Session())
    raw = lambda_module.lambda_handler(event, None)
    assert "outputSpeech" in raw["response"]


@pytest.mark.parametrize(
    "stamp",
    ["2026-11-24T18:00:00Z", "2019-01-18T12:34:56.789Z", "2018-04-19T20:56:38+00:00"],
)
def test_timestamps_are_read_as_the_sdk_reads_them(stamp: str) -> None:
    from dateutil.parser import parse

    from skill.runtime import serializer

    event = launch_event()
    event["request"]["timestamp"] = stamp
    envelope = serializer.deserialize(json.dumps(event), "ask_sdk_model.RequestEnvelope")
    assert envelope.request.timestamp == parse(stamp)
