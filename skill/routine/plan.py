"""Everything the skill says about one night, worked out in one place."""

from dataclasses import dataclass
from datetime import date, timedelta

from skill.routine.lotion import lotion_tonight
from skill.routine.masks import carried_mask_from, is_mask_night, kept_to_plan
from skill.routine.schedule import Routine
from skill.routine.steps import Step, steps_for

PROGRAM_DAYS = 30


@dataclass(frozen=True)
class NightPlan:
    night: date
    mask: bool
    mask_moved_from: date | None
    lotion: bool
    lotion_starts_tonight: bool
    lotion_off_month: bool
    program_day: int | None
    program_complete: bool
    steps: tuple[Step, ...]


def _day_of_program(program_start: date | None, night: date) -> int | None:
    """Day 1 is the start night; past day 30 the program is over and has no day number."""
    if program_start is None:
        return None
    day = (night - program_start).days + 1
    return day if 1 <= day <= PROGRAM_DAYS else None


def _program_complete(program_start: date | None, night: date) -> bool:
    return program_start is not None and (night - program_start).days + 1 > PROGRAM_DAYS


def _usual_lotion(routine: Routine, night: date) -> bool:
    return lotion_tonight(routine, night, mask_tonight=is_mask_night(routine, night)).lotion


def plan_for(routine: Routine, night: date) -> NightPlan:
    mask = is_mask_night(routine, night)
    moved_from = carried_mask_from(routine, night)
    usual = lotion_tonight(routine, night, mask_tonight=mask)
    lotion = usual.lotion
    eased = routine.step_back
    if eased is not None and eased.covers(night):  # after irritation: gentler, for a while
        mask = mask and eased.mask_kept(night)
        moved_from = moved_from if mask else None
        lotion = not mask and eased.lotion(
            routine.skin_type, night, lambda other: _usual_lotion(routine, other)
        )
    return NightPlan(
        night=night,
        mask=mask,
        mask_moved_from=moved_from,
        lotion=lotion,
        lotion_starts_tonight=usual.starts_tonight and lotion,
        lotion_off_month=usual.off_month,
        program_day=_day_of_program(routine.program_start, night),
        program_complete=_program_complete(routine.program_start, night),
        steps=steps_for(mask=mask, lotion=lotion),
    )


def plan_for_tomorrow(routine: Routine, night: date) -> NightPlan:
    """The next night's plan, if tonight goes to plan: a mask due tonight counts as done."""
    return plan_for(kept_to_plan(routine, night), night + timedelta(days=1))
