"""AWS Lambda entry point. The skill is built once per process, at cold start."""

from __future__ import annotations

from typing import Any

from skill.builder import skill_from_environment
from skill.runtime import check_skill_id, configured_skill_id, handle_event

SKILL = skill_from_environment()
# Set LETTING_GO_SKILL_ID in production: without it, any skill's requests would be answered.
SKILL_ID = configured_skill_id()


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    # A request for another skill raises ForeignSkillError: the invocation fails, nothing is read.
    check_skill_id(event, SKILL_ID)
    return handle_event(SKILL, event, context)
