"""The month as it goes: nights done, a streak that forgives, milestones, the day-28 check-in and
the week the plan steps back after irritation. Functions of dates only: no storage, no Alexa.

A habit survives a missed evening (Lally et al., 2010), so the streak forgives one night a week:
it counts the nights done, back from the latest, and stops at the second gap of a week.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from skill.routine.skin import SkinType

NIGHTS_KEPT = 35  # the record of nights done: enough for a five-week streak, no more
GAPS_FORGIVEN_A_WEEK = 1
STEP_BACK_DAYS = 7
LONG_STEP_BACK_DAYS = 14  # a second irritation within a month
IRRITATION_MEMORY_DAYS = 30
NO_MASK_DAYS = 2  # no mask on the night of the irritation or the next
CHECK_IN_DAY = 28
DAY_14 = 14  # halfway: said on the day, or on one of the next two if the skill wasn't opened
CHECK_IN_ASKS = 2


def kept_nights(done: list[str], added: date) -> list[str]:
    """The record with `added`, the latest NIGHTS_KEPT nights only: the item stays small."""
    return sorted({*done, added.isoformat()})[-NIGHTS_KEPT:]


def _latest_counted(done: frozenset[date], tonight: date) -> date:
    """Tonight once it's done; until then the streak stands at last night."""
    return tonight if tonight in done else tonight - timedelta(days=1)


def streak(done: frozenset[date], tonight: date) -> int:
    """Nights done back from the latest, one gap a week (Monday to Sunday) forgiven."""
    night, count, gaps = _latest_counted(done, tonight), 0, dict[tuple[int, int], int]()
    oldest = min(done, default=tonight)
    while night >= oldest:
        if night in done:
            count += 1
        else:
            week = night.isocalendar()[:2]
            gaps[week] = gaps.get(week, 0) + 1
            if gaps[week] > GAPS_FORGIVEN_A_WEEK:
                break
        night -= timedelta(days=1)
    return count


def done_this_week(done: frozenset[date], tonight: date) -> int:
    monday = tonight - timedelta(days=tonight.weekday())
    return sum(1 for night in done if monday <= night <= tonight)


def done_of_last(done: frozenset[date], tonight: date, nights: int = 10) -> int:
    """How many of the last `nights` nights were done, ending at the latest that counts."""
    latest = _latest_counted(done, tonight)
    return sum(1 for n in range(nights) if latest - timedelta(days=n) in done)


class Milestone(StrEnum):
    FIRST_NIGHT = "first_night"
    SEVEN_NIGHTS = "seven_nights"
    DAY_14 = "day_14"
    MONTH_DONE = "month_done"


def milestone(
    nights_done: int, program_day: int | None, month_over: bool, said: frozenset[str]
) -> Milestone | None:
    """The biggest milestone reached, if not yet said: a smaller one is never said after it.
    `month_over`: day 30's night is done, or the month is past."""
    reached = [
        (month_over, Milestone.MONTH_DONE),
        (program_day is not None and DAY_14 <= program_day < DAY_14 + 3, Milestone.DAY_14),
        (nights_done >= 7, Milestone.SEVEN_NIGHTS),
        (nights_done >= 1, Milestone.FIRST_NIGHT),
    ]
    for hit, ranked in reached:  # the biggest first
        if ranked.value in said:
            return None  # said: the smaller ones are behind it
        if hit:
            return ranked
    return None


def check_in_due(program_day: int | None, asked: int, answered: bool, asked_tonight: bool) -> bool:
    """From day 28, until answered, at most twice, once a night."""
    return (
        program_day is not None
        and program_day >= CHECK_IN_DAY
        and not answered
        and asked < CHECK_IN_ASKS
        and not asked_tonight
    )


@dataclass(frozen=True)
class StepBack:
    """The plan eased after irritation: from `start` for `days` nights."""

    start: date
    days: int

    @property
    def end(self) -> date:
        """The first night back on the usual plan."""
        return self.start + timedelta(days=self.days)

    def covers(self, night: date) -> bool:
        return self.start <= night < self.end

    def mask_allowed(self, night: date) -> bool:
        return (night - self.start).days >= NO_MASK_DAYS

    def lotion(self, skin: SkinType | None, night: date, usual: Callable[[date], bool]) -> bool:
        """Fewer of the usual lotion nights, never more, and never on the night it stung: oily
        or thick skin every other night, combination or normal the first of each week, dry or
        sensitive none. `usual` says whether a night has lotion on the usual plan."""
        days_in = (night - self.start).days
        if days_in == 0 or not usual(night):
            return False
        if skin in (SkinType.OILY, SkinType.THICK):
            return days_in % 2 == 1
        if skin in (SkinType.COMBINATION, SkinType.NORMAL):
            week_start = night - timedelta(days=(days_in - 1) % 7)
            earlier = (week_start + timedelta(days=n) for n in range((night - week_start).days))
            return not any(usual(d) for d in earlier)
        return False

    def mask_kept(self, night: date) -> bool:
        """Whether a mask the usual plan has on `night` stays: not in the first nights."""
        return not self.covers(night) or self.mask_allowed(night)


def recent_irritations(irritations: list[date], tonight: date) -> list[date]:
    """The irritations before tonight that still count: within the month."""
    return [d for d in irritations if 0 < (tonight - d).days <= IRRITATION_MEMORY_DAYS]


def step_back_after(irritations: list[date], tonight: date) -> StepBack:
    """A week; two weeks when the skin was irritated already within the month."""
    again = recent_irritations(irritations, tonight)
    return StepBack(tonight, LONG_STEP_BACK_DAYS if again else STEP_BACK_DAYS)
