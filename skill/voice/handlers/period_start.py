"""Starting a no-contact period: last contact, relationship length, a custom length, the promise.

The dialog is driven from here with Dialog directives: each turn looks at what the intent holds
so far and asks for the next missing or doubtful piece. Nothing is stored until the person says
yes to the commitment.
"""

from __future__ import annotations

from dataclasses import replace

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, IntentConfirmationStatus, Response, SlotConfirmationStatus

from skill.domain.clock import day_in_the_past
from skill.domain.period import (
    SHORT_RELATIONSHIP_DAYS,
    DateCheck,
    Period,
    change_length,
    check_last_contact,
    close,
    is_valid_custom_length,
    keep_history,
    start_period,
    target_for_relationship,
)
from skill.storage.state import UserState
from skill.voice.catalog import join_lines
from skill.voice.handlers.questions import RESTART_QUESTION
from skill.voice.handlers.reminders import follow_last_day, offer_last_day_reminder
from skill.voice.reply import DialogStep, ask, dialog_step, tell
from skill.voice.slots import (
    clear_slot,
    intent_slot_value,
    intent_with_slots,
    parse_count,
    parse_day,
    parse_duration_days,
    request_intent,
    slot_confirmation,
    with_slot_value,
)
from skill.voice.turn import Turn

START_INTENT = "StartNoContactIntent"
LENGTH_INTENT = "SetPeriodLengthIntent"
LAST_CONTACT = "lastContact"
RELATIONSHIP = "relationshipLength"
TARGET = "targetDays"
START_SLOTS = (LAST_CONTACT, RELATIONSHIP, TARGET)
# Each slot's reprompt in the catalog is "ask_<topic>_reprompt".
_SLOT_TOPIC = {
    LAST_CONTACT: "last_contact",
    RELATIONSHIP: "relationship_length",
    TARGET: "target_days",
}


def new_start_intent() -> Intent:
    return intent_with_slots(None, START_INTENT, START_SLOTS)


def in_start_dialog(handler_input: HandlerInput) -> bool:
    step = dialog_step(handler_input)
    return step is not None and step.intent.name == START_INTENT


def _elicit(handler_input: HandlerInput, intent: Intent, slot: str, key: str) -> Response:
    speech = Turn.of(handler_input).speech
    reprompt_key = f"ask_{_SLOT_TOPIC[slot]}_reprompt"
    return ask(
        handler_input,
        speech.line(key),
        speech.line(reprompt_key),
        step=DialogStep("elicit", intent, slot),
    )


def continue_start(handler_input: HandlerInput, intent: Intent) -> Response:
    """Take the start dialog one step further from what ``intent`` holds now."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    today = turn.today()
    if intent.confirmation_status == IntentConfirmationStatus.DENIED:
        return tell(handler_input, speech.line("commitment_declined"))

    last_contact_raw = intent_slot_value(intent, LAST_CONTACT)
    if last_contact_raw is None:
        return _elicit(handler_input, intent, LAST_CONTACT, "ask_last_contact")
    last_contact = parse_day(last_contact_raw, today)
    if last_contact is not None:
        last_contact = day_in_the_past(last_contact, today)
    if last_contact is None:
        return _elicit(
            handler_input, clear_slot(intent, LAST_CONTACT), LAST_CONTACT, "last_contact_unclear"
        )
    if last_contact > today:
        return _elicit(
            handler_input, clear_slot(intent, LAST_CONTACT), LAST_CONTACT, "last_contact_future"
        )

    target_raw = intent_slot_value(intent, TARGET)
    if target_raw is not None:
        target = parse_count(target_raw)
        if target is None or not is_valid_custom_length(target):
            return _elicit(handler_input, clear_slot(intent, TARGET), TARGET, "ask_target_days")
    else:
        relationship_raw = intent_slot_value(intent, RELATIONSHIP)
        if relationship_raw is None:
            return _elicit(handler_input, intent, RELATIONSHIP, "ask_relationship_length")
        relationship_days = parse_duration_days(relationship_raw)
        if relationship_days is None:
            return _elicit(
                handler_input,
                clear_slot(intent, RELATIONSHIP),
                RELATIONSHIP,
                "relationship_length_unclear",
            )
        target = target_for_relationship(relationship_days)

    check = check_last_contact(last_contact, today, target)
    confirmed_date = slot_confirmation(intent, LAST_CONTACT)
    if check is DateCheck.LONGER_THAN_TARGET:
        if confirmed_date == SlotConfirmationStatus.DENIED:
            return _elicit(
                handler_input, clear_slot(intent, LAST_CONTACT), LAST_CONTACT, "ask_last_contact"
            )
        if confirmed_date != SlotConfirmationStatus.CONFIRMED:
            ago = speech.days((today - last_contact).days)
            return ask(
                handler_input,
                speech.line("confirm_long_ago", ago=ago, target=speech.days(target)),
                speech.line("confirm_long_ago_reprompt"),
                step=DialogStep("confirm_slot", intent, LAST_CONTACT),
            )

    if intent.confirmation_status != IntentConfirmationStatus.CONFIRMED:
        short = target_raw is None and target == SHORT_RELATIONSHIP_DAYS
        note = speech.line("short_relationship_note") if short else ""
        return ask(
            handler_input,
            speech.line(
                "commitment",
                note=note,
                target=speech.days(target),
                when=speech.date(last_contact, today),
            ),
            speech.line("commitment_reprompt"),
            step=DialogStep("confirm_intent", intent),
        )

    period = start_period(last_contact, today, target)

    def commit(state: UserState) -> UserState:
        history, earlier = state.history, state.earlier
        if state.period is not None:
            history, earlier = keep_history((*history, close(state.period, today)), earlier)
        return replace(state, period=period, history=history, earlier=earlier)

    turn.update(commit)
    return _committed(handler_input, period)


def _committed(handler_input: HandlerInput, period: Period) -> Response:
    """The answer to a yes to the commitment, once the new period is recorded.

    A last-day reminder kept from before follows the new period; only when it could not is the
    person told so, and then no new reminder is offered on top of it.
    """
    turn = Turn.of(handler_input)
    speech = turn.speech
    today = turn.today()
    note = follow_last_day(handler_input)
    if period.is_complete(today):
        said = speech.line(
            "committed_already_complete",
            elapsed=speech.days(period.elapsed(today)),
            target=speech.days(period.target_days),
        )
        return tell(handler_input, join_lines((said, note)))
    committed = speech.line("committed", day=period.day_number(today), target=period.target_days)
    if note:
        return tell(handler_input, join_lines((committed, note)))
    return offer_last_day_reminder(handler_input, committed, period)


def answer_offer_start(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes or no to "shall we set up your no-contact period?"."""
    if yes:
        return continue_start(handler_input, new_start_intent())
    return tell(handler_input, Turn.of(handler_input).speech.line("offer_declined"))


def answer_restart(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes or no to "start a new period from scratch?" while one is running."""
    if yes:
        return continue_start(handler_input, new_start_intent())
    turn = Turn.of(handler_input)
    period = turn.state.period
    if period is None:  # it ended elsewhere in the meantime
        return tell(handler_input, turn.speech.line("offer_declined"))
    day = period.day_number(turn.today())
    return tell(
        handler_input,
        turn.speech.line("restart_declined", day=day, target=period.target_days),
    )


class StartNoContactHandler(AbstractRequestHandler):
    """ "I'm starting no contact", and every later turn of that dialog."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(START_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = intent_with_slots(request_intent(handler_input), START_INTENT, START_SLOTS)
        if not in_start_dialog(handler_input):
            turn = Turn.of(handler_input)
            period = turn.state.period
            today = turn.today()
            if period is not None and period.is_active() and not period.is_complete(today):
                speech = turn.speech
                return ask(
                    handler_input,
                    speech.line(
                        "start_already_active",
                        day=period.day_number(today),
                        target=period.target_days,
                    ),
                    speech.line("welcome_new_reprompt"),
                    pending=RESTART_QUESTION,
                )
        return continue_start(handler_input, intent)


class StartOverInDialogHandler(AbstractRequestHandler):
    """ "Start over" while setting up a period: ask the first question again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.StartOverIntent")(handler_input)) and in_start_dialog(
            handler_input
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        return continue_start(handler_input, new_start_intent())


class SetPeriodLengthHandler(AbstractRequestHandler):
    """ "Make it 45 days": inside the start dialog it sets the length; later it changes it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(LENGTH_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        speech = turn.speech
        raw = intent_slot_value(
            intent_with_slots(request_intent(handler_input), LENGTH_INTENT, (TARGET,)), TARGET
        )
        step = dialog_step(handler_input)
        if step is not None and step.intent.name == START_INTENT:
            merged = intent_with_slots(step.intent, START_INTENT, START_SLOTS)
            return continue_start(handler_input, with_slot_value(merged, TARGET, raw))

        period = turn.state.period
        if period is None or not period.is_active():
            return tell(handler_input, speech.line("length_no_period"))
        target = parse_count(raw)
        if target is None or not is_valid_custom_length(target):
            intent = intent_with_slots(None, LENGTH_INTENT, (TARGET,))
            return ask(
                handler_input,
                speech.line("length_out_of_range"),
                speech.line("ask_target_days_reprompt"),
                step=DialogStep("elicit", intent, TARGET),
            )
        today = turn.today()
        turn.update_period(lambda current: change_length(current, target))
        said = speech.line(
            "length_changed", target=speech.days(target), day=period.day_number(today)
        )
        return tell(handler_input, join_lines((said, follow_last_day(handler_input))))
