"""Alexa's answers about the reminders permission: the voice prompt's outcome, and later changes.

After the skill hands a ``Connections.SendRequest`` AskFor to Alexa, Alexa asks the person and
sends back a ``Connections.Response`` with ACCEPTED, DENIED or NOT_ANSWERED (or a status code
other than 200 when it could not ask by voice at all). A yes finishes what the person asked for;
anything else is answered kindly, with a card in the Alexa app where they can allow it later.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.voice.handlers.reminders import ReminderTask, ask_for_time, carry_out
from skill.voice.permission import ASK_FOR, REMINDERS_SCOPE, consent_card
from skill.voice.reply import silent, tell
from skill.voice.turn import Turn

CONNECTIONS_RESPONSE = "Connections.Response"
PERMISSION_EVENTS = (
    "AlexaSkillEvent.SkillPermissionChanged",
    "AlexaSkillEvent.SkillPermissionAccepted",
)
_CARD_LINES = {"DENIED": "permission_denied", "NOT_ANSWERED": "permission_not_answered"}


class PermissionAnswerHandler(AbstractRequestHandler):
    """The person's answer to Alexa's voice prompt for the reminders permission."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return bool(is_request_type(CONNECTIONS_RESPONSE)(handler_input)) and (
            getattr(request, "name", None) == ASK_FOR
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        turn = Turn.of(handler_input)
        code = str(getattr(getattr(request, "status", None), "code", "") or "")
        payload = getattr(request, "payload", None) or {}
        answer = str(payload.get("status") or "") if isinstance(payload, dict) else ""
        if code == "200" and answer == "ACCEPTED":
            turn.outcome = "permission_accepted"
            task = ReminderTask.from_token(getattr(request, "token", None))
            if task is None:  # allowed, but what for is lost: ask for the time afresh
                return ask_for_time(handler_input)
            return carry_out(handler_input, task, just_allowed=True)
        if code != "200":
            turn.outcome = "permission_not_askable"
            key = "permission_by_card"
        else:
            turn.outcome = f"permission_{answer.lower() or 'unknown'}"
            key = _CARD_LINES.get(answer, "permission_not_answered")
        handler_input.response_builder.set_card(consent_card())
        return tell(handler_input, turn.speech.line(key))


class PermissionChangedHandler(AbstractRequestHandler):
    """The person changed the skill's permissions in the Alexa app (no speech is allowed).

    Nothing stored changes: the reminders the skill made may still ring, and their tokens are
    needed to cancel them once reminders are allowed again. The next reminder request meets the
    missing permission (in the request, or as a 401 from the API) and asks for it by voice.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_request_type(kind)(handler_input) for kind in PERMISSION_EVENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        body = getattr(handler_input.request_envelope.request, "body", None)
        accepted = getattr(body, "accepted_permissions", None) or []
        allowed = any(getattr(p, "scope", None) == REMINDERS_SCOPE for p in accepted)
        outcome = "reminders_allowed" if allowed else "reminders_not_allowed"
        Turn.of(handler_input).outcome = outcome
        return silent(handler_input)
