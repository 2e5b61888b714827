"""The permission to set reminders: asked by voice where Alexa can, through a card otherwise."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import PermissionStatus, Response
from ask_sdk_model.ui import AskForPermissionsConsentCard

from skill.voice.reply import hand_over

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
ASK_FOR = "AskFor"


def reminders_allowed(handler_input: HandlerInput) -> bool:
    """Whether the request says the person has allowed this skill's reminders."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    permissions = getattr(getattr(system, "user", None), "permissions", None)
    scope = (getattr(permissions, "scopes", None) or {}).get(REMINDERS_SCOPE)
    return getattr(scope, "status", None) == PermissionStatus.GRANTED


def ask_for_reminders(handler_input: HandlerInput, token: str) -> Response:
    """Let Alexa ask the person, by voice, to allow reminders.

    Alexa's answer arrives as a ``Connections.Response`` named AskFor that carries ``token``
    back, so the skill can finish what was asked once it is allowed.
    """
    # The Connections model package is read by the first turn that asks, not at every cold start.
    from ask_sdk_model.interfaces.connections import SendRequestDirective

    directive = SendRequestDirective(
        name=ASK_FOR,
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "1",
            "permissionScope": REMINDERS_SCOPE,
        },
        token=token,
    )
    return hand_over(handler_input, directive)


def consent_card() -> AskForPermissionsConsentCard:
    """The Alexa app card where the person can allow reminders."""
    return AskForPermissionsConsentCard(permissions=[REMINDERS_SCOPE])
