"""Deleting what the skill keeps: "delete my data" (confirmed), and the skill being disabled.

Deleting removes the person's record and the reminders the skill made for them. A record that
cannot be read is deleted all the same: a person must always be able to leave.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Intent, IntentConfirmationStatus, Response

from skill.storage.state import UnreadableStateError
from skill.voice import apl
from skill.voice.permission import reminders_allowed
from skill.voice.reminders_api import ReminderApiError, RemindersApi
from skill.voice.reply import DialogStep, ask, show_screen, silent, tell
from skill.voice.slots import intent_with_slots, request_intent
from skill.voice.turn import Turn

DELETE_INTENT = "DeleteDataIntent"
SKILL_DISABLED = "AlexaSkillEvent.SkillDisabled"


def _remove_reminders(handler_input: HandlerInput, tokens: tuple[str, ...]) -> int:
    """Delete the reminders ``tokens``; how many are left (could not be deleted)."""
    if not tokens:
        return 0
    turn = Turn.of(handler_input)
    api = RemindersApi.of(handler_input, turn.now())
    if api is None or not reminders_allowed(handler_input):
        return len(tokens)
    left = 0
    for token in tokens:
        try:
            api.delete(token)
        except ReminderApiError:
            left += 1
    return left


def continue_delete(handler_input: HandlerInput, intent: Intent) -> Response:
    """Ask whether to delete everything, or act on the answer."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    status = intent.confirmation_status
    if status == IntentConfirmationStatus.DENIED:
        turn.outcome = "delete_declined"
        return tell(handler_input, speech.line("delete_declined"))
    if status != IntentConfirmationStatus.CONFIRMED:
        show_screen(handler_input, lambda: apl.screens.delete_confirmation(speech))
        return ask(
            handler_input,
            speech.line("delete_confirm"),
            speech.line("delete_confirm_reprompt"),
            step=DialogStep("confirm_intent", intent),
        )
    try:
        tokens = turn.state.reminders.tokens
    except UnreadableStateError:
        tokens = ()  # nothing can be read from it, so nothing can be removed but the record
    left = _remove_reminders(handler_input, tokens)
    if len(tokens) > left:
        turn.done_unsaved = "delete_failed_reminders_gone"  # if the record cannot be deleted
    turn.forget()
    turn.outcome = "data_deleted"
    if left:
        key = "data_deleted_reminders_left"
    elif tokens:
        key = "data_deleted_with_reminders"
    else:
        key = "data_deleted"
    return tell(handler_input, speech.line(key))


class DeleteDataHandler(AbstractRequestHandler):
    """ "Delete my data", "forget everything about me"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(DELETE_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = intent_with_slots(request_intent(handler_input), DELETE_INTENT, ())
        return continue_delete(handler_input, intent)


class SkillDisabledHandler(AbstractRequestHandler):
    """The skill was disabled: the account's record and every recognised voice's go (no speech
    is allowed here)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type(SKILL_DISABLED)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        turn.forget_every_voice()
        turn.outcome = "data_deleted"
        return silent(handler_input)
