"""Today's check-in: kept no contact? (a no leads through the slip), mood, one thing for yourself.

One check-in per local day. Every answer is saved the turn it is given, so a person who walks
away, says stop, or lets the session time out keeps what they answered and can finish later the
same day. Answers can come together ("I'm a four and I'll call my sister"); the dialog asks only
what is still missing. It closes with the tip of the day and the streak.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, IntentConfirmationStatus, Response

from skill.domain.checkin import (
    Activity,
    CheckIn,
    CheckInLog,
    is_late_night,
    record_answers,
    suggest_activity,
)
from skill.domain.period import Period, Phase, record_slip
from skill.domain.tips import tip_of_the_day
from skill.storage.state import UserState
from skill.voice import apl
from skill.voice.catalog import Spare, Speech, join_lines, plain, short_turn
from skill.voice.checkin_dialog import (
    ACTIVITY,
    CHECKIN_INTENT,
    CHECKIN_SLOTS,
    MOOD,
    Asked,
    CheckInProgress,
    Heard,
    read_activity,
    read_mood,
)
from skill.voice.handlers.questions import OFFER_PROGRESS, OFFER_START
from skill.voice.handlers.unfinished import CHECKIN_PROGRESS_KEY as _PROGRESS_KEY
from skill.voice.reply import DialogStep, ask, dialog_step, show_card, show_screen, tell
from skill.voice.slots import intent_with_slots, request_intent
from skill.voice.turn import Turn


def _has_period(period: Period | None) -> bool:
    return period is not None and period.is_active()


def _counting(period: Period | None, day: date) -> bool:
    """A period is running and not yet complete: no contact is still the promise."""
    return period is not None and period.is_active() and not period.is_complete(day)


def _phase(period: Period | None, day: date) -> Phase | None:
    return period.phase(day) if period is not None and period.is_active() else None


def _fresh_intent() -> Intent:
    return intent_with_slots(None, CHECKIN_INTENT, CHECKIN_SLOTS)


def _session(handler_input: HandlerInput) -> dict[str, Any]:
    return Turn.of(handler_input).session or {}


def _progress(handler_input: HandlerInput, today: date) -> CheckInProgress | None:
    """The check-in under way in this session, if the last turn was one of its questions."""
    step = dialog_step(handler_input)
    if step is None or step.intent.name != CHECKIN_INTENT:
        return None
    return CheckInProgress.from_session(_session(handler_input).get(_PROGRESS_KEY), today)


def save_checkin_answers(turn: Turn, day: date, **answers: Any) -> None:
    """Keep answers the moment they are given: a person who walks away loses nothing."""
    turn.update(lambda s: replace(s, checkins=record_answers(s.checkins, day, **answers)))


def _question(
    handler_input: HandlerInput,
    progress: CheckInProgress,
    said: list[str],
    reprompt: str,
    step: DialogStep,
) -> Response:
    session = _session(handler_input)
    session[_PROGRESS_KEY] = progress.to_session()
    return ask(handler_input, join_lines(said), reprompt, step=step)


def _elicit(
    handler_input: HandlerInput, progress: CheckInProgress, said: list[str], slot: str
) -> Response:
    speech = Turn.of(handler_input).speech
    asked = Asked.MOOD if slot == MOOD else Asked.ACTIVITY
    return _question(
        handler_input,
        replace(progress, asked=asked),
        said,
        speech.line(f"checkin_ask_{asked.value}_reprompt"),
        DialogStep("elicit", _fresh_intent(), slot),
    )


def _confirm(
    handler_input: HandlerInput,
    progress: CheckInProgress,
    said: list[str],
    reprompt: str,
) -> Response:
    return _question(
        handler_input, progress, said, reprompt, DialogStep("confirm_intent", _fresh_intent())
    )


def _mood_note(speech: Speech, mood: int) -> str:
    if mood <= 2:
        return speech.line("checkin_mood_low")
    return speech.line("checkin_mood_middle" if mood == 3 else "checkin_mood_high")


def _streak_line(speech: Speech, log: CheckInLog, day: date) -> str:
    current = log.streak.current(day)
    if current >= 2:
        return speech.line("checkin_streak", days=speech.days(current))
    if log.streak.longest <= 1 and len(log.entries) == 1:
        return speech.line("checkin_streak_first")
    return speech.line("checkin_streak_fresh")


def _answer_contact(
    handler_input: HandlerInput, progress: CheckInProgress, kept: bool, said: list[str]
) -> Response | None:
    """Note the answer to "kept no contact?"; a no during a period asks to restart the count."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    day = progress.day
    save_checkin_answers(turn, day, kept_no_contact=kept)
    if kept:
        said.append(speech.line("checkin_contact_kept"))
        return None
    period = turn.state.period
    if period is None or not _counting(period, day):
        said.append(speech.line("checkin_contact_noted"))
        return None
    if period.start >= day:
        said.append(speech.line("checkin_contact_already_reset"))
        return None
    said.append(
        speech.line(
            "slip_confirm",
            target=speech.days(period.target_days),
            when=speech.date(day, day),
        )
    )
    return _confirm(
        handler_input,
        replace(progress, asked=Asked.SLIP),
        said,
        speech.line("slip_confirm_reprompt"),
    )


def _answer_slip(turn: Turn, day: date, restart: bool) -> str:
    """The slip flow's end inside the check-in: restart the count from today, or keep it."""
    speech = turn.speech
    period = turn.state.period
    if not restart:
        return speech.line("checkin_slip_declined")
    if period is None or not _counting(period, day) or period.start >= day:
        return speech.line("checkin_contact_already_reset")
    best = period.best_run(day)
    turn.update_period(lambda current: record_slip(current, day))
    if best == 0:
        return speech.line("checkin_slip_recorded_first")
    return speech.line("checkin_slip_recorded", best=speech.days(best))


def _finish(handler_input: HandlerInput, progress: CheckInProgress, said: list[str]) -> Response:
    """Close the check-in: the night, the tip of the day, the streak."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    day = progress.day

    def close(state: UserState) -> UserState:
        _, tips = tip_of_the_day(state.tips, day, _phase(state.period, day))
        return replace(
            state, tips=tips, checkins=record_answers(state.checkins, day, finished=True)
        )

    state = turn.update(close)
    tip = state.tips.of_day(day)
    # Kept under a minute's listening: the tip's opener goes first, then the night's word.
    closing: list[str | Spare] = list(said)
    if is_late_night(turn.now()):
        closing.append(Spare(speech.line("checkin_late")))
    tip_said = speech.line(f"tip_{tip.id}") if tip is not None else None
    if tip_said is not None:
        closing += [Spare(speech.line("checkin_tip_intro")), tip_said]
    closing.append(_streak_line(speech, state.checkins, day))
    streak = speech.days(state.checkins.streak.current(day))
    card = (
        speech.line("card_checkin", days=streak, tip=plain(tip_said))
        if tip_said is not None
        else speech.line("card_checkin_no_tip", days=streak)
    )
    show_card(handler_input, speech.line("card_checkin_title"), card)
    show_screen(handler_input, lambda: apl.screens.checkin(speech, state.checkins, day, tip_said))
    _session(handler_input).pop(_PROGRESS_KEY, None)
    if not _has_period(state.period):
        closing.append(speech.line("checkin_no_period_offer"))
        return ask(
            handler_input,
            short_turn(closing),
            speech.line("welcome_new_reprompt"),
            pending=OFFER_START,
        )
    return tell(handler_input, short_turn(closing))


def _ask_next(
    handler_input: HandlerInput,
    progress: CheckInProgress,
    said: list[str],
    skip_activity: bool = False,
) -> Response:
    """Ask the first question still unanswered, or close the check-in."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    day = progress.day
    log = turn.state.checkins
    entry = log.on(day) or CheckIn(day=day)
    if _counting(turn.state.period, day) and entry.kept_no_contact is None:
        first = not any(e.day < day for e in log.entries)
        said.append(speech.line("checkin_ask_contact_first" if first else "checkin_ask_contact"))
        return _confirm(
            handler_input,
            replace(progress, asked=Asked.CONTACT),
            said,
            speech.line("checkin_ask_contact_reprompt"),
        )
    if entry.mood is None:
        return _elicit(handler_input, progress, [*said, speech.line("checkin_ask_mood")], MOOD)
    if entry.activity is None and not skip_activity:
        ask_activity = speech.line("checkin_ask_activity")
        return _elicit(handler_input, progress, [*said, ask_activity], ACTIVITY)
    return _finish(handler_input, progress, said)


def _already_done(handler_input: HandlerInput, entry: CheckIn) -> Response:
    """A second check-in the same day: what the first said, and something else to do."""
    speech = Turn.of(handler_input).speech
    if entry.mood is None:
        line = speech.line("checkin_already_done_brief")
    elif entry.activity is None:
        line = speech.line("checkin_already_done_no_activity", mood=entry.mood)
    else:
        activity = speech.line(f"activity_{entry.activity.value}")
        line = speech.line("checkin_already_done", mood=entry.mood, activity=activity)
    return ask(handler_input, line, speech.line("progress_offer_reprompt"), pending=OFFER_PROGRESS)


def continue_checkin(handler_input: HandlerInput, intent: Intent) -> Response:
    """Take today's check-in one step further with whatever ``intent`` holds."""
    turn = Turn.of(handler_input)
    speech = turn.speech
    today = turn.today()
    said: list[str] = []
    progress = _progress(handler_input, today)
    if progress is None:
        entry = turn.state.checkins.on(today)
        if entry is not None and entry.finished:
            return _already_done(handler_input, entry)
        if entry is not None:
            said.append(speech.line("checkin_intro_resume"))
        elif _has_period(turn.state.period):
            said.append(speech.line("checkin_intro"))
        else:
            said.append(speech.line("checkin_intro_no_period"))
        progress = CheckInProgress(day=today)
    day = progress.day

    # A yes or a no answers the question the last turn asked.
    status = intent.confirmation_status
    skip_activity = False
    if status in (IntentConfirmationStatus.CONFIRMED, IntentConfirmationStatus.DENIED):
        yes = status == IntentConfirmationStatus.CONFIRMED
        if progress.asked is Asked.CONTACT:
            slip_question = _answer_contact(handler_input, progress, yes, said)
            if slip_question is not None:
                return slip_question
        elif progress.asked is Asked.SLIP:
            said.append(_answer_slip(turn, day, yes))
        elif progress.asked is Asked.SUGGESTION and yes and progress.suggested is not None:
            save_checkin_answers(turn, day, activity=progress.suggested)
            said.append(speech.line(f"activity_ack_{progress.suggested.value}"))
        elif progress.asked is Asked.SUGGESTION:
            skip_activity = True
            said.append(speech.line("checkin_suggestion_declined"))

    mood = read_mood(intent)
    if mood.heard is Heard.VALUE and mood.mood is not None:
        save_checkin_answers(turn, day, mood=mood.mood)
        said.append(_mood_note(speech, mood.mood))
    elif mood.heard in (Heard.OUT_OF_RANGE, Heard.UNCLEAR):
        key = (
            "checkin_mood_out_of_range"
            if mood.heard is Heard.OUT_OF_RANGE
            else "checkin_mood_unclear"
        )
        return _elicit(handler_input, progress, [*said, speech.line(key)], MOOD)

    activity = read_activity(intent)
    if activity.heard is Heard.VALUE and activity.activity is not None:
        save_checkin_answers(turn, day, activity=activity.activity)
        said.append(speech.line(f"activity_ack_{activity.activity.value}"))
    elif activity.heard is Heard.UNSURE:
        suggested = suggest_activity(turn.state.checkins)
        said.append(speech.line(f"checkin_suggest_{suggested.value}"))
        return _confirm(
            handler_input,
            replace(progress, asked=Asked.SUGGESTION, suggested=suggested),
            said,
            speech.line("checkin_suggest_reprompt"),
        )
    elif activity.heard is Heard.UNCLEAR and progress.missed_activity:
        # Asked twice: it is something of their own, and it counts.
        save_checkin_answers(turn, day, activity=Activity.OTHER)
        said.append(speech.line("checkin_activity_other"))
    elif activity.heard is Heard.UNCLEAR:
        said.append(speech.line("checkin_activity_unclear"))
        return _elicit(handler_input, replace(progress, missed_activity=True), said, ACTIVITY)

    return _ask_next(handler_input, progress, said, skip_activity)


def answer_offer_checkin(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes or no to "would you like to do today's check-in?" (asked on launch)."""
    if yes:
        return continue_checkin(handler_input, _fresh_intent())
    speech = Turn.of(handler_input).speech
    return ask(handler_input, speech.line("checkin_offer_declined"), speech.line("menu_reprompt"))


class CheckInHandler(AbstractRequestHandler):
    """ "Today's check-in", "I'm a four and I'll call my sister", and every answer in it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(CHECKIN_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return continue_checkin(handler_input, request_intent(handler_input) or _fresh_intent())
