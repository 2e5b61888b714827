"""No library the skill uses writes its DEBUG lines (URLs with device ids, headers, envelopes).

The proof runs real turns with the process at DEBUG, through the real clients: a published
request envelope and a conversation, urllib3 calling the Settings API (the fake Alexa APIs,
served over HTTPS on 127.0.0.1) with the device id in its URL, and botocore sending DynamoDB
requests (moto, in-process) whose bodies hold the record's key. No captured record may hold an
id, a token or a key. A second test lowers the libraries' levels by hand and sees those lines
appear, so the first cannot pass for want of anything to catch.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.logs import THIRD_PARTY
from skill.runtime import handle_event
from skill.storage.dynamodb import DynamoStore
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.voice.api_client import TimedApiClient
from tests.alexa import Alexa
from tests.alexa_api import TIME_ZONE_SUFFIX, FakeAlexaApi
from tests.conftest import FakeClock
from tests.servers import api_handler, self_signed_pem, serving

REQUESTS = Path(__file__).parents[1] / "data" / "alexa-requests"
ENVELOPE = (
    REQUESTS / "LaunchRequest_Geolocation_apiAccessToken__ask-sdk-nodejs-express-adapter.json"
)
TABLE = "letting-go-logs"
REGION = "eu-west-1"
#: Loggers of the test's own fakes, which do not run on Lambda.
FAKES = ("moto",)


def test_library_loggers_stay_quiet_even_when_the_process_runs_at_debug(
    store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    build_skill(store)
    caplog.set_level(logging.DEBUG)
    device = "amzn1.ask.device.SOMEONE"
    for name in THIRD_PARTY:
        logging.getLogger(name).debug("GET /v2/devices/%s/settings/System.timeZone", device)
    logging.getLogger("urllib3.connectionpool").debug("https://api.amazonalexa.com %s", device)
    assert device not in caplog.text
    logging.getLogger("urllib3").warning("a library's warning still gets through")
    assert "still gets through" in caplog.text


def test_a_child_logger_set_low_by_hand_is_held_too(
    store: LocalStore, caplog: pytest.LogCaptureFixture, library_levels: None
) -> None:
    logging.getLogger("botocore.endpoint").setLevel(logging.DEBUG)
    build_skill(store)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("botocore.endpoint").debug("Making request with params: {'Key': 'k'}")
    assert "Making request" not in caplog.text


@dataclass
class Skill:
    """The skill over DynamoDB (moto) and the Alexa APIs over HTTPS, and what it was sent."""

    alexa_api: FakeAlexaApi
    api_url: str
    store: DynamoStore
    clock: FakeClock
    skill: Any

    def real_turns(self) -> dict[str, Any]:
        """A published envelope (the device's zone read), then a period set up (two writes):
        the envelope, whose ids must not be logged."""
        event = json.loads(ENVELOPE.read_text(encoding="utf-8"))
        event["context"]["System"]["apiEndpoint"] = self.api_url
        answer = handle_event(self.skill, event)
        assert "Letting Go" in answer["response"]["outputSpeech"]["ssml"]
        system = event["context"]["System"]
        caller = Caller(
            user_id=system["user"]["userId"],
            device_id=system["device"]["deviceId"],
            api_endpoint=self.api_url,
            api_access_token=system["apiAccessToken"],
        )
        alexa = Alexa(lambda e: handle_event(self.skill, e), caller=caller, now=self.clock.now)
        alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20", "targetDays": "30"})
        assert "It's set" in alexa.confirm(True).text
        return event

    def secrets(self, event: dict[str, Any]) -> list[str]:
        system = event["context"]["System"]
        user = system["user"]
        return [
            user["userId"],
            user["permissions"]["consentToken"],
            system["device"]["deviceId"],
            system["apiAccessToken"],
            event["session"]["sessionId"],
            event["request"]["requestId"],
            hash_owner("user", user["userId"]),  # the record's key in DynamoDB
        ]

    def check_the_clients_were_used(self, event: dict[str, Any]) -> None:
        device = event["context"]["System"]["device"]["deviceId"]
        zone_calls = [c for c in self.alexa_api.calls if str(c.url).endswith(TIME_ZONE_SUFFIX)]
        assert zone_calls and all(device in str(c.url) for c in zone_calls)
        assert self.store.read(hash_owner("user", event["context"]["System"]["user"]["userId"]))


@pytest.fixture
def library_levels() -> Iterator[None]:
    """The library loggers' levels (children included) put back as they were after the test."""
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in THIRD_PARTY]
    saved = {name: logging.getLogger(name).level for name in {*names, *THIRD_PARTY}}
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def over_real_clients(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock, library_levels: None
) -> Iterator[Skill]:
    import boto3
    from moto import mock_aws

    for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    alexa_api = FakeAlexaApi("Europe/Berlin")
    pem = self_signed_pem(tmp_path)
    with mock_aws(), serving(api_handler(alexa_api), tls=pem) as api_url:
        client = boto3.client("dynamodb", region_name=REGION)
        client.create_table(
            TableName=TABLE,
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        store = DynamoStore(TABLE, client)
        api_client = TimedApiClient(ca_certs=str(pem))
        skill = build_skill(store, clock=clock, api_client=api_client, rng=random.Random(2))
        yield Skill(alexa_api, api_url, store, clock, skill)


def logged(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """Every captured record as (logger, whole text with any traceback), but the fakes'."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [
        (record.name, formatter.format(record))
        for record in caplog.records
        if not record.name.startswith(FAKES)
    ]


def test_no_id_or_token_is_logged_at_debug_through_real_turns(
    over_real_clients: Skill, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    event = over_real_clients.real_turns()
    over_real_clients.check_the_clients_were_used(event)
    records = logged(caplog)
    assert any(name == "letting_go.turns" for name, _ in records)  # the logs were captured
    secrets = over_real_clients.secrets(event)
    leaked = [(name, s) for name, text in records for s in secrets if s in text]
    assert leaked == []


def test_the_check_sees_what_the_libraries_would_log_if_let(
    over_real_clients: Skill, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("urllib3", "botocore"):
        logging.getLogger(name).setLevel(logging.DEBUG)  # as if nothing held them
    event = over_real_clients.real_turns()
    records = logged(caplog)
    device = event["context"]["System"]["device"]["deviceId"]
    key = hash_owner("user", event["context"]["System"]["user"]["userId"])
    assert any(name.startswith("urllib3") and device in text for name, text in records)
    assert any(name.startswith("botocore") and key in text for name, text in records)
