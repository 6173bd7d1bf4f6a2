"""The rules behind timers and reminders: lengths, bounds, evening times, recurrence rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from skill.routine import (
    DurationProblem,
    ReminderPart,
    ReminderRequest,
    Routine,
    SkinType,
    TimerKind,
    evening_time,
    next_occurrence,
    plan_for,
    reminder_plans,
    step_after_timer,
    timer_for_step,
    timer_length,
)

MONDAY = date(2026, 11, 23)  # a default mask night


@pytest.mark.parametrize(
    ("kind", "spoken", "minutes", "problem"),
    [
        (TimerKind.TOWEL, None, 2, None),
        (TimerKind.MASK, None, 10, None),
        (TimerKind.MASK, timedelta(minutes=12), 12, None),
        (TimerKind.MASK, timedelta(minutes=30), 30, None),
        (TimerKind.MASK, timedelta(minutes=45), 30, DurationProblem.TOO_LONG),
        (TimerKind.MASK, timedelta(hours=2), 30, DurationProblem.TOO_LONG),
        (TimerKind.TOWEL, timedelta(seconds=20), 1, DurationProblem.TOO_SHORT),
        (TimerKind.TOWEL, timedelta(seconds=45), 1, DurationProblem.TOO_SHORT),
        (TimerKind.TOWEL, timedelta(minutes=2, seconds=30), 3, DurationProblem.ROUNDED),
        (TimerKind.TOWEL, timedelta(minutes=3, seconds=29), 3, DurationProblem.ROUNDED),
        (TimerKind.MASK, timedelta(minutes=30, seconds=20), 30, DurationProblem.ROUNDED),
        (TimerKind.MASK, timedelta(minutes=30, seconds=30), 30, DurationProblem.TOO_LONG),
    ],
)
def test_timer_length_defaults_and_bounds(kind, spoken, minutes, problem) -> None:
    length = timer_length(kind, spoken)
    assert (length.minutes, length.problem) == (minutes, problem)


def test_timed_steps_and_where_the_walk_goes_on_after_them() -> None:
    # Given an oily skin's mask night, with the lotion after the mask
    plan = plan_for(
        Routine(skin_type=SkinType.OILY, program_start=MONDAY, lotion_cycle_start=MONDAY), MONDAY
    )
    # Then the towel is step 3 and the mask step 5, and each timer resumes at the next step
    assert [timer_for_step(plan, i) for i in range(len(plan.steps))][2:5] == [
        TimerKind.TOWEL,
        None,
        TimerKind.MASK,
    ]
    assert step_after_timer(plan, TimerKind.TOWEL) == 3
    assert step_after_timer(plan, TimerKind.MASK) == 5
    # And a plain night has neither
    tuesday = plan_for(Routine(skin_type=SkinType.DRY), MONDAY + timedelta(days=1))
    assert step_after_timer(tuesday, TimerKind.MASK) is None


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        (time(9, 0), time(21, 0)),  # a bare "nine" is the evening for a night routine
        (time(8, 30), time(20, 30)),
        (time(21, 15), time(21, 15)),
        (time(5, 0), time(17, 0)),
        (time(23, 59), time(23, 59)),
        (time(12, 0), None),  # noon is not a night
        (time(16, 30), None),
        (time(0, 30), None),  # after midnight would ring on the next weekday
        (time(4, 0), None),
    ],
)
def test_evening_time(heard, expected) -> None:
    assert evening_time(heard) == expected


def test_a_nightly_reminder_is_two_rules_that_cover_every_night_once() -> None:
    plans = reminder_plans(ReminderRequest.NIGHTLY, time(21, 0), (0, 3))
    assert [(p.part, p.rule) for p in plans] == [
        (ReminderPart.PLAIN, "FREQ=WEEKLY;BYDAY=TU,WE,FR,SA,SU;BYHOUR=21;BYMINUTE=0;BYSECOND=0"),
        (ReminderPart.MASK, "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=21;BYMINUTE=0;BYSECOND=0"),
    ]
    covered = sorted(day for plan in plans for day in plan.weekdays)
    assert covered == list(range(7))


def test_a_mask_night_reminder_follows_moved_mask_nights() -> None:
    [plan] = reminder_plans(ReminderRequest.MASK, time(20, 30), (1, 5))
    assert plan.rule == "FREQ=WEEKLY;BYDAY=TU,SA;BYHOUR=20;BYMINUTE=30;BYSECOND=0"


@pytest.mark.parametrize(
    ("now", "first"),
    [
        (datetime(2026, 11, 23, 19, 0), datetime(2026, 11, 23, 21, 0)),  # Monday, before nine
        (datetime(2026, 11, 23, 22, 0), datetime(2026, 11, 26, 21, 0)),  # after: Thursday
        (datetime(2026, 11, 26, 21, 0), datetime(2026, 11, 30, 21, 0)),  # at nine: the next
    ],
)
def test_next_occurrence(now, first) -> None:
    assert next_occurrence("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=21;BYMINUTE=0;BYSECOND=0", now) == first
