"""Reading slot values as Alexa sends them: ISO dates, ISO 8601 durations, numbers.

Anything odd (a week like "2026-W47", a month like "2026-11", "?" for a number Alexa could not
hear) reads as None, and the handler asks again.
"""

from __future__ import annotations

import re
from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model import Intent, IntentConfirmationStatus, Slot, SlotConfirmationStatus

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DURATION = re.compile(
    r"^P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$"
)
# A relationship's length in days, with months and years as a person means them.
_DAYS_PER = {"years": 365.25, "months": 30.4375, "weeks": 7.0, "days": 1.0}


def parse_day(value: str | None, today: date | None = None) -> date | None:
    """A single calendar day from an AMAZON.DATE value, else None. "Now" (``PRESENT_REF``) is
    ``today``, when given.

    Examples
    --------
    >>> parse_day("2026-11-03")
    datetime.date(2026, 11, 3)
    >>> parse_day("2026-W47") is None
    True
    >>> parse_day("PRESENT_REF", today=date(2026, 12, 1))
    datetime.date(2026, 12, 1)
    """
    if value == "PRESENT_REF":
        return today
    if not value or not _DAY.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_duration_days(value: str | None) -> int | None:
    """Whole days in an AMAZON.DURATION value such as "P2M" or "P1Y6M", else None.

    Examples
    --------
    >>> parse_duration_days("P6W")
    42
    >>> parse_duration_days("P2M")
    60
    """
    if not value:
        return None
    found = _DURATION.match(value.strip().upper())
    if not found or not any(found.group(part) for part in _DAYS_PER):
        return None
    total = sum(float(found.group(part) or 0) * per for part, per in _DAYS_PER.items())
    return int(total)


def parse_count(value: str | None) -> int | None:
    """A whole number from an AMAZON.NUMBER value, else None ("?" when Alexa could not hear)."""
    if not value:
        return None
    text = value.strip()
    if not text.isdigit():
        return None
    return int(text)


def request_intent(handler_input: HandlerInput) -> Intent | None:
    """The intent of an IntentRequest, else None."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    return intent if isinstance(intent, Intent) else None


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    """The raw value of slot ``name`` in this intent request, or None."""
    try:
        slot = get_slot(handler_input, name)
    except TypeError:
        return None
    value = getattr(slot, "value", None)
    return value if isinstance(value, str) and value.strip() else None


def intent_with_slots(
    request_intent: Intent | None, name: str, slot_names: tuple[str, ...]
) -> Intent:
    """A copy of ``request_intent`` (or a new intent ``name``) holding every slot named.

    Dialog directives send the intent back to Alexa, which expects all its slots to be present.
    """
    slots: dict[str, Slot] = {}
    existing = (request_intent.slots or {}) if request_intent is not None else {}
    for slot_name in slot_names:
        old = existing.get(slot_name)
        slots[slot_name] = Slot(
            name=slot_name,
            value=getattr(old, "value", None),
            confirmation_status=getattr(old, "confirmation_status", None)
            or SlotConfirmationStatus.NONE,
        )
    confirmation = getattr(request_intent, "confirmation_status", None)
    return Intent(
        name=name,
        slots=slots,
        confirmation_status=confirmation or IntentConfirmationStatus.NONE,
    )


def with_slot_value(intent: Intent, name: str, value: str | None) -> Intent:
    """``intent`` with slot ``name`` set to ``value`` (not yet confirmed)."""
    slots = dict(intent.slots or {})
    slots[name] = Slot(name=name, value=value, confirmation_status=SlotConfirmationStatus.NONE)
    return Intent(name=intent.name, slots=slots, confirmation_status=intent.confirmation_status)


def clear_slot(intent: Intent, name: str) -> Intent:
    """``intent`` with slot ``name`` emptied, so that it can be asked for again."""
    return with_slot_value(intent, name, None)


def intent_slot_value(intent: Intent, name: str) -> str | None:
    slot = (intent.slots or {}).get(name)
    value = getattr(slot, "value", None)
    return value if isinstance(value, str) and value.strip() else None


def resolved_id(intent: Intent, name: str) -> str | None:
    """The id of the custom value that slot ``name`` was resolved to, else None.

    Alexa resolves what was heard ("call my sister") to one of the slot type's values (its id,
    "FAMILY"); a value it could not resolve, or a slot of a built-in type, gives None.
    """
    # The resolution model is read by the first turn that asks, not at every cold start.
    from ask_sdk_model.slu.entityresolution import StatusCode

    slot = (intent.slots or {}).get(name)
    resolutions = getattr(slot, "resolutions", None)
    for authority in getattr(resolutions, "resolutions_per_authority", None) or []:
        status = getattr(getattr(authority, "status", None), "code", None)
        values = getattr(authority, "values", None) or []
        if status == StatusCode.ER_SUCCESS_MATCH and values:
            found = getattr(getattr(values[0], "value", None), "id", None)
            if isinstance(found, str) and found:
                return found
    return None


def slot_confirmation(intent: Intent, name: str) -> SlotConfirmationStatus:
    slot = (intent.slots or {}).get(name)
    status = getattr(slot, "confirmation_status", None)
    return status if isinstance(status, SlotConfirmationStatus) else SlotConfirmationStatus.NONE
