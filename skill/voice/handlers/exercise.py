"""The guided exercises by voice: starting one, every turn inside it, and picking it up later.

The exercise itself is the domain's state machine (:mod:`skill.domain.exercises`); this module
only maps what Alexa heard onto it and speaks what it answers. The position is kept in the
session (so that help, repeat and stop act on the exercise; see
:mod:`~skill.voice.handlers.exercise_place`) and in the stored state (so that it survives the
session): every move saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.domain.exercises import (
    ExerciseId,
    Feeling,
    Position,
    StepId,
    complete,
    forget_place,
    keep_place,
    place_to_resume,
)
from skill.domain.exercises.definitions import GUIDE
from skill.domain.exercises.machine import Answer, Move, Part, Reply
from skill.voice import apl
from skill.voice.handlers.exercise_place import SESSION_KEY, hold, session_of, where_values
from skill.voice.reply import DialogStep, ask, dialog_step, pending_question, show_screen, tell
from skill.voice.slots import intent_with_slots, request_intent, resolved_id, slot_value
from skill.voice.ssml import render
from skill.voice.turn import Turn

PAST_INTENT = "LetGoOfPastIntent"
FUTURE_INTENT = "LetGoOfFutureIntent"
READY_INTENT = "ReadyIntent"
FEELING_INTENT = "FeelingIntent"
LET_IT_GO_INTENT = "LetItGoIntent"
NOT_SURE_INTENT = "NotSureIntent"
FEELING_SLOT = "feeling"

STARTS = {PAST_INTENT: ExerciseId.PAST, FUTURE_INTENT: ExerciseId.FUTURE}
ANSWERS = {
    READY_INTENT: Answer.READY,
    "AMAZON.YesIntent": Answer.YES,
    "AMAZON.NoIntent": Answer.NO,
    FEELING_INTENT: Answer.FEELING,
    LET_IT_GO_INTENT: Answer.LET_IT_GO,
    # "I don't know" where a feeling is asked for: no feeling named, which is fine.
    NOT_SURE_INTENT: Answer.FEELING,
}
_FEELINGS = {feeling.value: feeling for feeling in Feeling}


# --- the position in the session --------------------------------------------------------------


def position_in_session(handler_input: HandlerInput) -> Position | None:
    """The exercise step under way in this session, if any."""
    session = session_of(handler_input)
    raw = session.get(SESSION_KEY) if session else None
    if not isinstance(raw, dict):
        return None
    try:
        feeling = raw.get("feeling")
        position = Position(
            ExerciseId(raw.get("exercise")),
            StepId(raw.get("step")),
            Feeling(feeling) if feeling is not None else None,
        )
    except ValueError:
        return None
    return position if GUIDE.knows(position) else None


# --- speaking -----------------------------------------------------------------------------------


def _ssml(handler_input: HandlerInput, parts: tuple[Part, ...]) -> str:
    speech = Turn.of(handler_input).speech
    return render(parts, speech.line, speech.place.long_form)


def _listen_for(position: Position) -> DialogStep | None:
    # A step that waits for a feeling asks Alexa for that slot, so a single word is heard well.
    if GUIDE.exercise(position).transition(position.step, Answer.FEELING) is None:
        return None
    intent = intent_with_slots(None, FEELING_INTENT, (FEELING_SLOT,))
    return DialogStep("elicit", intent, FEELING_SLOT)


def _at_step(
    handler_input: HandlerInput, position: Position, speech: str, reprompt: str | None = None
) -> Response:
    """Say ``speech`` and wait at ``position`` with its own reprompt (or ``reprompt``)."""
    hold(handler_input, position)
    words = Turn.of(handler_input).speech
    show_screen(handler_input, lambda: apl.screens.exercise_step(words, position))
    if reprompt is None:
        reprompt = words.line(GUIDE.reprompt(position))
    return ask(handler_input, speech, reprompt, step=_listen_for(position))


def guide(handler_input: HandlerInput, move: Move, lead: str = "") -> Response:
    """Speak ``move`` (after ``lead``), and store where it leaves the person."""
    turn = Turn.of(handler_input)
    today = turn.today()
    position = move.position
    speech = " ".join(filter(None, (lead, _ssml(handler_input, move.parts))))
    if move.finished:
        turn.update(lambda s: replace(s, exercises=complete(s.exercises, position, today)))
        hold(handler_input, None)
        show_screen(
            handler_input, lambda: apl.screens.exercise_step(turn.speech, position, finished=True)
        )
        return tell(handler_input, speech)
    turn.update(lambda s: replace(s, exercises=keep_place(s.exercises, position, today)))
    return _at_step(handler_input, position, speech)


def _reprompt(handler_input: HandlerInput, position: Position) -> Response:
    """Anything this step did not expect: the step's own reprompt, nothing generic.

    One phrasing is picked for the turn and is both said and kept as its reprompt, so that each
    misheard turn sounds different from the last (a second pick would undo that).
    """
    line = Turn.of(handler_input).speech.line(GUIDE.reprompt(position))
    return _at_step(handler_input, position, line, line)


# --- inside an exercise -----------------------------------------------------------------------


def _reply(handler_input: HandlerInput, answer: Answer) -> Reply:
    if answer is not Answer.FEELING:
        return Reply(answer)
    # The id Alexa resolved ("ANGER" for "furious"), else the word as heard. Anything else, such
    # as "I don't know", is no feeling named, which is fine.
    intent = request_intent(handler_input)
    resolved = resolved_id(intent, FEELING_SLOT) if intent is not None else None
    heard = resolved or slot_value(handler_input, FEELING_SLOT)
    return Reply(answer, _FEELINGS.get((heard or "").strip().lower()))


def _repeat(handler_input: HandlerInput, position: Position) -> Response:
    return _at_step(handler_input, position, _ssml(handler_input, GUIDE.current(position)))


def _help(handler_input: HandlerInput, position: Position) -> Response:
    speech = Turn.of(handler_input).speech
    line = speech.line(
        "exercise_help",
        help=speech.line(GUIDE.help(position)),
        **where_values(handler_input, position),
    )
    return _at_step(handler_input, position, line)


def _skip(handler_input: HandlerInput, position: Position) -> Response:
    lead = Turn.of(handler_input).speech.line("exercise_skip")
    return guide(handler_input, GUIDE.skip(position), lead)


def _start_over(handler_input: HandlerInput, position: Position) -> Response:
    lead = Turn.of(handler_input).speech.line("exercise_start_over")
    return guide(handler_input, GUIDE.start_over(position), lead)


def _keep_place(handler_input: HandlerInput, position: Position) -> None:
    turn = Turn.of(handler_input)
    today = turn.today()
    turn.update(lambda s: replace(s, exercises=keep_place(s.exercises, position, today)))
    hold(handler_input, None)


def _pause(handler_input: HandlerInput, position: Position) -> Response:
    _keep_place(handler_input, position)
    where = where_values(handler_input, position)
    line = Turn.of(handler_input).speech.line("exercise_paused", **where)
    return tell(handler_input, line)


def _go_home(handler_input: HandlerInput, position: Position) -> Response:
    _keep_place(handler_input, position)
    speech = Turn.of(handler_input).speech
    where = where_values(handler_input, position)
    return ask(handler_input, speech.line("exercise_home", **where), speech.line("menu_reprompt"))


NAVIGATION: dict[str, Callable[[HandlerInput, Position], Response]] = {
    "AMAZON.RepeatIntent": _repeat,
    "AMAZON.HelpIntent": _help,
    "AMAZON.NextIntent": _skip,
    "AMAZON.StartOverIntent": _start_over,
    "AMAZON.PauseIntent": _pause,
    "AMAZON.StopIntent": _pause,
    "AMAZON.CancelIntent": _pause,
    "AMAZON.NavigateHomeIntent": _go_home,
}


class ExerciseStepHandler(AbstractRequestHandler):
    """Every intent while an exercise is under way in the session: it acts on the exercise.

    Registered before the built-in handlers, so that help, repeat, stop and the rest speak
    about the step, and anything unexpected gets the step's own reprompt.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input)) and (
            position_in_session(handler_input) is not None
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        position = position_in_session(handler_input)
        assert position is not None
        intent = request_intent(handler_input)
        name = intent.name if intent is not None else None
        if name in NAVIGATION:
            return NAVIGATION[name](handler_input, position)
        started = STARTS.get(name or "")
        if started is not None and started is not position.exercise:
            return guide(handler_input, GUIDE.begin(started))
        answer = ANSWERS.get(name or "")
        if answer is not None:
            move = GUIDE.answer(position, _reply(handler_input, answer))
            if move is not None:
                return guide(handler_input, move)
        return _reprompt(handler_input, position)


# --- starting, and picking up later --------------------------------------------------------------


class StartExerciseHandler(AbstractRequestHandler):
    """ "Help me let go of the past", "let go of the future": one-shot, or from anywhere."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = request_intent(handler_input)
        return intent is not None and intent.name in STARTS

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = request_intent(handler_input)
        assert intent is not None and intent.name is not None
        return guide(handler_input, GUIDE.begin(STARTS[intent.name]))


class ExerciseReplyHandler(AbstractRequestHandler):
    """ "Ready", a feeling or "I let it go" heard outside an exercise: pick up the place kept in
    the last seven days, else offer the exercises.

    While another question is open, the fallback asks it again instead.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = request_intent(handler_input)
        return (
            intent is not None
            and intent.name in (READY_INTENT, FEELING_INTENT, LET_IT_GO_INTENT)
            and dialog_step(handler_input) is None
            and pending_question(handler_input) is None
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        position = place_to_resume(turn.state.exercises, turn.today())
        if position is not None:
            # "Back to the exercise" after stepping aside for something else: pick it up.
            lead = turn.speech.line("exercise_resumed", **where_values(handler_input, position))
            return guide(handler_input, GUIDE.resume(position), lead)
        speech = turn.speech
        return ask(handler_input, speech.line("exercise_offer"), speech.line("menu_reprompt"))


def answer_resume(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes: the step again, from its start. No: the place is let go, and the menu offered."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    position = place_to_resume(turn.state.exercises, turn.today())
    if yes and position is not None:
        lead = speech.line("exercise_resumed", **where_values(handler_input, position))
        return guide(handler_input, GUIDE.resume(position), lead)
    if position is not None:
        turn.update(lambda s: replace(s, exercises=forget_place(s.exercises)))
    return ask(handler_input, speech.line("exercise_resume_declined"), speech.line("menu_reprompt"))
