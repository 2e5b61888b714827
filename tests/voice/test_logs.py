"""No library the skill uses writes its DEBUG lines (URLs with device ids, headers, envelopes)."""

from __future__ import annotations

import logging

import pytest

from skill.builder import build_skill
from skill.logs import THIRD_PARTY
from skill.storage.local import LocalStore


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
