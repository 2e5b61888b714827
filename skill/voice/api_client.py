"""The HTTP client for Alexa's service APIs, with a timeout: Alexa waits only 8 seconds, and
no call takes more than what is left of the turn's budget (:mod:`skill.budget`).

It implements the SDK's ``ApiClient`` on urllib3, which botocore loads anyway; the SDK's default
client would import ``requests`` at cold start for nothing more.
"""

from __future__ import annotations

import json
from typing import Any

from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.budget import remaining

DEFAULT_TIMEOUT_SECONDS = 1.5
# Below this, a call is not worth starting: the turn answers without it.
_SHORTEST_CALL_SECONDS = 0.2


class TimedApiClient(ApiClient):
    """Calls Alexa's APIs over HTTPS; no call may take longer than ``timeout`` seconds.

    ``ca_certs`` names a file of certificates to trust instead of the system's (tests serve
    HTTPS on 127.0.0.1 with their own).
    """

    def __init__(
        self, timeout: float = DEFAULT_TIMEOUT_SECONDS, ca_certs: str | None = None
    ) -> None:
        self.timeout = timeout
        self._ca_certs = ca_certs
        self._pool: Any = None

    def _http(self) -> Any:
        if self._pool is None:
            import urllib3

            self._pool = urllib3.PoolManager(
                timeout=urllib3.Timeout(total=self.timeout), retries=False, ca_certs=self._ca_certs
            )
        return self._pool

    def prepare(self) -> None:
        """Set up the connection pool (no connection is opened until a call)."""
        self._http()

    def drop_connections(self) -> None:
        """Close pooled connections; the pool opens new ones when next used."""
        if self._pool is not None:
            self._pool.clear()

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        url = request.url or ""
        if not url.startswith("https://"):
            raise ApiClientException("Requests against non-HTTPS endpoints are not allowed.")
        headers = dict(request.headers or [])
        body = request.body
        if body is not None and not isinstance(body, str | bytes):
            body = json.dumps(body)
        left = remaining()
        timeout = self.timeout if left is None else min(self.timeout, left)
        if timeout < _SHORTEST_CALL_SECONDS:
            raise ApiClientException("no time left in the turn for the request")
        try:
            response = self._http().request(
                request.method or "GET", url, headers=headers, body=body, timeout=timeout
            )
        except Exception as exc:  # timeouts, refused connections, TLS failures
            raise ApiClientException(f"the request failed: {type(exc).__name__}") from exc
        return ApiClientResponse(
            headers=list(response.headers.items()),
            status_code=response.status,
            body=response.data.decode("utf-8", errors="replace"),
        )
