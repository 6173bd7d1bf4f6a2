"""Turns for the flows' unit tests: the embedded store in memory, our own fakes of the Alexa
services' interfaces (what `skill.services.alexa.AlexaApis` offers), a fixed clock. No moto,
no HTTP: the real ones are exercised through lambda_handler in tests/integration."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from skill.flows.dialog import Question
from skill.flows.turn import Session, Turn
from skill.services.alexa import HeldReminder, Outcome, ResumeTask, TimerState
from skill.speech import Speech
from skill.state.model import UserState, Walk
from skill.state.session import UserSession
from skill.state.sqlite import SQLiteStore
from skill.state.store import UserKey

# Monday 23 November 2026, 8 pm in Los Angeles: a mask night in the default plan.
MONDAY_EVENING = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)
ZONE = "America/Los_Angeles"
MONDAY = "2026-11-23"


def oily(**changes: object) -> UserState:
    """A user with oily skin whose month began on Monday, with `changes` on top."""
    state = UserState(skin_type="oily", program_start=MONDAY, lotion_cycle_start=MONDAY)
    for name, value in changes.items():
        setattr(state, name, value)
    return state


def walking(step: int, **changes: object) -> UserState:
    """`oily()`, at `step` of Monday night's walk."""
    return oily(walk=Walk(night=MONDAY, step=step), **changes)


@dataclass
class FakeTimers:
    outcome: Outcome = Outcome.OK  # what every call answers
    running: dict[str, TimerState] = field(default_factory=dict)  # by label
    started: list[tuple[str, timedelta, str, ResumeTask | None]] = field(default_factory=list)

    def start(self, label: str, length: timedelta, announcement: str, task: ResumeTask | None):
        if self.outcome is not Outcome.OK:
            return self.outcome, None
        self.started.append((label, length, announcement, task))
        timer = TimerState(f"timer-{len(self.started)}", paused=False, remaining=length)
        self.running[label] = timer
        return Outcome.OK, timer

    def read(self, timer_id: str, now: datetime):
        if self.outcome is not Outcome.OK:
            return self.outcome, None
        found = [t for t in self.running.values() if t.id == timer_id]
        return (Outcome.OK, found[0]) if found else (Outcome.NOT_FOUND, None)

    def find(self, label: str, now: datetime):
        if self.outcome is not Outcome.OK:
            return self.outcome, None
        timer = self.running.get(label)
        return (Outcome.OK, timer) if timer else (Outcome.NOT_FOUND, None)

    def pause(self, timer_id: str) -> Outcome:
        return self.outcome

    def resume(self, timer_id: str) -> Outcome:
        return self.outcome

    def cancel(self, timer_id: str) -> Outcome:
        return self.outcome


@dataclass
class FakeReminders:
    outcome: Outcome = Outcome.OK
    held: dict[str, HeldReminder] = field(default_factory=dict)

    def listed(self):
        if self.outcome is not Outcome.OK:
            return self.outcome, []
        return Outcome.OK, list(self.held.values())

    def tokens(self):
        outcome, listed = self.listed()
        return outcome, [r.token for r in listed]

    def create(self, rule: str, text: str, zone: str, local_now: datetime):
        if self.outcome is not Outcome.OK:
            return self.outcome, None
        token = f"alert-{len(self.held) + 1}"
        self.held[token] = HeldReminder(token, (rule,), zone, (text,))
        return Outcome.OK, token

    def update(self, token: str, rule: str, text: str, zone: str, local_now: datetime):
        if self.outcome is not Outcome.OK:
            return self.outcome
        if token not in self.held:
            return Outcome.NOT_FOUND
        self.held[token] = HeldReminder(token, (rule,), zone, (text,))
        return Outcome.OK

    def delete(self, token: str) -> Outcome:
        if self.outcome is not Outcome.OK:
            return self.outcome
        self.held.pop(token, None)
        return Outcome.OK


@dataclass
class FakeSettings:
    zone: str | None = ZONE

    def time_zone(self) -> str | None:
        return self.zone


@dataclass
class FakeAlexa:
    settings: FakeSettings = field(default_factory=FakeSettings)
    timers: FakeTimers = field(default_factory=FakeTimers)
    reminders: FakeReminders = field(default_factory=FakeReminders)


def turn(
    state: UserState | None = None,
    *,
    asked: Question | None = None,
    now: datetime = MONDAY_EVENING,
    locale: str = "en-US",
    alexa: FakeAlexa | None = None,
    opened_session: bool = False,
    attributes: dict[str, Any] | None = None,
) -> Turn:
    """A turn of a user whose stored state is `state` (the device's zone known), with `asked`
    open for their voice."""
    store = SQLiteStore(":memory:")
    key = UserKey("k1.user", "account")
    stored = state or UserState()
    if stored.time_zone is None:
        stored.time_zone, stored.time_zone_checked = ZONE, now.date().isoformat()
    store.save(key, stored, 0)
    attributes = {} if attributes is None else attributes
    made = Turn(
        locale=locale,
        now=now,
        say=Speech(locale, seed="unit"),
        user=UserSession(store, key, attributes),
        session=Session(attributes, key.profile),
        alexa=alexa or FakeAlexa(),  # type: ignore[arg-type]
        skill_id="amzn1.ask.skill.unit",
        opened_session=opened_session,
    )
    made.session.open_question = asked
    return made
