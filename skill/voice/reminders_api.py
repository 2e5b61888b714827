"""The Alexa Reminders API, reached through the ASK SDK's reminder service client.

Every failure comes out as a :class:`ReminderApiError` carrying a :class:`Fault` that a person can
be told about. Nothing here speaks or touches stored state.
"""

from __future__ import annotations

import enum
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ServiceException
from ask_sdk_model.services.reminder_management import (
    AlertInfo,
    PushNotification,
    PushNotificationStatus,
    Recurrence,
    ReminderRequest,
    SpokenInfo,
    SpokenText,
    Trigger,
    TriggerType,
)

from skill.domain.reminders import ClockTime, daily_rule

logger = logging.getLogger(__name__)

# Words in the error code of a 403 that mean "no room for another reminder" (the API's own codes
# for its limits name a maximum or a limit; other 403s are refusals of another kind).
_LIMIT_MARKERS = ("MAX", "LIMIT", "EXCEEDED")
LIST_PATH = "/v1/alerts/reminders"


class Fault(enum.Enum):
    """Why a Reminders API call failed, in terms of what to tell the person."""

    NO_PERMISSION = "no_permission"
    """401: reminders are not allowed (never given, or taken back)."""
    LIMIT_REACHED = "limit_reached"
    """403 for a limit: no room for another reminder."""
    NOT_ALLOWED = "not_allowed"
    """Another 403: this account or device cannot have reminders from a skill."""
    NOT_FOUND = "not_found"
    """404: that reminder no longer exists."""
    BUSY = "busy"
    """429: too many requests just now."""
    REJECTED = "rejected"
    """400 or 409: the API refused the request as it was."""
    UNAVAILABLE = "unavailable"
    """5xx, a timeout, or no answer at all."""


class ReminderApiError(Exception):
    """A Reminders API call failed; ``fault`` says how."""

    def __init__(self, fault: Fault, status: int | None = None) -> None:
        super().__init__(f"reminders API: {fault.value} ({status})")
        self.fault = fault
        self.status = status


def _error_code(body: Any) -> str:
    code = getattr(body, "code", None)
    if code is None and isinstance(body, str):
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        code = parsed.get("code") if isinstance(parsed, dict) else None
    return str(code or "").upper()


def fault_of(exc: ServiceException) -> Fault:
    """The fault a failed call stands for, from its HTTP status and error code."""
    status = exc.status_code
    if status == 401:
        return Fault.NO_PERMISSION
    if status == 403:
        code = _error_code(exc.body)
        limit = any(marker in code for marker in _LIMIT_MARKERS)
        return Fault.LIMIT_REACHED if limit else Fault.NOT_ALLOWED
    if status == 404:
        return Fault.NOT_FOUND
    if status == 429:
        return Fault.BUSY
    if status in (400, 409):
        return Fault.REJECTED
    return Fault.UNAVAILABLE


@dataclass(frozen=True)
class ReminderSpec:
    """One reminder to ask Alexa for.

    Parameters
    ----------
    text
        What Alexa says when it rings (generic: it never names anyone).
    locale
        The locale of ``text``.
    zone
        The IANA zone the times are in.
    first
        When it first rings, on the local wall clock (naive).
    daily
        For a daily reminder, the time it rings every day; None for a one-time reminder.
    """

    text: str
    locale: str
    zone: str
    first: datetime
    daily: ClockTime | None = None

    def request(self, now: datetime) -> ReminderRequest:
        """The API's request body, stamped with the time of asking."""
        if self.daily is not None:
            rule = daily_rule(self.daily)
            recurrence = Recurrence(start_date_time=self.first, recurrence_rules=[rule])
            trigger = Trigger(
                object_type=TriggerType.SCHEDULED_ABSOLUTE,
                time_zone_id=self.zone,
                recurrence=recurrence,
            )
        else:
            trigger = Trigger(
                object_type=TriggerType.SCHEDULED_ABSOLUTE,
                scheduled_time=self.first,
                time_zone_id=self.zone,
            )
        spoken = SpokenInfo(content=[SpokenText(locale=self.locale, text=self.text)])
        return ReminderRequest(
            request_time=now.astimezone(UTC).replace(tzinfo=None),
            trigger=trigger,
            alert_info=AlertInfo(spoken_info=spoken),
            push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
        )


def reachable(handler_input: HandlerInput) -> bool:
    """Whether this request can reach Alexa's APIs: an endpoint, a token, and an API client."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    return bool(
        getattr(system, "api_endpoint", None)
        and getattr(system, "api_access_token", None)
        and handler_input.service_client_factory is not None
    )


@dataclass(frozen=True)
class Listing:
    """The skill's reminders Alexa has for this account (``complete`` False when paged)."""

    tokens: frozenset[str]
    complete: bool


class RemindersApi:
    """The calls the skill makes, over the SDK's ``ReminderManagementServiceClient``."""

    def __init__(self, client: Any, now: datetime) -> None:
        self._client = client
        self._now = now

    @staticmethod
    def of(handler_input: HandlerInput, now: datetime) -> RemindersApi | None:
        """The API for this request; None when it cannot be reached (see :func:`reachable`)."""
        factory = handler_input.service_client_factory
        if factory is None or not reachable(handler_input):
            return None
        return RemindersApi(ListingClient(factory.get_reminder_management_service()), now)

    def _call(self, operation: str, *args: Any) -> Any:
        try:
            return getattr(self._client, operation)(*args)
        except ServiceException as exc:
            fault = fault_of(exc)
            logger.warning("reminders %s failed: %s", operation, fault.value)
            raise ReminderApiError(fault, exc.status_code) from exc

    def create(self, spec: ReminderSpec) -> str:
        """Create the reminder; Alexa's token for it."""
        response = self._call("create_reminder", spec.request(self._now))
        token = getattr(response, "alert_token", None)
        if not token:
            raise ReminderApiError(Fault.UNAVAILABLE)
        return str(token)

    def update(self, token: str, spec: ReminderSpec) -> None:
        """Change the reminder ``token`` to ``spec`` (NOT_FOUND when it is gone)."""
        self._call("update_reminder", token, spec.request(self._now))

    def delete(self, token: str) -> None:
        """Delete the reminder ``token``; one that is already gone counts as deleted."""
        try:
            self._call("delete_reminder", token)
        except ReminderApiError as error:
            if error.fault is not Fault.NOT_FOUND:
                raise

    def listing(self) -> Listing:
        """The tokens of the skill's reminders that will still ring."""
        body = self._call("get_reminders_as_json")
        alerts = body.get("alerts") if isinstance(body, dict) else None
        tokens = frozenset(
            str(alert["alertToken"])
            for alert in alerts or []
            if isinstance(alert, dict)
            and alert.get("alertToken")
            and alert.get("status") != "COMPLETED"
        )
        links = body.get("links") if isinstance(body, dict) else None
        more = links.get("next") if isinstance(links, dict) else links
        return Listing(tokens, complete=not more)


class ListingClient:
    """The SDK's reminder client, with the listing read as plain JSON.

    The SDK's own ``get_reminders`` cannot read a listing that holds reminders: its model names a
    module that does not exist (``alert_info_spoken_info``; alexa/alexa-apis-for-python#4, #30).
    The same request is made through the client's own ``invoke``, asking for plain JSON back.
    """

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def get_reminders_as_json(self) -> Any:
        client = self._client
        headers = [
            ("Content-type", "application/json"),
            ("User-Agent", client.user_agent),
            ("Authorization", f"Bearer {client._authorization_value}"),
        ]
        response = client.invoke(
            method="GET",
            endpoint=client._api_endpoint,
            path=LIST_PATH,
            query_params=[],
            header_params=headers,
            path_params={},
            response_definitions=[],
            body=None,
            response_type="object",
        )
        return response.body
