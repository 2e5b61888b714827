"""Many devices speaking for one person at the same moment, in tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from skill.console.envelopes import Caller
from tests.alexa import Alexa

#: What a turn says when it could not save (it lost every race, or the store failed).
NOT_SAVED = ("same moment", "nothing has changed")


def urges_at_once(
    handler: Callable[[dict[str, Any]], dict[str, Any]],
    caller: Caller,
    now: Callable[[], datetime],
    devices: int,
) -> list[str]:
    """What each of ``devices`` Echos heard, all saying "I want to text my ex" at once."""
    together = threading.Barrier(devices)
    heard: list[str] = []

    def device() -> None:
        echo = Alexa(handler, caller=caller, now=now)
        together.wait()
        heard.append(echo.one_shot("UrgeIntent").text)

    threads = [threading.Thread(target=device) for _ in range(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return heard


def saved(heard: list[str]) -> list[str]:
    """The answers of turns that saved."""
    return [text for text in heard if not any(phrase in text for phrase in NOT_SAVED)]
