"""The order of the steps on a night, as the aesthetician gives it."""

from dataclasses import dataclass
from enum import StrEnum

HOT_TOWEL_MINUTES = 2
CLAY_MASK_MINUTES = 10


class StepKind(StrEnum):
    WASH = "wash"
    EXFOLIATE = "exfoliate"
    HOT_TOWEL = "hot_towel"
    COOL_SPLASH = "cool_splash"
    CLAY_MASK = "clay_mask"
    COLD_SPLASH = "cold_splash"
    LOTION = "lotion"
    SERUM = "serum"
    MOISTURISE = "moisturise"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    minutes: int | None = None  # only the timed steps carry a default duration


def steps_for(mask: bool, lotion: bool) -> tuple[Step, ...]:
    """Lotion acts as a toner: after the mask when there is one, always before the serum."""
    lotion_steps = (Step(StepKind.LOTION),) if lotion else ()
    if not mask:
        return (Step(StepKind.WASH), *lotion_steps, Step(StepKind.SERUM))
    return (
        Step(StepKind.WASH),
        Step(StepKind.EXFOLIATE),
        Step(StepKind.HOT_TOWEL, HOT_TOWEL_MINUTES),
        Step(StepKind.COOL_SPLASH),
        Step(StepKind.CLAY_MASK, CLAY_MASK_MINUTES),
        Step(StepKind.COLD_SPLASH),
        *lotion_steps,
        Step(StepKind.SERUM),
        Step(StepKind.MOISTURISE),
    )
