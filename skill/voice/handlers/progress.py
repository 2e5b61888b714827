""" "How am I doing?": the day, the check-in streak, the mood trend and what was achieved.

Short enough to listen to (60 words at most, with any offer after it), and it changes nothing
stored.
"""

from __future__ import annotations

from datetime import date

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.domain.checkin import CheckInLog, mood_trend
from skill.voice import apl
from skill.voice.catalog import Speech, join_lines
from skill.voice.handlers.questions import OFFER_START
from skill.voice.handlers.unfinished import tell_then_offer_unfinished
from skill.voice.reply import ask, show_card, show_screen, tell
from skill.voice.turn import Turn

PROGRESS_INTENT = "ProgressIntent"


def _streak(speech: Speech, log: CheckInLog, today: date) -> str:
    streak = log.streak
    if streak.longest == 0:
        return speech.line("progress_no_checkins")
    current = streak.current(today)
    longest = speech.days(streak.longest)
    if current == 0:
        return speech.line("progress_streak_ended", longest=longest)
    if current == 1:
        key = "progress_streak_begun" if streak.longest == 1 else "progress_streak_one"
        return speech.line(key, longest=longest)
    key = "progress_streak_best" if current == streak.longest else "progress_streak"
    return speech.line(key, days=speech.days(current), longest=longest)


def _mood(speech: Speech, log: CheckInLog) -> str:
    found = mood_trend(log)
    if found is None:
        return ""
    average = speech.decimal(found.average)
    if found.trend is None:
        return speech.line("progress_mood_single", average=average)
    return speech.line(
        f"progress_mood_{found.trend.value}",
        checkins=speech.count(found.count, "check_in"),
        average=average,
    )


def _counted(speech: Speech, count: int, noun: str) -> str:
    """'one exercise done', '7 urges let pass', or 'no exercises yet'."""
    if not count:
        return speech.line(f"tally_no_{noun}s")
    said = speech.urges(count) if noun == "urge" else speech.count(count, noun)
    return speech.line(f"tally_{noun}s", count=said)


def _tally(speech: Speech, urges: int, exercises: int, slips: int) -> str:
    """'7 urges let pass, no exercises yet, and one slip.'"""
    tally = speech.line(
        "progress_tally",
        urges=_counted(speech, urges, "urge"),
        exercises=_counted(speech, exercises, "exercise"),
        slips=_counted(speech, slips, "slip"),
    )
    return tally[:1].upper() + tally[1:]


def progress(handler_input: HandlerInput) -> Response:
    """Say how the person is doing; without a running period, offer to start one."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    state = turn.state
    today = turn.today()
    period = state.period
    done = state.exercises.total_completed
    parts: list[str] = []
    running = period is not None and period.is_active()
    tally = (period.urges_resisted, done, period.slip_count) if period and running else (0, done, 0)
    show_screen(
        handler_input, lambda: apl.screens.progress(speech, period, state.checkins, today, tally)
    )
    if period is not None and running:
        if period.is_complete(today):
            parts.append(speech.line("progress_complete", target=speech.days(period.target_days)))
        else:
            parts.append(
                speech.line(
                    "progress_day",
                    day=period.day_number(today),
                    target=period.target_days,
                    left=speech.days(period.days_left(today)),
                )
            )
    else:
        parts.append(speech.line("progress_no_period"))
    parts.append(_streak(speech, state.checkins, today))
    parts.append(_mood(speech, state.checkins))
    if period is not None and running:
        parts.append(_tally(speech, period.urges_resisted, done, period.slip_count))
        said = join_lines(parts)
        show_card(handler_input, speech.line("card_progress_title"), said)
        return tell_then_offer_unfinished(handler_input, said)
    if done:
        parts.append(speech.line("progress_exercises", exercises=speech.count(done, "exercise")))
    else:
        parts.append(speech.line("progress_no_exercises"))
    parts.append(speech.line("progress_offer_start"))
    return ask(
        handler_input,
        join_lines(parts),
        speech.line("welcome_new_reprompt"),
        pending=OFFER_START,
    )


def answer_offer_progress(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes or no to "would you like to hear how you're doing?"."""
    if yes:
        return progress(handler_input)
    return tell(handler_input, Turn.of(handler_input).speech.line("goodbye"))


class ProgressHandler(AbstractRequestHandler):
    """One-shot: "Alexa, ask letting go how am I doing"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(PROGRESS_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return progress(handler_input)
