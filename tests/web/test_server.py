"""``letting-go serve``: what it warns about, and how it fails."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

import pytest

from skill.cli import main
from skill.web.server import ServeOptions, warnings_for
from tests.emf import emf_problems
from tests.web.cases import TEST_SKILL_ID, launch_body
from tests.web.service import LETTING_GO, running


def test_a_verified_service_with_a_skill_id_warns_of_nothing() -> None:
    assert warnings_for(ServeOptions(skill_id=TEST_SKILL_ID)) == []


def test_no_verify_is_a_loud_warning() -> None:
    (banner,) = warnings_for(ServeOptions(verify=False, skill_id=TEST_SKILL_ID, port=9000))
    assert "WARNING: request verification is OFF" in banner
    assert "http://127.0.0.1:9000/" in banner
    assert banner.startswith("!" * 78)


def test_a_test_ca_is_a_loud_warning(tmp_path: Path) -> None:
    (banner,) = warnings_for(ServeOptions(trust_roots=tmp_path, skill_id=TEST_SKILL_ID))
    assert "test CA" in banner


def test_no_skill_id_is_pointed_out() -> None:
    (note,) = warnings_for(ServeOptions())
    assert "LETTING_GO_SKILL_ID" in note


def test_no_verify_serves_unsigned_requests_and_says_so_on_stderr(tmp_path: Path) -> None:
    args = ["--store", str(tmp_path / "s.sqlite3"), "--no-verify", "--skill-id", TEST_SKILL_ID]
    with running(args) as service:
        status, body = service.post(launch_body(), {"Content-Type": "application/json"})
    assert status == 200
    assert "outputSpeech" in json.loads(body)["response"]
    assert any("request verification is OFF" in line for line in service.stderr)


def test_turn_lines_are_logged_unless_metrics_are_asked_for(tmp_path: Path) -> None:
    args = ["--store", str(tmp_path / "s.sqlite3"), "--no-verify", "--skill-id", TEST_SKILL_ID]
    with running(args, env={"LETTING_GO_METRICS_NAMESPACE": ""}) as plain:
        plain.post(launch_body())
    assert plain.stdout == []
    assert any("letting_go.turns" in line for line in plain.stderr)
    metrics = {"LETTING_GO_METRICS_NAMESPACE": "LettingGo/Web"}
    with running(args, env=metrics) as measured:
        measured.post(launch_body())
    (line,) = measured.stdout  # the turn's line: an EMF document on stdout, not in the log
    assert emf_problems(line) == []
    assert json.loads(line)["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "LettingGo/Web"
    assert not any("letting_go.turns" in line for line in measured.stderr)


def test_the_skill_id_comes_from_the_environment(tmp_path: Path) -> None:
    args = ["--store", str(tmp_path / "s.sqlite3"), "--no-verify"]
    with running(args, env={"LETTING_GO_SKILL_ID": TEST_SKILL_ID}) as service:
        ours, _ = service.post(launch_body())
        theirs, _ = service.post(launch_body(skill_id="amzn1.ask.skill.other"))
    assert (ours, theirs) == (200, 400)


def test_an_address_in_use_is_a_one_line_error(tmp_path: Path) -> None:
    # In a process of its own: waitress leaves its wake-up pipe open when it cannot bind.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = subprocess.run(
            [str(LETTING_GO), "serve", "--port", port, "--store", str(tmp_path / "s.sqlite3")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("letting-go: cannot serve:")


def test_unreadable_trust_roots_are_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["serve", "--port", "0", "--store", str(tmp_path / "s.sqlite3")]
    status = main([*args, "--trust-roots", str(tmp_path / "missing.pem")])
    assert status == 2
    assert "missing.pem" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["-1", "65536", "http"])
def test_a_port_out_of_range_is_a_usage_error(port: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", port])
    assert exit_.value.code == 2
