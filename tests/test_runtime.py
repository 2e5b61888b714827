"""The runtime's skill id check, shared by Lambda and the web service."""

from __future__ import annotations

from typing import Any

import pytest

from skill.console.envelopes import Caller, Session, launch_request
from skill.runtime import ForeignSkillError, check_skill_id, configured_skill_id

OURS = "amzn1.ask.skill.ours"


def event_for(skill_id: str) -> dict[str, Any]:
    return launch_request(Caller(skill_id=skill_id), Session())


def test_a_request_for_this_skill_passes() -> None:
    check_skill_id(event_for(OURS), OURS)


def test_a_request_for_another_skill_is_refused() -> None:
    with pytest.raises(ForeignSkillError):
        check_skill_id(event_for("amzn1.ask.skill.theirs"), OURS)


def test_without_a_configured_id_anything_passes() -> None:
    check_skill_id(event_for("amzn1.ask.skill.theirs"), None)
    check_skill_id("not even an envelope", None)


@pytest.mark.parametrize(
    "where",
    [("context", "System", "application"), ("session", "application")],
    ids=["context", "session"],
)
def test_one_mismatched_id_is_enough_to_refuse(where: tuple[str, ...]) -> None:
    event = event_for(OURS)
    holder = event
    for key in where:
        holder = holder[key]
    holder["applicationId"] = "amzn1.ask.skill.theirs"
    with pytest.raises(ForeignSkillError):
        check_skill_id(event, OURS)


def test_an_id_in_only_one_place_is_read() -> None:
    event = event_for(OURS)
    del event["session"]
    check_skill_id(event, OURS)
    del event["context"]
    with pytest.raises(ForeignSkillError):  # no id at all: not provably ours
        check_skill_id(event, OURS)


@pytest.mark.parametrize(
    "event",
    [{}, "a string", [], {"context": "x", "session": None}, {"context": {"System": []}}],
    ids=["empty", "string", "list", "odd-values", "system-not-object"],
)
def test_envelopes_without_an_id_are_refused_when_one_is_configured(event: Any) -> None:
    with pytest.raises(ForeignSkillError):
        check_skill_id(event, OURS)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, None), ({"LETTING_GO_SKILL_ID": ""}, None), ({"LETTING_GO_SKILL_ID": f" {OURS} "}, OURS)],
    ids=["unset", "empty", "set"],
)
def test_the_configured_id_comes_from_the_environment(
    environ: dict[str, str], expected: str | None
) -> None:
    assert configured_skill_id(environ) == expected
