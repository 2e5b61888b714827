"""Every APL document, with each of its sample datasources, passes Amazon's APL validator
(npm apl-suggester, pinned in tests/apl/package-lock.json): no error and no warning."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from deploy.screens import samples
from skill.voice.apl.documents import DOCUMENTS, document
from tests.npm import npm_ci

APL = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def validator() -> Path:
    return npm_ci(APL)


def validate(entries: list[dict[str, Any]]) -> dict[str, list[str]]:
    node = shutil.which("node")
    assert node is not None
    result = subprocess.run(
        [node, str(APL / "validate.js")],
        input=json.dumps(entries),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def test_every_document_with_its_samples_passes_the_validator(validator: Path) -> None:
    shown = samples()
    assert {screen.document for screen in shown.values()} == set(DOCUMENTS)
    entries = [
        {"name": name, "document": document(s.document), "datasources": s.datasources}
        for name, s in shown.items()
    ]
    assert validate(entries) == {name: [] for name in shown}


def test_the_validator_finds_what_is_wrong(validator: Path) -> None:
    broken = document("home")
    landscape = broken["mainTemplate"]["items"][-1]["items"]
    landscape[1]["headerTitel"] = "a misspelt parameter of Amazon's header"
    landscape.append({"type": "Text", "text": "x", "fontSize": "large"})
    landscape.append({"type": "AlexaCarousel"})
    found = validate([{"name": "broken", "document": broken, "datasources": {"payload": 1}}])
    problems = "\n".join(found["broken"])
    assert "AlexaHeader has no parameter headerTitel" in problems
    assert "fontSize" in problems
    assert "AlexaCarousel" in problems
    assert "payload in DataSources should be an object" in problems
