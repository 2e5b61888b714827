"""Node packages for the tests, installed with ``npm ci`` from a folder's pinned lock file.

Each folder (tests/e2e, tests/apl) has its own package.json and package-lock.json; its
node_modules is installed again only when either file changed. Without node and npm the tests
that need them are skipped locally, with a loud notice at the end of the run, and fail in CI.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

INSTALL_SECONDS = 300

NODE_MISSING = [
    "node and npm are not installed: the tests that need them (tests/e2e, tests/apl) did NOT run.",
    "Install Node.js 18 or later with npm (Debian: apt-get install nodejs npm); CI fails without.",
]


def node_missing() -> bool:
    return shutil.which("node") is None or shutil.which("npm") is None


def npm_ci(folder: Path) -> Path:
    """``folder``/node_modules, installed from its lock file when that changed (else skip or,
    in CI, fail when node is missing)."""
    if node_missing():
        if os.environ.get("CI"):
            pytest.fail(" ".join(NODE_MISSING))
        pytest.skip(" ".join(NODE_MISSING))
    digest = hashlib.sha256(
        (folder / "package.json").read_bytes() + (folder / "package-lock.json").read_bytes()
    ).hexdigest()
    stamp = folder / "node_modules" / ".installed-from"
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != digest:
        npm = shutil.which("npm")
        assert npm is not None
        subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=folder,
            check=True,
            timeout=INSTALL_SECONDS,
            capture_output=True,
        )
        stamp.write_text(digest, encoding="utf-8")
    return folder / "node_modules"
