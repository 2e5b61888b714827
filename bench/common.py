"""What every benchmark shares: the turn mix, DynamoDB on moto's server, and the targets.

A *target* is a Lambda-style module with ``lambda_handler(event, context)``: the skill itself
(``lambda/lambda_function.py``) or one of the baselines in ``bench/baselines``.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TARGETS = {
    "skill": ROOT / "lambda" / "lambda_function.py",
    "stored": BENCH / "baselines" / "stored_skill.py",
    "bare": BENCH / "baselines" / "bare_skill.py",
}
TABLE = "letting-go-bench"

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def load_target(name: str) -> ModuleType:
    """Import a target by file path, as Lambda imports its handler module."""
    path = TARGETS[name]
    sys.path[:0] = [str(path.parent), str(ROOT)]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def aws_environment(endpoint: str) -> dict[str, str]:
    """Environment for a process that talks to DynamoDB on moto's server only."""
    return {
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
        "LETTING_GO_TABLE": TABLE,
    }


@contextmanager
def moto_server(python: str) -> Iterator[str]:
    """DynamoDB on moto's server at 127.0.0.1, with the store's table; yields its URL."""
    port = free_port()
    server = subprocess.Popen(
        [python, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("moto's server did not start")
        create_table(endpoint)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


def create_table(endpoint: str) -> None:
    import boto3

    client = boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
    )
    client.create_table(
        TableName=TABLE,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )


Event = dict[str, Any]
# A turn that answers what the last response asked: built from that response.
Follow = Callable[[dict[str, Any]], Event]


@dataclass(frozen=True)
class Turn:
    """One request of the mix, with the label it is reported under."""

    label: str
    event: Event | Follow


def _answer(
    intent_name: str, slot: str, slot_value: str, resolved: tuple[str, str, str] | None = None
) -> Follow:
    """Fill the slot the last Dialog.ElicitSlot asked for, as Alexa would.

    A baseline asks for nothing; it then gets the same intent with that slot filled.
    ``resolved`` is what Alexa resolves a custom value to: (name, id, slot type).
    """
    from skill.console.envelopes import Caller, Session, intent_request, slot_json

    def follow(last: dict[str, Any]) -> Event:
        directives = (last.get("response") or {}).get("directives") or []
        elicit = [d for d in directives if d.get("type") == "Dialog.ElicitSlot"]
        name, slots, wanted = intent_name, {}, slot
        if elicit:
            name = elicit[0]["updatedIntent"]["name"]
            slots = dict(elicit[0]["updatedIntent"].get("slots") or {})
            wanted = elicit[0]["slotToElicit"]
        name_id_type = resolved or (None, None, "")
        slots[wanted] = slot_json(
            wanted,
            slot_value,
            resolved_name=name_id_type[0],
            resolved_id=name_id_type[1],
            slot_type=name_id_type[2],
        )
        return intent_request(Caller(), Session(), name, slots, dialog_state="IN_PROGRESS")

    return follow


def turn_mix(users: int, rounds: range) -> Iterator[list[Turn]]:
    """Per user and round, short realistic visits.

    A launch with help and stop; a one-shot "how many days left"; every fourth round an urge;
    a first check-in (mood, then one thing for today) by someone new; and a step of a guided
    exercise. Each visit is a list of turns whose session must be carried along by the caller
    (see :func:`run_visit`).
    """
    from skill.console.envelopes import Caller, Session, intent_request, launch_request

    for round_number in rounds:
        for user in range(users):
            caller = Caller(user_id=f"amzn1.ask.account.BENCH{user}", device_id=f"device-{user}")
            visit = Session()
            yield [
                Turn("launch", launch_request(caller, visit)),
                Turn("help", intent_request(caller, visit, "AMAZON.HelpIntent")),
                Turn("stop", intent_request(caller, visit, "AMAZON.StopIntent")),
            ]
            yield [Turn("days_left", intent_request(caller, Session(), "DaysLeftIntent"))]
            if round_number % 4 == 0:
                yield [Turn("urge", intent_request(caller, Session(), "UrgeIntent"))]
            newcomer = Caller(user_id=f"amzn1.ask.account.NEW{round_number}x{user}")
            yield [
                Turn("check-in start", intent_request(newcomer, Session(), "CheckInIntent")),
                Turn("check-in answer", _answer("CheckInIntent", "mood", "4")),
                Turn(
                    "check-in answer",
                    _answer(
                        "CheckInIntent",
                        "activity",
                        "call my sister",
                        resolved=("family", "FAMILY", "ActivityCategory"),
                    ),
                ),
            ]
            exercise = Session()
            yield [
                Turn("exercise start", intent_request(caller, exercise, "LetGoOfFutureIntent")),
                Turn("exercise step", intent_request(caller, exercise, "ReadyIntent")),
                Turn("stop", intent_request(caller, exercise, "AMAZON.StopIntent")),
            ]


def start_periods(handler: Handler, users: int) -> None:
    """Give every bench user a running period (not timed)."""
    from skill.console.envelopes import Caller, Session, intent_request, slot_json

    for user in range(users):
        caller = Caller(user_id=f"amzn1.ask.account.BENCH{user}", device_id=f"device-{user}")
        slots = {
            "lastContact": slot_json("lastContact", time.strftime("%Y-%m-%d")),
            "targetDays": slot_json("targetDays", "30"),
        }
        handler(
            intent_request(
                caller, Session(), "StartNoContactIntent", slots, confirmation="CONFIRMED"
            ),
            None,
        )


def run_visit(handler: Handler, visit: list[Turn], on_turn: Callable[[Turn, float], None]) -> None:
    """Send a visit's turns in order as one session; report each turn's seconds."""
    last: dict[str, Any] = {}
    session: dict[str, Any] | None = None
    for turn in visit:
        event = turn.event(last) if callable(turn.event) else turn.event
        if session is None:
            session = event.get("session")
        elif "session" in event:
            # The same session, as Alexa keeps it: its id and user, the attributes carried.
            event["session"] = {
                **session,
                "new": False,
                "attributes": dict(last.get("sessionAttributes") or {}),
            }
            event["context"]["System"]["user"] = session["user"]
        started = time.perf_counter()
        last = handler(event, None)
        on_turn(turn, time.perf_counter() - started)
        if (last.get("response") or {}).get("shouldEndSession"):
            break


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (nearest rank)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def env_with(extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **extra}
