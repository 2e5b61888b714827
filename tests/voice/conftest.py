"""Fixtures for the voice tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from skill.voice.permission import REMINDERS_SCOPE
from tests.alexa import Alexa


@pytest.fixture
def allowed(alexa: Alexa) -> Alexa:
    """Alexa for a person who has already allowed the skill's reminders."""
    alexa.caller = replace(alexa.caller, granted_scopes=(REMINDERS_SCOPE,))
    return alexa
