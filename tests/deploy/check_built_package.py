"""The package `sam build` made: it holds only what runs, and it answers Alexa under python3.13.

These run from `make check-build`, which builds first and points LETTING_GO_BUILT_PACKAGE at
.aws-sam/build/SkillFunction; the file's name keeps it out of a plain test run, which has no
build to check. They need python3.13 (the
Lambda runtime's) and, for the DynamoDB check, PyPI: boto3 is installed into a folder of its
own, standing in for the copy the Lambda runtime provides.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest

from deploy import build_lambda
from skill.console.envelopes import Caller, Session, launch_request
from tests.deploy.conftest import EVENT_REQUESTS, SKILL_ID, skill_event
from tests.emf import emf_problems

BUILT = os.environ.get("LETTING_GO_BUILT_PACKAGE")
if not BUILT:
    raise pytest.UsageError("checks a built package: run `make check-build` (sam build first)")

#: Never in the package: tests, test and dev tools, the console, and what the runtime provides.
NOT_IN_PACKAGE = (
    "tests",
    "bin",
    "pip",
    "setuptools",
    "pytest",
    "_pytest",
    "hypothesis",
    "moto",
    "ruff",
    "mypy",
    "samcli",
    "cfnlint",
    "boto3",
    "botocore",
    "interaction_models",
    "skill/console",
    "skill/cli.py",
    "skill/py.typed",
)

# Runs inside python3.13 with nothing but the package (and, if given, the stand-in for the
# runtime's boto3) on sys.path: the events on stdin go through lambda_handler one by one.
PROBE = textwrap.dedent(
    """
    import json, sys
    package, *runtime = sys.argv[1:]
    sys.path[:0] = [package]
    sys.path.extend(runtime)
    table = None
    if runtime:
        import boto3

        class Table:
            # DynamoDB as the store calls it: item operations on one table.
            def __init__(self):
                self.calls = []
                self.items = {}

            def get_item(self, **kwargs):
                self.calls.append(("GetItem", kwargs))
                item = self.items.get(kwargs["Key"]["id"]["S"])
                return {"Item": item} if item else {}

            def put_item(self, **kwargs):
                self.calls.append(("PutItem", kwargs))
                self.items[kwargs["Item"]["id"]["S"]] = kwargs["Item"]
                return {}

            def delete_item(self, **kwargs):
                self.calls.append(("DeleteItem", kwargs))
                self.items.pop(kwargs["Key"]["id"]["S"], None)
                return {}

        table = Table()
        boto3.client = lambda service, **kwargs: table
    import lambda_function
    answers = [lambda_function.lambda_handler(e, None) for e in json.load(sys.stdin)]
    print(json.dumps({
        "answers": answers,
        "store": type(lambda_function.SKILL.persistence_adapter).__name__,
        "calls": table.calls if table else [],
        "boto3": sys.modules["boto3"].__file__ if "boto3" in sys.modules else None,
    }))
    """
)


@pytest.fixture(scope="module")
def package() -> Path:
    assert BUILT is not None
    path = Path(BUILT).resolve()
    assert (path / "lambda_function.py").exists(), f"no built package at {path}"
    return path


@pytest.fixture(scope="module")
def python313() -> str:
    found = os.environ.get("PYTHON313") or shutil.which("python3.13")
    assert found, "python3.13 is needed: the Lambda runtime's Python"
    return found


@pytest.fixture(scope="module")
def runtime_boto3(python313: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """boto3 in a folder of its own, as the Lambda runtime keeps it apart from the package."""
    target = tmp_path_factory.mktemp("runtime-site-packages")
    subprocess.run(
        [
            *(python313, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"),
            *("--root-user-action=ignore", "--target", str(target), "boto3"),
        ],
        check=True,
        timeout=600,
    )
    return target


def snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def run_probe(
    python313: str, package: Path, events: list[dict[str, Any]], env: dict[str, str], *extra: Path
) -> dict[str, Any]:
    result = subprocess.run(
        [python313, "-S", "-E", "-c", PROBE, str(package), *map(str, extra)],
        input=json.dumps(events),
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", **env},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the skill logged no warning: nothing failed on the way
    *turn_lines, last = result.stdout.splitlines()
    assert len(turn_lines) == len(events)  # each turn's line, with its metrics, on stdout
    for line in turn_lines:
        assert emf_problems(line) == [], line
    probe: dict[str, Any] = json.loads(last)
    return probe


def launch() -> dict[str, Any]:
    return launch_request(Caller(skill_id=SKILL_ID), Session())


def test_package_holds_only_what_runs(package: Path) -> None:
    present = [name for name in NOT_IN_PACKAGE if (package / name).exists()]
    assert present == []
    assert (package / "skill" / "storage" / "dynamodb.py").exists()
    assert not list(package.glob("*.dist-info/direct_url.json"))  # nothing installed from here


def test_every_module_is_compiled_for_the_runtime_and_never_rechecked(package: Path) -> None:
    major, minor = build_lambda.RUNTIME_PYTHON
    sources = list(package.rglob("*.py"))
    assert len(sources) > 100
    for source in sources:
        compiled = source.parent / "__pycache__" / f"{source.stem}.cpython-{major}{minor}.pyc"
        assert compiled.exists(), source
        assert int.from_bytes(compiled.read_bytes()[4:8], "little") == 0b01, compiled


def test_built_package_answers_a_launch_request_and_skill_events(
    package: Path, python313: str, tmp_path: Path
) -> None:
    before = snapshot(package)
    events = [launch(), *(skill_event(t) for t in EVENT_REQUESTS.values())]
    probe = run_probe(
        python313, package, events, {"LETTING_GO_STORE": str(tmp_path / "state.sqlite3")}
    )
    welcome, *answered_events = probe["answers"]
    speech = welcome["response"]["outputSpeech"]
    assert speech["type"] == "SSML" and "Letting Go" in speech["ssml"]
    assert welcome["response"]["shouldEndSession"] is False
    for answer in answered_events:
        assert answer["version"] == "1.0" and "outputSpeech" not in answer["response"]
    assert probe["boto3"] is None  # the local store needs no boto3
    assert snapshot(package) == before, "importing compiled or wrote something"


def test_built_package_keeps_state_in_dynamodb_with_the_runtimes_boto3(
    package: Path, python313: str, runtime_boto3: Path
) -> None:
    env = {
        "LETTING_GO_TABLE": "letting-go-state",
        "LETTING_GO_SKILL_ID": SKILL_ID,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    probe = run_probe(python313, package, [launch()], env, runtime_boto3)
    assert probe["store"] == "DynamoStore"
    assert probe["boto3"].startswith(str(runtime_boto3))
    (welcome,) = probe["answers"]
    assert "outputSpeech" in welcome["response"]
    kind, call = probe["calls"][0]
    assert kind == "GetItem"
    assert call["TableName"] == "letting-go-state" and call["ConsistentRead"] is True
