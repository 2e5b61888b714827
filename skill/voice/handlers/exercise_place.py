"""An exercise's place: kept in the session while it runs, set aside for another capability, and
offered back (on launch, or once that capability is answered).

Every turn reads this (the crisis answer, stepping aside, the welcome); the exercise handlers
themselves (:mod:`~skill.voice.handlers.exercise`) and the machine are read only by turns that
speak an exercise.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.domain.exercises import Position, place_to_resume
from skill.voice.handlers.questions import RESUME_QUESTION
from skill.voice.reply import ask
from skill.voice.slots import request_intent
from skill.voice.turn import Turn

# Capabilities that are answered as themselves even in the middle of an exercise.
ELSEWHERE = frozenset(
    {
        "DaysLeftIntent", "SlipIntent", "UrgeIntent", "ProgressIntent", "EndNoContactIntent",
        "StartNoContactIntent", "SetPeriodLengthIntent", "CheckInIntent", "SetReminderIntent",
        "ListRemindersIntent", "CancelRemindersIntent", "DeleteDataIntent",
    }
)  # fmt: skip
SESSION_KEY = "exercise"
ASIDE_KEY = "exercise_aside"


def session_of(handler_input: HandlerInput) -> dict[str, Any] | None:
    """The session attributes, or None outside a session."""
    # Read straight from the request, so that can_handle works before a turn is set up.
    if handler_input.request_envelope.session is None:
        return None
    attributes = handler_input.attributes_manager.session_attributes
    return attributes if isinstance(attributes, dict) else None


def hold(handler_input: HandlerInput, position: Position | None) -> None:
    """Keep ``position`` in the session as the step under way (None: no exercise under way)."""
    session = session_of(handler_input)
    if session is None:
        return
    session.pop(SESSION_KEY, None)
    if position is not None:
        session[SESSION_KEY] = {
            "exercise": position.exercise.value,
            "step": position.step.value,
            "feeling": position.feeling.value if position.feeling else None,
        }


def where_values(handler_input: HandlerInput, position: Position) -> dict[str, object]:
    """The values for "step 3 of 6 of letting go of the past"."""
    # The exercises are read only when there is a place in one to speak of.
    from skill.domain.exercises.definitions import GUIDE

    step, total = GUIDE.step_number(position)
    name = Turn.of(handler_input).speech.line(f"exercise_name_{position.exercise.value}")
    return {"step": step, "total": total, "exercise": name}


def step_aside_for(handler_input: HandlerInput) -> None:
    """Leave the exercise in this session when the request means another capability (its place
    stays in the record, and the answer offers to go back to it)."""
    intent = request_intent(handler_input)
    session = session_of(handler_input)
    if intent is not None and intent.name in ELSEWHERE and session and SESSION_KEY in session:
        hold(handler_input, None)
        session[ASIDE_KEY] = True


def offer_to_go_back(handler_input: HandlerInput) -> tuple[str, str] | None:
    """The question and reprompt that offer the exercise this session stepped out of, if any;
    the answer goes to :func:`~skill.voice.handlers.exercise.answer_resume`
    (``pending=RESUME_QUESTION``)."""
    session = session_of(handler_input)
    if not session or not session.pop(ASIDE_KEY, False):
        return None
    turn = Turn.of(handler_input)
    position = place_to_resume(turn.state.exercises, turn.today())
    if position is None:
        return None
    speech = turn.speech
    return (
        speech.line("exercise_back_offer", **where_values(handler_input, position)),
        speech.line("exercise_resume_reprompt"),
    )


def resume_offer(handler_input: HandlerInput) -> Response | None:
    """On launch: offer the place left part-way in the last seven days, else None."""
    turn = Turn.of(handler_input)
    position = place_to_resume(turn.state.exercises, turn.today())
    if position is None:
        return None
    speech = turn.speech
    return ask(
        handler_input,
        speech.line("exercise_resume_offer", **where_values(handler_input, position)),
        speech.line("exercise_resume_reprompt"),
        pending=RESUME_QUESTION,
    )
