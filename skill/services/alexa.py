"""The one module that calls the Alexa service APIs, and maps their failures to outcomes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.exceptions import ApiClientException, SerializationException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.interfaces.connections import SendRequestDirective
from ask_sdk_model.services import ApiClientRequest, ServiceException
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
from ask_sdk_model.services.timer_management import (
    AnnounceOperation,
    CreationBehavior,
    DisplayExperience,
    LaunchTaskOperation,
    NotificationConfig,
    Task,
    TextToAnnounce,
    TextToConfirm,
    TimerRequest,
    TriggeringBehavior,
    Visibility,
)

from skill import deadline
from skill.envelope import request_of, system_of
from skill.observability import logger
from skill.services.durations import format_duration, parse_duration

T = TypeVar("T")

# Every way a service call can fail: an HTTP status the model declares (ServiceException),
# an undeclared one or an empty body (SerializationException), or no answer (ApiClientException).
SERVICE_FAILURES = (ServiceException, SerializationException, ApiClientException)

# The Settings API refresh is optional (the zone kept in state, or the locale's, will do): it
# may take a second at most, and runs only when the rest of the turn still fits after that.
SETTINGS_CALL_SECONDS = 1.0
OPTIONAL_CALL_MARGIN_SECONDS = 3.0


def device_time_zone(handler_input: HandlerInput) -> str | None:
    """The device's IANA time zone from the Settings API, or None when it can't be had."""
    system = system_of(handler_input)
    factory = handler_input.service_client_factory
    if factory is None or system.device is None or not system.api_access_token:
        return None
    if not deadline.current().allows(OPTIONAL_CALL_MARGIN_SECONDS + SETTINGS_CALL_SECONDS):
        logger.warning("time zone not asked", extra={"reason": "turn short of time"})
        return None
    try:
        with deadline.at_most(SETTINGS_CALL_SECONDS):
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


# Timers ------------------------------------------------------------------------------------

TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"


class Outcome(StrEnum):
    """What a service call came to, in the terms the handlers speak about."""

    OK = "ok"
    NO_PERMISSION = "no_permission"  # 401: ask for consent
    BAD_REQUEST = "bad_request"  # 400
    NOT_SUPPORTED = "not_supported"  # 403: this device can't
    NOT_FOUND = "not_found"  # 404: gone off, or cancelled elsewhere
    THROTTLED = "throttled"  # 429
    DEVICE_OFFLINE = "device_offline"  # 504
    FAILED = "failed"  # 5xx, timeouts, empty or unreadable answers

    @classmethod
    def of(cls, error: Exception) -> Outcome:
        return (
            _BY_STATUS.get(error.status_code, cls.FAILED)
            if isinstance(error, ServiceException)
            else cls.FAILED
        )


_BY_STATUS = {
    400: Outcome.BAD_REQUEST,
    401: Outcome.NO_PERMISSION,
    403: Outcome.NOT_SUPPORTED,
    404: Outcome.NOT_FOUND,
    429: Outcome.THROTTLED,
    504: Outcome.DEVICE_OFFLINE,
}


@dataclass(frozen=True)
class TimerState:
    id: str
    paused: bool
    remaining: timedelta


def _timers(handler_input: HandlerInput):
    factory = handler_input.service_client_factory
    if factory is None:
        raise ApiClientException("no service client factory")
    return factory.get_timer_management_service()


def _call(api: str, action: str, call: Callable[[], T]) -> tuple[Outcome, T | None]:
    try:
        return Outcome.OK, call()
    except SERVICE_FAILURES as error:
        outcome = Outcome.of(error)
        logger.warning(
            "alexa api failed", extra={"api": api, "action": action, "outcome": outcome.value}
        )
        return outcome, None


def start_timer(
    handler_input: HandlerInput, label: str, length: timedelta, announcement: str,
    task: Task | None,
) -> tuple[Outcome, TimerState | None]:  # fmt: skip
    """A visible, audible timer that announces the next step, or brings the user back to it."""
    locale = request_of(handler_input).locale or "en-US"
    operation = (
        LaunchTaskOperation(
            text_to_confirm=[TextToConfirm(locale=locale, text=announcement)], task=task
        )
        if task
        else AnnounceOperation(text_to_announce=[TextToAnnounce(locale=locale, text=announcement)])
    )
    request = TimerRequest(
        duration=format_duration(length),
        timer_label=label,
        creation_behavior=CreationBehavior(DisplayExperience(visibility=Visibility.VISIBLE)),
        triggering_behavior=TriggeringBehavior(
            operation=operation, notification_config=NotificationConfig(play_audible=True)
        ),
    )
    outcome, reply = _call("timers", "create", lambda: _timers(handler_input).create_timer(request))
    if reply is None:
        return outcome, None
    return outcome, TimerState(reply.id, paused=False, remaining=length)


def read_timer(
    handler_input: HandlerInput, timer_id: str, now: datetime
) -> tuple[Outcome, TimerState | None]:
    outcome, reply = _call("timers", "read", lambda: _timers(handler_input).get_timer(timer_id))
    return (outcome, None) if reply is None else _timer_state(reply, now)


def find_timer(
    handler_input: HandlerInput, label: str, now: datetime
) -> tuple[Outcome, TimerState | None]:
    """The skill's running timer with this label: one set in another profile, or whose id we
    never saved. Labels are unique per account, so there is at most one."""
    outcome, reply = _call("timers", "list", lambda: _timers(handler_input).get_timers())
    for timer in getattr(reply, "timers", None) or []:
        if timer.timer_label == label:
            return _timer_state(timer, now)
    return outcome if outcome is not Outcome.OK else Outcome.NOT_FOUND, None


def _timer_state(reply, now: datetime) -> tuple[Outcome, TimerState | None]:
    """A running or paused timer; one that went off or was cancelled counts as not found."""
    status = getattr(reply.status, "value", reply.status)
    if status == "PAUSED":
        remaining = parse_duration(reply.remaining_time_when_paused) or timedelta()
        return Outcome.OK, TimerState(reply.id, paused=True, remaining=remaining)
    if status != "ON" or reply.trigger_time is None:
        return Outcome.NOT_FOUND, None
    remaining = max(reply.trigger_time - now, timedelta())
    return Outcome.OK, TimerState(reply.id, paused=False, remaining=remaining)


def pause_timer(handler_input: HandlerInput, timer_id: str) -> Outcome:
    return _call("timers", "pause", lambda: _timers(handler_input).pause_timer(timer_id))[0]


def resume_timer(handler_input: HandlerInput, timer_id: str) -> Outcome:
    return _call("timers", "resume", lambda: _timers(handler_input).resume_timer(timer_id))[0]


def cancel_timer(handler_input: HandlerInput, timer_id: str) -> Outcome:
    return _call("timers", "cancel", lambda: _timers(handler_input).delete_timer(timer_id))[0]


# Permissions -------------------------------------------------------------------------------


def ask_for_permission(scope: str, token: str) -> SendRequestDirective:
    """Alexa asks the user by voice; the answer comes back as a Connections.Response."""
    return SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": scope, "consentLevel": "ACCOUNT"}],
        },
        token=token,
    )


def permission_answer(handler_input: HandlerInput) -> str:
    """ACCEPTED, DENIED or NOT_ANSWERED; read defensively, and "ERROR" when Alexa couldn't ask
    (status 400: the manifest lacks the permission)."""
    request = handler_input.request_envelope.request
    status = getattr(request, "status", None)
    if status is None or str(getattr(status, "code", "")) != "200":
        return "ERROR"
    payload = getattr(request, "payload", None) or {}
    answer = payload.get("status") if isinstance(payload, dict) else None
    return answer if answer in ("ACCEPTED", "DENIED", "NOT_ANSWERED") else "NOT_ANSWERED"


# Reminders ---------------------------------------------------------------------------------

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"


def _reminders(handler_input: HandlerInput):
    factory = handler_input.service_client_factory
    if factory is None:
        raise ApiClientException("no service client factory")
    return factory.get_reminder_management_service()


def _reminder_request(
    handler_input: HandlerInput, rule: str, text: str, time_zone: str, local_now: datetime
) -> ReminderRequest:
    """A recurring reminder in the device's zone; the rule carries the nights and the time."""
    locale = request_of(handler_input).locale or "en-US"
    stamp = local_now.replace(tzinfo=None, microsecond=0)  # the serializer writes isoformat()
    return ReminderRequest(
        request_time=stamp,
        trigger=Trigger(
            object_type=TriggerType.SCHEDULED_ABSOLUTE,
            time_zone_id=time_zone,
            recurrence=Recurrence(start_date_time=stamp, recurrence_rules=[rule]),
        ),
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale=locale, text=text)])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def update_reminder(
    handler_input: HandlerInput, token: str, rule: str, text: str, time_zone: str,
    local_now: datetime,
) -> Outcome:  # fmt: skip
    """Change a reminder Alexa holds in place; NOT_FOUND when Alexa no longer has it."""
    request = _reminder_request(handler_input, rule, text, time_zone, local_now)
    outcome, _ = _call(
        "reminders", "update", lambda: _reminders(handler_input).update_reminder(token, request)
    )
    return outcome


def create_reminder(
    handler_input: HandlerInput, rule: str, text: str, time_zone: str, local_now: datetime
) -> tuple[Outcome, str | None]:
    """A new reminder and its token. FAILED (a timeout, a 5xx, an answer without a token) does
    not mean Alexa made nothing: the caller looks with `skill_reminders` before trying again."""
    request = _reminder_request(handler_input, rule, text, time_zone, local_now)
    outcome, reply = _call(
        "reminders", "create", lambda: _reminders(handler_input).create_reminder(request)
    )
    token = getattr(reply, "alert_token", None)
    if outcome is Outcome.OK and not token:
        return Outcome.FAILED, None
    return outcome, token


def delete_reminder(handler_input: HandlerInput, token: str) -> Outcome:
    """Gone already (404) counts as deleted: the user may have removed it in the Alexa app."""
    outcome, _ = _call(
        "reminders", "delete", lambda: _reminders(handler_input).delete_reminder(token)
    )
    return Outcome.OK if outcome is Outcome.NOT_FOUND else outcome


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


def skill_reminders(handler_input: HandlerInput) -> tuple[Outcome, list[HeldReminder]]:
    """Every reminder this skill holds for the account, read with a plain GET: the SDK's model
    for this answer is broken, but the API isn't. Finds reminders whose token we never recorded
    (a create that timed out, a write that failed), so none is doubled or left behind."""
    factory = handler_input.service_client_factory
    if factory is None:
        return Outcome.FAILED, []
    config = factory.api_configuration
    request = ApiClientRequest(
        url=f"{config.api_endpoint}/v1/alerts/reminders",
        method="GET",
        headers=[("Authorization", f"Bearer {config.authorization_value}")],
    )
    try:
        reply = config.api_client.invoke(request)
    except ApiClientException:
        logger.warning(
            "alexa api failed", extra={"api": "reminders", "action": "list", "outcome": "failed"}
        )
        return Outcome.FAILED, []
    if reply.status_code != 200:
        outcome = _BY_STATUS.get(reply.status_code, Outcome.FAILED)
        logger.warning(
            "alexa api failed",
            extra={"api": "reminders", "action": "list", "outcome": outcome.value},
        )
        return outcome, []
    try:
        alerts = json.loads(reply.body or "{}").get("alerts") or []
    except (ValueError, AttributeError):
        return Outcome.FAILED, []
    return Outcome.OK, [
        _held(alert) for alert in alerts if isinstance(alert, dict) and "alertToken" in alert
    ]


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


def reminder_tokens(handler_input: HandlerInput) -> tuple[Outcome, list[str]]:
    """The tokens of every reminder this skill holds for the account (see `skill_reminders`)."""
    outcome, held = skill_reminders(handler_input)
    return outcome, [reminder.token for reminder in held]
