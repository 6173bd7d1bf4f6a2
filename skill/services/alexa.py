"""The Alexa service APIs one request may call, bound to its client factory, locale and device.

One module per API (settings, timers, reminders); this is what a flow holds of them.
"""

from __future__ import annotations

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
    def __init__(
        self, factory: ServiceClientFactory | None, locale: str, device_id: str | None
    ) -> None:
        self.settings = SettingsApi(factory, device_id)
        self.timers = TimersApi(factory, locale)
        self.reminders = RemindersApi(factory, locale)
