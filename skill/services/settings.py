"""The Settings API: the device's time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_model.services.service_client_factory import ServiceClientFactory

from skill import deadline
from skill.observability import logger
from skill.services.outcomes import SERVICE_FAILURES, reason

# The refresh is optional (the zone kept in state, or the locale's, will do): it may take a
# second at most, and runs only when the rest of the turn still fits after that.
SETTINGS_CALL_SECONDS = 1.0
OPTIONAL_CALL_MARGIN_SECONDS = 3.0


class SettingsApi:
    def __init__(self, factory: ServiceClientFactory | None, device_id: str | None) -> None:
        self._factory = factory
        self._device_id = device_id

    def time_zone(self) -> str | None:
        """The device's IANA time zone, or None when it can't be had."""
        if self._factory is None or not self._device_id:
            return None
        if not deadline.current().allows(OPTIONAL_CALL_MARGIN_SECONDS + SETTINGS_CALL_SECONDS):
            logger.warning("time zone not asked", extra={"reason": "turn short of time"})
            return None
        try:
            with deadline.at_most(SETTINGS_CALL_SECONDS):
                zone = self._factory.get_ups_service().get_system_time_zone(self._device_id)
        except SERVICE_FAILURES as error:
            logger.warning("time zone unavailable", extra={"reason": reason(error)})
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
