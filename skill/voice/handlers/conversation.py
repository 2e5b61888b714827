"""The built-in intents that steer a conversation: yes, no, help, repeat, pause, stop, fallback.

Yes and no answer whatever the last turn asked: a pending question, or a confirmation in a
dialog (Alexa normally sends those back as the dialog's own intent; a plain yes or no is mapped
onto it too, so the dialog still moves on).
"""

from __future__ import annotations

from collections.abc import Callable

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Intent, IntentConfirmationStatus, Response, Slot, SlotConfirmationStatus

from skill.voice.checkin_dialog import ACTIVITY, CHECKIN_INTENT, MOOD, MOOD_WORD
from skill.voice.handlers.checkin import answer_offer_checkin, continue_checkin
from skill.voice.handlers.end import END_INTENT, continue_end
from skill.voice.handlers.exercise import answer_resume
from skill.voice.handlers.period_start import (
    START_INTENT,
    answer_offer_start,
    answer_restart,
    continue_start,
)
from skill.voice.handlers.privacy import DELETE_INTENT, continue_delete
from skill.voice.handlers.progress import answer_offer_progress
from skill.voice.handlers.questions import (
    LAST_DAY_OFFER,
    OFFER_CHECKIN,
    OFFER_PROGRESS,
    OFFER_START,
    RESTART_QUESTION,
    RESUME_QUESTION,
    URGE_CHOICE,
)
from skill.voice.handlers.reminders import answer_last_day_offer
from skill.voice.handlers.slip import SLIP_INTENT, continue_slip
from skill.voice.handlers.urge import answer_urge_choice
from skill.voice.reply import (
    DialogStep,
    ask,
    dialog_step,
    last_said,
    pending_question,
    silent,
    tell,
)
from skill.voice.turn import Turn

YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"

# Yes/no questions asked outside a dialog, by the session's "pending" key.
ANSWERS: dict[str, Callable[[HandlerInput, bool], Response]] = {
    OFFER_START: answer_offer_start,
    RESTART_QUESTION: answer_restart,
    OFFER_CHECKIN: answer_offer_checkin,
    OFFER_PROGRESS: answer_offer_progress,
    RESUME_QUESTION: answer_resume,
    LAST_DAY_OFFER: answer_last_day_offer,
    URGE_CHOICE: answer_urge_choice,
}

# Dialogs whose confirmation a plain yes or no can answer.
DIALOGS: dict[str, Callable[[HandlerInput, Intent], Response]] = {
    START_INTENT: continue_start,
    SLIP_INTENT: continue_slip,
    END_INTENT: continue_end,
    CHECKIN_INTENT: continue_checkin,
    DELETE_INTENT: continue_delete,
}


def _answer_step(step: DialogStep, yes: bool) -> Intent:
    """The dialog's intent with a yes or no applied to what the step was confirming."""
    intent = step.intent
    if step.kind == "confirm_slot" and step.slot:
        slots = dict(intent.slots or {})
        old = slots.get(step.slot)
        slots[step.slot] = Slot(
            name=step.slot,
            value=getattr(old, "value", None),
            confirmation_status=SlotConfirmationStatus.CONFIRMED
            if yes
            else SlotConfirmationStatus.DENIED,
        )
        return Intent(name=intent.name, slots=slots, confirmation_status=intent.confirmation_status)
    return Intent(
        name=intent.name,
        slots=intent.slots,
        confirmation_status=IntentConfirmationStatus.CONFIRMED
        if yes
        else IntentConfirmationStatus.DENIED,
    )


def ask_again(handler_input: HandlerInput, line_key: str) -> Response | None:
    """Say ``line_key``, then ask the open question (dialog step or yes/no) again; None if none."""
    last = last_said(handler_input)
    step = dialog_step(handler_input)
    pending = pending_question(handler_input)
    if last is None or (step is None and pending is None):
        return None
    speech = Turn.of(handler_input).speech
    _, question = last
    return ask(
        handler_input,
        speech.line(line_key, question=question),
        question,
        pending=pending,
        step=step,
    )


class YesNoHandler(AbstractRequestHandler):
    """Routes a yes or a no to the question it answers."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(YES)(handler_input) or is_intent_name(NO)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        yes = bool(is_intent_name(YES)(handler_input))
        speech = Turn.of(handler_input).speech
        step = dialog_step(handler_input)
        if step is not None and step.kind != "elicit" and step.intent.name in DIALOGS:
            return DIALOGS[step.intent.name](handler_input, _answer_step(step, yes))
        pending = pending_question(handler_input)
        if pending in ANSWERS:
            return ANSWERS[pending](handler_input, yes)
        if yes and step is not None and _asks_for(step, CHECKIN_INTENT, MOOD, MOOD_WORD):
            # A bare "okay" is Alexa's yes; asked how they feel, it is the mood "okay".
            return continue_checkin(handler_input, _with_slot(step.intent, MOOD_WORD, "okay"))
        again = ask_again(handler_input, "fallback_in_dialog")
        if again is not None:
            return again
        return ask(handler_input, speech.line("yes_no_unexpected"), speech.line("menu_reprompt"))


def _asks_for(step: DialogStep, intent: str, *slots: str) -> bool:
    return step.kind == "elicit" and step.intent.name == intent and step.slot in slots


def _with_slot(intent: Intent, slot: str, value: str) -> Intent:
    slots = dict(intent.slots or {})
    slots[slot] = Slot(name=slot, value=value, confirmation_status=SlotConfirmationStatus.NONE)
    return Intent(name=intent.name, slots=slots, confirmation_status=intent.confirmation_status)


class NotSureHandler(AbstractRequestHandler):
    """ "I don't know": asked for the one thing for yourself, it asks for a suggestion.

    (Inside an exercise it is heard by the exercise: no feeling named.)
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("NotSureIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        step = dialog_step(handler_input)
        if step is not None and _asks_for(step, CHECKIN_INTENT, ACTIVITY):
            return continue_checkin(handler_input, _with_slot(step.intent, ACTIVITY, "unsure"))
        again = ask_again(handler_input, "fallback_in_dialog")
        if again is not None:
            return again
        speech = Turn.of(handler_input).speech
        return ask(handler_input, speech.line("fallback"), speech.line("menu_reprompt"))


class HelpHandler(AbstractRequestHandler):
    """Help where the person is: inside a question, that question again; else the few things
    that matter now, and "what else" for every capability."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.HelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        again = ask_again(handler_input, "help_in_dialog")
        if again is not None:
            return again
        turn = Turn.of(handler_input)
        period = turn.state.period
        key = "help" if period is not None and period.is_active() else "help_no_period"
        return ask(handler_input, turn.speech.line(key), turn.speech.line("menu_reprompt"))


class MoreHelpHandler(AbstractRequestHandler):
    """ "What else?": every capability, in one breath."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("MoreHelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speech = Turn.of(handler_input).speech
        return ask(handler_input, speech.line("help_more"), speech.line("menu_reprompt"))


class RepeatHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.RepeatIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speech = Turn.of(handler_input).speech
        last = last_said(handler_input)
        if last is None:
            return ask(
                handler_input, speech.line("nothing_to_repeat"), speech.line("menu_reprompt")
            )
        said, reprompt = last
        return ask(
            handler_input,
            said,
            reprompt,
            pending=pending_question(handler_input),
            step=dialog_step(handler_input),
        )


class PauseHandler(AbstractRequestHandler):
    """ "Wait", "hold on" outside an exercise (which keeps its own place): the open question
    waits for them; with none open, a gentle goodbye, as there is nothing to hold."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.PauseIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        again = ask_again(handler_input, "paused_in_dialog")
        if again is not None:
            return again
        return tell(handler_input, Turn.of(handler_input).speech.line("paused"))


class StopHandler(AbstractRequestHandler):
    """Stop and cancel: a short goodbye; inside a dialog, say what happens to the answers."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(
            is_intent_name("AMAZON.StopIntent")(handler_input)
            or is_intent_name("AMAZON.CancelIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        speech = Turn.of(handler_input).speech
        step = dialog_step(handler_input)
        if step is not None and step.intent.name == START_INTENT:
            return tell(handler_input, speech.line("dialog_stopped"))
        if step is not None and step.intent.name == CHECKIN_INTENT:
            return tell(handler_input, speech.line("checkin_stopped"))
        return tell(handler_input, speech.line("goodbye"))


class FallbackHandler(AbstractRequestHandler):
    """Anything not understood, and any intent this skill has no handler for."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        again = ask_again(handler_input, "fallback_in_dialog")
        if again is not None:
            return again
        speech = Turn.of(handler_input).speech
        return ask(handler_input, speech.line("fallback"), speech.line("menu_reprompt"))


class SessionEndedHandler(AbstractRequestHandler):
    """Alexa allows no speech here."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)


class OtherRequestHandler(AbstractRequestHandler):
    """Requests the skill does not act on yet (skill events, APL events, system errors)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)
