"""Each turn's time budget. Alexa abandons a turn after 8 s and the function stops at 7 s; a
spoken apology beats silence, so every outbound call checks the budget first and none may run
into the reserve kept for that apology."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

# Kept back from Lambda's remaining time: enough to build and return the apology.
APOLOGY_RESERVE_SECONDS = 1.0
# What a turn may spend when the caller says nothing of its time (the local runner, tests).
DEFAULT_TURN_SECONDS = 7.0


class OutOfTime(Exception):
    """Too little of the turn is left for this call; the caller answers without it."""


@dataclass(frozen=True)
class Deadline:
    ends: float  # on time.monotonic()'s clock

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def allows(self, seconds: float) -> bool:
        return self.remaining() >= seconds

    def require(self, seconds: float) -> None:
        """Raise before a call that could take `seconds` and would then end past the deadline."""
        if not self.allows(seconds):
            raise OutOfTime(f"{seconds:.1f} s needed, {max(self.remaining(), 0):.1f} s left")


_current: ContextVar[Deadline] = ContextVar("deadline")


@contextmanager
def turn(context: Any) -> Iterator[Deadline]:
    """The turn's deadline, from what Lambda says is left of this invocation; gone after it."""
    try:
        left = float(context.get_remaining_time_in_millis()) / 1000
    except (AttributeError, TypeError, ValueError):
        left = DEFAULT_TURN_SECONDS
    deadline = Deadline(time.monotonic() + left - APOLOGY_RESERVE_SECONDS)
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)


def current() -> Deadline:
    """This turn's deadline; outside a turn (a script, a test of one module), a fresh one."""
    deadline = _current.get(None)
    if deadline is None:
        return Deadline(time.monotonic() + DEFAULT_TURN_SECONDS - APOLOGY_RESERVE_SECONDS)
    return deadline


@contextmanager
def at_most(seconds: float) -> Iterator[Deadline]:
    """A tighter deadline for an optional call: it may take `seconds`, never the turn's rest."""
    inner = Deadline(min(current().ends, time.monotonic() + seconds))
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)
