"""The questions about the routine Pore Coach answers, and the facts behind the answers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from skill.routine.lotion import lotion_weekdays
from skill.routine.skin import SkinType


class Topic(StrEnum):
    """Values are the slot ids in lower case, so they must match the interaction model."""

    PORES = "pores"  # can pores really shrink
    MASK_TIME = "mask_time"  # how long the mask stays on
    MASK_FREQUENCY = "mask_frequency"
    LOTION_FREQUENCY = "lotion_frequency"
    SERUM_FREQUENCY = "serum_frequency"
    RESULTS = "results"  # how long until a difference shows
    CLAY = "clay"  # which clay to use
    TOWEL = "towel"  # how hot the towel should be
    PATCH_TEST = "patch_test"  # before a new product
    SUNSCREEN = "sunscreen"  # the morning after a lotion night


@dataclass(frozen=True)
class LotionSchedule:
    """How often a skin type takes the refining lotion, as the routine's rules set it."""

    monthly_cycle: bool  # every night of an "on" month, none in the "off" month
    weekdays: tuple[int, ...] = ()  # the fixed nights otherwise
    beyond_the_masks: bool = False  # a night more than the one after each mask


def lotion_schedule(skin_type: SkinType, mask_nights: tuple[int, int]) -> LotionSchedule:
    if skin_type.on_lotion_cycle:
        return LotionSchedule(monthly_cycle=True)
    weekdays = lotion_weekdays(skin_type, mask_nights)
    # lotion_weekdays takes the night after each mask first, then any more it needs.
    return LotionSchedule(
        monthly_cycle=False, weekdays=weekdays, beyond_the_masks=len(weekdays) > len(mask_nights)
    )
