"""The pull to reach out: a grounding moment that fits the hour, then a choice of what next.

An urge is counted in the person's favour, never as a slip. One that comes back within the hour
(or again in the same session) hears a shorter path that says it came back. After it, the
person chooses: another breath, saying what they would tell them (heard, never kept), the past
exercise, or goodbye.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, Response, Slot

from skill.domain.checkin import is_late_night
from skill.domain.period import record_urge, urge_came_back
from skill.voice.catalog import join_lines
from skill.voice.crisis_words import says_crisis
from skill.voice.handlers.crisis import crisis_answer
from skill.voice.handlers.questions import URGE_CHOICE
from skill.voice.reply import DialogStep, ask, tell
from skill.voice.slots import slot_value
from skill.voice.turn import Turn

URGE_INTENT = "UrgeIntent"
BREATHE_INTENT = "BreatheIntent"
UNSENT_INTENT = "UnsentMessageIntent"
MESSAGE_SLOT = "message"
# In the session: this session's urge is counted (an unsent message after it is the same pull).
_URGED_KEY = "urged"


def _urged_this_session(turn: Turn) -> bool:
    return bool((turn.session or {}).get(_URGED_KEY))


def _count_urge(turn: Turn) -> int | None:
    """Count an urge resisted in the running period, for this session; the period's new total,
    or None without a period."""
    if turn.session is not None:
        turn.session[_URGED_KEY] = True
    period = turn.state.period
    if period is None or not period.is_active():
        return None
    now = turn.now()
    state = turn.update_period(lambda running: record_urge(running, now))
    assert state.period is not None
    return state.period.urges_resisted


def urge(handler_input: HandlerInput) -> Response:
    """The grounding for the hour (or for an urge come back), the count, then the choice."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    now = turn.now()
    period = turn.state.period
    if _urged_this_session(turn) or urge_came_back(period, now):
        grounding = speech.line("urge_again")
    else:
        key = "urge_night" if is_late_night(now) else "urge_day"
        # In turn, so that each urge hears the next grounding, whatever the session.
        grounding = speech.in_turn(key, period.urges_resisted) if period else speech.line(key)
    counted = _count_urge(turn)
    if counted is None:
        said = speech.line("urge_no_period")
    else:
        said = speech.line("urge_counted", urges=speech.urges(counted))
    return ask(
        handler_input,
        join_lines((grounding, said, speech.line("urge_choice"))),
        speech.line("urge_choice_reprompt"),
        pending=URGE_CHOICE,
    )


def answer_urge_choice(handler_input: HandlerInput, yes: bool) -> Response:
    """A plain yes to the choice asks which one; a no is goodbye."""
    speech = Turn.of(handler_input).speech
    if not yes:
        return tell(handler_input, speech.line("goodbye"))
    question = speech.line("urge_choice_which")
    return ask(handler_input, question, speech.line("urge_choice_reprompt"), pending=URGE_CHOICE)


class UrgeHandler(AbstractRequestHandler):
    """ "I want to text my ex", "I miss them so much": never a slip."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(URGE_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return urge(handler_input)


class BreatheHandler(AbstractRequestHandler):
    """ "Breathe with me", "one more breath": a slow breath, then the choice again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(BREATHE_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speech = Turn.of(handler_input).speech
        return ask(
            handler_input,
            join_lines((speech.line("breathe"), speech.line("breathe_after"))),
            speech.line("breathe_after_reprompt"),
            pending=URGE_CHOICE,
        )


class UnsentMessageHandler(AbstractRequestHandler):
    """ "I want to tell them something": the person says it, the skill listens and lets it go.

    What they say is never stored, logged, sent or said back: it is read once, for crisis words,
    and dropped with the request.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(UNSENT_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        speech = turn.speech
        message = (slot_value(handler_input, MESSAGE_SLOT) or "").strip()
        if not message:
            listen = Intent(name=UNSENT_INTENT, slots={MESSAGE_SLOT: Slot(name=MESSAGE_SLOT)})
            return ask(
                handler_input,
                speech.line("unsent_invite"),
                speech.line("unsent_invite_reprompt"),
                step=DialogStep("elicit", listen, MESSAGE_SLOT),
            )
        if says_crisis(message, turn.place.tag):
            return crisis_answer(handler_input)
        if not _urged_this_session(turn):
            _count_urge(turn)  # wanting to tell them is the pull, resisted
        turn.outcome = "unsent_message_heard"
        return ask(
            handler_input,
            join_lines((speech.line("unsent_heard"), speech.line("unsent_after"))),
            speech.line("unsent_after_reprompt"),
            pending=URGE_CHOICE,
        )
