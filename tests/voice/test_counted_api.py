"""The API client that counts Alexa's failed calls for the turn's metrics."""

from __future__ import annotations

import contextlib

import pytest
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.failures import Failures, start_counting
from skill.voice.counted_api import CountingApiClient


class Answers(ApiClient):
    """Answers every call with ``status``, or raises when it is None."""

    def __init__(self, status: int | None) -> None:
        self.status = status

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        if self.status is None:
            raise TimeoutError("no answer")
        return ApiClientResponse(status_code=self.status)


def call(status: int | None) -> Failures:
    failures = start_counting()
    client = CountingApiClient(Answers(status))
    with contextlib.suppress(TimeoutError):  # no answer: raised, and counted
        client.invoke(ApiClientRequest(method="GET", url="https://api.amazonalexa.com/v1"))
    return failures


@pytest.mark.parametrize("status", [400, 409, 429, 500, 503, None])
def test_a_failed_call_is_counted_once(status: int | None) -> None:
    assert call(status) == Failures(store=0, alexa_api=1)


@pytest.mark.parametrize("status", [200, 201, 204, 401, 403, 404])
def test_an_answer_about_the_person_is_not_a_failure(status: int) -> None:
    assert call(status) == Failures()


def test_no_answer_is_raised_as_it_came() -> None:
    with pytest.raises(TimeoutError):
        CountingApiClient(Answers(None)).invoke(ApiClientRequest())


def test_the_answer_is_passed_on_unchanged() -> None:
    answer = CountingApiClient(Answers(404)).invoke(ApiClientRequest())
    assert answer.status_code == 404
