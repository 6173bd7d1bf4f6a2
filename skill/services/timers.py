"""The Timers API: the towel and mask timers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services.service_client_factory import ServiceClientFactory
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

from skill.services.durations import format_duration, parse_duration
from skill.services.outcomes import Outcome, call

TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"


@dataclass(frozen=True)
class TimerState:
    id: str
    paused: bool
    remaining: timedelta


@dataclass(frozen=True)
class ResumeTask:
    """The skill's own task a timer launches when it ends: the walk's next step."""

    name: str  # "<skill id>.<task name>"
    night: str
    step: int


class TimersApi:
    def __init__(self, factory: ServiceClientFactory | None, locale: str) -> None:
        self._factory = factory
        self._locale = locale

    def _client(self) -> Any:
        if self._factory is None:
            raise ApiClientException("no service client factory")
        return self._factory.get_timer_management_service()

    def start(
        self, label: str, length: timedelta, announcement: str, task: ResumeTask | None
    ) -> tuple[Outcome, TimerState | None]:
        """A visible, audible timer that announces the next step, or brings the user back."""
        operation = (
            LaunchTaskOperation(
                text_to_confirm=[TextToConfirm(locale=self._locale, text=announcement)],
                task=Task(
                    name=task.name, version="1", input={"night": task.night, "step": task.step}
                ),
            )
            if task
            else AnnounceOperation(
                text_to_announce=[TextToAnnounce(locale=self._locale, text=announcement)]
            )
        )
        request = TimerRequest(
            duration=format_duration(length),
            timer_label=label,
            creation_behavior=CreationBehavior(DisplayExperience(visibility=Visibility.VISIBLE)),
            triggering_behavior=TriggeringBehavior(
                operation=operation, notification_config=NotificationConfig(play_audible=True)
            ),
        )
        outcome, reply = call("timers", "create", lambda: self._client().create_timer(request))
        if reply is None:
            return outcome, None
        return outcome, TimerState(reply.id, paused=False, remaining=length)

    def read(self, timer_id: str, now: datetime) -> tuple[Outcome, TimerState | None]:
        outcome, reply = call("timers", "read", lambda: self._client().get_timer(timer_id))
        return (outcome, None) if reply is None else _timer_state(reply, now)

    def find(self, label: str, now: datetime) -> tuple[Outcome, TimerState | None]:
        """The skill's running timer with this label: one set in another profile, or whose id
        we never saved. Labels are unique per account, so there is at most one."""
        outcome, reply = call("timers", "list", lambda: self._client().get_timers())
        for timer in getattr(reply, "timers", None) or []:
            if timer.timer_label == label:
                return _timer_state(timer, now)
        return outcome if outcome is not Outcome.OK else Outcome.NOT_FOUND, None

    def pause(self, timer_id: str) -> Outcome:
        return call("timers", "pause", lambda: self._client().pause_timer(timer_id))[0]

    def resume(self, timer_id: str) -> Outcome:
        return call("timers", "resume", lambda: self._client().resume_timer(timer_id))[0]

    def cancel(self, timer_id: str) -> Outcome:
        return call("timers", "cancel", lambda: self._client().delete_timer(timer_id))[0]


def _timer_state(reply: Any, now: datetime) -> tuple[Outcome, TimerState | None]:
    """A running or paused timer; one that went off or was cancelled counts as not found."""
    status = getattr(reply.status, "value", reply.status)
    if status == "PAUSED":
        remaining = parse_duration(reply.remaining_time_when_paused) or timedelta()
        return Outcome.OK, TimerState(reply.id, paused=True, remaining=remaining)
    if status != "ON" or reply.trigger_time is None:
        return Outcome.NOT_FOUND, None
    remaining = max(reply.trigger_time - now, timedelta())
    return Outcome.OK, TimerState(reply.id, paused=False, remaining=remaining)
