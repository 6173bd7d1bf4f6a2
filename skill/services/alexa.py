"""The Alexa service APIs one request may call, bound to its client factory, locale and device.

One module per API (settings, timers, reminders); this is what a flow holds of them.
"""

from __future__ import annotations

from functools import cached_property

from ask_sdk_model.services.service_client_factory import ServiceClientFactory

from skill.services.outcomes import Outcome
from skill.services.reminders import REMINDERS_SCOPE, HeldReminder, RemindersApi
from skill.services.settings import SettingsApi
from skill.services.timers import TIMERS_SCOPE, ResumeTask, TimersApi, TimerState

__all__ = [
    "REMINDERS_SCOPE",
    "TIMERS_SCOPE",
    "AlexaApis",
    "HeldReminder",
    "Outcome",
    "ResumeTask",
    "TimerState",
]


class AlexaApis:
    """Each API's client is made when a flow first calls it: most turns call none."""

    def __init__(
        self, factory: ServiceClientFactory | None, locale: str, device_id: str | None
    ) -> None:
        self._factory = factory
        self._locale = locale
        self._device_id = device_id

    @cached_property
    def settings(self) -> SettingsApi:
        return SettingsApi(self._factory, self._device_id)

    @cached_property
    def timers(self) -> TimersApi:
        return TimersApi(self._factory, self._locale)

    @cached_property
    def reminders(self) -> RemindersApi:
        return RemindersApi(self._factory, self._locale)
