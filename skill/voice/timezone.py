"""The device's time zone, from the Alexa Settings API; a failing call never fails the turn."""

from __future__ import annotations

import logging
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.domain.clock import is_known_zone

logger = logging.getLogger(__name__)


def _system(handler_input: HandlerInput) -> Any:
    context = handler_input.request_envelope.context
    return getattr(context, "system", None)


def device_time_zone(handler_input: HandlerInput) -> str | None:
    """The IANA zone the device is set to, or None when it cannot be had.

    None when the request has no device, no API endpoint or token, the skill has no API client,
    or the call fails or answers with something that is not a zone.
    """
    system = _system(handler_input)
    device_id = getattr(getattr(system, "device", None), "device_id", None)
    if not device_id or not getattr(system, "api_endpoint", None):
        return None
    if not getattr(system, "api_access_token", None):
        return None
    factory = handler_input.service_client_factory
    if factory is None:
        return None
    try:
        zone = factory.get_ups_service().get_system_time_zone(device_id)
    except Exception as exc:  # any failure of the Settings API falls back to the stored zone
        logger.warning("time zone lookup failed: %s", type(exc).__name__)
        return None
    if isinstance(zone, str) and is_known_zone(zone):
        return zone
    logger.warning("time zone lookup gave no usable zone")
    return None
