"""The client for Alexa's service APIs: HTTPS only, bounded in time, failures typed."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClientRequest

from skill.budget import turn_budget
from skill.voice.api_client import TimedApiClient


class RecordingPool:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, str], Any]] = []
        self.timeouts: list[float] = []

    def request(
        self, method: str, url: str, headers: dict[str, str], body: Any, timeout: float
    ) -> Any:
        self.calls.append((method, url, headers, body))
        self.timeouts.append(timeout)
        return SimpleNamespace(
            status=200,
            headers={"Content-Type": "application/json"},
            data=json.dumps("Europe/Berlin").encode(),
        )


def request(url: str, body: Any = None) -> ApiClientRequest:
    return ApiClientRequest(
        method="GET" if body is None else "POST",
        url=url,
        headers=[("Authorization", "Bearer x"), ("Content-type", "application/json")],
        body=body,
    )


def test_answer_is_passed_back_with_status_and_headers() -> None:
    client = TimedApiClient()
    client._pool = RecordingPool()
    answer = client.invoke(request("https://api.amazonalexa.com/v2/devices/d/settings/x"))
    assert answer.status_code == 200
    assert json.loads(answer.body) == "Europe/Berlin"
    assert ("Content-Type", "application/json") in answer.headers
    method, _, headers, _ = client._pool.calls[0]
    assert method == "GET"
    assert headers["Authorization"] == "Bearer x"


def test_a_json_body_is_sent_as_json() -> None:
    client = TimedApiClient()
    client._pool = RecordingPool()
    client.invoke(request("https://api.amazonalexa.com/v1/alerts/reminders", {"a": 1}))
    assert json.loads(client._pool.calls[0][3]) == {"a": 1}


def test_plain_http_is_refused() -> None:
    with pytest.raises(ApiClientException):
        TimedApiClient().invoke(request("http://api.amazonalexa.com/v2/x"))


def test_an_unreachable_api_fails_fast_as_an_api_error() -> None:
    client = TimedApiClient(timeout=0.5)
    with pytest.raises(ApiClientException) as raised:
        client.invoke(request("https://127.0.0.1:9/v2/devices/d/settings/System.timeZone"))
    assert "Bearer" not in str(raised.value)


def test_a_call_takes_no_more_than_what_is_left_of_the_turn() -> None:
    client = TimedApiClient(timeout=1.5)
    client._pool = RecordingPool()
    with turn_budget(seconds=0.6):
        client.invoke(request("https://api.amazonalexa.com/v2/devices/d/settings/x"))
    assert 0.4 < client._pool.timeouts[0] <= 0.6
    with turn_budget(seconds=0.05), pytest.raises(ApiClientException):
        client.invoke(request("https://api.amazonalexa.com/v2/devices/d/settings/x"))
    assert len(client._pool.calls) == 1  # the second was not even started
