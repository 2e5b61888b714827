"""The console device: its time zone, and the Settings API it answers for the skill."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiClientRequest
from ask_sdk_model.services.api_configuration import ApiConfiguration
from ask_sdk_model.services.ups import UpsServiceClient

from skill.console.device import (
    API_ENDPOINT,
    ConsoleApiClient,
    console_caller,
    machine_time_zone,
)
from skill.console.envelopes import Caller
from skill.console.grants import CONSOLE_ACCESS_TOKEN

NOWHERE = Path("/nonexistent/letting-go")


def request(url: str, method: str = "GET") -> ApiClientRequest:
    return ApiClientRequest(headers=[], body=None, url=url, method=method)


def test_settings_api_answers_time_zone_as_json_string() -> None:
    client = ConsoleApiClient("Europe/Berlin")
    response = client.invoke(
        request(f"{API_ENDPOINT}/v2/devices/amzn1.ask.device.CONSOLE/settings/System.timeZone")
    )
    assert response.status_code == 200
    assert json.loads(response.body) == "Europe/Berlin"


@pytest.mark.parametrize(
    ("url", "method"),
    [
        (f"{API_ENDPOINT}/v2/devices/d/settings/System.distanceUnits", "GET"),
        (f"{API_ENDPOINT}/v2/accounts/~current/settings/Profile.name", "GET"),
        (f"{API_ENDPOINT}/v2/devices/d/settings/System.timeZone", "PUT"),
        ("https://elsewhere.example/v2/devices/d/settings/System.timeZone", "GET"),
    ],
)
def test_settings_api_answers_404_for_anything_else(url: str, method: str) -> None:
    response = ConsoleApiClient("UTC").invoke(request(url, method))
    assert response.status_code == 404
    assert json.loads(response.body)["message"]


def test_sdk_service_client_gets_zone_through_console_client() -> None:
    config = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=ConsoleApiClient("Asia/Tokyo"),
        authorization_value=CONSOLE_ACCESS_TOKEN,
        api_endpoint=API_ENDPOINT,
    )
    assert UpsServiceClient(config).get_system_time_zone("amzn1.ask.device.X") == "Asia/Tokyo"


def test_console_caller_carries_endpoint_and_token() -> None:
    caller = console_caller(Caller(user_id="amzn1.ask.account.ME"))
    assert caller.user_id == "amzn1.ask.account.ME"
    assert caller.api_endpoint == API_ENDPOINT
    assert caller.api_access_token


def test_machine_zone_prefers_explicit_zone() -> None:
    assert machine_time_zone("Asia/Kolkata", {"TZ": "Europe/Paris"}) == "Asia/Kolkata"


@pytest.mark.parametrize(
    ("tz", "zone"),
    [
        ("Europe/Paris", "Europe/Paris"),
        (":America/Chicago", "America/Chicago"),
        ("/usr/share/zoneinfo/Australia/Sydney", "Australia/Sydney"),
    ],
)
def test_machine_zone_reads_tz_when_it_names_a_zone(tz: str, zone: str) -> None:
    assert machine_time_zone(None, {"TZ": tz}, NOWHERE, NOWHERE) == zone


def test_machine_zone_skips_unknown_explicit_and_posix_rule_tz(tmp_path: Path) -> None:
    etc_timezone = tmp_path / "timezone"
    etc_timezone.write_text("America/Denver\n", encoding="utf-8")
    found = machine_time_zone("Not/AZone", {"TZ": "CET-1CEST,M3.5.0,M10.5.0/3"}, etc_timezone)
    assert found == "America/Denver"


def test_machine_zone_follows_localtime_link(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/posix/Pacific/Auckland", link)
    assert machine_time_zone(None, {}, NOWHERE, link) == "Pacific/Auckland"


def test_machine_zone_falls_back_to_utc(tmp_path: Path) -> None:
    not_a_link = tmp_path / "localtime"
    not_a_link.write_bytes(b"TZif")
    assert machine_time_zone(None, {"TZ": ""}, NOWHERE, not_a_link) == "UTC"


def test_without_reminders_the_reminders_api_is_not_there() -> None:
    response = ConsoleApiClient("UTC").invoke(request(f"{API_ENDPOINT}/v1/alerts/reminders"))
    assert response.status_code == 404
