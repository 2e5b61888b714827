"""The end-to-end tests need node and npm: say so loudly when they are missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.npm import NODE_MISSING, node_missing, npm_ci

E2E = Path(__file__).resolve().parent


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if node_missing():
        terminalreporter.write_sep("!", "END-TO-END TESTS SKIPPED", red=True, bold=True)
        for line in NODE_MISSING:
            terminalreporter.write_line(line, red=True, bold=True)


@pytest.fixture(scope="session")
def virtual_alexa() -> Path:
    """tests/e2e/node_modules, installed with ``npm ci`` from the lock file when it changed."""
    return npm_ci(E2E)


def run_node(script: str, args: list[str], stdin: Any, timeout: float) -> Any:
    """Run tests/e2e/``script`` with node, JSON in on stdin and out on stdout."""
    node = shutil.which("node")
    assert node is not None, "node is needed for virtual-alexa"
    result = subprocess.run(
        [node, str(E2E / script), *args],
        input=json.dumps(stdin),
        capture_output=True,
        text=True,
        timeout=timeout,
        # aws-sdk, a dependency of virtual-alexa, otherwise prints a notice on every start.
        env={**os.environ, "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
