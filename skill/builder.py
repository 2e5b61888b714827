"""The composition root: one skill object, wired once per process, served by every runtime."""

from __future__ import annotations

import importlib
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model.services import ApiClient

from skill.domain.clock import Clock, SystemClock
from skill.logs import quiet_third_party_loggers
from skill.metrics import DEFAULT_NAMESPACE, Metrics, metrics_from_environment
from skill.storage.store import DEFAULT_INACTIVITY_DAYS, StateStore
from skill.voice.apl.touch import TouchAsIntent
from skill.voice.counted_api import CountingApiClient
from skill.voice.handlers.errors import KindErrorHandler
from skill.voice.handlers.on_first_use import PACKAGE as HANDLERS
from skill.voice.handlers.on_first_use import OnFirstUse
from skill.voice.interceptors import LogTurn, SaveTurn, StartTurn, StepAsideFromExercise
from skill.voice.locales import warm_locales
from skill.voice.turn_log import TurnLog

if TYPE_CHECKING:
    from skill.voice.api_client import TimedApiClient

TABLE_ENV = "LETTING_GO_TABLE"
INACTIVITY_ENV = "LETTING_GO_INACTIVITY_DAYS"

#: Every request handler, as (its module in ``skill.voice.handlers``, its class). Order
#: matters: the first handler that can handle a request wins. Words of crisis come before
#: everything, from any point of any dialog; the catch-alls come last. Each module is read when
#: the SDK first asks one of its handlers (see :mod:`~skill.voice.handlers.on_first_use`).
REQUEST_HANDLERS = (
    ("crisis", "CrisisHandler"),
    ("launch", "LaunchHandler"),
    # Inside an exercise every intent acts on it: before anything else that could take it.
    ("exercise", "ExerciseStepHandler"),
    ("exercise", "StartExerciseHandler"),
    ("exercise", "ExerciseReplyHandler"),
    ("period_start", "StartNoContactHandler"),
    ("period_start", "StartOverInDialogHandler"),
    ("period_start", "SetPeriodLengthHandler"),
    ("days_left", "DaysLeftHandler"),
    ("slip", "SlipHandler"),
    ("urge", "UrgeHandler"),
    ("urge", "BreatheHandler"),
    ("urge", "UnsentMessageHandler"),
    ("end", "EndNoContactHandler"),
    ("reminders", "SetReminderHandler"),
    ("reminders", "ListRemindersHandler"),
    ("reminders", "CancelRemindersHandler"),
    ("permission", "PermissionAnswerHandler"),
    ("privacy", "DeleteDataHandler"),
    ("checkin", "CheckInHandler"),
    ("progress", "ProgressHandler"),
    ("conversation", "YesNoHandler"),
    ("conversation", "NotSureHandler"),
    ("conversation", "HelpHandler"),
    ("conversation", "MoreHelpHandler"),
    ("conversation", "RepeatHandler"),
    ("conversation", "PauseHandler"),
    ("conversation", "StopHandler"),
    ("launch", "NavigateHomeHandler"),
    ("conversation", "SessionEndedHandler"),
    ("privacy", "SkillDisabledHandler"),
    ("permission", "PermissionChangedHandler"),
    ("conversation", "FallbackHandler"),
    ("conversation", "OtherRequestHandler"),
)

#: What the skill imports on first use, besides the request handlers' modules, so that a cold
#: start reads only what its first turn needs.
FIRST_USE = (
    "zoneinfo",
    "ask_sdk_model.dialog",
    "ask_sdk_model.interfaces.alexa.presentation.apl",
    "ask_sdk_model.interfaces.connections",
    "ask_sdk_model.slu.entityresolution",
    "skill.voice.apl.screens",
)


def read_ahead() -> None:
    """Read now all a turn would read on first use: every module (:data:`REQUEST_HANDLERS`'
    and :data:`FIRST_USE`) and every locale's catalog. SnapStart does it before its snapshot,
    and a long-running service before its first requests race to."""
    for module, _ in REQUEST_HANDLERS:
        importlib.import_module(f"{HANDLERS}.{module}")
    for name in FIRST_USE:
        importlib.import_module(name)
    warm_locales()


def build_skill(
    store: StateStore,
    clock: Clock | None = None,
    api_client: ApiClient | None = None,
    rng: random.Random | None = None,
    metrics: Metrics | None = None,
) -> CustomSkill:
    """The Letting Go skill over ``store``.

    Parameters
    ----------
    store
        Where each person's state is kept (it is also the SDK's persistence adapter).
    clock
        The source of the current time; the system clock by default.
    api_client
        Reaches Alexa's service APIs (the device's time zone, reminders). Without one, the skill
        uses the last zone it saw, else UTC, and sets no reminders.
    rng
        Chooses among phrasings; tests pass a seeded one.
    metrics
        When given, each turn's line is also its CloudWatch metrics (EMF), written to standard
        output; without, the line is only logged.

    Examples
    --------
    >>> from skill.storage.local import LocalStore
    >>> skill = build_skill(LocalStore("state.sqlite3"))  # doctest: +SKIP
    """
    quiet_third_party_loggers()
    clock = clock or SystemClock()
    if api_client is not None:
        api_client = CountingApiClient(api_client)  # its failures show in the turn's metrics
    builder = CustomSkillBuilder(persistence_adapter=store, api_client=api_client)  # type: ignore[arg-type]
    for module, name in REQUEST_HANDLERS:
        builder.add_request_handler(OnFirstUse(module, name))
    turn_log = TurnLog(metrics, clock)
    builder.add_exception_handler(KindErrorHandler(turn_log))
    # A touch on a screen's button becomes the intent it names before anything reads the request.
    builder.add_global_request_interceptor(TouchAsIntent())
    builder.add_global_request_interceptor(StartTurn(store, clock, rng))
    builder.add_global_request_interceptor(StepAsideFromExercise())
    builder.add_global_response_interceptor(SaveTurn())
    builder.add_global_response_interceptor(LogTurn(turn_log))
    skill: CustomSkill = builder.create()
    # A language's catalog is read by its first turn (a cold start's first answer reads only
    # its own); SnapStart and the web service read them all ahead (warm_locales).
    return skill


def store_from_environment(environ: Mapping[str, str] | None = None) -> StateStore:
    """DynamoDB when ``LETTING_GO_TABLE`` names a table, else the local file store."""
    env = os.environ if environ is None else environ
    inactivity = int(env.get(INACTIVITY_ENV, DEFAULT_INACTIVITY_DAYS))
    table = env.get(TABLE_ENV)
    if table:
        from skill.storage.dynamodb import DynamoStore

        return DynamoStore(table, inactivity_days=inactivity)
    from skill.storage.local import LocalStore, default_path

    return LocalStore(default_path(), inactivity_days=inactivity)


@dataclass(frozen=True)
class Deployed:
    """The skill as deployed, with the parts SnapStart prepares and renews
    (see :mod:`skill.snapstart`)."""

    skill: CustomSkill
    store: StateStore
    api_client: TimedApiClient
    rng: random.Random


def deployed_from_environment(environ: Mapping[str, str] | None = None) -> Deployed:
    """The skill as deployed: store from the environment, Alexa's APIs with a short timeout,
    and metrics always on (the template's alarms watch them), in the namespace
    ``LETTING_GO_METRICS_NAMESPACE`` names, else ``LettingGo``."""
    from skill.voice.api_client import TimedApiClient

    store = store_from_environment(environ)
    api_client = TimedApiClient()
    rng = random.Random()
    metrics = metrics_from_environment(environ, default=DEFAULT_NAMESPACE)
    skill = build_skill(store, api_client=api_client, rng=rng, metrics=metrics)
    return Deployed(skill, store, api_client, rng)
