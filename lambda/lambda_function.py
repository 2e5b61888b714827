"""AWS Lambda entry point. The skill is built once per process, at cold start (with SnapStart,
once per published version, before the snapshot)."""

from __future__ import annotations

from typing import Any

from skill import snapstart
from skill.builder import deployed_from_environment
from skill.runtime import check_skill_id, configured_skill_id, handle_event

DEPLOYED = deployed_from_environment()
SKILL = DEPLOYED.skill
# Set LETTING_GO_SKILL_ID in production: without it, any skill's requests would be answered.
SKILL_ID = configured_skill_id()
snapstart.register((DEPLOYED.store, DEPLOYED.api_client), DEPLOYED.rng)


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    # A request for another skill raises ForeignSkillError: the invocation fails, nothing is read.
    check_skill_id(event, SKILL_ID)
    return handle_event(SKILL, event, context)
