"""Reminders by voice: the daily check-in reminder, the last-day reminder, listing, cancelling.

Reminders live in Alexa (the Reminders API); the person's record keeps only the tokens of the ones
the skill made, and follows what Alexa reports: a token is dropped once Alexa says its reminder is
gone. A reminder created in a turn whose record then cannot be saved is deleted again, so that no
reminder rings that the record does not know about. The last-day reminder follows the period: a
slip, a new length or a new start moves it, and an end deletes it.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Intent, Response

from skill.domain.period import Period
from skill.domain.reminders import (
    LAST_DAY_AT,
    DailyReminder,
    DropLastDay,
    LastDayReminder,
    MoveLastDay,
    follow_period,
    last_day,
    last_day_reminder_at,
    next_occurrence,
    parse_clock_time,
)
from skill.storage.state import UserState
from skill.voice.handlers.questions import LAST_DAY_OFFER
from skill.voice.permission import ask_for_reminders, consent_card, reminders_allowed
from skill.voice.reminders_api import (
    Fault,
    ReminderApiError,
    RemindersApi,
    ReminderSpec,
    reachable,
)
from skill.voice.reply import DialogStep, ask, tell
from skill.voice.slots import clear_slot, intent_slot_value, intent_with_slots, request_intent
from skill.voice.turn import Turn

logger = logging.getLogger(__name__)

SET_INTENT = "SetReminderIntent"
LIST_INTENT = "ListRemindersIntent"
CANCEL_INTENT = "CancelRemindersIntent"
TIME_SLOT = "time"
TOKEN_PREFIX = "letting-go/reminders/"

_FAULT_LINES = {
    Fault.LIMIT_REACHED: "reminder_limit_reached",
    Fault.NOT_ALLOWED: "reminder_not_allowed",
    Fault.BUSY: "reminder_busy",
    Fault.REJECTED: "reminder_rejected",
    Fault.UNAVAILABLE: "reminder_unavailable",
    Fault.NOT_FOUND: "reminder_unavailable",
}


class Action(enum.Enum):
    """What a person can ask of their reminders."""

    DAILY = "daily"
    LAST_DAY = "last-day"
    LIST = "list"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ReminderTask:
    """What the person asked of their reminders; it travels through the permission prompt.

    ``value`` is the time ("20:00") of a daily reminder or the date of a last-day reminder.
    """

    action: Action
    value: str = ""

    def token(self) -> str:
        """The AskFor token that brings this task back with Alexa's answer."""
        return f"{TOKEN_PREFIX}{self.action.value}/{self.value}"

    @staticmethod
    def from_token(token: str | None) -> ReminderTask | None:
        """The task a token carries; None for a token this skill did not make."""
        if not token or not token.startswith(TOKEN_PREFIX):
            return None
        kind, _, value = token.removeprefix(TOKEN_PREFIX).partition("/")
        try:
            action = Action(kind)
        except ValueError:
            return None
        if action is Action.DAILY and parse_clock_time(value) is None:
            return None
        if action is Action.LAST_DAY:
            try:
                date.fromisoformat(value)
            except ValueError:
                return None
        return ReminderTask(action, value)


def carry_out(
    handler_input: HandlerInput, task: ReminderTask, *, just_allowed: bool = False
) -> Response:
    """Do ``task``, asking for the reminders permission first when it is missing.

    ``just_allowed`` is set when Alexa has just reported the person's yes: the skill then does not
    ask again, even if the API still refuses.
    """
    turn = Turn.of(handler_input)
    speech = turn.speech
    if task.action in (Action.LIST, Action.CANCEL) and not turn.state.reminders.tokens:
        turn.outcome = "reminders_none"
        key = "reminders_none" if task.action is Action.LIST else "reminders_none_to_cancel"
        return tell(handler_input, speech.line(key))
    api = RemindersApi.of(handler_input, turn.now())
    if api is None:
        turn.outcome = "reminders_unreachable"
        return tell(handler_input, speech.line("reminders_unreachable"))
    if not just_allowed and not reminders_allowed(handler_input):
        turn.outcome = "permission_asked"
        return ask_for_reminders(handler_input, task.token())
    try:
        return _ACTIONS[task.action](handler_input, api, task)
    except ReminderApiError as error:
        if error.fault is Fault.NO_PERMISSION and not just_allowed:
            turn.outcome = "permission_asked"  # it was taken back since the request was made
            return ask_for_reminders(handler_input, task.token())
        turn.outcome = f"reminders_{error.fault.value}"
        if error.fault is Fault.NO_PERMISSION:
            handler_input.response_builder.set_card(consent_card())
            return tell(handler_input, speech.line("permission_still_missing"))
        return tell(handler_input, speech.line(_FAULT_LINES[error.fault]))


def _save_or_undo(turn: Turn, api: RemindersApi, created: str | None) -> None:
    """Save the record now; if that fails, delete the reminder just ``created`` and re-raise."""
    try:
        turn.save()
    except Exception:  # any failure to save: the new reminder must not outlive the record
        if created is not None:
            try:
                api.delete(created)
            except ReminderApiError as error:
                logger.warning("withdrawing a reminder after a failed save: %s", error.fault.value)
        raise


def _create_or_update(api: RemindersApi, token: str | None, spec: ReminderSpec) -> str | None:
    """Update the reminder ``token`` to ``spec``, or create one; the new token, if created."""
    if token is not None:
        try:
            api.update(token, spec)
            return None
        except ReminderApiError as error:
            if error.fault is not Fault.NOT_FOUND:
                raise
    return api.create(spec)


def _put_and_keep(
    turn: Turn,
    api: RemindersApi,
    current_token: str | None,
    spec: ReminderSpec,
    keep: Callable[[str], Callable[[UserState], UserState]],
) -> None:
    """Put ``spec`` in place of the reminder ``current_token`` (or create it), record its token
    with ``keep(token)`` and save now; a reminder created for a record that cannot be saved is
    withdrawn."""
    created = _create_or_update(api, current_token, spec)
    token = created or current_token
    assert token is not None  # either it was updated or it was created
    turn.update(keep(token))
    _save_or_undo(turn, api, created)
    turn.outcome = "reminder_created" if created else "reminder_updated"


def _locale(handler_input: HandlerInput) -> str:
    return str(getattr(handler_input.request_envelope.request, "locale", None) or "en-US")


def _set_daily(handler_input: HandlerInput, api: RemindersApi, task: ReminderTask) -> Response:
    turn = Turn.of(handler_input)
    speech = turn.speech
    at = parse_clock_time(task.value)
    assert at is not None  # tasks are made from parsed times
    zone = turn.known_time_zone()
    if zone is None:
        turn.outcome = "reminders_no_time_zone"
        return tell(handler_input, speech.line("reminder_no_time_zone"))
    spec = ReminderSpec(
        text=speech.line("reminder_text_daily"),
        locale=_locale(handler_input),
        zone=zone,
        first=next_occurrence(turn.now(), at),
        daily=at,
    )
    current = turn.state.reminders.daily

    def keep(token: str) -> Callable[[UserState], UserState]:
        reminder = DailyReminder(token, at)
        return lambda state: replace(state, reminders=replace(state.reminders, daily=reminder))

    _put_and_keep(turn, api, current.token if current else None, spec, keep)
    key = "reminder_moved" if current is not None else "reminder_set"
    return tell(handler_input, speech.line(key, time=speech.clock_time(at.hour, at.minute)))


def _last_day_spec(handler_input: HandlerInput, zone: str, moment: datetime) -> ReminderSpec:
    """The one-time reminder for a last day, ringing at ``moment`` (local) in ``zone``."""
    return ReminderSpec(
        text=Turn.of(handler_input).speech.line("reminder_text_last_day"),
        locale=_locale(handler_input),
        zone=zone,
        first=moment,
    )


def _set_last_day(handler_input: HandlerInput, api: RemindersApi, task: ReminderTask) -> Response:
    turn = Turn.of(handler_input)
    speech = turn.speech
    on = date.fromisoformat(task.value)
    zone = turn.known_time_zone()
    if zone is None:
        turn.outcome = "reminders_no_time_zone"
        return tell(handler_input, speech.line("reminder_no_time_zone"))
    moment = datetime.combine(on, time(LAST_DAY_AT.hour, LAST_DAY_AT.minute))
    if moment <= turn.now().replace(tzinfo=None):
        turn.outcome = "reminder_too_late"
        return tell(handler_input, speech.line("last_day_passed"))
    current = turn.state.reminders.last_day
    if current is not None and current.on == on:
        turn.outcome = "reminder_kept"
    else:
        spec = _last_day_spec(handler_input, zone, moment)

        def keep(token: str) -> Callable[[UserState], UserState]:
            reminder = LastDayReminder(token, on)
            return lambda state: replace(
                state, reminders=replace(state.reminders, last_day=reminder)
            )

        _put_and_keep(turn, api, current.token if current else None, spec, keep)
    when = speech.clock_time(LAST_DAY_AT.hour, LAST_DAY_AT.minute)
    return tell(
        handler_input, speech.line("last_day_set", date=speech.date(on, turn.today()), time=when)
    )


def _list(handler_input: HandlerInput, api: RemindersApi, task: ReminderTask) -> Response:
    turn = Turn.of(handler_input)
    speech = turn.speech
    listing = api.listing()
    if listing.complete:
        turn.update(lambda s: replace(s, reminders=s.reminders.keep_only(listing.tokens)))
    reminders = turn.state.reminders
    turn.outcome = "reminders_listed"
    daily, last = reminders.daily, reminders.last_day
    values: dict[str, object] = {}
    if daily is not None:
        values["time"] = speech.clock_time(daily.at.hour, daily.at.minute)
    if last is not None:
        values["date"] = speech.date(last.on, turn.today())
    if daily and last:
        key = "reminders_both"
    elif daily:
        key = "reminders_daily"
    elif last:
        key = "reminders_last_day"
    else:
        key = "reminders_none"
    return tell(handler_input, speech.line(key, **values))


def _cancel(handler_input: HandlerInput, api: RemindersApi, task: ReminderTask) -> Response:
    turn = Turn.of(handler_input)
    gone: list[str] = []
    failure: ReminderApiError | None = None
    for token in turn.state.reminders.tokens:
        try:
            api.delete(token)
            gone.append(token)
        except ReminderApiError as error:
            failure = error
    if gone:
        turn.update(lambda s: replace(s, reminders=s.reminders.without(gone)))
        turn.done_unsaved = "reminders_cancelled_unsaved"  # if the save fails: they are gone
    if failure is not None:
        if not gone:
            raise failure
        turn.outcome = "reminders_cancelled_partly"
        return tell(handler_input, turn.speech.line("reminders_cancelled_partly"))
    turn.outcome = "reminders_cancelled"
    return tell(handler_input, turn.speech.line("reminders_cancelled"))


_ACTIONS: dict[Action, Callable[[HandlerInput, RemindersApi, ReminderTask], Response]] = {
    Action.DAILY: _set_daily,
    Action.LAST_DAY: _set_last_day,
    Action.LIST: _list,
    Action.CANCEL: _cancel,
}


def ask_for_time(
    handler_input: HandlerInput, intent: Intent | None = None, key: str = "ask_reminder_time"
) -> Response:
    """Ask what time the daily reminder should ring (the slot of ``SetReminderIntent``)."""
    speech = Turn.of(handler_input).speech
    intent = intent or intent_with_slots(None, SET_INTENT, (TIME_SLOT,))
    return ask(
        handler_input,
        speech.line(key),
        speech.line("ask_reminder_time_reprompt"),
        step=DialogStep("elicit", intent, TIME_SLOT),
    )


def offer_last_day_reminder(handler_input: HandlerInput, said: str, period: Period) -> Response:
    """``said``, then, where it can be set, the offer of a reminder on the period's last day."""
    turn = Turn.of(handler_input)
    existing = turn.state.reminders.last_day
    if (
        last_day_reminder_at(period, turn.now()) is None
        or not reachable(handler_input)
        or (existing is not None and existing.on == last_day(period))
    ):
        return tell(handler_input, said)
    speech = turn.speech
    offer = speech.line("last_day_offer", date=speech.date(last_day(period), turn.today()))
    return ask(
        handler_input,
        f"{said} {offer}",
        speech.line("last_day_offer_reprompt"),
        pending=LAST_DAY_OFFER,
    )


def follow_last_day(handler_input: HandlerInput) -> str:
    """Bring the last-day reminder in line with the period as this turn just changed it.

    Alexa's reminder changes first; the period and the reminder's token are then saved in the
    turn's one write. When that write fails, a moved reminder is moved back, and what cannot be
    undone (a reminder already deleted) is said in the apology.

    Returns
    -------
    str
        "" when the reminder now matches the period (or there is none), else one short sentence
        saying it could not be changed and when it may still ring.
    """
    turn = Turn.of(handler_input)
    kept = turn.state.reminders.last_day
    change = follow_period(kept, turn.state.period, turn.now())
    if change is None or kept is None:
        return ""
    failure = _follow(handler_input, change)
    if failure is not None:
        turn.outcome = f"last_day_unchanged_{failure}"
        key = "last_day_not_moved" if isinstance(change, MoveLastDay) else "last_day_not_cancelled"
        return turn.speech.line(key, date=turn.speech.date(kept.on, turn.today()))
    _save_or_restore(handler_input, change, kept)
    return ""


def _save_or_restore(
    handler_input: HandlerInput, change: MoveLastDay | DropLastDay, kept: LastDayReminder
) -> None:
    """Save now; if that fails, put a moved reminder back on ``kept``'s day and re-raise."""
    turn = Turn.of(handler_input)
    try:
        turn.save()
    except Exception:  # any failure to save: Alexa's reminder must match the record kept
        if isinstance(change, DropLastDay):
            turn.done_unsaved = "last_day_cancelled_unsaved"
            raise
        if turn.state.reminders.last_day is None:
            raise  # Alexa had no such reminder any more: there is nothing to move back
        api = RemindersApi.of(handler_input, turn.now())
        zone = turn.known_time_zone()
        assert api is not None and zone is not None  # the move above needed both
        back = datetime.combine(kept.on, time(LAST_DAY_AT.hour, LAST_DAY_AT.minute))
        try:
            api.update(kept.token, _last_day_spec(handler_input, zone, back))
        except ReminderApiError as error:
            logger.warning("moving a reminder back after a failed save: %s", error.fault.value)
            turn.done_unsaved = "last_day_moved_unsaved"
        raise


def _follow(handler_input: HandlerInput, change: MoveLastDay | DropLastDay) -> str | None:
    """Make Alexa's last-day reminder match ``change``, and keep its token to match.

    A reminder Alexa reports gone is forgotten. Any other failure leaves the token as it was (the
    reminder still exists, unchanged) and is returned as a word for the turn's log.
    """
    turn = Turn.of(handler_input)
    api = RemindersApi.of(handler_input, turn.now())
    if api is None:
        return "unreachable"
    if not reminders_allowed(handler_input):
        return Fault.NO_PERMISSION.value  # the call would only be refused
    token = change.token
    try:
        if isinstance(change, MoveLastDay):
            zone = turn.known_time_zone()
            if zone is None:
                return "no_time_zone"
            api.update(token, _last_day_spec(handler_input, zone, change.at))
            on = change.on
            turn.update(lambda s: replace(s, reminders=s.reminders.last_day_moved(token, on)))
            return None
        api.delete(token)  # one already gone counts as deleted
    except ReminderApiError as error:
        if error.fault is not Fault.NOT_FOUND:
            return str(error.fault.value)
    turn.update(lambda s: replace(s, reminders=s.reminders.without([token])))
    return None


def answer_last_day_offer(handler_input: HandlerInput, yes: bool) -> Response:
    """Yes or no to "would you like a reminder on your last day?"."""
    turn = Turn.of(handler_input)
    if not yes:
        turn.outcome = "reminder_declined"
        return tell(handler_input, turn.speech.line("last_day_declined"))
    period = turn.state.period
    if period is None or not period.is_active():
        return tell(handler_input, turn.speech.line("last_day_no_period"))
    task = ReminderTask(Action.LAST_DAY, last_day(period).isoformat())
    return carry_out(handler_input, task)


class SetReminderHandler(AbstractRequestHandler):
    """ "Remind me to check in every day at 8 pm", "change my reminder to 9 pm"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(SET_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = intent_with_slots(request_intent(handler_input), SET_INTENT, (TIME_SLOT,))
        raw = intent_slot_value(intent, TIME_SLOT)
        if raw is None:
            return ask_for_time(handler_input, intent)
        at = parse_clock_time(raw)
        if at is None:
            Turn.of(handler_input).outcome = "time_unclear"
            return ask_for_time(
                handler_input, clear_slot(intent, TIME_SLOT), "reminder_time_unclear"
            )
        return carry_out(handler_input, ReminderTask(Action.DAILY, str(at)))


class ListRemindersHandler(AbstractRequestHandler):
    """ "What reminders do I have?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(LIST_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return carry_out(handler_input, ReminderTask(Action.LIST))


class CancelRemindersHandler(AbstractRequestHandler):
    """ "Cancel my reminders"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name(CANCEL_INTENT)(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return carry_out(handler_input, ReminderTask(Action.CANCEL))
