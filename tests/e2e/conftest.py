"""The end-to-end tests need node and npm: say so loudly when they are missing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

E2E = Path(__file__).resolve().parent
INSTALL_SECONDS = 300

NODE_MISSING = [
    "node and npm are not installed: the virtual-alexa end-to-end tests (tests/e2e) did NOT run.",
    "Install Node.js 18 or later with npm (Debian: apt-get install nodejs npm); CI fails without.",
]


def node_missing() -> bool:
    return shutil.which("node") is None or shutil.which("npm") is None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if node_missing():
        terminalreporter.write_sep("!", "END-TO-END TESTS SKIPPED", red=True, bold=True)
        for line in NODE_MISSING:
            terminalreporter.write_line(line, red=True, bold=True)


@pytest.fixture(scope="session")
def virtual_alexa() -> Path:
    """tests/e2e/node_modules, installed with ``npm ci`` from the lock file when it changed."""
    if node_missing():
        if os.environ.get("CI"):
            pytest.fail(" ".join(NODE_MISSING))
        pytest.skip(" ".join(NODE_MISSING))
    digest = hashlib.sha256(
        (E2E / "package.json").read_bytes() + (E2E / "package-lock.json").read_bytes()
    ).hexdigest()
    stamp = E2E / "node_modules" / ".installed-from"
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != digest:
        npm = shutil.which("npm")
        assert npm is not None
        subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=E2E,
            check=True,
            timeout=INSTALL_SECONDS,
            capture_output=True,
        )
        stamp.write_text(digest, encoding="utf-8")
    return E2E / "node_modules"


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
