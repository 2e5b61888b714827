"""The HTTP client for Alexa's service APIs, with a timeout: Alexa waits only 8 seconds."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ask_sdk_core.api_client import DefaultApiClient

DEFAULT_TIMEOUT_SECONDS = 2.0


class TimedApiClient(DefaultApiClient):
    """The SDK's default client, but no call may hang past ``timeout`` seconds."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        super().__init__()
        self.timeout = timeout

    def _resolve_method(self, request: Any) -> Callable[..., Any]:
        method = super()._resolve_method(request)
        return functools.partial(method, timeout=self.timeout)
