"""Alexa's APIs with their failures counted for the turn's metrics (see :mod:`skill.failures`).

The skill never fails a turn over Alexa's APIs (it falls back to the last zone seen, or says a
reminder could not be set), so without this count their outages would not show anywhere.
"""

from __future__ import annotations

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.failures import alexa_api_failed

#: Answers that mean the call failed: a request the API refused as malformed (400, 409), too
#: many requests (429), or the service itself failing (5xx). 401, 403 and 404 are answers about
#: the person (no permission, no room for a reminder, a reminder already gone), part of the
#: conversation rather than faults.
_REFUSED = frozenset({400, 409, 429})


def is_failure(status: int | None) -> bool:
    """Whether an answer with HTTP ``status`` means the call failed.

    Examples
    --------
    >>> [is_failure(s) for s in (200, 204, 401, 404, 429, 503)]
    [False, False, False, False, True, True]
    """
    return status is None or status in _REFUSED or status >= 500


class CountingApiClient(ApiClient):
    """Passes every call to ``inner`` and counts the ones that fail; changes nothing else."""

    def __init__(self, inner: ApiClient) -> None:
        self.inner = inner

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        try:
            response = self.inner.invoke(request)
        except Exception:  # no answer: a timeout, a refused connection, no time left to call
            alexa_api_failed()
            raise
        if is_failure(response.status_code):
            alexa_api_failed()
        return response
