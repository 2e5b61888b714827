"""The Lambda package's sources: only what runs there, so nothing that needs the web stack."""

from __future__ import annotations

from pathlib import Path

from deploy.build_lambda import copy_sources
from tests.deploy.conftest import ROOT


def test_the_package_leaves_out_the_console_the_command_and_the_web_service(
    tmp_path: Path,
) -> None:
    copy_sources(ROOT, tmp_path)
    assert (tmp_path / "lambda_function.py").is_file()
    assert (tmp_path / "skill" / "runtime.py").is_file()
    for local_only in ("console", "web", "cli.py"):
        assert not (tmp_path / "skill" / local_only).exists(), local_only
