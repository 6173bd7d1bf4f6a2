"""A loopback stand-in for the Alexa service APIs, over HTTPS as the SDK's clients require.

It answers the way Alexa's APIs do, so the skill's real service clients talk to it over the wire:
the Settings API (the device's time zone), the Timers API (consent, validation, pause/resume,
timers going off) and the Reminders API (consent, validation, recurring reminders going off in
their own time zone). Tests read what it received, tell it to fail, and move its clock.
"""

from __future__ import annotations

import json
import re
import ssl
import tempfile
import threading
import uuid
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import trustme
from dateutil.rrule import rrule, rruleset, rrulestr

from skill.services.durations import format_duration, parse_duration

TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"
MAX_ACTIVE_TIMERS = 10
MAX_TIMER_DURATION = timedelta(hours=2)
MAX_LABEL_LENGTH = 50
DEFAULT_TIME_ZONE = "America/Los_Angeles"
REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
MAX_ACTIVE_REMINDERS = 100
MAX_REMINDER_TEXT_LENGTH = 250

_TIME_ZONE_PATH = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")
_TIMERS_PATH = re.compile(r"^/v1/alerts/timers(?:/(?P<id>[^/]+)(?:/(?P<action>[^/]+))?)?/?$")
_VISIBILITIES = {"VISIBLE", "HIDDEN"}
_OPERATIONS = {"NOTIFY_ONLY", "ANNOUNCE", "LAUNCH_TASK"}
_REMINDERS_PATH = re.compile(r"^/v1/alerts/reminders(?:/(?P<token>[^/]+))?/?$")
_TRIGGER_TYPES = {"SCHEDULED_ABSOLUTE", "SCHEDULED_RELATIVE"}
_PUSH_STATUSES = {"ENABLED", "DISABLED"}
_FREQUENCIES = {"DAILY", "WEEKLY"}
_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
_INTERVAL = re.compile(r"(?:^|[;:])INTERVAL=(?P<n>-?\d+)", re.IGNORECASE)
_NOT_ZONES = {"localtime", "posixrules", "Factory"}  # files in zoneinfo, not IANA zones
_LOCAL_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?$")

Reply = tuple[int, Any]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


STALLED = 0  # a Failure status meaning: hold the answer (see AlexaApiStandIn.stall)
STALL_LIMIT_SECONDS = 10  # a stalled call gives up by itself, so nothing hangs for long


@dataclass
class Failure:
    status: int
    body: Any
    times: int


@dataclass
class FiredTimer:
    """A timer that went off, with the operation the skill asked Alexa to perform."""

    id: str
    label: str
    operation: dict[str, Any]

    @property
    def announcement(self) -> str | None:
        texts = self.operation.get("textToAnnounce") or []
        return texts[0].get("text") if texts else None

    @property
    def task(self) -> dict[str, Any] | None:
        return self.operation.get("task")


@dataclass
class StoredTimer:
    """One active timer. `remaining` is what was left at `since` (creation, pause or resume)."""

    id: str
    label: str
    duration: timedelta
    operation: dict[str, Any]
    created: datetime
    updated: datetime
    since: datetime
    remaining: timedelta
    paused: bool = False

    def remaining_at(self, now: datetime) -> timedelta:
        if self.paused:
            return self.remaining
        return max(self.remaining - (now - self.since), timedelta(0))

    def goes_off_at(self) -> datetime:
        return self.since + self.remaining

    def pause(self, now: datetime) -> None:
        self.remaining = self.remaining_at(now)
        self.since = self.updated = now
        self.paused = True

    def resume(self, now: datetime) -> None:
        self.since = self.updated = now
        self.paused = False

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "status": "PAUSED" if self.paused else "ON",
            "duration": format_duration(self.duration),
            "timerLabel": self.label,
        }
        if not self.paused:
            body["triggerTime"] = _iso(self.since + self.remaining)
        body["createdTime"] = _iso(self.created)
        body["updatedTime"] = _iso(self.updated)
        if self.paused:
            body["remainingTimeWhenPaused"] = format_duration(self.remaining)
        return body


@dataclass
class FiredReminder:
    """One occurrence of a reminder going off: when (in the reminder's zone) and what Alexa said."""

    token: str
    at: datetime
    text: str


@dataclass(frozen=True)
class Schedule:
    """When a reminder goes off: once `at`, or at each occurrence of `rules` (up to `until`)."""

    zone: tzinfo
    at: datetime | None = None
    rules: tuple[rrule, ...] = ()
    until: datetime | None = None

    def between(self, after: datetime, until: datetime) -> list[datetime]:
        """The occurrences later than `after` and no later than `until`, in the reminder's zone."""
        if self.at is not None:
            moments = [self.at]
        else:
            moments = self._rule_set().between(after, until, inc=True)
        return [moment for moment in moments if after < moment <= until and self._allows(moment)]

    def next_after(self, moment: datetime) -> datetime | None:
        if self.at is not None:
            return self.at if self.at > moment else None
        upcoming = self._rule_set().after(moment)
        return upcoming if upcoming is not None and self._allows(upcoming) else None

    def _allows(self, moment: datetime) -> bool:
        return self.until is None or moment <= self.until

    def _rule_set(self) -> rruleset:
        rules = rruleset()
        for rule in self.rules:
            rules.rrule(rule)
        return rules


@dataclass
class StoredReminder:
    """One reminder as Alexa keeps it. Occurrences up to `rung_until` have already gone off."""

    token: str
    request: dict[str, Any]
    schedule: Schedule
    created: datetime
    updated: datetime
    rung_until: datetime
    version: int = 1

    @property
    def text(self) -> str:
        content = self.request["alertInfo"]["spokenInfo"]["content"][0]
        return content.get("text") or content.get("ssml") or ""

    def status(self, now: datetime) -> str:
        return "ON" if self.schedule.next_after(now) is not None else "COMPLETED"

    def ring(self, now: datetime) -> list[FiredReminder]:
        """The occurrences that have gone off since the last look, which are then behind us."""
        fired = [
            FiredReminder(self.token, moment, self.text)
            for moment in self.schedule.between(self.rung_until, now)
        ]
        self.rung_until = max(self.rung_until, now)
        return fired

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {
            "alertToken": self.token,
            "createdTime": _iso(self.created),
            "updatedTime": _iso(self.updated),
            "trigger": deepcopy(self.request["trigger"]),
            "status": self.status(now),
            "alertInfo": deepcopy(self.request["alertInfo"]),
            "pushNotification": deepcopy(
                self.request.get("pushNotification") or {"status": "ENABLED"}
            ),
            "version": str(self.version),
        }

    def response(self, now: datetime) -> dict[str, Any]:
        """The ReminderResponse that create and update answer."""
        return {
            "alertToken": self.token,
            "createdTime": _iso(self.created),
            "updatedTime": _iso(self.updated),
            "status": self.status(now),
            "version": str(self.version),
            "href": f"/v1/alerts/reminders/{self.token}",
        }


@dataclass
class AlexaApiStandIn:
    time_zone: str = DEFAULT_TIME_ZONE
    device_time_zones: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    _failures: dict[str, Failure] = field(default_factory=dict)
    _stalled: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _ca_dir: tempfile.TemporaryDirectory | None = None
    clock: Callable[[], datetime] = _utc_now
    granted: set[str] = field(default_factory=set)
    _timers: dict[str, StoredTimer] = field(default_factory=dict, init=False, repr=False)
    _fired: list[tuple[datetime, FiredTimer]] = field(default_factory=list, init=False, repr=False)
    _reminders: dict[str, StoredReminder] = field(default_factory=dict, init=False, repr=False)
    _rung: list[FiredReminder] = field(default_factory=list, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    # Lifecycle
    def start(self) -> AlexaApiStandIn:
        ca = trustme.CA()
        certificate = ca.issue_cert("127.0.0.1", "localhost")
        self._ca_dir = tempfile.TemporaryDirectory(prefix="alexa-api-")
        ca.cert_pem.write_to_path(str(self.ca_bundle))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        certificate.configure_cert(context)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.release()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._ca_dir:
            self._ca_dir.cleanup()

    def __enter__(self) -> AlexaApiStandIn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        assert self._server, "start() the stand-in first"
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    @property
    def ca_bundle(self) -> Path:
        assert self._ca_dir, "start() the stand-in first"
        return Path(self._ca_dir.name) / "ca.pem"

    # What tests use
    def reset(self) -> None:
        """Back to a fresh stand-in (same server and CA): no calls, failures, consent, timers or
        reminders."""
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self.time_zone = DEFAULT_TIME_ZONE
            self.device_time_zones.clear()
            self.clock = _utc_now
            self.granted.clear()
            self._timers.clear()
            self._fired.clear()
            self._reminders.clear()
            self._rung.clear()
        self.release()
        self._stalled = threading.Event()

    def fail(self, api: str, status: int, body: Any = None, times: int = 1) -> None:
        """The next `times` calls to `api` ("settings", "timers", "reminders") answer `status`
        with `body`.

        A `body` of None answers with an empty body.
        """
        with self._lock:
            self._failures[api] = Failure(status, body, times)

    def stall(self, api: str, times: int = 1) -> None:
        """The next `times` calls to `api` get no answer until the caller gives up (its timeout)
        or `release()`: how a slow Alexa API looks from the skill."""
        self.fail(api, STALLED, None, times)

    def release(self) -> None:
        """Let stalled calls finish (they answer 504, by then to no one)."""
        self._stalled.set()

    def calls_to(self, api: str) -> list[Call]:
        return [call for call in self.calls if _api_of(call.path) == api]

    def grant(self, scope: str) -> None:
        """The user consents to `scope` (e.g. TIMERS_SCOPE, REMINDERS_SCOPE)."""
        with self._lock:
            self.granted.add(scope)

    def revoke(self, scope: str) -> None:
        with self._lock:
            self.granted.discard(scope)

    def due_timers(self) -> list[FiredTimer]:
        """Every timer that has gone off since the last look, in the order they went off."""
        with self._lock:
            self._expire()
            fired = [timer for _, timer in sorted(self._fired, key=lambda item: item[0])]
            self._fired.clear()
            return fired

    @property
    def reminders(self) -> dict[str, dict[str, Any]]:
        """A snapshot of every reminder, by alert token, as GET answers it (trigger included)."""
        with self._lock:
            now = self.clock()
            return {token: reminder.to_json(now) for token, reminder in self._reminders.items()}

    def due_reminders(self) -> list[FiredReminder]:
        """Every occurrence of every reminder that went off since the last look, earliest first."""
        with self._lock:
            now = self.clock()
            for reminder in self._reminders.values():
                self._rung.extend(reminder.ring(now))
            rung = sorted(self._rung, key=lambda fired: fired.at)
            self._rung.clear()
            return rung

    def remove_reminder(self, token: str) -> None:
        """The user deletes a reminder in the Alexa app (no API call). KeyError if unknown."""
        with self._lock:
            self._keep_rung(self._reminders.pop(token))

    # Serving
    def answer(self, call: Call) -> Reply:
        with self._lock:
            self.calls.append(call)
            if not call.headers.get("Authorization", "").startswith("Bearer "):
                return _error(401, "UNAUTHORIZED", "Missing or invalid token.")
            api = _api_of(call.path)
            failure = self._failures.get(api)
            if failure and failure.times > 0:
                failure.times -= 1
                return failure.status, failure.body
            if api == "timers":
                return self._answer_timers(call)
            if api == "reminders":
                return self._answer_reminders(call)
            match = _TIME_ZONE_PATH.match(_path_of(call.path))
            if match and call.method == "GET":
                return 200, self.device_time_zones.get(match["device"], self.time_zone)
            return _error(404, "NOT_FOUND", "No such resource.")

    # Timers API
    def _answer_timers(self, call: Call) -> Reply:
        if TIMERS_SCOPE not in self.granted:
            return _error(401, "UNAUTHORIZED", "The user has not granted the timers permission.")
        self._expire()
        match = _TIMERS_PATH.match(_path_of(call.path))
        timer_id, action = (match["id"], match["action"]) if match else (None, None)
        route = (call.method, timer_id is not None, action)
        if route == ("POST", False, None):
            return self._create(call.body)
        if route == ("GET", False, None):
            return 200, self._list()
        if route == ("DELETE", False, None):
            self._timers.clear()
            return 200, None
        if not match or timer_id not in self._timers:
            return _error(404, "TIMER_NOT_FOUND", "No such timer.")
        return self._answer_timer(call.method, self._timers[timer_id], action)

    def _answer_timer(self, method: str, timer: StoredTimer, action: str | None) -> Reply:
        now = self.clock()
        if (method, action) == ("GET", None):
            return 200, timer.to_json()
        if (method, action) == ("DELETE", None):
            del self._timers[timer.id]
            return 200, None
        if (method, action) == ("POST", "pause"):
            if not timer.paused:
                timer.pause(now)
            return 200, None
        if (method, action) == ("POST", "resume"):
            if timer.paused:
                timer.resume(now)
            return 200, None
        return _error(404, "NOT_FOUND", "No such resource.")

    def _create(self, body: Any) -> Reply:
        if isinstance(body, dict) and "label" in body:
            # What the real API does with `label` (the field is `timerLabel`).
            return _error(500, "INTERNAL_SERVER_ERROR", "Internal service error.")
        problem = request_problem(body) or self._capacity_problem(body["timerLabel"])
        if problem:
            return _error(400, "INVALID_REQUEST", problem)
        now = self.clock()
        duration = parse_duration(body["duration"])
        assert duration is not None  # request_problem checked it
        timer = StoredTimer(
            id=str(uuid.uuid4()),
            label=body["timerLabel"],
            duration=duration,
            operation=body["triggeringBehavior"]["operation"],
            created=now,
            updated=now,
            since=now,
            remaining=duration,
        )
        self._timers[timer.id] = timer
        return 200, timer.to_json()

    def _capacity_problem(self, label: str) -> str | None:
        if len(self._timers) >= MAX_ACTIVE_TIMERS:
            return f"The user already has {MAX_ACTIVE_TIMERS} active timers."
        if any(timer.label == label for timer in self._timers.values()):
            return f"A timer labelled {label!r} already exists."
        return None

    def _list(self) -> dict[str, Any]:
        now = self.clock()
        timers = sorted(self._timers.values(), key=lambda timer: timer.remaining_at(now))
        return {
            "timers": [timer.to_json() for timer in timers],
            "totalCount": len(timers),
            "nextToken": None,
        }

    def _expire(self) -> None:
        """Move every running timer whose time has come from the active ones to the fired ones."""
        now = self.clock()
        for timer in list(self._timers.values()):
            if not timer.paused and timer.goes_off_at() <= now:
                del self._timers[timer.id]
                fired = FiredTimer(timer.id, timer.label, timer.operation)
                self._fired.append((timer.goes_off_at(), fired))

    # Reminders API
    def _answer_reminders(self, call: Call) -> Reply:
        if REMINDERS_SCOPE not in self.granted:
            return _error(401, "UNAUTHORIZED", "The user has not granted the reminders permission.")
        match = _REMINDERS_PATH.match(_path_of(call.path))
        token = match["token"] if match else None
        if (call.method, token) == ("POST", None):
            return self._create_reminder(call.body)
        if (call.method, token) == ("GET", None):
            return 200, self._list_reminders()
        if token is None or call.method not in {"GET", "PUT", "DELETE"}:
            return _error(404, "NOT_FOUND", "No such resource.")
        reminder = self._reminders.get(token)
        if reminder is None:
            return _error(404, "NOT_FOUND", f"No reminder with alertToken {token}.")
        if call.method == "GET":
            return 200, reminder.to_json(self.clock())
        if call.method == "PUT":
            return self._update_reminder(reminder, call.body)
        self._keep_rung(self._reminders.pop(token))
        return 200, None

    def _create_reminder(self, body: Any) -> Reply:
        problem = reminder_problem(body)
        if problem:
            return _error(400, "INVALID_REQUEST", problem)
        now = self.clock()
        active = sum(reminder.status(now) == "ON" for reminder in self._reminders.values())
        if active >= MAX_ACTIVE_REMINDERS:
            message = (
                f"The user already has {MAX_ACTIVE_REMINDERS} active reminders from this skill."
            )
            return _error(400, "MAX_REMINDERS", message)
        reminder = StoredReminder(
            token=str(uuid.uuid4()),
            request=deepcopy(body),
            schedule=schedule_of(body["trigger"], now),
            created=now,
            updated=now,
            rung_until=now,
        )
        self._reminders[reminder.token] = reminder
        return 201, reminder.response(now)

    def _update_reminder(self, reminder: StoredReminder, body: Any) -> Reply:
        problem = reminder_problem(body)
        if problem:
            return _error(400, "INVALID_REQUEST", problem)
        now = self.clock()
        self._keep_rung(reminder)  # what went off under the old schedule did go off
        reminder.request = deepcopy(body)
        reminder.schedule = schedule_of(body["trigger"], now)
        reminder.updated = now
        reminder.version += 1
        return 200, reminder.response(now)

    def _list_reminders(self) -> dict[str, Any]:
        now = self.clock()
        alerts = [reminder.to_json(now) for reminder in self._reminders.values()]
        return {"totalCount": str(len(alerts)), "alerts": alerts, "links": None}

    def _keep_rung(self, reminder: StoredReminder) -> None:
        """Keep what `reminder` has rung up to now, before it changes or goes away."""
        self._rung.extend(reminder.ring(self.clock()))


# Validating a create-timer request: each check returns what is wrong, or None.
def request_problem(body: Any) -> str | None:
    """What is wrong with a create-timer request body, or None when Alexa would accept it."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    checks = (_duration_problem, _label_problem, _visibility_problem, _triggering_problem)
    return next((problem for check in checks if (problem := check(body))), None)


def _duration_problem(body: dict[str, Any]) -> str | None:
    duration = parse_duration(body.get("duration"))
    if duration is None:
        return "duration must be an ISO 8601 duration such as PT10M."
    if not timedelta(0) < duration <= MAX_TIMER_DURATION:
        return "duration must be more than zero and at most 2 hours."
    return None


def _label_problem(body: dict[str, Any]) -> str | None:
    label = body.get("timerLabel")
    if not isinstance(label, str) or not label.strip() or len(label) > MAX_LABEL_LENGTH:
        return f"timerLabel must be a non-empty string of at most {MAX_LABEL_LENGTH} characters."
    return None


def _visibility_problem(body: dict[str, Any]) -> str | None:
    visibility = _dig(body, "creationBehavior", "displayExperience", "visibility")
    if visibility not in _VISIBILITIES:
        return "creationBehavior.displayExperience.visibility must be VISIBLE or HIDDEN."
    return None


def _triggering_problem(body: dict[str, Any]) -> str | None:
    if not isinstance(_dig(body, "triggeringBehavior", "notificationConfig", "playAudible"), bool):
        return "triggeringBehavior.notificationConfig.playAudible must be a boolean."
    operation = _dig(body, "triggeringBehavior", "operation")
    if not isinstance(operation, dict) or operation.get("type") not in _OPERATIONS:
        return "triggeringBehavior.operation.type must be NOTIFY_ONLY, ANNOUNCE or LAUNCH_TASK."
    if operation["type"] == "ANNOUNCE" and not _are_texts(operation.get("textToAnnounce")):
        return "An ANNOUNCE operation needs textToAnnounce: [{locale, text}]."
    if operation["type"] == "LAUNCH_TASK":
        return _launch_task_problem(operation)
    return None


def _launch_task_problem(operation: dict[str, Any]) -> str | None:
    if not _are_texts(operation.get("textToConfirm")):
        return "A LAUNCH_TASK operation needs textToConfirm: [{locale, text}]."
    task = operation.get("task")
    if not isinstance(task, dict) or not all(
        isinstance(task.get(key), str) and task[key] for key in ("name", "version")
    ):
        return "A LAUNCH_TASK operation needs task: {name, version}."
    if not isinstance(task.get("input", {}), dict):
        return "task.input must be an object."
    return None


def _are_texts(texts: Any) -> bool:
    """A non-empty list of {locale, text}, both non-empty strings."""
    return (
        isinstance(texts, list)
        and bool(texts)
        and all(
            isinstance(text, dict)
            and all(isinstance(text.get(key), str) and text[key] for key in ("locale", "text"))
            for text in texts
        )
    )


def _dig(body: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(body, dict):
            return None
        body = body.get(key)
    return body


# Validating a reminder request (create or update): each check returns what is wrong, or None.
def reminder_problem(body: Any) -> str | None:
    """What is wrong with a ReminderRequest body, or None when Alexa would accept it."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    checks = (_request_time_problem, _trigger_problem, _alert_info_problem, _push_problem)
    return next((problem for check in checks if (problem := check(body))), None)


def _request_time_problem(body: dict[str, Any]) -> str | None:
    if _local_datetime(body.get("requestTime")) is None:
        return "requestTime must be an ISO 8601 local date and time such as 2026-11-23T20:00:00."
    return None


def _trigger_problem(body: dict[str, Any]) -> str | None:
    trigger = body.get("trigger")
    if not isinstance(trigger, dict) or trigger.get("type") not in _TRIGGER_TYPES:
        return "trigger.type must be SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE."
    if trigger["type"] == "SCHEDULED_RELATIVE":
        return _relative_problem(trigger)
    return _absolute_problem(trigger)


def _relative_problem(trigger: dict[str, Any]) -> str | None:
    if _offset_seconds(trigger.get("offsetInSeconds")) is None:
        return "A SCHEDULED_RELATIVE trigger needs a positive offsetInSeconds."
    if trigger.get("timeZoneId") is not None and _zone(trigger["timeZoneId"]) is None:
        return "trigger.timeZoneId must be an IANA time zone such as America/Los_Angeles."
    return None


def _absolute_problem(trigger: dict[str, Any]) -> str | None:
    if _zone(trigger.get("timeZoneId")) is None:
        return "A SCHEDULED_ABSOLUTE trigger needs timeZoneId, an IANA zone such as Europe/London."
    scheduled = trigger.get("scheduledTime")
    if scheduled is not None and _local_datetime(scheduled) is None:
        return "trigger.scheduledTime must be an ISO 8601 local date and time."
    recurrence = trigger.get("recurrence")
    if recurrence is not None:
        return _recurrence_problem(recurrence)
    if scheduled is None:
        return "A SCHEDULED_ABSOLUTE trigger needs scheduledTime or recurrence."
    return None


def _recurrence_problem(recurrence: Any) -> str | None:
    if not isinstance(recurrence, dict):
        return "trigger.recurrence must be an object."
    if "recurrenceRules" not in recurrence:
        return _deprecated_recurrence_problem(recurrence)
    if "freq" in recurrence or "byDay" in recurrence:
        return "recurrence.freq and byDay are deprecated: don't mix them with recurrenceRules."
    rules = recurrence["recurrenceRules"]
    start = datetime(2000, 1, 1, tzinfo=UTC)
    if not isinstance(rules, list) or not rules or None in (_rule(text, start) for text in rules):
        return (
            "recurrence.recurrenceRules must be a non-empty list of RFC 5545 rules such as "
            "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=21;BYMINUTE=0;BYSECOND=0."
        )
    return _recurrence_window_problem(recurrence)


def _deprecated_recurrence_problem(recurrence: dict[str, Any]) -> str | None:
    if recurrence.get("freq") not in _FREQUENCIES:
        return "recurrence needs recurrenceRules (or the deprecated freq, DAILY or WEEKLY)."
    days = recurrence.get("byDay", [])
    if not isinstance(days, list) or not all(isinstance(day, str) and day in _DAYS for day in days):
        return "recurrence.byDay must be a list of days such as [MO, TH]."
    if not _is_positive_int(recurrence.get("interval", 1)):
        return "recurrence.interval must be a positive integer."
    return _recurrence_window_problem(recurrence)


def _recurrence_window_problem(recurrence: dict[str, Any]) -> str | None:
    bounds: dict[str, Any] = {}  # a bound that isn't a date and time ends the check
    for name in ("startDateTime", "endDateTime"):
        if recurrence.get(name) is None:
            continue
        bounds[name] = _local_datetime(recurrence[name])
        if bounds[name] is None:
            return f"recurrence.{name} must be an ISO 8601 local date and time."
    if len(bounds) == 2 and bounds["endDateTime"] <= bounds["startDateTime"]:
        return "recurrence.endDateTime must be later than startDateTime."
    return None


def _alert_info_problem(body: dict[str, Any]) -> str | None:
    content = _dig(body, "alertInfo", "spokenInfo", "content")
    if not isinstance(content, list) or not content or not all(map(_is_spoken, content)):
        return "alertInfo.spokenInfo.content must be a non-empty list of {locale, text or ssml}."
    if any(len(item.get("text") or "") > MAX_REMINDER_TEXT_LENGTH for item in content):
        return f"Each spokenInfo.content text is limited to {MAX_REMINDER_TEXT_LENGTH} characters."
    return None


def _is_spoken(item: Any) -> bool:
    """{locale, text} or {locale, ssml} (or both), with a locale and something to say."""
    if not isinstance(item, dict) or not _is_filled(item.get("locale")):
        return False
    if not all(isinstance(item.get(key) or "", str) for key in ("text", "ssml")):
        return False
    return _is_filled(item.get("text")) or _is_filled(item.get("ssml"))


def _push_problem(body: dict[str, Any]) -> str | None:
    """pushNotification may be left out (Alexa then enables it), but not left wrong."""
    status = _dig(body, "pushNotification", "status")
    if "pushNotification" in body and status not in _PUSH_STATUSES:
        return "pushNotification.status must be ENABLED or DISABLED."
    return None


# When a reminder goes off
def schedule_of(trigger: dict[str, Any], now: datetime) -> Schedule:
    """When a valid trigger goes off, for a reminder created (or updated) at `now`.

    Recurrence rules are expanded in the trigger's zone, so 21:00 stays 21:00 across a DST change.
    They start from startDateTime, else (deprecated freq) from scheduledTime, else from `now`.
    """
    zone: tzinfo = _zone(trigger.get("timeZoneId")) or UTC
    if trigger["type"] == "SCHEDULED_RELATIVE":
        offset = timedelta(seconds=_offset_seconds(trigger["offsetInSeconds"]) or 0)
        return Schedule(zone, at=(now + offset).astimezone(zone))
    recurrence = trigger.get("recurrence")
    if recurrence is None:
        return Schedule(zone, at=_in_zone(trigger["scheduledTime"], zone))
    start = _in_zone(recurrence.get("startDateTime"), zone)
    if "recurrenceRules" in recurrence:
        texts = recurrence["recurrenceRules"]
    else:
        start = start or _in_zone(trigger.get("scheduledTime"), zone)
        texts = [_deprecated_rule(recurrence)]
    start = start or now.astimezone(zone).replace(microsecond=0)
    rules = tuple(rule for text in texts if (rule := _rule(text, start)) is not None)
    return Schedule(zone, rules=rules, until=_in_zone(recurrence.get("endDateTime"), zone))


def _deprecated_rule(recurrence: dict[str, Any]) -> str:
    text = f"FREQ={recurrence['freq']};INTERVAL={recurrence.get('interval', 1)}"
    days = recurrence.get("byDay") or []
    return text + (f";BYDAY={','.join(days)}" if days else "")


def _rule(text: Any, start: datetime) -> rrule | None:
    """One RFC 5545 RRULE starting at `start`, or None.

    An RRULE: prefix and a trailing ; (as in Amazon's examples) are fine. UNTIL must be in UTC
    (20270101T000000Z), as RFC 5545 asks when the start has a time zone.
    """
    if not isinstance(text, str) or "\n" in text or "DTSTART" in text.upper():
        return None
    text = text.strip().removesuffix(";")
    interval = _INTERVAL.search(text)
    if interval and not int(interval["n"]) > 0:
        return None  # dateutil takes INTERVAL=0, then never finds the next occurrence
    try:
        rule = rrulestr(text, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return rule if isinstance(rule, rrule) else None


def _local_datetime(value: Any) -> datetime | None:
    """An ISO 8601 local date and time (no offset: the trigger's zone applies), or None."""
    if not isinstance(value, str) or not _LOCAL_DATETIME.match(value):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _in_zone(value: Any, zone: tzinfo) -> datetime | None:
    local = _local_datetime(value)
    return local.replace(tzinfo=zone) if local else None


def _zone(name: Any) -> ZoneInfo | None:
    """The IANA time zone called `name`, or None."""
    if not isinstance(name, str) or name in _NOT_ZONES or name not in _zone_names():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _offset_seconds(value: Any) -> int | None:
    """A positive number of seconds (the documented example sends it as a string), or None."""
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    return value if _is_positive_int(value) else None


def _is_positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _is_filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# ISO 8601 durations (PnDTnHnMnS) and times
def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Plumbing
def _error(status: int, code: str, message: str) -> Reply:
    return status, {"code": code, "message": message}


def _path_of(target: str) -> str:
    return urlsplit(target).path


def _api_of(path: str) -> str:
    path = _path_of(path)
    if _TIME_ZONE_PATH.match(path):
        return "settings"
    if _TIMERS_PATH.match(path):
        return "timers"
    if _REMINDERS_PATH.match(path):
        return "reminders"
    return "other"


def _parse_body(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode(errors="replace")


def _handler_for(stand_in: AlexaApiStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: don't wait 40 ms

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = _parse_body(self.rfile.read(length) if length else b"")
            call = Call(self.command, self.path, dict(self.headers.items()), body)
            status, reply = stand_in.answer(call)
            if status == STALLED:
                stand_in._stalled.wait(timeout=STALL_LIMIT_SECONDS)
                status, reply = 504, None
            payload = b"" if reply is None else json.dumps(reply).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if 300 <= status < 400:  # a redirect back to the same API: followed, it'd work
                    self.send_header("Location", self.path)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the caller gave up waiting (a stalled call): nothing to tell it

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal belongs to the conversation

    return Handler
