"""The routine's rules, checked night by night on a fixed calendar."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from skill.routine import (
    DEFAULT_MASK_NIGHTS,
    MaskNightsError,
    Routine,
    SkinType,
    Step,
    StepKind,
    is_mask_night,
    last_mask_night,
    lotion_weekdays,
    next_mask_night,
    night_of,
    plan_for,
    plan_for_tomorrow,
    starts_lotion_cycle,
    steps_for,
    validate_mask_nights,
)

# One calendar week, Monday 5 January 2026 to Sunday 11 January, and the Monday after.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 1, 5) + timedelta(days=n) for n in range(7))
NEXT_MON = MON + timedelta(days=7)
NEXT_TUE = TUE + timedelta(days=7)
PROGRAM_RUNNING = date(2025, 12, 29)  # a week before MON, so every night above is in the program

WASH, EXFOLIATE, HOT_TOWEL, COOL_SPLASH, CLAY_MASK, COLD_SPLASH, LOTION, SERUM, MOISTURISE = (
    StepKind.WASH,
    StepKind.EXFOLIATE,
    StepKind.HOT_TOWEL,
    StepKind.COOL_SPLASH,
    StepKind.CLAY_MASK,
    StepKind.COLD_SPLASH,
    StepKind.LOTION,
    StepKind.SERUM,
    StepKind.MOISTURISE,
)


BEFORE_SERUM_ON_MASK_NIGHT = [WASH, EXFOLIATE, HOT_TOWEL, COOL_SPLASH, CLAY_MASK, COLD_SPLASH]


def kinds(steps: tuple[Step, ...]) -> list[StepKind]:
    return [step.kind for step in steps]


# --- Steps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mask", "lotion", "expected"),
    [
        (False, False, [WASH, SERUM]),
        (False, True, [WASH, LOTION, SERUM]),
        (True, False, [*BEFORE_SERUM_ON_MASK_NIGHT, SERUM, MOISTURISE]),
        (True, True, [*BEFORE_SERUM_ON_MASK_NIGHT, LOTION, SERUM, MOISTURISE]),
    ],
)
def test_steps_come_in_the_aestheticians_order(mask, lotion, expected):
    # Given a kind of night / When its steps are listed / Then serum is always there, in order
    assert kinds(steps_for(mask=mask, lotion=lotion)) == expected


def test_only_the_towel_and_the_mask_are_timed():
    # Given a full mask night / When the durations are read / Then towel 2 and mask 10 minutes
    minutes = {step.kind: step.minutes for step in steps_for(mask=True, lotion=True)}
    assert minutes.pop(HOT_TOWEL) == 2
    assert minutes.pop(CLAY_MASK) == 10
    assert set(minutes.values()) == {None}


# --- Mask nights -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [(0, 3, (0, 3)), (3, 0, (0, 3)), (1, 5, (1, 5)), (6, 2, (2, 6)), (5, 0, (0, 5))],
)
def test_valid_mask_nights_come_back_sorted(first, second, expected):
    # Given two nights with a gap / When validated / Then they come back in weekday order
    assert validate_mask_nights(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [(2, 2), (0, 1), (4, 3), (6, 0), (0, 6), (7, 3), (-1, 3)],
    ids=["same", "mon-tue", "fri-thu", "sun-mon", "mon-sun", "no-such-day", "negative"],
)
def test_mask_nights_that_are_the_same_or_back_to_back_are_refused(first, second):
    # Given the same night, neighbours (Sunday-Monday too) or no weekday at all
    # When validated / Then MaskNightsError, which callers may catch as ValueError
    with pytest.raises(MaskNightsError):
        validate_mask_nights(first, second)
    assert issubclass(MaskNightsError, ValueError)


def test_default_mask_nights_are_monday_and_thursday():
    assert DEFAULT_MASK_NIGHTS == (0, 3)
    assert [n for n in (MON, TUE, WED, THU, FRI, SAT, SUN) if is_mask_night(Routine(), n)] == [
        MON,
        THU,
    ]


@pytest.mark.parametrize(
    ("mask_nights", "done", "tonight", "expected_mask", "moved_from"),
    [
        ((0, 3), set(), TUE, True, MON),  # Monday missed -> Tuesday
        ((0, 3), set(), WED, False, None),  # Tuesday missed too -> dropped, Thursday is next door
        ((0, 3), {MON}, TUE, False, None),  # Monday done -> nothing owed
        ((0, 3), {TUE}, WED, False, None),  # carried mask done on Tuesday -> nothing owed
        ((0, 3), {TUE}, THU, True, None),  # ... and Thursday keeps its own mask
        ((0, 3), {MON}, FRI, True, THU),  # Thursday missed -> Friday
        ((0, 3), {MON}, SAT, True, THU),  # Friday missed too -> Saturday
        ((0, 3), {MON}, SUN, False, None),  # never Sunday: Monday is next door
        ((0, 3), {MON, FRI}, SAT, False, None),  # made up on Friday -> Saturday is free
        ((0, 3), {WED}, THU, False, None),  # a mask done last night -> no mask tonight
        ((0, 3), {WED}, FRI, False, None),  # ... and that skipped Thursday is not a miss
        ((1, 5), set(), WED, True, TUE),  # Tue/Sat: Tuesday missed -> Wednesday
        ((1, 5), set(), THU, True, TUE),  # ... -> Thursday
        ((1, 5), set(), FRI, False, None),  # ... but not Friday, Saturday is next door
        ((1, 5), set(), SUN, True, SAT),  # Saturday missed -> Sunday
        ((1, 5), set(), NEXT_MON, False, None),  # ... never Monday, Tuesday is next door
    ],
)
def test_a_missed_mask_moves_forward_but_never_makes_two_in_a_row(
    mask_nights, done, tonight, expected_mask, moved_from
):
    # Given the program is running and these nights' masks were done
    routine = Routine(
        mask_nights=mask_nights, program_start=PROGRAM_RUNNING, masks_done=frozenset(done)
    )
    # When tonight is planned
    plan = plan_for(routine, tonight)
    # Then the mask is on or off, and a carried one says where it came from
    assert (plan.mask, plan.mask_moved_from) == (expected_mask, moved_from)
    assert is_mask_night(routine, tonight) is expected_mask


@pytest.mark.parametrize("program_start", [None, TUE], ids=["no-program", "starts-after-miss"])
def test_nothing_is_missed_before_the_program_starts(program_start):
    # Given Monday's mask was not done, but the program had not started by then
    routine = Routine(program_start=program_start)
    # When Tuesday is planned / Then there is no mask to make up
    assert not plan_for(routine, TUE).mask


def test_a_miss_on_the_first_program_night_is_carried():
    # Given the program starts on a mask night that is then missed
    routine = Routine(program_start=MON)
    # When the next night is planned / Then the mask moves to it
    assert plan_for(routine, TUE).mask_moved_from == MON


@pytest.mark.parametrize("pattern", ["x", "x.", ".x", "x..", "..x", "xx.", "x.x.."])
def test_a_user_following_the_plan_never_masks_two_nights_running(pattern):
    # Given a user who, mask night after mask night, does (x) or skips (.) it in this pattern
    masks_done: set[date] = set()
    mask_nights_seen = 0
    for offset in range(8 * 7):
        tonight = MON + timedelta(days=offset)
        routine = Routine(program_start=MON, masks_done=frozenset(masks_done))
        # When each night comes round and its plan says mask
        if plan_for(routine, tonight).mask:
            if pattern[mask_nights_seen % len(pattern)] == "x":
                masks_done.add(tonight)
            mask_nights_seen += 1
    # Then masks were done, but never on two consecutive nights
    assert masks_done
    assert not any(night + timedelta(days=1) in masks_done for night in masks_done)


@pytest.mark.parametrize(
    ("mask_nights", "done", "after", "expected"),
    [
        ((0, 3), set(), MON, THU),  # from a mask night itself
        ((0, 3), set(), TUE, THU),
        ((0, 3), set(), THU, NEXT_MON),  # across the week end
        ((0, 3), set(), SUN, NEXT_MON),
        ((1, 5), set(), SAT, NEXT_TUE),
        ((0, 3), {SUN}, SAT, THU + timedelta(days=7)),  # a mask done on Sunday pushes past Monday
    ],
)
def test_next_mask_night_follows_the_schedule(mask_nights, done, after, expected):
    # Given a schedule / When asked for the next mask after a night / Then the next due one
    routine = Routine(mask_nights=mask_nights, masks_done=frozenset(done))
    assert next_mask_night(routine, after) == expected


@pytest.mark.parametrize(
    ("mask_nights", "missed", "tonight", "expected_mask", "moved_from"),
    [
        ((0, 3), {MON}, MON, False, None),  # said on Monday: no mask tonight ...
        ((0, 3), {MON}, TUE, True, MON),  # ... it moves to Tuesday
        ((0, 3), {MON, TUE}, TUE, False, None),  # Tuesday skipped too: not tonight ...
        ((0, 3), {MON, TUE}, WED, False, None),  # ... nor Wednesday, Thursday is next door
        ((0, 3), {THU}, FRI, True, THU),  # Thursday's moves to Friday
        ((0, 3), {THU, FRI}, SAT, True, THU),  # ... and on to Saturday, Monday is two away
        ((0, 3), {THU, FRI, SAT}, SUN, False, None),  # ... never Sunday: dropped
        ((0, 4), {MON, TUE}, WED, True, MON),  # Mon/Fri: Wednesday still keeps a night off
    ],
)
def test_a_mask_the_user_says_they_miss_moves_on_or_is_dropped(
    mask_nights, missed, tonight, expected_mask, moved_from
):
    # Given the program is running and the user said they would miss these nights' masks
    routine = Routine(
        mask_nights=mask_nights, program_start=PROGRAM_RUNNING, masks_missed=frozenset(missed)
    )
    # When tonight is planned / Then the mask is on or off, and says where it came from
    plan = plan_for(routine, tonight)
    assert (plan.mask, plan.mask_moved_from) == (expected_mask, moved_from)


@pytest.mark.parametrize(
    ("missed", "after", "expected"),
    [
        (set(), MON, THU),  # Monday's mask is done as planned, so Thursday is next
        ({MON}, MON, TUE),  # said to be missed: it moves to tomorrow
        ({MON, TUE}, TUE, THU),  # missed again: dropped, Thursday is next
        ({THU}, THU, FRI),
    ],
)
def test_next_mask_night_counts_a_mask_the_user_will_miss(missed, after, expected):
    routine = Routine(program_start=PROGRAM_RUNNING, masks_missed=frozenset(missed))
    assert next_mask_night(routine, after) == expected


@pytest.mark.parametrize(
    ("done", "missed", "tonight", "tomorrow_mask"),
    [
        (set(), set(), MON, False),  # tonight's mask will be done: nothing to make up tomorrow
        (set(), {MON}, MON, True),  # tonight's is missed: tomorrow makes it up
        (set(), set(), WED, True),  # Thursday's own mask
        (set(), set(), TUE, False),  # Tuesday makes up Monday's, so Wednesday is free
    ],
)
def test_tomorrows_plan_assumes_tonight_goes_to_plan(done, missed, tonight, tomorrow_mask):
    routine = Routine(
        program_start=PROGRAM_RUNNING, masks_done=frozenset(done), masks_missed=frozenset(missed)
    )
    tomorrow = plan_for_tomorrow(routine, tonight)
    assert (tomorrow.night, tomorrow.mask) == (tonight + timedelta(days=1), tomorrow_mask)


@pytest.mark.parametrize(
    ("done", "missed", "tonight", "expected"),
    [
        ({MON}, set(), TUE, MON),  # Monday's mask, done or not
        ({MON}, set(), WED, MON),
        (set(), set(), WED, TUE),  # Monday's was missed, so Tuesday had it
        (set(), {MON, TUE}, WED, None),  # missed on both nights: nothing left to miss
        ({THU - timedelta(days=7)}, set(), MON, THU - timedelta(days=7)),  # last week's
    ],
)
def test_the_last_mask_night_is_the_latest_that_had_a_mask(done, missed, tonight, expected):
    routine = Routine(
        program_start=PROGRAM_RUNNING, masks_done=frozenset(done), masks_missed=frozenset(missed)
    )
    assert last_mask_night(routine, tonight) == expected


@pytest.mark.parametrize("pattern", ["mx", "xm", "mmx", "x.m", "m.x"])
def test_masks_said_to_be_missed_never_make_two_nights_running(pattern):
    # Given a user who, mask night after mask night, does it (x), leaves it undone (.) or says
    # they will miss it (m)
    done: set[date] = set()
    missed: set[date] = set()
    mask_nights_seen = 0
    for offset in range(8 * 7):
        tonight = MON + timedelta(days=offset)
        routine = Routine(
            program_start=MON, masks_done=frozenset(done), masks_missed=frozenset(missed)
        )
        if plan_for(routine, tonight).mask:
            choice = pattern[mask_nights_seen % len(pattern)]
            (done if choice == "x" else missed if choice == "m" else set()).add(tonight)
            mask_nights_seen += 1
    # Then masks were done, but never on two consecutive nights
    assert done
    assert not any(night + timedelta(days=1) in done for night in done)


# --- Lotion ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skin_type", "mask_nights", "expected"),
    [
        (SkinType.DRY, (0, 3), (1, 4)),  # Tue, Fri
        (SkinType.SENSITIVE, (0, 3), (1, 4)),
        (SkinType.DRY, (1, 5), (2, 6)),  # Tue/Sat masks -> Wed, Sun
        (SkinType.COMBINATION, (0, 3), (1, 4, 6)),  # Tue, Fri, Sun
        (SkinType.NORMAL, (0, 3), (1, 4, 6)),
        (SkinType.COMBINATION, (1, 5), (2, 4, 6)),  # Wed, Fri, Sun
        (SkinType.COMBINATION, (0, 2), (1, 3, 5)),  # Sat and Sun tie; Sat comes first
        (SkinType.COMBINATION, (5, 3), (1, 4, 6)),  # unsorted; Tue and Wed tie; Tue first
        (SkinType.OILY, (0, 3), ()),  # the monthly cycle instead
        (SkinType.THICK, (0, 3), ()),
    ],
)
def test_weekly_lotion_nights_follow_the_masks(skin_type, mask_nights, expected):
    # Given a skin type and mask nights / When lotion weekdays are chosen
    chosen = lotion_weekdays(skin_type, mask_nights)
    # Then they are as expected and never a mask night
    assert chosen == expected
    assert not set(chosen) & set(mask_nights)


@pytest.mark.parametrize("skin_type", [SkinType.OILY, SkinType.THICK])
@pytest.mark.parametrize(
    ("cycle_night", "lotion", "starts", "off_month"),
    [
        (0, False, False, False),  # the night before the cycle starts
        (1, True, True, False),
        (2, True, False, False),
        (30, True, False, False),
        (31, False, False, True),
        (60, False, False, True),
        (61, True, True, False),
        (90, True, False, False),
        (91, False, False, True),
    ],
)
def test_oily_skin_has_a_month_on_and_a_month_off(
    skin_type, cycle_night, lotion, starts, off_month
):
    # Given an oily/thick cycle starting on night 1 (a Friday, not a mask night)
    cycle_start = date(2026, 1, 2)
    routine = Routine(skin_type=skin_type, lotion_cycle_start=cycle_start)
    # When night N of the cycle is planned
    plan = plan_for(routine, cycle_start + timedelta(days=cycle_night - 1))
    # Then lotion is on for nights 1-30, off for 31-60, and so on
    assert (plan.lotion, plan.lotion_starts_tonight, plan.lotion_off_month) == (
        lotion,
        starts,
        off_month,
    )


def test_oily_lotion_comes_after_the_mask_on_a_mask_night():
    # Given an oily user in an on month / When a Monday mask night is planned
    plan = plan_for(Routine(skin_type=SkinType.OILY, lotion_cycle_start=MON), MON)
    # Then the lotion follows the cold splash and comes before the serum
    assert plan.mask and plan.lotion
    assert kinds(plan.steps)[5:8] == [COLD_SPLASH, LOTION, SERUM]


@pytest.mark.parametrize(
    ("skin_type", "lotion_nights"),
    [
        (SkinType.DRY, {TUE, FRI}),
        (SkinType.SENSITIVE, {TUE, FRI}),
        (SkinType.COMBINATION, {TUE, FRI, SUN}),
        (SkinType.NORMAL, {TUE, FRI, SUN}),
        (SkinType.OILY, set()),  # no cycle start yet
        (None, set()),
    ],
)
def test_lotion_nights_in_a_week_by_skin_type(skin_type, lotion_nights):
    # Given a user doing every mask / When each night of the week is planned
    routine = Routine(skin_type=skin_type, masks_done=frozenset({MON, THU}))
    week = [plan_for(routine, n) for n in (MON, TUE, WED, THU, FRI, SAT, SUN)]
    # Then lotion falls on the expected nights and serum on every night
    assert {plan.night for plan in week if plan.lotion} == lotion_nights
    assert all(SERUM in kinds(plan.steps) for plan in week)


def test_weekly_lotion_gives_way_to_a_carried_mask():
    # Given a dry-skinned user who missed Monday's mask
    routine = Routine(skin_type=SkinType.DRY, program_start=PROGRAM_RUNNING)
    # When Tuesday, normally a lotion night, is planned
    plan = plan_for(routine, TUE)
    # Then it is a mask night without lotion
    assert plan.mask and not plan.lotion
    assert LOTION not in kinds(plan.steps)


def test_changed_mask_nights_move_the_lotion_too():
    # Given a combination-skinned user with masks on Tuesday and Saturday
    routine = Routine(skin_type=SkinType.COMBINATION, mask_nights=(1, 5))
    # When the week is planned / Then masks and lotion land on their new nights
    week = {n: plan_for(routine, n) for n in (MON, TUE, WED, THU, FRI, SAT, SUN)}
    assert [n for n, plan in week.items() if plan.mask] == [TUE, SAT]
    assert [n for n, plan in week.items() if plan.lotion] == [WED, FRI, SUN]


# --- Program days ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("program_start", "night", "day", "complete"),
    [
        (None, MON, None, False),
        (TUE, MON, None, False),  # the night before it starts
        (MON, MON, 1, False),
        (date(2026, 1, 1), date(2026, 1, 30), 30, False),
        (date(2026, 1, 1), date(2026, 1, 31), None, True),
        (date(2026, 1, 31), date(2026, 2, 28), 29, False),
        (date(2026, 1, 31), date(2026, 3, 1), 30, False),  # no 29 February in 2026
        (date(2026, 1, 31), date(2026, 3, 2), None, True),
        (date(2028, 1, 31), date(2028, 2, 29), 30, False),  # leap year
        (date(2026, 12, 20), date(2027, 1, 18), 30, False),  # across the new year
    ],
)
def test_program_day_counts_thirty_nights(program_start, night, day, complete):
    # Given a program start / When a night is planned / Then its day and completion are right
    plan = plan_for(Routine(program_start=program_start), night)
    assert (plan.program_day, plan.program_complete) == (day, complete)


# --- Which night it is -------------------------------------------------------------------


NEW_YORK = "America/New_York"


def at(zone: str, *fields: int, fold: int = 0) -> datetime:
    return datetime(*fields, tzinfo=ZoneInfo(zone), fold=fold)


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "zone", "expected"),
    [
        (at("Europe/Paris", 2026, 1, 6, 21, 0), "Europe/Paris", date(2026, 1, 6)),
        (at("Europe/Paris", 2026, 1, 7, 0, 0), "Europe/Paris", date(2026, 1, 6)),  # midnight
        (at("Europe/Paris", 2026, 1, 7, 4, 59, 59), "Europe/Paris", date(2026, 1, 6)),
        (at("Europe/Paris", 2026, 1, 7, 5, 0), "Europe/Paris", date(2026, 1, 7)),
        (at("Europe/Paris", 2026, 1, 1, 1, 0), "Europe/Paris", date(2025, 12, 31)),  # new year
        (utc(2026, 1, 7, 3, 0), "America/Los_Angeles", date(2026, 1, 6)),  # 19:00 the day before
        # New York, clocks forward on 8 March 2026: 05:00 EDT is 09:00 UTC, a day earlier 04:00
        (utc(2026, 3, 8, 7, 30), "America/New_York", date(2026, 3, 7)),
        (utc(2026, 3, 8, 9, 0), "America/New_York", date(2026, 3, 8)),
        (utc(2026, 3, 7, 9, 0), "America/New_York", date(2026, 3, 6)),
        # New York, clocks back on 1 November 2026: 09:30 UTC is 04:30 EST, a day earlier 05:30
        (utc(2026, 11, 1, 9, 30), "America/New_York", date(2026, 10, 31)),
        (utc(2026, 10, 31, 9, 30), "America/New_York", date(2026, 10, 31)),
        (utc(2026, 11, 1, 10, 0), "America/New_York", date(2026, 11, 1)),
        (at(NEW_YORK, 2026, 11, 1, 1, 30, fold=1), NEW_YORK, date(2026, 10, 31)),  # 2nd 01:30
        # London, forward on 29 March and back on 25 October 2026
        (utc(2026, 3, 29, 4, 30), "Europe/London", date(2026, 3, 29)),
        (utc(2026, 3, 28, 4, 30), "Europe/London", date(2026, 3, 27)),
        (utc(2026, 10, 25, 4, 30), "Europe/London", date(2026, 10, 24)),
        (utc(2026, 10, 24, 4, 30), "Europe/London", date(2026, 10, 24)),
        # Sydney, southern hemisphere: back on 5 April and forward on 4 October 2026
        (utc(2026, 4, 4, 18, 30), "Australia/Sydney", date(2026, 4, 4)),
        (utc(2026, 4, 3, 18, 30), "Australia/Sydney", date(2026, 4, 4)),
        (utc(2026, 10, 3, 18, 30), "Australia/Sydney", date(2026, 10, 4)),
        (utc(2026, 10, 2, 18, 30), "Australia/Sydney", date(2026, 10, 2)),
        # Kolkata, UTC+05:30: 23:30 UTC is exactly 05:00 local
        (utc(2026, 1, 10, 23, 29), "Asia/Kolkata", date(2026, 1, 10)),
        (utc(2026, 1, 10, 23, 30), "Asia/Kolkata", date(2026, 1, 11)),
    ],
)
def test_night_of_uses_the_local_evening(moment, zone, expected):
    # Given an aware moment / When read in the user's zone / Then before 5 am is last night
    assert night_of(moment, zone) == expected


def test_night_of_refuses_a_naive_time():
    # Given a time with no zone / When asked for its night / Then it is refused, not guessed
    with pytest.raises(ValueError):
        night_of(datetime(2026, 1, 6, 21, 0), "Europe/Paris")


@pytest.mark.parametrize(
    ("previous", "new", "starts"),
    [
        (None, SkinType.OILY, True),
        (None, SkinType.DRY, False),
        (SkinType.DRY, SkinType.THICK, True),
        (SkinType.OILY, SkinType.THICK, False),  # still on the cycle: keep its month
        (SkinType.OILY, SkinType.SENSITIVE, False),
    ],
)
def test_moving_onto_oily_or_thick_skin_starts_a_lotion_month(previous, new, starts) -> None:
    assert starts_lotion_cycle(previous, new) is starts
