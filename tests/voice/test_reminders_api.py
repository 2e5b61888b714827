"""The Reminders API client: faults read from statuses and codes, listings read whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration, ServiceException
from ask_sdk_model.services.reminder_management import Error, ReminderManagementServiceClient

from skill.domain.reminders import ClockTime
from skill.voice.reminders_api import (
    Fault,
    ListingClient,
    ReminderApiError,
    RemindersApi,
    ReminderSpec,
    fault_of,
)
from tests.alexa_api import FakeAlexaApi

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
DAILY = ReminderSpec(
    "Time for your Letting Go check-in.",
    "en-US",
    "Europe/Dublin",
    datetime(2026, 11, 25, 8, 0),
    ClockTime(8),
)


def api_over(fake: FakeAlexaApi) -> RemindersApi:
    config = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=fake,
        authorization_value="token-for-tests",
        api_endpoint="https://api.eu.amazonalexa.com",
    )
    return RemindersApi(ListingClient(ReminderManagementServiceClient(config)), NOW)


@pytest.mark.parametrize(
    ("status", "body", "fault"),
    [
        (401, None, Fault.NO_PERMISSION),
        (403, Error(code="MAX_REMINDERS_EXCEEDED"), Fault.LIMIT_REACHED),
        (403, json.dumps({"code": "REMINDER_LIMIT_REACHED"}), Fault.LIMIT_REACHED),
        (403, Error(code="DEVICE_NOT_SUPPORTED"), Fault.NOT_ALLOWED),
        (403, "not json", Fault.NOT_ALLOWED),
        (404, None, Fault.NOT_FOUND),
        (429, None, Fault.BUSY),
        (400, None, Fault.REJECTED),
        (409, None, Fault.REJECTED),
        (500, None, Fault.UNAVAILABLE),
        (503, None, Fault.UNAVAILABLE),
        (504, None, Fault.UNAVAILABLE),
    ],
)
def test_fault_is_read_from_status_and_code(status: int, body: object, fault: Fault) -> None:
    error = ServiceException(message="failed", status_code=status, headers=None, body=body)
    assert fault_of(error) is fault


def test_create_answers_the_token_and_sends_the_documented_body() -> None:
    fake = FakeAlexaApi()
    token = api_over(fake).create(DAILY)
    assert token in fake.reminders
    [call] = fake.reminder_calls("POST")
    assert call.body is not None
    assert call.body["requestTime"] == "2026-11-25T02:00:00"
    assert call.body["pushNotification"] == {"status": "ENABLED"}


def test_a_timeout_is_unavailable() -> None:
    fake = FakeAlexaApi()
    fake.fail_reminders(0, "TIMEOUT")
    with pytest.raises(ReminderApiError) as raised:
        api_over(fake).create(DAILY)
    assert raised.value.fault is Fault.UNAVAILABLE


def test_deleting_a_reminder_that_is_gone_counts_as_deleted() -> None:
    api_over(FakeAlexaApi()).delete("alert-token-that-never-was")


def test_listing_reads_reminders_the_sdk_model_cannot() -> None:
    fake = FakeAlexaApi()
    api = api_over(fake)
    ringing, rung = api.create(DAILY), api.create(DAILY)
    fake.complete(rung)
    listing = api_over(fake).listing()
    assert listing.tokens == {ringing}
    assert listing.complete


def test_a_listing_with_more_pages_is_marked_incomplete() -> None:
    fake = FakeAlexaApi()
    fake.more_pages = True
    assert not api_over(fake).listing().complete
