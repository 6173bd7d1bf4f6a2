"""What we keep about one user (one recognised person, where Alexa sends one)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from skill.routine import DEFAULT_MASK_NIGHTS, Routine, SkinType

# Enough history for the missed-mask rule (a week) with room to spare; older nights are dropped.
HISTORY_DAYS = 21


@dataclass
class Walk:
    """Where the user is in a night's guided walk, so a later session can resume it."""

    night: str  # ISO date of the routine night
    step: int  # index into that night's steps
    kind: str | None = None  # that step's kind, to find it again if the night's plan changes


@dataclass
class UserState:
    skin_type: str | None = None
    mask_nights: list[int] = field(default_factory=lambda: list(DEFAULT_MASK_NIGHTS))
    program_start: str | None = None
    lotion_cycle_start: str | None = None
    masks_done: list[str] = field(default_factory=list)
    walk: Walk | None = None
    time_zone: str | None = None
    time_zone_checked: str | None = None
    # timer kind -> {"id": Alexa timer id, "ends": ISO time it should end, "" when paused}
    timers: dict[str, dict[str, str]] = field(default_factory=dict)
    # reminder part ("plain", "mask") -> {"token": Alexa alert token, "time": "HH:MM"}
    reminders: dict[str, dict[str, str]] = field(default_factory=dict)
    consent_refused: dict[str, str] = field(default_factory=dict)  # scope -> ISO date of the "no"
    last_suggestion: str | None = None  # product id: never suggested twice in a row
    patch_warned: list[str] = field(default_factory=list)  # product ids already given the warning
    owned: dict[str, str] = field(default_factory=dict)  # routine step -> the product id they use
    renewal_declined: bool = False  # said no to another month: plans go on without a day count
    missed_mask_asked: str | None = None  # ISO date of the mask night we asked "did you do it?"
    # Attributes written by a newer version of the skill, kept so a rollback never drops them.
    extra: dict[str, Any] = field(default_factory=dict)

    def routine(self) -> Routine:
        return Routine(
            skin_type=SkinType(self.skin_type) if self.skin_type else None,
            mask_nights=(self.mask_nights[0], self.mask_nights[1]),
            program_start=_date(self.program_start),
            lotion_cycle_start=_date(self.lotion_cycle_start),
            masks_done=frozenset(date.fromisoformat(night) for night in self.masks_done),
        )

    def record_mask_done(self, night: date) -> None:
        horizon = night - timedelta(days=HISTORY_DAYS)
        kept = {d for d in self.masks_done if date.fromisoformat(d) >= horizon}
        kept.add(night.isoformat())
        self.masks_done = sorted(kept)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        return {**extra, **{k: v for k, v in data.items() if v is not None}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UserState:
        known = {f.name for f in fields(cls)} - {"extra"}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("walk"), dict):
            walk = values["walk"]
            values["walk"] = Walk(
                night=str(walk["night"]), step=int(walk["step"]), kind=walk.get("kind")
            )
        if "mask_nights" in values:
            values["mask_nights"] = [int(n) for n in values["mask_nights"]]
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(**values, extra=extra)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
