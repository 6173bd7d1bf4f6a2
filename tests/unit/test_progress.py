"""The month as it goes: nights done, the forgiving streak, milestones, the day-28 check-in and
the step-back after irritation, on fixed calendars. Nights are plain dates, so a month that
spans a clock change counts exactly like any other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from skill.routine import Routine, SkinType, StepKind, plan_for, validate_mask_nights
from skill.routine.progress import (
    CHECK_IN_ASKS,
    NIGHTS_KEPT,
    Milestone,
    StepBack,
    check_in_due,
    done_of_last,
    done_this_week,
    kept_nights,
    milestone,
    step_back_after,
    streak,
)


def nights(first: date, last: date) -> list[date]:
    """Every night from `first` to `last`, both included."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def record(first: date, last: date, *, missed: tuple[date, ...] = ()) -> frozenset[date]:
    return frozenset(nights(first, last)) - set(missed)


# December 2026: Tuesday the 1st to Thursday the 31st. Its ISO weeks run Monday to Sunday:
# 30 Nov-6 Dec, 7-13, 14-20, 21-27, and 28 Dec-3 Jan 2027 (2026's week 53).
DEC_1, DEC_31 = date(2026, 12, 1), date(2026, 12, 31)
DECEMBER = record(DEC_1, DEC_31)
MON_7, TUE_8, WED_9, THU_10, FRI_11, SAT_12, SUN_13 = nights(date(2026, 12, 7), date(2026, 12, 13))
MON_14, WED_16, THU_17, SUN_20 = (date(2026, 12, d) for d in (14, 16, 17, 20))

# Months across a clock change. Spring: the US on 8 March, Europe on 29 March 2026. Autumn:
# Europe on 25 October, the US on 1 November 2026. Both runs are 32 nights.
SPRING = (date(2026, 3, 15), date(2026, 4, 15))
AUTUMN = (date(2026, 10, 15), date(2026, 11, 15))


# --- Streak ------------------------------------------------------------------------------


def test_a_month_of_nights_done_counts_every_night():
    """The plain case: nothing to forgive, every night counts."""
    # Given every December night done, tonight (the 31st) included / Then all 31 count
    assert streak(DECEMBER, DEC_31) == 31


@pytest.mark.parametrize(("first", "last"), [SPRING, AUTUMN], ids=["spring", "autumn"])
def test_a_clock_change_does_not_break_a_streak(first, last):
    """Nights are dates, not instants: a 23- or 25-hour day is still one night."""
    # Given every night of a month spanning a clock change / Then every one of them counts
    assert streak(record(first, last), last) == len(nights(first, last)) == 32


@pytest.mark.parametrize(
    ("missed", "expected"),
    [
        ((WED_16,), 30),  # one gap in 14-20 Dec: forgiven, the nights before it count
        ((date(2026, 12, 15), THU_17), 15),  # a second gap that week: 16th and 18-31 Dec
        ((WED_9, WED_16), 29),  # a gap in each of two weeks: both forgiven
        ((SUN_13, MON_14), 29),  # two nights running, but a Sunday and a Monday: two weeks
        ((MON_14, SUN_20), 16),  # a week's Monday and Sunday: 15-19 and 21-31 Dec
    ],
)
def test_one_gap_a_week_is_forgiven_and_the_second_stops_the_streak(missed, expected):
    """A habit survives a missed evening, so one gap a Monday-Sunday week doesn't end the run."""
    # Given December done but for these nights / When the streak is read on the 31st
    assert streak(record(DEC_1, DEC_31, missed=missed), DEC_31) == expected


@pytest.mark.parametrize(
    ("missed", "expected"),
    [
        ((date(2026, 3, 29),), 31),  # Europe's spring-forward Sunday is just a night
        ((date(2026, 3, 23), date(2026, 3, 29)), 22),  # a second gap: 24-28 Mar, 30 Mar-15 Apr
    ],
)
def test_a_gap_on_a_clock_change_night_is_an_ordinary_gap(missed, expected):
    # Given 15 March to 15 April done but for these nights / When read on 15 April
    first, last = SPRING
    assert streak(record(first, last, missed=missed), last) == expected


def test_gaps_on_both_autumn_clock_changes_fall_in_different_weeks():
    # Given October-November done but for 25 October (Sunday, week 43) and 1 November
    # (Sunday, week 44) / Then both are forgiven: 30 of the 32 nights count
    first, last = AUTUMN
    done = record(first, last, missed=(date(2026, 10, 25), date(2026, 11, 1)))
    assert streak(done, last) == 30


def test_the_week_across_the_new_year_is_one_week():
    """Weeks are ISO weeks, so 28 Dec-3 Jan is one week although it spans two years."""
    # Given 1 Dec 2026 to 3 Jan 2027 done but for Tuesday 29 Dec and Saturday 2 Jan: both in
    # ISO week 53 of 2026 / Then the second gap stops the streak: 30 Dec to 3 Jan, but 2 Jan
    done = record(DEC_1, date(2027, 1, 3), missed=(date(2026, 12, 29), date(2027, 1, 2)))
    assert streak(done, date(2027, 1, 3)) == 4


def test_until_tonight_is_done_the_streak_stands_at_last_nights():
    """Asked before the routine, the user hasn't missed tonight: it must not look like a gap."""
    # Given 1-30 December done and the 31st not yet / Then tonight is no gap: 30
    done = record(DEC_1, date(2026, 12, 30))
    assert streak(done, DEC_31) == 30
    # ... and once tonight is done it counts too
    assert streak(done | {DEC_31}, DEC_31) == 31


def test_last_night_missed_is_the_weeks_forgiven_gap():
    # Given 1-29 December done, the 30th missed and the 31st not yet done / Then the 30th is
    # week 53's one gap: the 29 nights before it still count
    assert streak(record(DEC_1, date(2026, 12, 29)), DEC_31) == 29


def test_an_empty_record_has_no_streak():
    assert streak(frozenset(), DEC_31) == 0


def test_a_record_long_past_has_no_streak():
    # Given only the first week of December done / Then by the 31st the streak is over
    assert streak(record(DEC_1, date(2026, 12, 6)), DEC_31) == 0


# --- Nights this week and lately ---------------------------------------------------------


@pytest.mark.parametrize(
    ("done", "tonight", "expected"),
    [
        (DECEMBER, THU_17, 4),  # Monday 14th to Thursday 17th
        (DECEMBER, SUN_20, 7),  # the whole week, Monday to Sunday
        (DECEMBER, MON_14, 1),  # a new week: Monday alone
        (record(MON_7, SUN_13), MON_14, 0),  # last week's nights don't count
        (DECEMBER - {MON_14}, MON_14, 0),  # Monday, not yet done
        (DECEMBER - {WED_16}, THU_17, 3),
    ],
)
def test_done_this_week_counts_from_monday(done, tonight, expected):
    assert done_this_week(done, tonight) == expected


@pytest.mark.parametrize(
    ("run", "sunday"),
    [(SPRING, date(2026, 3, 29)), (AUTUMN, date(2026, 10, 25)), (AUTUMN, date(2026, 11, 1))],
)
def test_a_clock_change_week_still_has_seven_nights(run, sunday):
    # Given every night done, read on the Sunday of a clock change / Then all seven count
    assert done_this_week(record(*run), sunday) == 7


@pytest.mark.parametrize(
    ("done", "tonight", "expected"),
    [
        (DECEMBER, DEC_31, 10),
        (record(DEC_1, date(2026, 12, 30)), DEC_31, 10),  # tonight not done: 21st to 30th
        (DECEMBER - {date(2026, 12, 25), date(2026, 12, 27)}, DEC_31, 8),
        (DECEMBER - {date(2026, 12, 21)}, DEC_31, 10),  # eleven nights back: out of reach
        (record(DEC_1, date(2026, 12, 4)), date(2026, 12, 4), 4),  # only four nights yet
        (frozenset(), DEC_31, 0),
    ],
)
def test_done_of_last_ten_ends_at_the_latest_night_that_counts(done, tonight, expected):
    assert done_of_last(done, tonight) == expected


def test_done_of_last_takes_another_span():
    # Given December done but for Saturday the 26th / When the last seven are read on the 31st
    assert done_of_last(DECEMBER - {date(2026, 12, 26)}, DEC_31, nights=7) == 6


# --- The record kept ---------------------------------------------------------------------


def iso(*days: date) -> list[str]:
    return [day.isoformat() for day in days]


def test_kept_nights_adds_the_night_in_order():
    # Given last night is counted after tonight / Then the record stays in date order
    assert kept_nights(iso(DEC_31), date(2026, 12, 30)) == iso(date(2026, 12, 30), DEC_31)


def test_kept_nights_counts_a_night_once():
    assert kept_nights(iso(DEC_1, DEC_31), DEC_31) == iso(DEC_1, DEC_31)


def test_kept_nights_keeps_only_the_latest_thirty_five():
    # Given 35 nights kept, 27 Nov to 31 Dec / When 1 January is added
    kept = iso(*nights(date(2026, 11, 27), DEC_31))
    # Then 27 November goes
    assert kept_nights(kept, date(2027, 1, 1)) == iso(*nights(date(2026, 11, 28), date(2027, 1, 1)))


def test_a_year_of_nights_stays_at_thirty_five():
    """The record lives in the user's item: it must not grow night after night."""
    # Given a night added every night of 2026
    kept: list[str] = []
    for night in nights(date(2026, 1, 1), DEC_31):
        kept = kept_nights(kept, night)
        assert len(kept) <= NIGHTS_KEPT
    # Then the item holds just the latest 35, enough for every streak and count above
    assert NIGHTS_KEPT == 35
    assert kept == iso(*nights(date(2026, 11, 27), DEC_31))
    done = frozenset(date.fromisoformat(night) for night in kept)
    assert streak(done, DEC_31) == 35


# --- Milestones --------------------------------------------------------------------------

FIRST, SEVEN, DAY_14, MONTH = (
    Milestone.FIRST_NIGHT,
    Milestone.SEVEN_NIGHTS,
    Milestone.DAY_14,
    Milestone.MONTH_DONE,
)


def said(*milestones: Milestone) -> frozenset[str]:
    return frozenset(m.value for m in milestones)


@pytest.mark.parametrize(
    ("nights_done", "program_day", "complete", "already", "expected"),
    [
        (0, None, False, said(), None),  # not started
        (0, 1, False, said(), None),  # day 1, nothing done yet
        (1, 1, False, said(), FIRST),
        (1, 2, False, said(FIRST), None),
        (6, 8, False, said(FIRST), None),
        (7, 8, False, said(FIRST), SEVEN),
        (7, 7, False, said(), SEVEN),  # both reached: the bigger first
        (6, 13, False, said(FIRST), None),
        (6, 14, False, said(FIRST), DAY_14),  # day 14 comes with the calendar
        (12, 14, False, said(FIRST), DAY_14),  # ... and before seven nights
        (12, 16, False, said(FIRST), DAY_14),  # said on a later launch, up to two nights late
        (12, 17, False, said(FIRST, SEVEN), None),  # ... but not weeks late
        (7, 8, False, said(SEVEN), None),  # a smaller one is never said after a bigger one
        (7, 17, False, said(FIRST, DAY_14), None),  # ... even one reached later
        (20, 29, False, said(FIRST, SEVEN, DAY_14), None),
        (20, 30, False, said(FIRST, SEVEN, DAY_14), None),  # day 30, its night not yet done
        (20, 30, True, said(FIRST, SEVEN, DAY_14), MONTH),
        (20, None, True, said(FIRST, SEVEN, DAY_14), MONTH),  # past day 30, not yet said
        (20, None, True, said(FIRST, SEVEN, DAY_14, MONTH), None),
    ],
)
def test_the_milestone_reached_and_not_yet_said(
    nights_done, program_day, complete, already, expected
):
    assert milestone(nights_done, program_day, complete, already) is expected


def test_the_biggest_milestone_is_said_once_and_the_smaller_ones_are_behind_it():
    """One line at a time keeps the reply short; a milestone said twice, or the first night
    after the month, would sound broken."""
    # Given day 30 with every milestone reached and none said
    heard: list[Milestone] = []
    for _ in range(6):
        # When each one is said as it comes
        reached = milestone(30, 30, True, said(*heard))
        if reached is not None:
            heard.append(reached)
    # Then the month is said, once
    assert heard == [MONTH]


def test_a_december_of_nights_says_each_milestone_on_its_night():
    # Given a program from 1 December with every night done and the milestone said at once
    heard: dict[date, Milestone] = {}
    for day, night in enumerate(nights(DEC_1, date(2026, 12, 30)), start=1):
        reached = milestone(day, day, day == 30, said(*heard.values()))
        if reached is not None:
            heard[night] = reached
    # Then the first night, the seventh, day 14 and day 30 each have theirs
    assert heard == {
        DEC_1: FIRST,
        date(2026, 12, 7): SEVEN,
        MON_14: DAY_14,
        date(2026, 12, 30): MONTH,
    }


# --- The day-28 check-in -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("program_day", "asked", "answered", "asked_tonight", "due"),
    [
        (27, 0, False, False, False),  # not before day 28
        (28, 0, False, False, True),
        (30, 0, False, False, True),
        (None, 0, False, False, False),  # past the month, or never started
        (29, 1, False, False, True),  # asked once, on an earlier night
        (28, 1, False, True, False),  # not twice in one night
        (30, 2, False, False, False),  # at most twice
        (29, 1, True, False, False),  # answered: never again
    ],
)
def test_check_in_is_due_from_day_28_until_answered(
    program_day, asked, answered, asked_tonight, due
):
    assert check_in_due(program_day, asked, answered, asked_tonight) is due


def test_check_in_left_unanswered_is_asked_on_two_nights_only():
    """Asking every launch would nag: twice, on different nights, then it lets go."""
    # Given a user who never answers, opening the skill twice a night on days 26 to 30
    asked_on: list[int] = []
    for day in range(26, 31):
        for _ in range(2):
            if check_in_due(day, len(asked_on), False, day in asked_on):
                asked_on.append(day)
    # Then it is asked on days 28 and 29, once each
    assert asked_on == [28, 29]
    assert len(asked_on) == CHECK_IN_ASKS


# --- The step-back -----------------------------------------------------------------------


def test_a_step_back_covers_its_nights_and_ends_the_night_after():
    eased = StepBack(date(2026, 12, 6), 7)
    assert eased.end == SUN_13
    assert [n for n in nights(DEC_1, DEC_31) if eased.covers(n)] == nights(
        date(2026, 12, 6), SAT_12
    )


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (date(2026, 3, 25), 7, date(2026, 4, 1)),  # over Europe's spring-forward night
        (date(2026, 3, 2), 14, date(2026, 3, 16)),  # over the US one
        (date(2026, 10, 22), 14, date(2026, 11, 5)),  # over both autumn ones
    ],
)
def test_a_step_back_over_a_clock_change_is_still_so_many_nights(start, days, end):
    eased = StepBack(start, days)
    assert eased.end == end
    assert (
        sum(eased.covers(n) for n in nights(start - timedelta(days=3), end + timedelta(days=3)))
        == days
    )


def test_no_mask_on_the_first_two_nights_of_a_step_back():
    """The clay mask is the harshest step: irritated skin gets two nights off it."""
    eased = StepBack(date(2026, 12, 6), 7)
    assert [eased.mask_allowed(n) for n in nights(date(2026, 12, 6), SAT_12)] == [
        False,
        False,
        True,
        True,
        True,
        True,
        True,
    ]


@pytest.mark.parametrize(
    ("skin", "days", "lotion_nights"),
    [
        (SkinType.OILY, 7, [1, 3, 5]),  # every other night, never the night it stung
        (SkinType.THICK, 7, [1, 3, 5]),
        (SkinType.OILY, 14, [1, 3, 5, 7, 9, 11, 13]),
        (SkinType.COMBINATION, 7, [1]),  # the first lotion night of the week
        (SkinType.NORMAL, 7, [1]),
        (SkinType.COMBINATION, 14, [1, 8]),  # the first of each week
        (SkinType.DRY, 14, []),
        (SkinType.SENSITIVE, 14, []),
        (None, 7, []),  # skin type not known: no lotion
    ],
)
def test_eased_lotion_follows_the_skin_type(skin, days, lotion_nights):
    # Given a step-back from Sunday 6 December, on a plan with lotion every night / Then
    # lotion on these nights into it (0: the night of the irritation)
    eased = StepBack(date(2026, 12, 6), days)
    in_it = nights(eased.start, eased.end - timedelta(days=1))
    every_night = lambda night: True  # noqa: E731
    chosen = [n for n, night in enumerate(in_it) if eased.lotion(skin, night, every_night)]
    assert chosen == lotion_nights


@pytest.mark.parametrize(
    ("earlier", "days"),
    [
        ([], 7),
        ([date(2026, 12, 21)], 14),  # ten nights before: within the month
        ([date(2026, 12, 1)], 14),  # exactly thirty nights before
        ([date(2026, 11, 30)], 7),  # thirty-one: too long ago to count
        ([date(2026, 10, 2), date(2026, 11, 30)], 7),
        ([date(2026, 11, 30), date(2026, 12, 24)], 14),
        ([DEC_31], 7),  # said twice the same night: still the first irritation
    ],
)
def test_step_back_is_a_week_or_two_after_a_second_irritation_in_a_month(earlier, days):
    """Irritation that comes back within a month needs longer to settle."""
    assert step_back_after(earlier, DEC_31) == StepBack(DEC_31, days)


def test_step_back_counts_the_month_in_days_across_a_clock_change():
    # Given irritation on 29 March (Europe's spring-forward) and again on 28 April / Then 30
    # days apart: a second irritation, two weeks
    assert step_back_after([date(2026, 3, 29)], date(2026, 4, 28)).days == 14
    assert step_back_after([date(2026, 3, 29)], date(2026, 4, 29)).days == 7


# --- The plan during a step-back ---------------------------------------------------------

PROGRAM_START = DEC_1


def eased_routine(start: date, days: int = 7, **fields) -> Routine:
    return Routine(program_start=PROGRAM_START, step_back=StepBack(start, days), **fields)


@pytest.mark.parametrize(
    ("start", "mask_on_monday"),
    [
        (MON_7, False),  # irritated on the mask night itself
        (date(2026, 12, 6), False),  # irritated on Sunday: Monday is the second night
        (date(2026, 12, 5), True),  # irritated on Saturday: Monday is the third night
    ],
)
def test_a_mask_night_in_the_first_two_nights_of_a_step_back_has_no_mask(start, mask_on_monday):
    # Given Monday/Thursday masks and a step-back from `start` / When Monday 7th is planned
    plan = plan_for(eased_routine(start), MON_7)
    # Then the mask, and its step in the walk, are there only from the third night
    assert plan.mask is mask_on_monday
    assert (StepKind.CLAY_MASK in {step.kind for step in plan.steps}) is mask_on_monday


@pytest.mark.parametrize(
    "mask_nights",
    [(a, b) for a in range(7) for b in range(a + 1, 7) if b - a not in (1, 6)],
)
def test_changed_mask_nights_still_get_no_mask_in_the_first_two_nights(mask_nights):
    """The two nights off belong to the step-back, not to the mask nights chosen before it."""
    # Given the user moved the mask nights to any valid pair, and a step-back starts on any
    # night of the week
    validate_mask_nights(*mask_nights)
    for start in nights(MON_7, SUN_13):
        routine = eased_routine(start, mask_nights=mask_nights)
        # When its first two nights are planned / Then neither has a mask
        assert not plan_for(routine, start).mask
        assert not plan_for(routine, start + timedelta(days=1)).mask


def test_a_step_back_only_changes_the_nights_it_covers():
    """Once the week (or two) is over the usual plan is back, whatever the step-back said."""
    # Given oily skin with masks done as planned, and a step-back from Sunday 13 December
    usual = Routine(
        skin_type=SkinType.OILY,
        program_start=PROGRAM_START,
        lotion_cycle_start=PROGRAM_START,
        masks_done=frozenset({date(2026, 12, 3), MON_7, THU_10}),
    )
    for days in (7, 14):
        eased = StepBack(SUN_13, days)
        routine = replace(usual, step_back=eased)
        # When the nights before and after it are planned / Then they are the usual plan
        for night in [*nights(DEC_1, SAT_12), *nights(eased.end, eased.end + timedelta(days=13))]:
            assert plan_for(routine, night) == plan_for(usual, night), night
        # ... and the nights inside it differ from the usual plan on at least one night
        inside = nights(eased.start, eased.end - timedelta(days=1))
        assert any(plan_for(routine, n) != plan_for(usual, n) for n in inside)


def test_the_mask_comes_back_when_the_step_back_ends():
    # Given a two-week step-back from Monday 7 December / Then Monday 21st has its mask
    eased = StepBack(MON_7, 14)
    routine = Routine(program_start=PROGRAM_START, step_back=eased)
    assert eased.end == date(2026, 12, 21)
    assert plan_for(routine, eased.end).mask


def test_mask_nights_moved_during_a_step_back_keep_their_gap():
    """Moving the masks mid step-back must neither bring one into the two nights off nor
    make two in a row."""
    # Given irritation on Monday 7th (its mask not done) and the masks moved that night to
    # Tuesday and Friday; the user then does each mask the plan gives
    routine = eased_routine(MON_7, mask_nights=(1, 4), masks_done=frozenset({WED_9, FRI_11}))
    # When the week is planned / Then Tuesday (the second night) has none, and a mask held
    # back is not owed, so it moves nowhere: Friday keeps its own
    plans = [plan_for(routine, night) for night in nights(MON_7, SUN_13)]
    assert [(p.night, p.mask_moved_from) for p in plans if p.mask] == [(FRI_11, None)]


@pytest.mark.parametrize(
    ("skin", "lotion_nights"),
    [
        (SkinType.OILY, [MON_7, WED_9, FRI_11]),  # every other night, none on a mask night
        (SkinType.THICK, [MON_7, WED_9, FRI_11]),
        (SkinType.COMBINATION, [TUE_8]),  # the week's first usual lotion night
        (SkinType.NORMAL, [TUE_8]),
        (SkinType.DRY, []),
        (SkinType.SENSITIVE, []),
    ],
)
def test_the_lotion_follows_the_eased_pattern(skin, lotion_nights):
    """During the step-back the lotion is the eased one for the skin, and never on a mask."""
    # Given irritation on Sunday 6 December (Monday's mask held back, not owed) and Thursday's
    # mask done; oily skin is in its lotion month
    routine = eased_routine(
        date(2026, 12, 6),
        skin_type=skin,
        lotion_cycle_start=PROGRAM_START,
        masks_done=frozenset({THU_10}),
    )
    week = nights(date(2026, 12, 6), SAT_12)
    plans = [plan_for(routine, night) for night in week]
    # Then the one mask is Thursday's, and lotion on these nights only
    assert [p.night for p in plans if p.mask] == [THU_10]
    assert [p.night for p in plans if p.lotion] == lotion_nights
    assert all((StepKind.LOTION in {s.kind for s in p.steps}) is p.lotion for p in plans)


# --- The step-back only ever takes away from the usual plan ----------------------------------


def test_a_mask_held_back_by_the_step_back_is_not_said_to_move_to_tonight():
    """The plan would say a mask moved to tonight while tonight has no mask."""
    # Given Monday 7th's mask missed and irritation on Tuesday 8th
    plan = plan_for(eased_routine(TUE_8), TUE_8)
    # Then tonight has no mask, and nothing says one moved to it
    assert not plan.mask
    assert plan.mask_moved_from is None


@pytest.mark.parametrize("cycle_start", [date(2026, 11, 1), None], ids=["month-off", "no-cycle"])
def test_a_step_back_never_adds_lotion_the_usual_plan_does_not_have(cycle_start):
    """Going gently after irritation must not mean more lotion than the usual plan."""
    # Given oily skin with no lotion this week (its month off from 1 Dec, or no cycle yet)
    usual = Routine(
        skin_type=SkinType.OILY,
        program_start=PROGRAM_START,
        lotion_cycle_start=cycle_start,
        masks_done=frozenset({TUE_8, THU_10}),
    )
    eased = replace(usual, step_back=StepBack(date(2026, 12, 6), 7))
    week = nights(date(2026, 12, 6), SAT_12)
    assert not any(plan_for(usual, night).lotion for night in week)
    # When irritation eases the plan / Then no lotion appears either
    assert [night for night in week if plan_for(eased, night).lotion] == []
