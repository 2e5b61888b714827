"""Request envelopes shaped like the ones Alexa sends, for the console and for tests.

The console sends these through the very same skill as Alexa would, so what works here works on
an Echo. Only the fields a custom skill reads are filled in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

CONSOLE_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000"


def _new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4()}"


@dataclass(frozen=True)
class Caller:
    """Who is speaking, on which device."""

    user_id: str = "amzn1.ask.account.CONSOLE"
    person_id: str | None = None
    device_id: str = "amzn1.ask.device.CONSOLE"
    locale: str = "en-US"
    api_endpoint: str | None = None
    api_access_token: str | None = None
    skill_id: str = CONSOLE_SKILL_ID
    granted_scopes: tuple[str, ...] = ()
    """Permission scopes the person has granted the skill (``context.System.user.permissions``)."""
    interfaces: dict[str, Any] = field(default_factory=dict)
    """What the device supports (``supportedInterfaces``): empty for a speaker."""
    viewport: dict[str, Any] | None = None
    """The device's screen (``context.Viewport``), when it has one."""


@dataclass
class Session:
    """An Alexa session: its id, whether it is new, and the attributes the skill asked to keep."""

    session_id: str = field(default_factory=lambda: _new_id("amzn1.echo-api.session."))
    new: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)

    def carry(self, response_envelope: dict[str, Any]) -> None:
        """Take the attributes a response returned, for the next request of this session."""
        self.new = False
        self.attributes = dict(response_envelope.get("sessionAttributes") or {})


def _timestamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _envelope(
    caller: Caller, session: Session, request: dict[str, Any], now: datetime | None
) -> dict[str, Any]:
    user: dict[str, Any] = {"userId": caller.user_id}
    if caller.granted_scopes:
        scopes = {scope: {"status": "GRANTED"} for scope in caller.granted_scopes}
        user["permissions"] = {"scopes": scopes}
    system: dict[str, Any] = {
        "application": {"applicationId": caller.skill_id},
        "user": user,
        "device": {"deviceId": caller.device_id, "supportedInterfaces": dict(caller.interfaces)},
    }
    if caller.person_id:
        system["person"] = {"personId": caller.person_id}
    if caller.api_endpoint:
        system["apiEndpoint"] = caller.api_endpoint
    if caller.api_access_token:
        system["apiAccessToken"] = caller.api_access_token
    request = {
        "requestId": _new_id("amzn1.echo-api.request."),
        "timestamp": _timestamp(now),
        "locale": caller.locale,
        **request,
    }
    return {
        "version": "1.0",
        "session": {
            "new": session.new,
            "sessionId": session.session_id,
            "application": {"applicationId": caller.skill_id},
            "attributes": dict(session.attributes),
            "user": dict(user),
        },
        "context": {"System": system, **({"Viewport": caller.viewport} if caller.viewport else {})},
        "request": request,
    }


def launch_request(caller: Caller, session: Session, now: datetime | None = None) -> dict[str, Any]:
    """ "Alexa, open letting go"."""
    return _envelope(caller, session, {"type": "LaunchRequest"}, now)


def slot_json(
    name: str,
    value: str | None,
    *,
    resolved_name: str | None = None,
    resolved_id: str | None = None,
    slot_type: str = "",
    confirmation: str = "NONE",
    skill_id: str = CONSOLE_SKILL_ID,
) -> dict[str, Any]:
    """One slot as Alexa sends it, with entity resolution for custom slot types."""
    slot: dict[str, Any] = {"name": name, "confirmationStatus": confirmation}
    if value is not None:
        slot["value"] = value
        slot["source"] = "USER"
    if value is not None and slot_type and not slot_type.startswith("AMAZON."):
        authority = f"amzn1.er-authority.echo-sdk.{skill_id}.{slot_type}"
        if resolved_name is not None:
            resolution: dict[str, Any] = {
                "authority": authority,
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": resolved_name, "id": resolved_id or resolved_name}}],
            }
        else:
            resolution = {"authority": authority, "status": {"code": "ER_SUCCESS_NO_MATCH"}}
        slot["resolutions"] = {"resolutionsPerAuthority": [resolution]}
    return slot


def intent_request(
    caller: Caller,
    session: Session,
    intent: str,
    slots: dict[str, dict[str, Any]] | None = None,
    *,
    confirmation: str = "NONE",
    dialog_state: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """An IntentRequest; ``slots`` maps slot names to :func:`slot_json` objects."""
    request: dict[str, Any] = {
        "type": "IntentRequest",
        "intent": {"name": intent, "confirmationStatus": confirmation, "slots": slots or {}},
    }
    if dialog_state:
        request["dialogState"] = dialog_state
    return _envelope(caller, session, request, now)


def session_ended_request(
    caller: Caller, session: Session, reason: str = "USER_INITIATED", now: datetime | None = None
) -> dict[str, Any]:
    """The request Alexa sends when a session ends without the skill ending it."""
    return _envelope(caller, session, {"type": "SessionEndedRequest", "reason": reason}, now)


def connections_response(
    caller: Caller,
    session: Session,
    name: str,
    token: str,
    payload: dict[str, Any],
    *,
    code: str = "200",
    now: datetime | None = None,
) -> dict[str, Any]:
    """Alexa's answer to a skill's ``Connections.SendRequest`` (e.g. AskFor), in its session."""
    request = {
        "type": "Connections.Response",
        "name": name,
        "status": {"code": code, "message": "OK" if code == "200" else "failed"},
        "token": token,
        "payload": payload,
    }
    return _envelope(caller, session, request, now)
