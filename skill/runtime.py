"""Turning a raw request (a dict, as Lambda and the web hand it over) into a raw response.

Whatever arrives, something kind goes back: an envelope the SDK cannot read, or one missing
parts the SDK expects, gets a short apology instead of an exception.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.context import Context
from ask_sdk_model.interfaces.system import SystemState

from skill.budget import turn_budget
from skill.serializer import SERIALIZER
from skill.voice.locales import place_for

logger = logging.getLogger(__name__)


#: Reads every request and writes every response (the SDK's rules, its per-type work kept).
serializer = SERIALIZER

SKILL_ID_ENV = "LETTING_GO_SKILL_ID"


# Requests Alexa does not let a skill speak to: they get an empty response, even when unreadable.
_SILENT_PREFIXES = (
    "SessionEndedRequest",
    "System.",
    "AlexaSkillEvent.",
    "AudioPlayer.",
    "Messaging.",
)


def _request_field(event: Any, name: str) -> str:
    request = event.get("request") if isinstance(event, dict) else None
    value = request.get(name) if isinstance(request, dict) else None
    return value if isinstance(value, str) else ""


def _request_type(event: Any) -> str:
    return _request_field(event, "type")


def apology(event: Any = None) -> dict[str, Any]:
    """A response envelope that apologises and ends the session (silent where speech is barred)."""
    if _request_type(event).startswith(_SILENT_PREFIXES):
        return {"version": "1.0", "response": {}}
    # Even an envelope the SDK cannot read is apologised to in the language it asked for.
    line = place_for(_request_field(event, "locale") or None).catalog.LINES["error"][0]
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>{line}</speak>"},
            "shouldEndSession": True,
        },
    }


def _with_context(envelope: RequestEnvelope) -> RequestEnvelope:
    """Fill in ``context.System`` from the session when a request arrives without it."""
    system = getattr(envelope.context, "system", None)
    if system is None and envelope.session is not None:
        envelope.context = Context(
            system=SystemState(application=envelope.session.application, user=envelope.session.user)
        )
    return envelope


def handle_event(skill: CustomSkill, event: Any, context: Any = None) -> dict[str, Any]:
    """Run one request through ``skill``; never raises."""
    try:
        envelope = serializer.deserialize(json.dumps(event), RequestEnvelope)
    except Exception as exc:  # an envelope the SDK cannot read
        logger.warning("unreadable request: %s", type(exc).__name__)
        return apology(event)
    if not isinstance(envelope, RequestEnvelope) or envelope.request is None:
        logger.warning("request envelope without a request")
        return apology(event)
    envelope = _with_context(envelope)
    if getattr(envelope.context, "system", None) is None:
        logger.warning("request envelope without context or session")
        return apology(event)
    if (
        _request_type(event) == "IntentRequest"
        and getattr(envelope.request, "intent", None) is None
    ):
        logger.warning("intent request without an intent")  # no handler can tell what it asks
        return apology(event)
    try:
        with turn_budget(context):
            response = skill.invoke(request_envelope=envelope, context=context)
    except Exception as exc:  # the skill's own handler caught nothing: still answer
        logger.error("turn failed outside the handlers: %s", type(exc).__name__)
        return apology(event)
    result = serializer.serialize(response)
    assert isinstance(result, dict)
    return result


class ForeignSkillError(Exception):
    """A request that is not addressed to this skill (or names no skill at all)."""


def configured_skill_id(environ: Mapping[str, str] | None = None) -> str | None:
    """The skill id requests must carry, from ``LETTING_GO_SKILL_ID`` (None when unset or empty)."""
    env = os.environ if environ is None else environ
    return env.get(SKILL_ID_ENV, "").strip() or None


def _application_ids(event: Any) -> list[Any]:
    """Every application id the envelope states, in ``context.System`` and in ``session``."""
    found: list[Any] = []
    if not isinstance(event, dict):
        return found
    context = event.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    for holder in (system, event.get("session")):
        application = holder.get("application") if isinstance(holder, dict) else None
        if isinstance(application, dict) and "applicationId" in application:
            found.append(application["applicationId"])
    return found


def check_skill_id(event: Any, expected: str | None) -> None:
    """Refuse a request for another skill, when a skill id is configured.

    Every runtime calls this before the skill sees the request: Lambda lets the error fail the
    invocation (as the ASK SDK's own check does), the web service answers 400.

    Parameters
    ----------
    event
        The raw request envelope.
    expected
        This skill's id; None accepts any request.

    Raises
    ------
    ForeignSkillError
        When ``expected`` is set and the envelope names no application id, or names another.

    Examples
    --------
    >>> event = {"context": {"System": {"application": {"applicationId": "amzn1.ask.skill.a"}}}}
    >>> check_skill_id(event, "amzn1.ask.skill.a")
    >>> check_skill_id(event, None)
    """
    if expected is None:
        return
    ids = _application_ids(event)
    if not ids or any(found != expected for found in ids):
        logger.warning("request for another skill refused")
        raise ForeignSkillError("this request is not addressed to this skill")
