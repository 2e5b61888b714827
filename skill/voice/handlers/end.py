"""Ending a period early ("we're back together"): confirmed, then closed with its history kept."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, IntentConfirmationStatus, Response

from skill.domain.period import end_period
from skill.voice.catalog import join_lines
from skill.voice.handlers.reminders import follow_last_day
from skill.voice.reply import DialogStep, ask, tell
from skill.voice.slots import intent_with_slots, request_intent
from skill.voice.turn import Turn

END_INTENT = "EndNoContactIntent"
END_SLOTS = ("ex",)


def continue_end(handler_input: HandlerInput, intent: Intent) -> Response:
    """Ask whether to end the period, or act on the answer."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    today = turn.today()
    period = turn.state.period
    if period is None or not period.is_active():
        return tell(handler_input, speech.line("end_no_period"))
    day, target = period.day_number(today), period.target_days
    status = intent.confirmation_status
    if status == IntentConfirmationStatus.DENIED:
        return tell(handler_input, speech.line("end_declined", day=day, target=target))
    if status != IntentConfirmationStatus.CONFIRMED:
        return ask(
            handler_input,
            speech.line("end_confirm", day=day, target=target),
            speech.line("end_confirm_reprompt"),
            step=DialogStep("confirm_intent", intent),
        )
    turn.update_period(lambda current: end_period(current, today))
    said = speech.line("end_done", best=speech.days(period.best_run(today)))
    return tell(handler_input, join_lines((said, follow_last_day(handler_input))))


class EndNoContactHandler(AbstractRequestHandler):
    """ "I'm done with no contact"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(END_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = intent_with_slots(request_intent(handler_input), END_INTENT, END_SLOTS)
        return continue_end(handler_input, intent)
