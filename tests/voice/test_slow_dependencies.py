"""Slow dependencies, through the skill's real clients: Alexa's Settings API over HTTPS (through
TimedApiClient) and DynamoDB through boto3 (a proxy in front of moto's server that delays or
withholds answers). Every turn answers within Alexa's 8 seconds, says what really happened, and
leaves a correct record.
"""

from __future__ import annotations

import json
import random
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.runtime import handle_event
from skill.storage.dynamodb import DynamoStore
from skill.storage.keys import hash_owner
from skill.voice.api_client import TimedApiClient
from tests.alexa import Alexa, Heard
from tests.conftest import FakeClock
from tests.servers import create_table, moto_server, self_signed_pem, serving

TABLE = "letting-go-slow"
REGION = "eu-west-1"
ALEXA_WAITS_SECONDS = 8.0
HANGS_SECONDS = 30.0


@dataclass
class Delays:
    """How the dependencies misbehave: seconds before answering; HANGS_SECONDS is never."""

    settings: float = 0.0
    get_item: float = 0.0
    put_item: float = 0.0
    put_lands: bool = False  # a withheld PutItem answer: the write is made first
    seen: list[str] = field(default_factory=list)


def _dynamodb_proxy(moto: str, delays: Delays) -> type[BaseHTTPRequestHandler]:
    class Proxy(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            operation = self.headers.get("X-Amz-Target", "").rpartition(".")[2]
            delays.seen.append(operation)
            if operation == "PutItem" and delays.put_item:
                if delays.put_lands:
                    self._forward(body)
                time.sleep(delays.put_item)
                return
            if operation == "GetItem":
                time.sleep(delays.get_item)
            status, headers, answer = self._forward(body)
            self.send_response(status)
            for name, value in headers:
                if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
            request = urllib.request.Request(moto, data=body, method="POST")
            for name in ("Content-Type", "X-Amz-Target", "Authorization", "X-Amz-Date"):
                if self.headers.get(name):
                    request.add_header(name, self.headers[name])
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return response.status, list(response.headers.items()), response.read()
            except urllib.error.HTTPError as error:
                return error.code, list(error.headers.items()), error.read()

    return Proxy


def _settings_api(delays: Delays) -> type[BaseHTTPRequestHandler]:
    class Settings(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            delays.seen.append("Settings")
            time.sleep(delays.settings)
            answer = json.dumps("Europe/Dublin").encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    return Settings


@dataclass
class Setting:
    delays: Delays
    store: DynamoStore
    alexa: Alexa

    def urges(self) -> int:
        record = self.store.read(hash_owner("user", self.alexa.caller.user_id))
        assert record is not None
        return int(record["period"]["urges_resisted"])


@pytest.fixture(scope="module")
def moto() -> Iterator[str]:
    """One moto server for these tests (each makes its own table); its endpoint URL."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
            patch.setenv(name, value)
        with moto_server() as endpoint:
            yield endpoint


@pytest.fixture
def setting(
    moto: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FakeClock
) -> Iterator[Setting]:
    """A person with a running period, on dependencies that answer as ``setting.delays`` says."""
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    delays = Delays()
    pem = self_signed_pem(tmp_path)
    table = f"{TABLE}-{tmp_path.name}"
    with (
        serving(_dynamodb_proxy(moto, delays)) as dynamodb,
        serving(_settings_api(delays), tls=pem) as alexa_api,
    ):
        create_table(moto, table, REGION)
        store = DynamoStore(table, region_name=REGION, endpoint_url=dynamodb)
        api_client = TimedApiClient(ca_certs=str(pem))
        skill = build_skill(store, clock=clock, api_client=api_client, rng=random.Random(5))
        caller = Caller(api_endpoint=alexa_api, api_access_token="token-for-tests")
        alexa = Alexa(lambda e: handle_event(skill, e), caller=caller, now=clock.now)
        alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
        alexa.confirm(True)
        yield Setting(delays, store, alexa)


def _in_time(setting: Setting, say: Callable[[Alexa], Heard]) -> str:
    setting.delays.seen.clear()
    started = time.monotonic()
    heard = say(setting.alexa)
    took = time.monotonic() - started
    print(f"\nanswered in {took:.1f} s: {heard.text[:60]}")
    assert took < ALEXA_WAITS_SECONDS
    return heard.text


def _urge(alexa: Alexa) -> Heard:
    return alexa.one_shot("UrgeIntent")


def test_a_settings_api_that_takes_ten_seconds_is_not_waited_for(setting: Setting) -> None:
    setting.delays.settings = 10.0
    assert "day 6 of 30" in _in_time(setting, lambda alexa: alexa.one_shot("DaysLeftIntent"))
    assert "Settings" in setting.delays.seen


def test_a_slow_read_still_leaves_time_to_save(setting: Setting) -> None:
    setting.delays.get_item = 0.8
    assert "one urge" in _in_time(setting, _urge)
    assert setting.urges() == 1


def test_a_write_that_never_answers_and_never_landed_changes_nothing(setting: Setting) -> None:
    setting.delays.put_item = HANGS_SECONDS
    assert "nothing has changed" in _in_time(setting, _urge)
    assert setting.urges() == 0


def test_a_write_that_landed_but_never_answered_is_known_as_saved(setting: Setting) -> None:
    setting.delays.put_item, setting.delays.put_lands = HANGS_SECONDS, True
    said = _in_time(setting, _urge)
    # Known as saved when the re-read fits the budget; botocore's pause before its retry (up to
    # a second) can leave too little, and then the answer says it could not confirm. Never
    # "nothing has changed": the write landed, once.
    assert "one urge" in said or "couldn't confirm that was saved" in said
    assert setting.urges() == 1
    assert setting.delays.seen.count("PutItem") == 2  # botocore's retry of the lost answer


def test_everything_slow_at_once_still_answers_in_time_and_truly(setting: Setting) -> None:
    setting.delays.settings, setting.delays.get_item = 10.0, 0.8
    setting.delays.put_item, setting.delays.put_lands = HANGS_SECONDS, True
    asked = _in_time(setting, lambda alexa: alexa.one_shot("SlipIntent"))
    assert "start your 30 days again" in asked
    said = _in_time(setting, lambda alexa: alexa.confirm(True))
    # The write landed, but no time was left to read the record and learn it: it says so.
    assert "couldn't confirm that was saved" in said
    assert "Settings" in setting.delays.seen
    setting.delays.settings = setting.delays.get_item = setting.delays.put_item = 0.0
    assert "day 1" in setting.alexa.one_shot("ProgressIntent").text.lower()
