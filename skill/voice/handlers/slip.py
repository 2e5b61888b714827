"""A slip ("I texted them"): confirmed, then an honest, kind restart that keeps the history."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, IntentConfirmationStatus, Response

from skill.domain.clock import day_in_the_past
from skill.domain.period import record_slip
from skill.voice.catalog import join_lines
from skill.voice.handlers.checkin import save_checkin_answers
from skill.voice.handlers.questions import OFFER_START
from skill.voice.handlers.reminders import follow_last_day
from skill.voice.handlers.unfinished import checkin_under_way, tell_then_offer_unfinished
from skill.voice.reply import DialogStep, ask, tell
from skill.voice.slots import (
    clear_slot,
    intent_slot_value,
    intent_with_slots,
    parse_day,
    request_intent,
)
from skill.voice.turn import Turn

SLIP_INTENT = "SlipIntent"
SLIP_SLOTS = ("contactType", "ex", "when")


def continue_slip(handler_input: HandlerInput, intent: Intent) -> Response:
    """Ask to restart the count, or act on the answer."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    today = turn.today()
    period = turn.state.period
    if period is None or not period.is_active():
        return ask(
            handler_input,
            speech.line("slip_no_period"),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    if period.is_complete(today):
        return tell(
            handler_input,
            speech.line("slip_after_complete", target=speech.days(period.target_days)),
        )

    # The day of the contact: today, unless they named one. A day that is no day, or one still
    # to come, is asked again; one before this run began changes nothing.
    said = intent_slot_value(intent, "when")
    named = parse_day(said, today)
    named = day_in_the_past(named, today) if named is not None else None
    if said is not None and (named is None or named > today):
        key = "slip_when_unclear" if named is None else "slip_when_future"
        return ask(
            handler_input,
            speech.line(key),
            speech.line("slip_when_reprompt"),
            step=DialogStep("elicit", clear_slot(intent, "when"), "when"),
        )
    if named is not None and named < period.start:
        return tell_then_offer_unfinished(
            handler_input,
            speech.line("slip_before_start", start=speech.date(period.start, today)),
        )
    slip_on = named if named is not None else today
    when = speech.date(slip_on, today)

    status = intent.confirmation_status
    if status == IntentConfirmationStatus.DENIED:
        return tell_then_offer_unfinished(
            handler_input,
            speech.line("slip_declined", day=period.day_number(today), target=period.target_days),
        )
    if status != IntentConfirmationStatus.CONFIRMED:
        return ask(
            handler_input,
            speech.line("slip_confirm", target=speech.days(period.target_days), when=when),
            speech.line("slip_confirm_reprompt"),
            step=DialogStep("confirm_intent", intent),
        )

    best_before = period.best_run(slip_on)
    turn.update_period(lambda current: record_slip(current, slip_on))
    if (checkin := checkin_under_way(handler_input, today)) is not None:
        # Told in the middle of today's check-in: its "kept no contact?" is now a no.
        save_checkin_answers(turn, checkin.day, kept_no_contact=False)
    key = "slip_recorded" if best_before > 0 else "slip_recorded_first"
    said = speech.line(
        key,
        when=when[0].upper() + when[1:],
        target=period.target_days,
        best=speech.days(best_before),
    )
    return tell_then_offer_unfinished(
        handler_input, join_lines((said, follow_last_day(handler_input)))
    )


class SlipHandler(AbstractRequestHandler):
    """ "I texted my ex", "we talked", "I called her yesterday"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(SLIP_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = intent_with_slots(request_intent(handler_input), SLIP_INTENT, SLIP_SLOTS)
        return continue_slip(handler_input, intent)
