"""The ``letting-go`` command: chat and say, the store it opens, speaking, and its errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from skill.cli import SESSION_ENDED_HINT, main

LETTING_GO = Path(sys.executable).parent / "letting-go"
START_SCRIPT = "yes\nyesterday\ntwo years\nyes\n"
# 18:00 in Los Angeles on 24 November; already the 25th in UTC.
EVENING_LA = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


class Terminal(io.StringIO):
    """Typed input, as if from a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads or writes the real home, and time stands still."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TZ", "UTC")
    for name in ("LETTING_GO_STORE", "XDG_DATA_HOME", "LETTING_GO_TABLE"):
        monkeypatch.delenv(name, raising=False)
    with time_machine.travel(EVENING_LA, tick=False):
        yield


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "state.sqlite3")


def chat(monkeypatch: pytest.MonkeyPatch, script: str, *args: str, tty: bool = False) -> int:
    monkeypatch.setattr(sys, "stdin", Terminal(script) if tty else io.StringIO(script))
    return main(["chat", *args])


def test_chat_from_pipe_echoes_lines_and_prints_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str
) -> None:
    assert chat(monkeypatch, START_SCRIPT + "how many days left\n", "--store", store) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("> ")[0] for line in lines] == ["alexa"] + ["you", "alexa"] * 5
    assert lines[1:3] == [
        "you> yes",
        "alexa> Let's set it up. When were you last in touch with them? A text counts, and so "
        "does a call. You can say today, yesterday, or a date.",
    ]
    assert "day 2 of 30" in lines[8]
    assert "day 2 of 30" in lines[10].lower()
    assert SESSION_ENDED_HINT not in "\n".join(lines)


def test_chat_ignores_empty_lines_and_stops_at_quit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str
) -> None:
    assert chat(monkeypatch, "\n   \nquit\nhow many days left\n", "--store", store) == 0
    out = capsys.readouterr().out
    assert "you> \n" not in out
    assert out.endswith("you> quit\n")  # echoed, so the transcript shows why it ended
    assert "how many days left" not in out
    assert out.count("alexa> ") == 1


def test_chat_sends_stop_to_skill_and_carries_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str
) -> None:
    assert chat(monkeypatch, "stop\nhow many days left\nexit\n", "--store", store) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "you> stop"
    assert lines[2].startswith("alexa> ")
    assert lines[3] == "you> how many days left"
    assert lines[4].startswith("alexa> ")


def test_interactive_chat_prompts_and_hints_after_session_ends(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str
) -> None:
    assert chat(monkeypatch, "no\n", "--store", store, tty=True) == 0
    out = capsys.readouterr().out
    assert "you> " in out
    assert "you> no" not in out  # a terminal shows what was typed; no echo
    assert out.count(SESSION_ENDED_HINT) == 1
    assert out.index("alexa> ", out.index("you> ")) < out.index(SESSION_ENDED_HINT)


@pytest.mark.parametrize(("zone", "day"), [("America/Los_Angeles", 1), ("UTC", 2)])
def test_time_zone_option_sets_the_device_zone(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    store: str,
    zone: str,
    day: int,
) -> None:
    script = "yes\nnovember twenty fourth twenty twenty six\ntwo years\nyes\n"
    assert chat(monkeypatch, script, "--store", store, "--time-zone", zone) == 0
    assert f"Today is day {day} of 30" in capsys.readouterr().out


def test_say_answers_one_shot_from_the_same_store(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str
) -> None:
    chat(monkeypatch, START_SCRIPT, "--store", store)
    capsys.readouterr()
    assert main(["say", "--store", store, "how many days left"]) == 0
    out = capsys.readouterr().out
    assert "day 2 of 30" in out.lower()
    assert "alexa>" not in out


def test_say_accepts_invocation_and_separate_words(
    capsys: pytest.CaptureFixture[str], store: str
) -> None:
    assert (
        main(["say", "--store", store, "ask", "letting", "go", "how", "many", "days", "left"]) == 0
    )
    assert "haven't started a no-contact period" in capsys.readouterr().out
    assert main(["say", "--store", store, "open letting go"]) == 0
    assert "Shall we set up your no-contact period?" in capsys.readouterr().out


def test_store_defaults_to_letting_go_store_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "from-env" / "state.sqlite3"
    monkeypatch.setenv("LETTING_GO_STORE", str(path))
    assert main(["say", "open letting go"]) == 0
    assert path.is_file()


@pytest.mark.parametrize("argv", [["--help"], ["chat", "--help"], ["say", "--help"]])
def test_help_shows_default_store_path_and_variables(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data%home"))
    monkeypatch.setenv("COLUMNS", "400")  # argparse would wrap the path at its hyphens
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert str(tmp_path / "data%home" / "letting-go" / "state.sqlite3") in help_text
    assert "LETTING_GO_STORE" in help_text and "XDG_DATA_HOME" in help_text


def test_store_that_cannot_be_created_exits_2_with_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert main(["say", "--store", str(blocker / "sub" / "state.sqlite3"), "hello"]) == 2
    captured = capsys.readouterr()
    assert "cannot open the local store" in captured.err
    assert str(blocker) in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_unknown_time_zone_exits_2(capsys: pytest.CaptureFixture[str], store: str) -> None:
    assert main(["say", "--store", store, "--time-zone", "Mars/Olympus", "hi"]) == 2
    assert "unknown time zone" in capsys.readouterr().err


def test_table_option_keeps_state_in_dynamodb(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
    }.items():
        monkeypatch.setenv(name, value)
    import boto3
    from moto import mock_aws

    with mock_aws():
        boto3.client("dynamodb", region_name="eu-west-1").create_table(
            TableName="letting-go",
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        table = ["--table", "letting-go", "--region", "eu-west-1"]
        assert chat(monkeypatch, START_SCRIPT, *table) == 0
        capsys.readouterr()
        assert main(["say", *table, "how many days left"]) == 0
        assert "day 2 of 30" in capsys.readouterr().out.lower()
        assert main(["say", "--table", "missing", "--region", "eu-west-1", "hi"]) == 2
        assert "cannot open the DynamoDB table missing" in capsys.readouterr().err
    assert not (tmp_path / "home").exists()


def fake_espeak(folder: Path, log: Path) -> None:
    folder.mkdir()
    program = folder / "espeak-ng"
    program.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        f"with open({str(log)!r}, 'a') as f:\n"
        "    f.write(' '.join(sys.argv[1:]) + '|' + sys.stdin.read() + '\\n')\n",
        encoding="utf-8",
    )
    program.chmod(0o755)


def test_speak_sends_each_answer_to_espeak(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, store: str
) -> None:
    log = tmp_path / "spoken.txt"
    fake_espeak(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert chat(monkeypatch, "how many days left\n", "--store", store, "--speak") == 0
    spoken = log.read_text(encoding="utf-8").splitlines()
    assert len(spoken) == 2
    assert spoken[0].startswith("--stdin|Hi, I'm Letting Go.")
    assert "<" not in "".join(spoken)
    assert capsys.readouterr().err == ""


def test_speak_without_espeak_says_so_once_and_carries_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, store: str
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert chat(monkeypatch, "how many days left\nno\n", "--store", store, "--speak") == 0
    captured = capsys.readouterr()
    assert captured.err.count("espeak-ng is not installed") == 1
    assert captured.out.count("alexa> ") == 3


def test_installed_command_chats_over_a_pipe(tmp_path: Path) -> None:
    store = tmp_path / "state.sqlite3"
    env = {**os.environ, "HOME": str(tmp_path), "TZ": "UTC"}
    env.pop("LETTING_GO_TABLE", None)
    run = subprocess.run(
        [str(LETTING_GO), "chat", "--store", str(store), "--time-zone", "UTC"],
        input=START_SCRIPT + "I want to text my ex\nquit\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, "")
    lines = run.stdout.splitlines()
    assert lines[0].startswith("alexa> Hi, I'm Letting Go.")
    assert lines[1::2] == [
        "you> yes",
        "you> yesterday",
        "you> two years",
        "you> yes",
        "you> I want to text my ex",
        "you> quit",
    ]
    assert "Today is day 2 of 30" in lines[8]
    assert "(pause 4 s)" in lines[10]
    again = subprocess.run(
        [str(LETTING_GO), "say", "--store", str(store), "--time-zone", "UTC", "how many days left"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0
    assert "day 2 of 30" in again.stdout.lower()
