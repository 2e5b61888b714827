"""Words of crisis ("I want to die"): a calm answer with the locale's crisis line, first of all.

This handler is registered before every other, so it answers from any point of any dialog or
exercise. It reads no stored state, so nothing (a corrupt record, a store that is down) can stand
in its way.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.voice import apl
from skill.voice.handlers.exercise_place import SESSION_KEY as EXERCISE_KEY
from skill.voice.reply import ask, show_card, show_screen
from skill.voice.turn import Turn

CRISIS_INTENT = "CrisisIntent"


class CrisisHandler(AbstractRequestHandler):
    """ "I want to die", "I want to hurt myself", "I can't go on"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(CRISIS_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return crisis_answer(handler_input)


def crisis_answer(handler_input: HandlerInput) -> Response:
    """The crisis line, calmly, from wherever the words were said."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    turn.outcome = "crisis_line_given"
    if turn.session is not None:
        # Leave any exercise under way, so that "repeat" says the number again. Its place is
        # already kept in the record, and a later launch offers to pick it up.
        turn.session.pop(EXERCISE_KEY, None)
    line = turn.place.crisis
    if line is None:
        return ask(
            handler_input, speech.line("crisis_no_line"), speech.line("crisis_no_line_reprompt")
        )
    said_how = speech.line(f"crisis_how_{line.how}")
    note = speech.line(line.note) if line.note else ""
    values = {"how": said_how, "name": line.name, "number": line.number, "note": note}
    how = said_how[:1].upper() + said_how[1:]
    show_card(
        handler_input,
        speech.line("card_crisis_title"),
        speech.line(
            "card_crisis", how=how, name=line.name, number=line.number, emergency=line.emergency
        ),
    )
    show_screen(handler_input, lambda: apl.screens.crisis(speech, line))
    return ask(
        handler_input,
        speech.line("crisis", emergency=line.emergency, **values),
        speech.line("crisis_reprompt", **values),
    )
