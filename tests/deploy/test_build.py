"""deploy/build_lambda.py, without the network: what goes in the package, and how it is compiled.

Building the whole package needs python3.13 and PyPI; `make check-build` does that and runs
tests/deploy/check_built_package.py against the result.
"""

from __future__ import annotations

import marshal
import sys
import tomllib
from pathlib import Path

import pytest

from deploy import build_lambda
from tests.deploy.conftest import ROOT, reachable_skill_modules

PYPROJECT = ROOT / "pyproject.toml"


def test_runtime_requirements_leave_boto3_to_the_runtime() -> None:
    names = {build_lambda.requirement_name(r) for r in build_lambda.runtime_requirements(PYPROJECT)}
    assert names == {"ask-sdk-core", "tzdata", "snowballstemmer"}


def test_bundling_boto3_takes_every_runtime_dependency_but_the_consoles() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    bundled = build_lambda.runtime_requirements(PYPROJECT, bundle_boto3=True)
    console = [r for r in project["dependencies"] if r.startswith("rapidfuzz")]
    assert console and bundled == [r for r in project["dependencies"] if r not in console]


def test_no_test_or_dev_tool_is_a_runtime_requirement() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    extras = {
        build_lambda.requirement_name(r)
        for requirements in project["optional-dependencies"].values()
        for r in requirements
    }
    runtime = build_lambda.runtime_requirements(PYPROJECT, bundle_boto3=True)
    assert {build_lambda.requirement_name(r) for r in runtime} & extras == set()


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        ("ask-sdk-core>=1.19,<2", "ask-sdk-core"),
        ("boto3>=1.34,<2", "boto3"),
        ("Python_DateUtil >= 2.1", "python-dateutil"),
        ("moto[dynamodb]>=5", "moto"),
        ("tzdata; sys_platform == 'linux'", "tzdata"),
    ],
)
def test_requirement_names_are_normalised(requirement: str, name: str) -> None:
    assert build_lambda.requirement_name(requirement) == name


def test_sources_leave_out_the_console_the_web_service_and_the_command(tmp_path: Path) -> None:
    build_lambda.copy_sources(ROOT, tmp_path)
    assert (tmp_path / "lambda_function.py").read_bytes() == (
        ROOT / "lambda" / "lambda_function.py"
    ).read_bytes()
    assert not (tmp_path / "skill" / "console").exists()
    assert not (tmp_path / "skill" / "web").exists()
    assert not (tmp_path / "skill" / "cli.py").exists()
    assert not list(tmp_path.rglob("__pycache__"))
    assert not list(tmp_path.rglob("*.pyc"))
    copied = {p.relative_to(tmp_path / "skill") for p in (tmp_path / "skill").rglob("*.py")}
    expected = {
        p.relative_to(ROOT / "skill")
        for p in (ROOT / "skill").rglob("*.py")
        if not {"console", "web"} & set(p.relative_to(ROOT / "skill").parts) and p.name != "cli.py"
    }
    assert copied == expected


def test_the_screens_documents_go_into_the_package(tmp_path: Path) -> None:
    from skill.voice.apl.documents import DOCUMENTS

    build_lambda.copy_sources(ROOT, tmp_path)
    shipped = tmp_path / "skill" / "voice" / "apl" / "documents"
    assert {p.stem for p in shipped.glob("*.json")} == {*DOCUMENTS, "common"}


def test_everything_the_lambda_entry_point_reaches_is_in_the_package(tmp_path: Path) -> None:
    build_lambda.copy_sources(ROOT, tmp_path)
    in_package = reachable_skill_modules(tmp_path / "lambda_function.py", tmp_path)
    in_tree = reachable_skill_modules(ROOT / "lambda" / "lambda_function.py", ROOT)
    assert "skill.storage.dynamodb" in in_tree and "skill.builder" in in_tree
    # Nothing that runs on Lambda reaches the parts the package leaves out.
    assert not any(name.startswith(("skill.console", "skill.web", "skill.cli")) for name in in_tree)
    assert in_package == in_tree


def test_modules_are_compiled_to_be_loaded_as_they_are(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "pkg").mkdir(parents=True)
    (package / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (package / "pkg" / "mod.py").write_text("VALUE = 1\n", encoding="utf-8")
    build_lambda.byte_compile(package)
    tag = sys.implementation.cache_tag
    compiled = (package / "pkg" / "__pycache__" / f"mod.{tag}.pyc").read_bytes()
    flags = int.from_bytes(compiled[4:8], "little")
    assert flags == 0b01  # hash-based, and the hash is never checked against the source
    code = marshal.loads(compiled[16:])
    assert code.co_filename == f"{build_lambda.TASK_ROOT}/pkg/mod.py"


def test_build_refuses_a_python_other_than_the_runtimes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_lambda, "RUNTIME_PYTHON", (2, 7))
    with pytest.raises(SystemExit, match=r"python2\.7"):
        build_lambda.build(tmp_path / "out")
    assert not (tmp_path / "out").exists()
