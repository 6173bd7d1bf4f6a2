"""The Reminders API: the skill's nightly reminders at Alexa."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClientRequest
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
from ask_sdk_model.services.service_client_factory import ServiceClientFactory

from skill.services.outcomes import BY_STATUS, Outcome, call, logged_failure

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"


@dataclass(frozen=True)
class HeldReminder:
    """One of the skill's reminders as Alexa lists it: enough to tell which request made it."""

    token: str
    rules: tuple[str, ...]
    time_zone: str | None
    texts: tuple[str, ...]

    def rings_on(self, rule: str, time_zone: str) -> bool:
        return rule in self.rules and self.time_zone == time_zone

    def says(self, text: str) -> bool:
        return text in self.texts


class RemindersApi:
    def __init__(self, factory: ServiceClientFactory | None, locale: str) -> None:
        self._factory = factory
        self._locale = locale

    def _client(self) -> Any:
        if self._factory is None:
            raise ApiClientException("no service client factory")
        return self._factory.get_reminder_management_service()

    def _request(
        self, rule: str, text: str, time_zone: str, local_now: datetime
    ) -> ReminderRequest:
        """A recurring reminder in the device's zone; the rule carries the nights and time."""
        stamp = local_now.replace(tzinfo=None, microsecond=0)  # the serializer writes isoformat
        return ReminderRequest(
            request_time=stamp,
            trigger=Trigger(
                object_type=TriggerType.SCHEDULED_ABSOLUTE,
                time_zone_id=time_zone,
                recurrence=Recurrence(start_date_time=stamp, recurrence_rules=[rule]),
            ),
            alert_info=AlertInfo(
                spoken_info=SpokenInfo(content=[SpokenText(locale=self._locale, text=text)])
            ),
            push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
        )

    def update(
        self, token: str, rule: str, text: str, time_zone: str, local_now: datetime
    ) -> Outcome:
        """Change a reminder Alexa holds in place; NOT_FOUND when Alexa no longer has it."""
        request = self._request(rule, text, time_zone, local_now)
        outcome, _ = call(
            "reminders", "update", lambda: self._client().update_reminder(token, request)
        )
        return outcome

    def create(
        self, rule: str, text: str, time_zone: str, local_now: datetime
    ) -> tuple[Outcome, str | None]:
        """A new reminder and its token. FAILED (a timeout, a 5xx, an answer without a token)
        does not mean Alexa made nothing: the caller looks with `listed` before trying again."""
        request = self._request(rule, text, time_zone, local_now)
        outcome, reply = call(
            "reminders", "create", lambda: self._client().create_reminder(request)
        )
        token = getattr(reply, "alert_token", None)
        if outcome is Outcome.OK and not token:
            return Outcome.FAILED, None
        return outcome, token

    def delete(self, token: str) -> Outcome:
        """Gone already (404) counts as deleted: the user may have removed it in the app."""
        outcome, _ = call("reminders", "delete", lambda: self._client().delete_reminder(token))
        return Outcome.OK if outcome is Outcome.NOT_FOUND else outcome

    def listed(self) -> tuple[Outcome, list[HeldReminder]]:
        """Every reminder this skill holds for the account, read with a plain GET: the SDK's
        model for this answer is broken, but the API isn't."""
        if self._factory is None:
            return Outcome.FAILED, []
        config = self._factory.api_configuration
        request = ApiClientRequest(
            url=f"{config.api_endpoint}/v1/alerts/reminders",
            method="GET",
            headers=[("Authorization", f"Bearer {config.authorization_value}")],
        )
        try:
            reply = config.api_client.invoke(request)
        except ApiClientException:
            logged_failure("reminders", "list", Outcome.FAILED)
            return Outcome.FAILED, []
        if reply.status_code != 200:
            outcome = BY_STATUS.get(reply.status_code, Outcome.FAILED)
            logged_failure("reminders", "list", outcome)
            return outcome, []
        try:
            alerts = json.loads(reply.body or "{}").get("alerts") or []
        except (ValueError, AttributeError):
            return Outcome.FAILED, []
        return Outcome.OK, [
            _held(alert) for alert in alerts if isinstance(alert, dict) and "alertToken" in alert
        ]

    def tokens(self) -> tuple[Outcome, list[str]]:
        outcome, held = self.listed()
        return outcome, [reminder.token for reminder in held]


def _held(alert: dict[str, Any]) -> HeldReminder:
    trigger = _json_object(alert.get("trigger"))
    recurrence = _json_object(trigger.get("recurrence"))
    spoken = _json_object(alert.get("alertInfo")).get("spokenInfo") or {}
    content = spoken.get("content") if isinstance(spoken, dict) else None
    return HeldReminder(
        token=str(alert["alertToken"]),
        rules=tuple(str(rule) for rule in recurrence.get("recurrenceRules") or []),
        time_zone=trigger.get("timeZoneId"),
        texts=tuple(str(item.get("text")) for item in content or [] if isinstance(item, dict)),
    )


def _json_object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
