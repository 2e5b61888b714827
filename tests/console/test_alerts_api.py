"""The console's Reminders API: Alexa's requests and answers, kept in a file beside the store."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiClientRequest, ApiClientResponse, ServiceException
from ask_sdk_model.services.api_configuration import ApiConfiguration
from ask_sdk_model.services.reminder_management import ReminderManagementServiceClient

from skill.console.device import API_ENDPOINT, ConsoleApiClient
from skill.console.grants import CONSOLE_ACCESS_TOKEN, access_token
from skill.console.reminders import ConsoleReminders, reminders_path
from skill.domain.reminders import ClockTime
from skill.voice.permission import REMINDERS_SCOPE
from skill.voice.reminders_api import ReminderSpec
from tests.conftest import FakeClock

REMINDERS = f"{API_ENDPOINT}/v1/alerts/reminders"
ALLOWED = access_token([REMINDERS_SCOPE])
LA = "America/Los_Angeles"
DAILY = ReminderSpec(
    "Time for your check-in.", "en-US", LA, datetime(2026, 11, 24, 20), ClockTime(20)
)
ONCE = ReminderSpec("Your last day.", "en-US", LA, datetime(2026, 12, 22, 9))


@pytest.fixture
def client(store_path: Path, clock: FakeClock) -> ConsoleApiClient:
    return ConsoleApiClient(LA, reminders=ConsoleReminders(reminders_path(store_path), clock.now))


def body_of(spec: ReminderSpec) -> dict[str, Any]:
    serialized = DefaultSerializer().serialize(spec.request(datetime(2026, 11, 25, 2, tzinfo=UTC)))
    assert isinstance(serialized, dict)
    return serialized


def call(
    client: ConsoleApiClient,
    method: str,
    token: str = "",
    body: object = None,
    authorization: str | None = ALLOWED,
) -> tuple[int, Any]:
    headers = [("Content-type", "application/json")]
    if authorization is not None:
        headers.append(("Authorization", f"Bearer {authorization}"))
    url = f"{REMINDERS}/{token}" if token else REMINDERS
    response: ApiClientResponse = client.invoke(
        ApiClientRequest(headers=headers, body=body, url=url, method=method)
    )
    return response.status_code, json.loads(response.body) if response.body else None


def test_create_answers_201_with_alexas_fields(client: ConsoleApiClient) -> None:
    status, created = call(client, "POST", body=body_of(DAILY))
    assert status == 201
    assert set(created) == {
        "alertToken",
        "createdTime",
        "updatedTime",
        "status",
        "version",
        "href",
    }
    assert created["status"] == "ON"
    assert created["version"] == "1"
    assert created["createdTime"] == "2026-11-25T02:00:00.000Z"
    assert created["href"] == f"/v1/alerts/reminders/{created['alertToken']}"


def test_list_and_get_answer_the_reminders_as_made(client: ConsoleApiClient) -> None:
    daily = call(client, "POST", body=body_of(DAILY))[1]["alertToken"]
    once = call(client, "POST", body=body_of(ONCE))[1]["alertToken"]
    status, listing = call(client, "GET")
    assert status == 200
    assert listing["totalCount"] == "2"
    assert [alert["alertToken"] for alert in listing["alerts"]] == [daily, once]
    status, found = call(client, "GET", once)
    assert status == 200
    assert found["trigger"]["scheduledTime"] == "2026-12-22T09:00:00"
    assert found["alertInfo"]["spokenInfo"]["content"][0]["text"] == "Your last day."


def test_put_changes_the_reminder_and_its_version(client: ConsoleApiClient) -> None:
    token = call(client, "POST", body=body_of(DAILY))[1]["alertToken"]
    later = ReminderSpec(DAILY.text, "en-US", LA, datetime(2026, 11, 24, 21), ClockTime(21))
    status, changed = call(client, "PUT", token, body_of(later))
    assert (status, changed["alertToken"], changed["version"]) == (200, token, "2")
    rule = call(client, "GET", token)[1]["trigger"]["recurrence"]["recurrenceRules"][0]
    assert "BYHOUR=21" in rule


def test_delete_answers_200_and_the_reminder_is_gone(client: ConsoleApiClient) -> None:
    token = call(client, "POST", body=body_of(ONCE))[1]["alertToken"]
    assert call(client, "DELETE", token) == (200, None)
    assert call(client, "GET", token)[0] == 404
    assert call(client, "GET")[1]["alerts"] == []


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_an_unknown_token_is_404(client: ConsoleApiClient, method: str) -> None:
    status, error = call(client, method, "no-such-token", body_of(ONCE))
    assert status == 404
    assert error["code"] == "NOT_FOUND"


@pytest.mark.parametrize(
    "authorization", [CONSOLE_ACCESS_TOKEN, None, "someone-elses-token", access_token(["other"])]
)
@pytest.mark.parametrize("method", ["POST", "GET"])
def test_without_the_reminders_permission_every_call_is_401(
    client: ConsoleApiClient, store_path: Path, authorization: str | None, method: str
) -> None:
    status, error = call(client, method, body=body_of(DAILY), authorization=authorization)
    assert status == 401
    assert set(error) == {"code", "message"}
    assert not reminders_path(store_path).exists()


@pytest.mark.parametrize(
    "body",
    [
        None,
        {"trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 60}},
        {"trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "soon", "timeZoneId": LA}},
        {"trigger": body_of(ONCE)["trigger"], "alertInfo": {"spokenInfo": {"content": []}}},
    ],
)
def test_a_body_the_api_cannot_read_is_400(client: ConsoleApiClient, body: object) -> None:
    assert call(client, "POST", body=body)[0] == 400


def test_the_sdks_reminder_client_works_against_the_console(client: ConsoleApiClient) -> None:
    config = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=client,
        authorization_value=ALLOWED,
        api_endpoint=API_ENDPOINT,
    )
    sdk = ReminderManagementServiceClient(config)
    created = sdk.create_reminder(ONCE.request(datetime(2026, 11, 25, 2, tzinfo=UTC)))
    assert created.alert_token
    sdk.delete_reminder(created.alert_token)
    with pytest.raises(ServiceException) as refused:
        sdk.delete_reminder(created.alert_token)
    assert refused.value.status_code == 404


def test_reminders_are_kept_in_a_json_file_beside_the_store(
    client: ConsoleApiClient, store_path: Path
) -> None:
    token = call(client, "POST", body=body_of(DAILY))[1]["alertToken"]
    path = store_path.with_name("state.reminders.json")
    assert token in json.loads(path.read_text(encoding="utf-8"))["alerts"]
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith(".")) == [
        "state.reminders.json"
    ]


def test_a_failed_write_is_500_and_leaves_the_file_as_it_was(
    client: ConsoleApiClient, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    call(client, "POST", body=body_of(DAILY))
    path = reminders_path(store_path)
    before = path.read_text(encoding="utf-8")

    def fail(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    assert call(client, "POST", body=body_of(ONCE))[0] == 500
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_reminders_file_that_cannot_be_read_is_500(
    client: ConsoleApiClient, store_path: Path
) -> None:
    reminders_path(store_path).write_text("{not json", encoding="utf-8")
    assert call(client, "GET")[0] == 500
    assert call(client, "POST", body=body_of(DAILY))[0] == 500
