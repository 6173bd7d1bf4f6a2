"""The one module that calls the Alexa service APIs, and maps their failures to outcomes."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.exceptions import ApiClientException, SerializationException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ServiceException

from skill.observability import logger

# Every way a service call can fail: an HTTP status the model declares (ServiceException),
# an undeclared one or an empty body (SerializationException), or no answer (ApiClientException).
SERVICE_FAILURES = (ServiceException, SerializationException, ApiClientException)

# Used when the device's zone can't be read; the user still gets an answer.
DEFAULT_TIME_ZONES = {
    "en-US": "America/New_York",
    "en-CA": "America/Toronto",
    "en-GB": "Europe/London",
    "en-IN": "Asia/Kolkata",
    "en-AU": "Australia/Sydney",
}


def default_time_zone(locale: str | None) -> str:
    return DEFAULT_TIME_ZONES.get(locale or "", "America/New_York")


def device_time_zone(handler_input: HandlerInput) -> str | None:
    """The device's IANA time zone from the Settings API, or None when it can't be had."""
    system = handler_input.request_envelope.context.system
    factory = handler_input.service_client_factory
    if factory is None or system.device is None or not system.api_access_token:
        return None
    try:
        zone = factory.get_ups_service().get_system_time_zone(system.device.device_id)
    except SERVICE_FAILURES as error:
        logger.warning("time zone unavailable", extra={"reason": _reason(error)})
        return None
    if not isinstance(zone, str):
        logger.warning("time zone unavailable", extra={"reason": "unexpected reply"})
        return None
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("time zone unknown", extra={"zone": zone[:64]})
        return None
    return zone


def _reason(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__} {status}" if status else type(error).__name__
