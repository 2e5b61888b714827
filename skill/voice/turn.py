"""One turn's view of the person: their state read at most once, changes saved at most once.

Handlers change state only through :meth:`Turn.update`, with a pure function of the state. The
save at the end of the turn (see :mod:`skill.voice.interceptors`) writes only when the record
really changed, and when another turn saved first it reads again and re-applies the same
functions, so two devices answering at once lose nothing.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.budget import remaining
from skill.domain.clock import Clock, local_now
from skill.domain.period import Period
from skill.failures import start_counting
from skill.storage.keys import NoUserError, account_id, owner_id, record_key
from skill.storage.state import VERSION_KEY, UserState, dump_state, load_state
from skill.storage.store import (
    OutOfTimeError,
    StaleStateError,
    StateStore,
    StoreError,
    UnsureWriteError,
)
from skill.storage.voices import REFRESH_DAYS, add_voice, forget_voices
from skill.voice.catalog import Speech
from skill.voice.locales import Place, place_for
from skill.voice.timezone import device_time_zone

Change = Callable[[UserState], UserState]
logger = logging.getLogger(__name__)
_TURN_KEY = "letting_go.turn"
_RECENT_KEY = "recent"
#: Hashes of the requests whose changes the record holds, newest last.
APPLIED_KEY = "applied"
#: The day (ordinal) a recognised voice's record was last listed in its account's index.
LISTED_KEY = "listed_on"
_APPLIED_KEPT = 8
#: Tries at saving while other turns keep saving first, while the turn's budget still holds a
#: call to the store (SAVE_SECONDS outside a turn): many devices at once still get through.
SAVE_ATTEMPTS = 100
SAVE_SECONDS = 2.0
#: The pause after a lost race is drawn at random up to twice as long as the losing write took
#: (a busy store answers slowly, so pauses grow with its load), doubled after each of the first
#: two losses; between a floor and a cap.
_PAUSE_FLOOR_SECONDS, _PAUSE_CAP_SECONDS = 0.005, 0.5


def request_locale(handler_input: HandlerInput) -> str | None:
    """The locale the request came with ("es-MX"), or None."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return locale if isinstance(locale, str) and locale else None


class Turn:
    """Per-request context, kept in the request attributes. Get it with :meth:`Turn.of`."""

    def __init__(
        self,
        handler_input: HandlerInput,
        store: StateStore,
        clock: Clock,
        rng: random.Random,
    ) -> None:
        self._input = handler_input
        self._store = store
        self._clock = clock
        self._state: UserState | None = None
        self._loaded: UserState | None = None
        self._changes: list[Change] = []
        self._zone_checked = False
        self._now: datetime | None = None
        self._rng = rng
        self._applied: list[str] = []
        self._writes = 0
        self._fresh: dict[str, Any] | None = None
        self._request = request_mark(handler_input)
        self.replayed = False
        """Whether this request's changes were already in the record when it was read."""
        self.started = time.perf_counter()
        self.failures = start_counting()
        """Failed calls to the store and Alexa's APIs from here on, for the turn's metrics."""
        self.outcome = "answered"
        """What the turn came to, in a word or two, for the turn's log line (never user data)."""
        self.done_unsaved: str | None = None
        """The catalog key saying what this turn did outside the record (at Alexa) and could not
        undo, for the apology when its write fails."""
        session = self.session
        recent: dict[str, Any] = {}
        if session is not None:
            kept = session.get(_RECENT_KEY)
            # Session attributes come back from the device: one of the wrong shape is let go.
            if isinstance(kept, dict):
                recent = {k: v for k, v in kept.items() if isinstance(k, str) and type(v) is int}
            session[_RECENT_KEY] = recent
        self.place: Place = place_for(request_locale(handler_input))
        """The request's language and locale data, chosen once for the whole turn."""
        self.speech = Speech(self.place, recent, rng)

    @staticmethod
    def of(handler_input: HandlerInput) -> Turn:
        turn = handler_input.attributes_manager.request_attributes[_TURN_KEY]
        assert isinstance(turn, Turn)
        return turn

    @staticmethod
    def find(handler_input: HandlerInput) -> Turn | None:
        """The request's Turn, or None when the request failed before one was set up."""
        turn = handler_input.attributes_manager.request_attributes.get(_TURN_KEY)
        return turn if isinstance(turn, Turn) else None

    def attach(self) -> None:
        self._input.attributes_manager.request_attributes[_TURN_KEY] = self

    @property
    def session(self) -> dict[str, Any] | None:
        """The session attributes, or None for requests outside a session (skill events)."""
        if self._input.request_envelope.session is None:
            return None
        attributes = self._input.attributes_manager.session_attributes
        return attributes if isinstance(attributes, dict) else None

    # --- state --------------------------------------------------------------------------------

    @property
    def state(self) -> UserState:
        """The person's state; the first use reads it (raises UnreadableStateError if corrupt)."""
        if self._state is None:
            self._loaded = load_state(self._record())
            self._state = self._loaded
            self._applied = self._applied_in(self._input.attributes_manager.persistent_attributes)
            self.replayed = any(m.split(":")[0] == self._request for m in self._applied)
        return self._state

    def update(self, change: Change) -> UserState:
        """Apply ``change`` now and again on a re-read, if another turn saves first."""
        self._state = change(self.state)
        self._changes.append(change)
        return self._state

    def update_period(self, change: Callable[[Period], Period]) -> UserState:
        """Apply ``change`` to the current period (whatever it is when the change is applied)."""

        def on_period(state: UserState) -> UserState:
            if state.period is None:
                return state
            return replace(state, period=change(state.period))

        return self.update(on_period)

    def _record(self) -> dict[str, Any]:
        record = self._input.attributes_manager.persistent_attributes
        return {k: v for k, v in record.items() if k not in (VERSION_KEY, APPLIED_KEY, LISTED_KEY)}

    @staticmethod
    def _applied_in(record: dict[str, Any]) -> list[str]:
        marks = record.get(APPLIED_KEY)
        return [m for m in marks if isinstance(m, str)] if isinstance(marks, list) else []

    def save(self) -> bool:
        """Write the state if it changed; True when something was written (or, for a request
        already applied, had been)."""
        if self._state is None or not self._changes or self._state == self._loaded:
            return False
        if self.replayed:
            # Alexa sent this request again: its changes are in the record already.
            self._changes.clear()
            return True
        manager = self._input.attributes_manager
        marks = [*self._applied, self._mark] if self._mark else self._applied
        deadline = time.monotonic() + SAVE_SECONDS
        for attempt in range(SAVE_ATTEMPTS):
            version = manager.persistent_attributes.get(VERSION_KEY, 0)
            manager.persistent_attributes = {
                **dump_state(self._state),
                APPLIED_KEY: marks[-_APPLIED_KEPT:],
                **self._listing(manager.persistent_attributes),
                VERSION_KEY: version,
            }
            began = time.monotonic()
            try:
                manager.save_persistent_attributes()
            except StaleStateError as stale:
                # Another turn saved first, or this write landed and its answer was lost.
                landed = self._landed_after_all(stale.current)
                if landed:
                    return True
                if landed is None:
                    raise UnsureWriteError("the record could not be read to learn") from stale
                pause = self._pause_after_losing(attempt, time.monotonic() - began)
                if attempt + 1 == SAVE_ATTEMPTS or not self._time_to_wait(pause, deadline):
                    raise
                time.sleep(pause)
                self._reapply_on_fresh_read()
                marks = [*self._applied, self._mark] if self._mark else self._applied
                continue
            except OutOfTimeError:
                raise  # the write was never sent
            except StoreError as error:
                # The write's fate is unknown (a timeout): the record says whether it landed.
                landed = self._landed_after_all()
                if landed:
                    return True
                if landed is None:
                    raise UnsureWriteError("the record could not be read to learn") from error
                raise
            self._written()
            return True
        return False  # pragma: no cover - the loop either returns or raises

    def _pause_after_losing(self, attempt: int, write_took: float) -> float:
        longest = max(_PAUSE_FLOOR_SECONDS, 2 * write_took) * 2 ** min(attempt, 2)
        return self._rng.uniform(0, min(_PAUSE_CAP_SECONDS, longest))

    def _time_to_wait(self, pause: float, deadline: float) -> bool:
        """Whether the turn's budget (else ``deadline``) holds ``pause`` and another write."""
        left = remaining()
        if left is None:
            return time.monotonic() + pause < deadline
        return left >= pause + self._store.call_seconds

    def _listing(self, record: dict[str, Any]) -> dict[str, int]:
        """For a recognised voice's record: list it in the account's index when it is not (or
        not lately), so that disabling the skill finds it; the day it was listed, to keep."""
        try:
            kind, _ = owner_id(self._input.request_envelope)
        except NoUserError:
            return {}
        account = account_id(self._input.request_envelope)
        if kind != "person" or account is None:
            return {}
        today = self._clock.now().date().toordinal()
        listed = record.get(LISTED_KEY)
        if isinstance(listed, int) and 0 <= today - listed < REFRESH_DAYS:
            return {LISTED_KEY: listed}
        try:
            add_voice(self._store, account, record_key(self._input.request_envelope))
        except StoreError as error:  # listed on a later write; this one still goes ahead
            logger.warning("could not list a voice for its account: %s", type(error).__name__)
            return {}
        return {LISTED_KEY: today}

    def forget_every_voice(self) -> None:
        """Delete the account's record and every recognised voice's record (skill disabled)."""
        self.forget()
        account = account_id(self._input.request_envelope)
        if account is not None:
            forget_voices(self._store, account)

    @property
    def _mark(self) -> str | None:
        """What this turn's next write is known by: its request, and which write it is."""
        return f"{self._request}:{self._writes}" if self._request else None

    def _written(self) -> None:
        self._writes += 1
        self._loaded = self._state
        # What is written is in the store now: a later save in this turn that must re-read
        # re-applies only the changes made since, never these twice.
        self._changes.clear()
        self._applied = self._applied_in(self._input.attributes_manager.persistent_attributes)

    def _landed_after_all(self, current: dict[str, Any] | None = None) -> bool | None:
        """Read the record again (unless the store gave it as ``current``): True (and the turn
        takes it) when it holds this request's write, whose answer was lost on the way back;
        None when that cannot be known."""
        if self._mark is None:  # a request without an id: its writes cannot be told apart
            self._fresh = current
            return False
        try:
            fresh = current or self._store.get_attributes(self._input.request_envelope)
        except StoreError:
            return None
        if self._mark not in self._applied_in(fresh):
            self._fresh = fresh
            return False
        self._input.attributes_manager.persistent_attributes = fresh
        self._written()
        return True

    def forget(self) -> None:
        """Delete the person's record for good; nothing more is saved in this turn."""
        self._input.attributes_manager.delete_persistent_attributes()
        self._state = self._loaded = UserState()
        self._changes.clear()

    def _reapply_on_fresh_read(self) -> None:
        manager = self._input.attributes_manager
        fresh, self._fresh = self._fresh, None
        if fresh is None:
            fresh = self._store.get_attributes(self._input.request_envelope)
        manager.persistent_attributes = fresh
        self._applied = self._applied_in(fresh)
        state = load_state(self._record())
        self._loaded = state
        for change in self._changes:
            state = change(state)
        self._state = state

    # --- time -----------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The person's wall-clock time: device zone, else the last zone seen, else UTC."""
        if self._now is None:
            zone = self._zone()
            self._now = local_now(self._clock.now(), zone)
        return self._now

    def today(self) -> date:
        return self.now().date()

    def known_time_zone(self) -> str | None:
        """The device's zone, else the last zone seen; None when neither is known."""
        return self._zone()

    def _zone(self) -> str | None:
        stored = self.state.time_zone
        if not self._zone_checked:
            self._zone_checked = True
            zone = device_time_zone(self._input)
            if zone is not None and zone != stored:
                remember: Change = lambda s: replace(s, time_zone=zone)  # noqa: E731
                if self._loaded == UserState():
                    # A zone alone is no reason to keep a record for someone new; it is kept
                    # with their first real change.
                    self._state = remember(self.state)
                else:
                    self.update(remember)
                return zone
        return stored


def request_mark(handler_input: HandlerInput) -> str | None:
    """A short one-way hash of the request's id (no Alexa id is stored as it is)."""
    request_id = getattr(handler_input.request_envelope.request, "request_id", None)
    if not request_id:
        return None
    return hashlib.sha256(str(request_id).encode("utf-8")).hexdigest()[:16]
