"""What the rules need to know about one user, and the checks on their chosen mask nights."""

from dataclasses import dataclass
from datetime import date

from skill.routine.progress import StepBack
from skill.routine.skin import SkinType

DAYS_IN_WEEK = 7
DEFAULT_MASK_NIGHTS: tuple[int, int] = (0, 3)  # Monday, Thursday


class MaskNightsError(ValueError):
    """Mask nights the routine cannot accept; the message is for logs, not for speech."""


@dataclass(frozen=True)
class Routine:
    """Built by the caller from stored state, so the rules never touch storage."""

    skin_type: SkinType | None = None
    mask_nights: tuple[int, int] = DEFAULT_MASK_NIGHTS
    program_start: date | None = None
    lotion_cycle_start: date | None = None
    masks_done: frozenset[date] = frozenset()
    masks_missed: frozenset[date] = frozenset()  # nights whose mask the user said they'd miss
    step_back: StepBack | None = None  # the plan eased after irritation


def weekdays_apart(first: int, second: int) -> int:
    """Distance around the week, so Sunday and Monday are one apart."""
    forward = (second - first) % DAYS_IN_WEEK
    return min(forward, DAYS_IN_WEEK - forward)


def validate_mask_nights(first: int, second: int) -> tuple[int, int]:
    """Two masks on back-to-back nights would dry the skin, so the pair must have a gap."""
    for weekday in (first, second):
        if not 0 <= weekday < DAYS_IN_WEEK:
            raise MaskNightsError(f"weekday {weekday} is not in 0 (Monday) .. 6 (Sunday)")
    if first == second:
        raise MaskNightsError("the two mask nights must be different nights")
    if weekdays_apart(first, second) == 1:
        raise MaskNightsError("the two mask nights must not be consecutive")
    return (first, second) if first < second else (second, first)
