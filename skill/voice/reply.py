"""Building responses, and remembering in the session what was last asked.

Every response goes through :func:`ask` or :func:`tell`, so the session always knows the last
thing said (for "repeat"), the yes/no question waiting for an answer, and the dialog step under
way (so that "help" or a misheard answer can ask the same question again).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, Response
from ask_sdk_model.ui import SimpleCard

from skill.serializer import SERIALIZER
from skill.voice.apl.documents import document, token
from skill.voice.catalog import plain
from skill.voice.ssml import is_own_ssml

if TYPE_CHECKING:
    from skill.voice.apl.screens import Screen

PENDING_KEY = "pending"
DIALOG_KEY = "dialog"
LAST_KEY = "last"

StepKind = Literal["elicit", "confirm_slot", "confirm_intent"]


@dataclass(frozen=True)
class DialogStep:
    """A Dialog directive to send: what Alexa should listen for next."""

    kind: StepKind
    intent: Intent
    slot: str | None = None

    def directive(self) -> Any:
        # The Dialog model package is read by the first turn that sends a directive, not at every
        # cold start.
        from ask_sdk_model.dialog import (
            ConfirmIntentDirective,
            ConfirmSlotDirective,
            ElicitSlotDirective,
        )

        if self.kind == "elicit":
            return ElicitSlotDirective(slot_to_elicit=self.slot, updated_intent=self.intent)
        if self.kind == "confirm_slot":
            return ConfirmSlotDirective(slot_to_confirm=self.slot, updated_intent=self.intent)
        return ConfirmIntentDirective(updated_intent=self.intent)

    def to_session(self) -> dict[str, Any]:
        return {"kind": self.kind, "slot": self.slot, "intent": SERIALIZER.serialize(self.intent)}

    @staticmethod
    def from_session(raw: Any) -> DialogStep | None:
        if not isinstance(raw, dict) or raw.get("kind") not in (
            "elicit",
            "confirm_slot",
            "confirm_intent",
        ):
            return None
        try:
            intent = SERIALIZER.deserialize(json.dumps(raw.get("intent")), "ask_sdk_model.Intent")
        except Exception:  # a session attribute we cannot read is treated as no dialog
            return None
        if not isinstance(intent, Intent) or not intent.name:
            return None
        return DialogStep(kind=raw["kind"], intent=intent, slot=raw.get("slot"))


def _session(handler_input: HandlerInput) -> dict[str, Any] | None:
    if handler_input.request_envelope.session is None:
        return None
    attributes = handler_input.attributes_manager.session_attributes
    return attributes if isinstance(attributes, dict) else None


def pending_question(handler_input: HandlerInput) -> str | None:
    """The yes/no question the last response asked, if any."""
    session = _session(handler_input)
    value = session.get(PENDING_KEY) if session else None
    return value if isinstance(value, str) else None


def dialog_step(handler_input: HandlerInput) -> DialogStep | None:
    """The dialog step the last response started, if any."""
    session = _session(handler_input)
    return DialogStep.from_session(session.get(DIALOG_KEY)) if session else None


def last_said(handler_input: HandlerInput) -> tuple[str, str] | None:
    """The speech and reprompt of the last response in this session."""
    session = _session(handler_input)
    last = session.get(LAST_KEY) if session else None
    if not isinstance(last, dict) or not isinstance(last.get("speech"), str):
        return None
    speech, reprompt = last["speech"], last.get("reprompt")
    reprompt = reprompt if isinstance(reprompt, str) else speech
    if not (is_own_ssml(speech) and is_own_ssml(reprompt)):
        return None  # not what this skill said: never spoken back
    return speech, reprompt


def _remember(
    handler_input: HandlerInput,
    speech: str,
    reprompt: str | None,
    pending: str | None,
    step: DialogStep | None,
) -> None:
    session = _session(handler_input)
    if session is None:
        return
    session.pop(PENDING_KEY, None)
    session.pop(DIALOG_KEY, None)
    if pending:
        session[PENDING_KEY] = pending
    if step:
        session[DIALOG_KEY] = step.to_session()
    session[LAST_KEY] = {"speech": speech, "reprompt": reprompt}


def ask(
    handler_input: HandlerInput,
    speech: str,
    reprompt: str,
    *,
    pending: str | None = None,
    step: DialogStep | None = None,
) -> Response:
    """Speak and keep the session open, optionally waiting on a yes/no or a dialog step."""
    _remember(handler_input, speech, reprompt, pending, step)
    builder = handler_input.response_builder.speak(speech).ask(reprompt)
    if step is not None:
        builder.add_directive(step.directive())
    return builder.response


def tell(handler_input: HandlerInput, speech: str) -> Response:
    """Speak and end the session (whose attributes then have nothing left to carry)."""
    session = _session(handler_input)
    if session is not None:
        session.clear()
    return handler_input.response_builder.speak(speech).set_should_end_session(True).response


def hand_over(handler_input: HandlerInput, directive: Any) -> Response:
    """Give the turn to Alexa (a Connections request, which Alexa speaks for): no speech of ours.

    No question of ours is left open: the answer comes back as its own request.
    """
    session = _session(handler_input)
    if session is not None:
        session.pop(PENDING_KEY, None)
        session.pop(DIALOG_KEY, None)
    return handler_input.response_builder.add_directive(directive).response


def show_card(handler_input: HandlerInput, title: str, text: str) -> None:
    """A card in the Alexa app beside this turn's answer (plain text: tags are taken out)."""
    handler_input.response_builder.set_card(SimpleCard(title=plain(title), content=plain(text)))


def has_screen(handler_input: HandlerInput) -> bool:
    """Whether the device says it shows APL (``Alexa.Presentation.APL`` in its interfaces)."""
    context = handler_input.request_envelope.context
    device = getattr(getattr(context, "system", None), "device", None)
    interfaces = getattr(device, "supported_interfaces", None)
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def show_screen(handler_input: HandlerInput, screen_of: Callable[[], Screen]) -> None:
    """Show the screen ``screen_of`` builds beside this turn's answer, on a device with a screen;
    elsewhere nothing is built or sent (Alexa refuses a directive the device cannot take)."""
    if not has_screen(handler_input):
        return
    # APL's model package holds some two hundred classes: it is read only for a device with a
    # screen, not at every cold start.
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    screen = screen_of()
    handler_input.response_builder.add_directive(
        RenderDocumentDirective(
            token=token(screen.document),
            document=document(screen.document),
            datasources=screen.datasources,
        )
    )


def silent(handler_input: HandlerInput) -> Response:
    """No speech at all: for requests Alexa does not let a skill answer (SessionEndedRequest)."""
    return handler_input.response_builder.response
