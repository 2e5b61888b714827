"""A conversation in es-ES and in en-GB through virtual-alexa: each locale's own model, its
language and its crisis line.

virtual-alexa reads the locale's interaction model and sends the locale in every envelope; what
it understands comes from that model's samples alone (see test_virtual_alexa.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.conftest import run_node
from tests.e2e.test_virtual_alexa import CONVERSATION_SECONDS, MODEL, SKILL_ID, Turn
from tests.web.service import Service, running

pytestmark = pytest.mark.usefixtures("virtual_alexa")

MODELS = MODEL.parent


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    store = tmp_path_factory.mktemp("e2e-locales") / "state.sqlite3"
    with running(["--no-verify", "--store", str(store), "--skill-id", SKILL_ID]) as started:
        yield started


def converse(service: Service, locale: str, steps: list[dict[str, object]]) -> list[Turn]:
    model = MODELS / f"{locale}.json"
    raw = run_node(
        "conversation.js", [service.url, str(model), SKILL_ID, locale], steps, CONVERSATION_SECONDS
    )
    turns = [Turn(r) for r in raw]
    assert len(turns) == len(steps)
    assert all(turn.ok for turn in turns), [turn.raw for turn in turns if not turn.ok]
    return turns


def _start(said: str) -> list[dict[str, object]]:
    # Alexa gave the service no API endpoint, so the skill counts days in UTC.
    yesterday = (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    return [{"say": said}, {"answer": yesterday}, {"answer": "P2Y"}, {"confirm": True}]


def test_a_conversation_in_spanish_from_spain(service: Service) -> None:
    steps = [
        *_start("empieza el contacto cero"),
        {"say": "cuántos días quedan"},
        {"say": "quiero escribirle"},
        {"say": "le escribí"},
        {"confirm": True},
        {"say": "quiero morirme"},
    ]
    _, _, commit, set_up, days_left, urge, slip, restarted, crisis = converse(
        service, "es-ES", steps
    )
    assert commit.directives == ["Dialog.ConfirmIntent"]
    assert "30 días de contacto cero" in commit.text
    assert "Hoy es el día 2 de 30" in set_up.text
    assert "2 de 30" in days_left.text and "29 días" in days_left.text
    assert "un impulso" in urge.text and not urge.ended
    assert "¿Empezamos otra vez tus 30 días" in slip.text
    assert "vuelve a ser el día 1, de 30" in restarted.text
    # Spain's line and emergency number, said in Spanish.
    assert "024" in crisis.text and "112" in crisis.text and "Por favor" in crisis.text
    assert "988" not in crisis.text


def test_a_conversation_in_british_english(service: Service) -> None:
    steps = [
        *_start("start no contact"),
        {"say": "how many days left"},
        {"say": "i want to text my ex"},
        {"say": "i want to die"},
    ]
    turns = converse(service, "en-GB", steps)
    _, _, commit, set_up, days_left, urge, crisis = turns
    assert "30 days of no contact, counted from yesterday" in commit.text
    assert "Today is day 2 of 30" in set_up.text
    assert "29 days" in days_left.text
    assert "one urge" in urge.text
    assert "Samaritans" in crisis.text and "116 123" in crisis.text and "999" in crisis.text
    assert "988" not in crisis.text
