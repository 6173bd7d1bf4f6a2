"""Skin types, and how often each one takes the refining lotion."""

from enum import StrEnum


class SkinType(StrEnum):
    """Values are the strings stored for the user, so they must never change."""

    OILY = "oily"
    THICK = "thick"
    COMBINATION = "combination"
    NORMAL = "normal"
    DRY = "dry"
    SENSITIVE = "sensitive"

    @property
    def lotion_nights_per_week(self) -> int | None:
        """None means the month-on, month-off cycle instead of fixed weekdays."""
        return _LOTION_NIGHTS_PER_WEEK.get(self)

    @property
    def on_lotion_cycle(self) -> bool:
        return self.lotion_nights_per_week is None


def starts_lotion_cycle(previous: SkinType | None, new: SkinType) -> bool:
    """Moving onto oily or thick skin starts a lotion month; staying on them keeps the cycle."""
    return new.on_lotion_cycle and not (previous is not None and previous.on_lotion_cycle)


# The article: thick/oily skin cycles monthly, sensitive/dry starts at twice a week.
# Combination/normal sits between them (ours): three nights a week.
_LOTION_NIGHTS_PER_WEEK: dict[SkinType, int] = {
    SkinType.COMBINATION: 3,
    SkinType.NORMAL: 3,
    SkinType.DRY: 2,
    SkinType.SENSITIVE: 2,
}
