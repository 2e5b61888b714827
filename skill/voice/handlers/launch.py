"""Opening the skill: onboarding for someone new, a short welcome back for everyone else."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.storage.state import UserState
from skill.voice import apl
from skill.voice.handlers.exercise_place import resume_offer
from skill.voice.handlers.questions import OFFER_CHECKIN, OFFER_START
from skill.voice.reply import ask, show_screen
from skill.voice.turn import Turn


def should_offer_checkin(state: UserState, today: date) -> bool:
    """Offer the check-in on launch: a period is counting and today's is not done yet."""
    period = state.period
    counting = period is not None and period.is_active() and not period.is_complete(today)
    return counting and not state.checkins.is_done(today)


def welcome(handler_input: HandlerInput) -> Response:
    """The opening line for where this person is now, and what they can do."""
    turn = Turn.of(handler_input)
    show_screen(
        handler_input, lambda: apl.screens.home(turn.speech, turn.state.period, turn.today())
    )
    # An exercise left part-way in the last week comes first: it was the last thing they did.
    offer = resume_offer(handler_input)
    if offer is not None:
        return offer
    speech = turn.speech
    state = turn.state
    period = state.period
    if period is None and not state.history:
        return ask(
            handler_input,
            speech.line("welcome_new"),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    if period is None or not period.is_active():
        return ask(
            handler_input,
            speech.line("welcome_back_idle"),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    today = turn.today()
    if should_offer_checkin(state, today):
        return ask(
            handler_input,
            speech.line(
                "welcome_back_checkin", day=period.day_number(today), target=period.target_days
            ),
            speech.line("checkin_offer_reprompt"),
            pending=OFFER_CHECKIN,
        )
    if period.is_complete(today):
        line = speech.line("welcome_back_complete", target=speech.days(period.target_days))
    else:
        line = speech.line(
            "welcome_back_active", day=period.day_number(today), target=period.target_days
        )
    return ask(handler_input, line, speech.line("menu_reprompt"))


class LaunchHandler(AbstractRequestHandler):
    """ "Alexa, open letting go"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return welcome(handler_input)


class NavigateHomeHandler(AbstractRequestHandler):
    """Go home, or start over outside a dialog: leave any dialog, back to the welcome."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(
            is_intent_name("AMAZON.NavigateHomeIntent")(handler_input)
            or is_intent_name("AMAZON.StartOverIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        return welcome(handler_input)
