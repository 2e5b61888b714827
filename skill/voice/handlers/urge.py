"""An urge to reach out: a short grounding moment, counted in the person's favour."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.domain.period import record_urge
from skill.voice.reply import tell
from skill.voice.turn import Turn

URGE_INTENT = "UrgeIntent"


class UrgeHandler(AbstractRequestHandler):
    """ "I want to text my ex", "I miss them so much": never a slip."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(URGE_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        speech = turn.speech
        grounding = speech.line("urge")
        period = turn.state.period
        if period is None or not period.is_active():
            return tell(handler_input, grounding + speech.line("urge_no_period"))
        state = turn.update_period(record_urge)
        assert state.period is not None
        count = speech.urges(state.period.urges_resisted)
        return tell(handler_input, grounding + speech.line("urge_counted", urges=count))
