"""A check-in or an exercise left half done for something else ("I texted him", "how many days
left"), offered again once that is answered, instead of ending the session on it."""

from __future__ import annotations

from datetime import date
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.voice.catalog import join_lines
from skill.voice.checkin_dialog import CheckInProgress
from skill.voice.handlers.exercise_place import offer_to_go_back
from skill.voice.handlers.questions import OFFER_CHECKIN, RESUME_QUESTION
from skill.voice.reply import ask, tell
from skill.voice.turn import Turn

CHECKIN_PROGRESS_KEY = "checkin"


def checkin_under_way(handler_input: HandlerInput, today: date) -> CheckInProgress | None:
    """The check-in this session was in the middle of, if its day's check-in is not done."""
    turn = Turn.of(handler_input)
    session: dict[str, Any] = turn.session or {}
    progress = CheckInProgress.from_session(session.get(CHECKIN_PROGRESS_KEY), today)
    if progress is None or turn.state.checkins.is_done(progress.day):
        return None
    return progress


def tell_then_offer_unfinished(handler_input: HandlerInput, said: str) -> Response:
    """``said``, then "shall we finish today's check-in?" (or go back to the exercise) when one
    was left half done in this session; else ``said`` alone, ending the session."""
    turn = Turn.of(handler_input)
    if checkin_under_way(handler_input, turn.today()) is None:
        back = offer_to_go_back(handler_input)
        if back is None:
            return tell(handler_input, said)
        question, reprompt = back
        return ask(handler_input, join_lines((said, question)), reprompt, pending=RESUME_QUESTION)
    speech = turn.speech
    return ask(
        handler_input,
        join_lines((said, speech.line("checkin_finish_offer"))),
        speech.line("checkin_offer_reprompt"),
        pending=OFFER_CHECKIN,
    )
