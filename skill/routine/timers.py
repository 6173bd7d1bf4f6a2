"""The two timed steps: how long each runs, and the bounds on a spoken duration."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from skill.routine.plan import NightPlan
from skill.routine.steps import CLAY_MASK_MINUTES, HOT_TOWEL_MINUTES, StepKind

SHORTEST_MINUTES = 1
# Longer than this and a clay mask dries the skin; no step here needs more.
LONGEST_MINUTES = 30


class TimerKind(StrEnum):
    TOWEL = "towel"
    MASK = "mask"


TIMED_STEPS = {StepKind.HOT_TOWEL: TimerKind.TOWEL, StepKind.CLAY_MASK: TimerKind.MASK}
DEFAULT_MINUTES = {TimerKind.TOWEL: HOT_TOWEL_MINUTES, TimerKind.MASK: CLAY_MASK_MINUTES}
# What follows each timed step on a mask night, whatever else the night holds.
STEP_AFTER = {TimerKind.TOWEL: StepKind.COOL_SPLASH, TimerKind.MASK: StepKind.COLD_SPLASH}


class DurationProblem(StrEnum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    ROUNDED = "rounded"  # not whole minutes: the nearest whole minute, a half up


@dataclass(frozen=True)
class TimerLength:
    minutes: int
    problem: DurationProblem | None = None  # set when the length isn't the one spoken


def timer_length(kind: TimerKind, spoken: timedelta | None) -> TimerLength:
    """The default, the spoken length in whole minutes, or the nearest bound with the reason.
    Timers are set in whole minutes: a length between them (two and a half minutes) goes to the
    nearest, a half up, and says it was rounded; under a minute is too short."""
    if spoken is None:
        return TimerLength(DEFAULT_MINUTES[kind])
    seconds = spoken.total_seconds()
    minutes = math.floor(seconds / 60 + 0.5)
    if seconds < SHORTEST_MINUTES * 60:
        return TimerLength(SHORTEST_MINUTES, DurationProblem.TOO_SHORT)
    if minutes > LONGEST_MINUTES:
        return TimerLength(LONGEST_MINUTES, DurationProblem.TOO_LONG)
    if minutes * 60 != seconds:
        return TimerLength(minutes, DurationProblem.ROUNDED)
    return TimerLength(minutes)


def timer_for_step(plan: NightPlan, index: int) -> TimerKind | None:
    if not 0 <= index < len(plan.steps):
        return None
    return TIMED_STEPS.get(plan.steps[index].kind)


def step_after_timer(plan: NightPlan, kind: TimerKind) -> int | None:
    """Where the walk resumes when the timer ends; None when tonight has no such step."""
    for index, step in enumerate(plan.steps):
        if step.kind is STEP_AFTER[kind]:
            return index
    return None
