"""Odd envelopes for the skill: real ones and those of a whole conversation, mutated.

A mutation puts a value of the wrong type, injected markup, an impossible date or an
oversized string at some place in the envelope (session attributes included), or deletes it.
:func:`check` runs one envelope through the skill as Lambda would and says what is wrong with
the answer, if anything.
"""

from __future__ import annotations

import copy
import json
import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ask_sdk_model import ResponseEnvelope
from hypothesis import strategies as st

from skill.builder import build_skill
from skill.runtime import handle_event, serializer
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import START, FakeAlexaApi, FakeClock

REQUESTS = Path(__file__).resolve().parents[1] / "data" / "alexa-requests"
SILENT = ("SessionEndedRequest", "System.", "AlexaSkillEvent.", "AudioPlayer.", "Messaging.")
RESPONSE_LIMIT_BYTES = 24 * 1024
SSML_TAGS = {"speak", "break", "prosody", "say-as", "domain"}

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            "<audio src='https://example.com/x.mp3'/>",
            "</speak><speak>",
            "& < > \" '",
            "PRESENT_REF",
            "2099-13-45",
            "2027-02-29",
            "?",
            "P-1D",
            "9" * 40,
            "amzn1.ask.skill.someone-else",
            "IntentRequest",
            "AMAZON.FallbackIntent",
        ]
    ),
    st.text(max_size=30),
    st.text(min_size=2000, max_size=3000, alphabet="ab <&"),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def mutate(envelope: dict[str, Any], choices: list[tuple[int, Any, bool]]) -> dict[str, Any]:
    """``envelope`` with each (place, value, delete) of ``choices`` applied."""
    out = copy.deepcopy(envelope)
    for place, value, delete in choices:
        paths = [p for p in _paths(out) if p]
        if not paths:
            break
        path = paths[place % len(paths)]
        parent = out
        for step in path[:-1]:
            parent = parent[step]
        if delete and isinstance(parent, dict):
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = value
    return out


SESSION_KEYS = ["recent", "pending", "dialog", "last", "checkin", "exercise", "exercise_aside"]
SESSION_VALUES = st.one_of(
    ODD_VALUES,
    st.fixed_dictionaries(
        {"speech": st.sampled_from(["<audio src='x'/>", "a & b", "</speak>", "fine"])},
        optional={"reprompt": ODD_VALUES},
    ),
    st.dictionaries(st.sampled_from(["day", "asked", "exercise", "step", "type", "intent"]),
                    ODD_VALUES, max_size=4),
)  # fmt: skip
SESSION_CORRUPTIONS = st.lists(
    st.tuples(st.sampled_from(SESSION_KEYS), SESSION_VALUES), min_size=0, max_size=3
)


def corrupt_session(envelope: dict[str, Any], corruptions: list[tuple[str, Any]]) -> dict[str, Any]:
    """``envelope`` with these session attributes set to these values (a session is made)."""
    out = copy.deepcopy(envelope)
    if not corruptions:
        return out
    session = out.get("session")
    if not isinstance(session, dict):
        return out
    attributes = session.setdefault("attributes", {})
    if isinstance(attributes, dict):
        session["new"] = False
        for key, value in corruptions:
            attributes[key] = value
    return out


MUTATIONS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=10_000), ODD_VALUES, st.booleans()),
    min_size=1,
    max_size=3,
)


def conversation_envelopes() -> list[dict[str, Any]]:
    """The envelopes of a conversation that touches every capability."""
    tmp = Path(__import__("tempfile").mkdtemp())
    clock = FakeClock(START)
    store = LocalStore(tmp / "conversation.sqlite3", clock=lambda: clock.now().timestamp())
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(3))
    sent: list[dict[str, Any]] = []
    alexa = Alexa(lambda e: (sent.append(copy.deepcopy(e)), handle_event(skill, e))[1])
    alexa.launch()
    alexa.intent("AMAZON.RepeatIntent")
    alexa.intent("AMAZON.HelpIntent")
    alexa.intent("AMAZON.YesIntent")
    alexa.answer("2026-11-20")
    alexa.answer("P2Y")
    alexa.confirm(True)
    alexa.intent("AMAZON.NoIntent")
    for name in ("UrgeIntent", "DaysLeftIntent", "ProgressIntent", "LetGoOfPastIntent"):
        alexa.one_shot(name)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.intent("AMAZON.RepeatIntent")
    alexa.answer("4")
    alexa.one_shot("SlipIntent", {"when": "2026-11-23"})
    alexa.one_shot("SetReminderIntent", {"time": "20:00"})
    alexa.one_shot("DeleteDataIntent")
    return sent


def base_envelopes() -> list[dict[str, Any]]:
    real = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REQUESTS.glob("*.json"))]
    return real + conversation_envelopes()


class Fuzzer:
    """One skill over one store, answering odd envelopes."""

    def __init__(self, directory: Path) -> None:
        clock = FakeClock(START)
        store = LocalStore(directory / "fuzz.sqlite3", clock=lambda: clock.now().timestamp())
        self.skill = build_skill(
            store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(5)
        )

    def check(self, envelope: Any) -> list[str]:
        """What is wrong with the skill's answer to ``envelope`` (nothing: an empty list)."""
        try:
            answer = handle_event(self.skill, envelope)
        except Exception as exc:  # the one thing that must never happen
            return [f"raised {type(exc).__name__}"]
        problems = []
        raw = json.dumps(answer)
        if len(raw.encode("utf-8")) > RESPONSE_LIMIT_BYTES:
            problems.append("answer over 24 KB")
        try:
            serializer.deserialize(raw, ResponseEnvelope)
        except Exception as exc:
            problems.append(f"answer not readable: {type(exc).__name__}")
        response = answer.get("response") or {}
        speech = (response.get("outputSpeech") or {}).get("ssml")
        request = envelope.get("request") if isinstance(envelope, dict) else None
        kind = request.get("type") if isinstance(request, dict) else None
        if isinstance(kind, str) and kind.startswith(SILENT) and speech:
            problems.append(f"speech where {kind} allows none")
        if speech:
            problems += _ssml_problems(speech)
            if response.get("shouldEndSession") is False and not response.get("reprompt"):
                problems.append("an open session without a reprompt")
        return problems


def _ssml_problems(ssml: str) -> list[str]:
    # The one namespaced tag the skill writes, renamed so that a plain XML parser reads it.
    plain = ssml.replace("<amazon:domain ", "<domain ").replace("</amazon:domain>", "</domain>")
    try:
        root = ET.fromstring(plain)
    except ET.ParseError as exc:
        return [f"SSML not well formed: {exc}"]
    tags = {element.tag for element in root.iter()}
    return [f"SSML tag {tag} the skill never writes" for tag in sorted(tags - SSML_TAGS)]
