"""A touch on a screen's button, answered as the intent the button names.

A button sends ``SendEvent`` with the arguments ``[intent, slot, value]`` (the slot and value
empty for most). Before any handler is chosen, :class:`TouchAsIntent` turns that UserEvent into
the IntentRequest Alexa would have sent had the person said it, so the same handlers answer
(and "Yes, delete it all" answers the question the last turn asked, as a spoken yes does).
Only the intents and slot values the screens offer are taken; any other event is left as it
came.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import (
    Intent,
    IntentConfirmationStatus,
    IntentRequest,
    Slot,
    SlotConfirmationStatus,
)

from skill.domain.exercises import Feeling
from skill.voice.apl.documents import DOCUMENTS, token

#: What a button can ask for: each intent, with the values its slots may take.
TOUCHABLE: dict[str, dict[str, frozenset[str]]] = {
    "CheckInIntent": {},
    "LetGoOfPastIntent": {},
    "LetGoOfFutureIntent": {},
    "ProgressIntent": {},
    "StartNoContactIntent": {},
    "ReadyIntent": {},
    "NotSureIntent": {},
    "LetItGoIntent": {},
    "FeelingIntent": {"feeling": frozenset(feeling.value for feeling in Feeling)},
    "AMAZON.YesIntent": {},
    "AMAZON.NoIntent": {},
    "AMAZON.RepeatIntent": {},
    "AMAZON.PauseIntent": {},
}
_TOKENS = frozenset(token(name) for name in DOCUMENTS)
USER_EVENT = "Alexa.Presentation.APL.UserEvent"


def intent_of_touch(arguments: Any) -> Intent | None:
    """The intent a button's ``[intent, slot, value]`` asks for, or None when it is none of
    the screens' own.

    Examples
    --------
    >>> intent_of_touch(["FeelingIntent", "feeling", "anger"]).slots["feeling"].value
    'anger'
    >>> intent_of_touch(["DeleteDataIntent", "", ""]) is None
    True
    >>> intent_of_touch(["FeelingIntent", ["feeling"], {"a": 1}]) is None
    True
    """
    if not isinstance(arguments, list) or not arguments or not isinstance(arguments[0], str):
        return None
    name = arguments[0]
    takes = TOUCHABLE.get(name)
    if takes is None:
        return None
    slots = {
        slot: Slot(name=slot, confirmation_status=SlotConfirmationStatus.NONE) for slot in takes
    }
    slot, value = [*arguments[1:3], "", ""][:2]
    if not isinstance(slot, str) or not isinstance(value, str):
        return None  # arguments come from the device: a list or an object is no button of ours
    if slot or value:
        if slot not in takes or value not in takes[slot]:
            return None
        slots[slot] = Slot(name=slot, value=value, confirmation_status=SlotConfirmationStatus.NONE)
    return Intent(name=name, slots=slots, confirmation_status=IntentConfirmationStatus.NONE)


class TouchAsIntent(AbstractRequestInterceptor):
    """Turns a touch on one of the skill's buttons into the intent it names, before any handler
    is chosen."""

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        request: Any = envelope.request
        # Told by its type, so that APL's model package is not read at every cold start.
        if getattr(request, "object_type", None) != USER_EVENT:
            return
        if getattr(request, "token", None) not in _TOKENS:
            return
        intent = intent_of_touch(request.arguments)
        if intent is None:
            return
        envelope.request = IntentRequest(
            request_id=request.request_id,
            timestamp=request.timestamp,
            locale=request.locale,
            intent=intent,
        )
