"""The end-to-end tests need node and npm: say so loudly when they are missing."""

from __future__ import annotations

import shutil

import pytest

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
