"""AWS Lambda entry point. The skill is built once per process, at cold start."""

from __future__ import annotations

from typing import Any

from skill.builder import skill_from_environment
from skill.runtime import handle_event

SKILL = skill_from_environment()


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return handle_event(SKILL, event, context)
