"""The pore routine's rules, free of Alexa and AWS so they can be tested on their own."""

from skill.routine.lotion import LOTION_CYCLE_DAYS, lotion_weekdays
from skill.routine.masks import (
    carried_mask_from,
    is_mask_night,
    last_mask_night,
    next_mask_night,
)
from skill.routine.night import EVENING_STARTS_AT_HOUR, night_of
from skill.routine.plan import PROGRAM_DAYS, NightPlan, plan_for, plan_for_tomorrow
from skill.routine.reminders import (
    ReminderPart,
    ReminderPlan,
    ReminderRequest,
    evening_time,
    moved_to_evening,
    next_occurrence,
    reminder_plans,
    weekdays_for,
)
from skill.routine.schedule import (
    DEFAULT_MASK_NIGHTS,
    MaskNightsError,
    Routine,
    validate_mask_nights,
)
from skill.routine.skin import SkinType, starts_lotion_cycle
from skill.routine.steps import CLAY_MASK_MINUTES, HOT_TOWEL_MINUTES, Step, StepKind, steps_for
from skill.routine.timers import (
    DEFAULT_MINUTES,
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
    STEP_AFTER,
    DurationProblem,
    TimerKind,
    TimerLength,
    step_after_timer,
    timer_for_step,
    timer_length,
)

__all__ = [
    "CLAY_MASK_MINUTES",
    "DEFAULT_MASK_NIGHTS",
    "DEFAULT_MINUTES",
    "LONGEST_MINUTES",
    "SHORTEST_MINUTES",
    "STEP_AFTER",
    "DurationProblem",
    "TimerKind",
    "TimerLength",
    "step_after_timer",
    "timer_for_step",
    "timer_length",
    "EVENING_STARTS_AT_HOUR",
    "HOT_TOWEL_MINUTES",
    "LOTION_CYCLE_DAYS",
    "PROGRAM_DAYS",
    "MaskNightsError",
    "ReminderPart",
    "ReminderPlan",
    "ReminderRequest",
    "evening_time",
    "moved_to_evening",
    "next_occurrence",
    "reminder_plans",
    "weekdays_for",
    "NightPlan",
    "Routine",
    "SkinType",
    "Step",
    "StepKind",
    "carried_mask_from",
    "is_mask_night",
    "last_mask_night",
    "lotion_weekdays",
    "next_mask_night",
    "night_of",
    "plan_for",
    "plan_for_tomorrow",
    "starts_lotion_cycle",
    "steps_for",
    "validate_mask_nights",
]
