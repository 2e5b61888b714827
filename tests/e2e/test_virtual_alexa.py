"""Whole conversations with ``letting-go serve``, driven by virtual-alexa (an independent Alexa).

Setting up a period, days left, an urge, a slip, the daily check-in and "how am I doing".

virtual-alexa (npm, pinned in package.json and package-lock.json beside this file) reads
interaction_models/en-US.json, understands each utterance from its sample utterances, builds the
request envelopes and posts them to the service on 127.0.0.1. It sends no signature, so the
service runs with --no-verify; the signature checks are tested in tests/web.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import run_node
from tests.web.service import Service, running

E2E = Path(__file__).resolve().parent
MODEL = E2E.parent.parent / "interaction_models" / "en-US.json"
SKILL_ID = "amzn1.ask.skill.letting-go-e2e"
INSTALL_SECONDS = 300
CONVERSATION_SECONDS = 90

pytestmark = pytest.mark.usefixtures("virtual_alexa")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    store = tmp_path_factory.mktemp("e2e") / "state.sqlite3"
    with running(["--no-verify", "--store", str(store), "--skill-id", SKILL_ID]) as started:
        yield started


@dataclass(frozen=True)
class Turn:
    """One answer from the service, as virtual-alexa got it."""

    raw: dict[str, Any]

    @property
    def ok(self) -> bool:
        return bool(self.raw["ok"])

    @property
    def response(self) -> dict[str, Any]:
        response: dict[str, Any] = self.raw["response"].get("response") or {}
        return response

    @property
    def text(self) -> str:
        ssml = (self.response.get("outputSpeech") or {}).get("ssml", "")
        words = ssml.replace("<", " <").replace(">", "> ").split()
        return " ".join(w for w in words if not (w.startswith("<") or w.endswith(">")))

    @property
    def directives(self) -> list[str]:
        return [d["type"] for d in self.response.get("directives") or []]

    @property
    def ended(self) -> bool:
        return bool(self.response.get("shouldEndSession"))


def converse(service: Service, steps: list[dict[str, Any]], skill_id: str = SKILL_ID) -> list[Turn]:
    """Run ``steps`` through tests/e2e/conversation.js; one turn per step."""
    raw = run_node(
        "conversation.js", [service.url, str(MODEL), skill_id], steps, CONVERSATION_SECONDS
    )
    turns = [Turn(r) for r in raw]
    assert len(turns) == len(steps)
    return turns


def yesterday() -> str:
    # Alexa gave the service no API endpoint, so the skill counts days in UTC.
    return (datetime.now(UTC).date() - timedelta(days=1)).isoformat()


START = [
    {"launch": True},
    {"say": "yes"},
    {"answer": yesterday()},
    {"answer": "P2Y"},
    {"confirm": True},
]


def test_a_new_person_sets_up_a_period_then_asks_how_many_days_are_left(service: Service) -> None:
    turns = converse(service, [*START, {"say": "how many days left"}])
    offer, when, how_long, commit, set_up, days_left = turns
    assert all(turn.ok for turn in turns), [turn.raw for turn in turns if not turn.ok]
    assert "Shall we set up your no-contact period?" in offer.text
    assert when.directives == ["Dialog.ElicitSlot"]
    assert "When were you last in touch with them?" in when.text
    assert "how long were you together?" in how_long.text
    assert commit.directives == ["Dialog.ConfirmIntent"]
    assert "30 days of no contact, counted from yesterday" in commit.text
    assert "Today is day 2 of 30" in set_up.text
    assert "day 2 of 30" in days_left.text.lower()  # phrasings vary; the numbers do not
    assert "29 days" in days_left.text


def test_an_urge_is_grounded_and_a_slip_restarts_the_count(service: Service) -> None:
    steps = [*START, {"say": "i want to text my ex"}, {"say": "i texted my ex"}, {"confirm": True}]
    turns = converse(service, steps)
    assert all(turn.ok for turn in turns), [turn.raw for turn in turns if not turn.ok]
    urge, slip, restarted = turns[-3:]
    assert "breathe in" in urge.text.lower() and "let go of the past" in urge.text
    assert "one urge" in urge.text and not urge.ended
    assert "Shall we start your 30 days again" in slip.text
    assert slip.directives == ["Dialog.ConfirmIntent"]
    assert "day 1 again, of 30" in restarted.text
    assert "1 day" in restarted.text  # the longest run still counts


def test_a_daily_check_in_then_how_am_i_doing(service: Service) -> None:
    steps = [
        *START,
        {"say": "today's check in"},
        {"confirm": True},  # kept no contact
        {"answer": "4"},
        {"answer": "call my sister"},
        {"say": "how am i doing"},
    ]
    turns = converse(service, steps)
    assert all(turn.ok for turn in turns), [turn.raw for turn in turns if not turn.ok]
    kept, mood, activity, done, progress = turns[-5:]
    assert "kept no contact" in kept.text
    assert kept.directives == ["Dialog.ConfirmIntent"]
    assert "one to five" in mood.text
    assert mood.directives == ["Dialog.ElicitSlot"]
    assert "one thing you'll do for yourself today" in activity.text
    assert "family" in done.text.lower()  # "call my sister", resolved by virtual-alexa
    assert "first check-in" in done.text
    assert "day 2 of 30" in progress.text
    assert "4 out of 5" in progress.text


def test_leaving_mid_conversation_is_accepted_quietly(service: Service) -> None:
    launch, ended = converse(service, [{"launch": True}, {"end": True}])
    assert launch.ok and ended.ok
    assert ended.response == {}


def test_a_request_for_another_skill_is_refused(service: Service) -> None:
    (refused,) = converse(service, [{"launch": True}], skill_id="amzn1.ask.skill.someone-else")
    assert not refused.ok
    assert "400" in refused.raw["error"]


def test_letting_go_of_the_future_from_start_to_the_vow(service: Service) -> None:
    steps = [
        {"say": "help me let go of the future"},
        *[{"say": "ready"}] * 4,
        {"say": "i let it go"},
    ]
    turns = converse(service, steps)
    assert all(turn.ok for turn in turns), [turn.raw for turn in turns if not turn.ok]
    opening, *middle, vow, close = turns
    assert "Let's let go of the future" in opening.text
    assert all("say: ready" in turn.text for turn in middle[:-1])
    assert "say: I let it go" in vow.text
    assert "You let it go" in close.text
