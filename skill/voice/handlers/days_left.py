""" "How many days left?": the day count, said differently in each phase of the period."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.voice import apl
from skill.voice.handlers.questions import OFFER_START
from skill.voice.handlers.unfinished import tell_then_offer_unfinished
from skill.voice.reply import ask, show_card, show_screen
from skill.voice.turn import Turn

DAYS_LEFT_INTENT = "DaysLeftIntent"


def no_period_offer(handler_input: HandlerInput) -> Response | None:
    """The answer when no period is running (offering to start one), else None."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    period = turn.state.period
    if period is None:
        return ask(
            handler_input,
            speech.line("no_period"),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    if not period.is_active():
        assert period.ended_on is not None
        return ask(
            handler_input,
            speech.line("period_ended", day=period.day_number(period.ended_on)),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    return None


class DaysLeftHandler(AbstractRequestHandler):
    """One-shot: "Alexa, ask letting go how many days left"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(DAYS_LEFT_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        offer = no_period_offer(handler_input)
        if offer is not None:
            return offer
        turn = Turn.of(handler_input)
        speech = turn.speech
        period = turn.state.period
        assert period is not None
        today = turn.today()
        phase = period.phase(today)
        left = period.days_left(today)
        show_card(
            handler_input,
            speech.line(
                "card_days_left_title", day=period.day_number(today), target=period.target_days
            ),
            speech.line("card_days_left", left=speech.days(left))
            if left
            else speech.line("card_days_left_done", target=speech.days(period.target_days)),
        )
        show_screen(handler_input, lambda: apl.screens.home(speech, period, today))
        return tell_then_offer_unfinished(
            handler_input,
            speech.line(
                f"days_left_{phase.value}",
                day=period.day_number(today),
                target=period.target_days,
                target_days=speech.days(period.target_days),
                left=speech.days(period.days_left(today)),
            ),
        )
