"""Refining-lotion nights: a monthly cycle for oily/thick skin, fixed weekdays otherwise."""

from dataclasses import dataclass
from datetime import date

from skill.routine.schedule import DAYS_IN_WEEK, Routine, weekdays_apart
from skill.routine.skin import SkinType

LOTION_CYCLE_DAYS = 30


@dataclass(frozen=True)
class LotionTonight:
    lotion: bool
    starts_tonight: bool = False
    off_month: bool = False


NO_LOTION = LotionTonight(lotion=False)


def lotion_weekdays(skin_type: SkinType, mask_nights: tuple[int, int]) -> tuple[int, ...]:
    """Spread the lotion away from the masks so something is used on most nights.

    The night after each mask comes first; a third night, for combination/normal skin,
    goes as far as possible from those two.
    """
    nights_per_week = skin_type.lotion_nights_per_week
    if nights_per_week is None:
        return ()
    first_mask = min(mask_nights)
    after_masks = {(mask + 1) % DAYS_IN_WEEK for mask in mask_nights} - set(mask_nights)
    if nights_per_week <= len(after_masks):
        return tuple(sorted(after_masks))
    # Listed from the first mask night on, so max() settles a tie on the earliest of them.
    free_nights = [
        weekday
        for offset in range(1, DAYS_IN_WEEK)
        if (weekday := (first_mask + offset) % DAYS_IN_WEEK) not in {*mask_nights, *after_masks}
    ]
    farthest = max(
        free_nights, key=lambda free: min(weekdays_apart(free, taken) for taken in after_masks)
    )
    return tuple(sorted({*after_masks, farthest}))


def lotion_cycle_day(routine: Routine, night: date) -> int | None:
    """Day 1 to 30 of the lotion's month on, 31 to 60 of its month off; None for a skin that
    doesn't cycle it, or before its cycle starts."""
    skin, cycle_start = routine.skin_type, routine.lotion_cycle_start
    if skin is None or not skin.on_lotion_cycle or cycle_start is None or night < cycle_start:
        return None
    return (night - cycle_start).days % (2 * LOTION_CYCLE_DAYS) + 1


def _cycle_lotion(routine: Routine, night: date) -> LotionTonight:
    day = lotion_cycle_day(routine, night)
    if day is None:
        return NO_LOTION
    on_month = day <= LOTION_CYCLE_DAYS
    return LotionTonight(lotion=on_month, starts_tonight=day == 1, off_month=not on_month)


def lotion_tonight(routine: Routine, night: date, mask_tonight: bool) -> LotionTonight:
    """Weekly lotion belongs on non-mask nights, so a carried mask night takes its place."""
    skin_type = routine.skin_type
    if skin_type is None:
        return NO_LOTION
    if skin_type.lotion_nights_per_week is None:
        return _cycle_lotion(routine, night)
    on_weekday = night.weekday() in lotion_weekdays(skin_type, routine.mask_nights)
    return LotionTonight(lotion=on_weekday and not mask_tonight)
