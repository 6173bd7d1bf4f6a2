"""A loopback stand-in for the Alexa service APIs, over HTTPS as the SDK's clients require.

It answers the way Alexa's APIs do, so the skill's real service clients talk to it over the wire:
the Settings API (the device's time zone) and the Timers API (consent, validation, pause/resume,
timers going off). Tests read what it received, tell it to fail, and move its clock.
"""

from __future__ import annotations

import json
import re
import ssl
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trustme

from skill.services.durations import format_duration, parse_duration

TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"
MAX_ACTIVE_TIMERS = 10
MAX_TIMER_DURATION = timedelta(hours=2)
MAX_LABEL_LENGTH = 50
DEFAULT_TIME_ZONE = "America/Los_Angeles"

_TIME_ZONE_PATH = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")
_TIMERS_PATH = re.compile(r"^/v1/alerts/timers(?:/(?P<id>[^/]+)(?:/(?P<action>[^/]+))?)?/?$")
_VISIBILITIES = {"VISIBLE", "HIDDEN"}
_OPERATIONS = {"NOTIFY_ONLY", "ANNOUNCE", "LAUNCH_TASK"}

Reply = tuple[int, Any]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


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

    def remaining_at(self, now: datetime, time_scale: float) -> timedelta:
        if self.paused:
            return self.remaining
        return max(self.remaining - (now - self.since) * time_scale, timedelta(0))

    def goes_off_at(self, time_scale: float) -> datetime:
        """The clock reading at which it goes off (earlier than triggerTime when sped up)."""
        return self.since + self.remaining / time_scale

    def pause(self, now: datetime, time_scale: float) -> None:
        self.remaining = self.remaining_at(now, time_scale)
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
class AlexaApiStandIn:
    time_zone: str = DEFAULT_TIME_ZONE
    device_time_zones: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    _failures: dict[str, Failure] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None
    _ca_dir: tempfile.TemporaryDirectory | None = None
    clock: Callable[[], datetime] = _utc_now
    granted: set[str] = field(default_factory=set)
    time_scale: float = 1.0
    _timers: dict[str, StoredTimer] = field(default_factory=dict, init=False, repr=False)
    _fired: list[tuple[datetime, FiredTimer]] = field(default_factory=list, init=False, repr=False)
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
        """Back to a fresh stand-in (same server and CA): no calls, failures, consent or timers."""
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self.time_zone = DEFAULT_TIME_ZONE
            self.device_time_zones.clear()
            self.clock = _utc_now
            self.granted.clear()
            self.time_scale = 1.0
            self._timers.clear()
            self._fired.clear()

    def fail(self, api: str, status: int, body: Any = None, times: int = 1) -> None:
        """The next `times` calls to `api` ("settings", "timers") answer `status` with `body`.

        A `body` of None answers with an empty body.
        """
        with self._lock:
            self._failures[api] = Failure(status, body, times)

    def calls_to(self, api: str) -> list[Call]:
        return [call for call in self.calls if _api_of(call.path) == api]

    def grant(self, scope: str) -> None:
        """The user consents to `scope` (e.g. TIMERS_SCOPE)."""
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
                timer.pause(now, self.time_scale)
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
        timers = sorted(
            self._timers.values(), key=lambda timer: timer.remaining_at(now, self.time_scale)
        )
        return {
            "timers": [timer.to_json() for timer in timers],
            "totalCount": len(timers),
            "nextToken": None,
        }

    def _expire(self) -> None:
        """Move every running timer whose time has come from the active ones to the fired ones."""
        now = self.clock()
        for timer in list(self._timers.values()):
            if not timer.paused and timer.goes_off_at(self.time_scale) <= now:
                del self._timers[timer.id]
                fired = FiredTimer(timer.id, timer.label, timer.operation)
                self._fired.append((timer.goes_off_at(self.time_scale), fired))


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

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = _parse_body(self.rfile.read(length) if length else b"")
            call = Call(self.command, self.path, dict(self.headers.items()), body)
            status, reply = stand_in.answer(call)
            payload = b"" if reply is None else json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal belongs to the conversation

    return Handler
