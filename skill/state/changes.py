"""Named changes to a user's state: what a turn did, as values a conflict can replay.

Each change is a frozen dataclass called with the state. A turn applies its changes to the live
state at once; only when another session wrote first are they replayed on the fresh item, so a
change must read what it needs from the state it is given and do nothing but change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from skill.state.model import UserState

# --- the device's time zone -------------------------------------------------------------------


@dataclass(frozen=True)
class RememberTimeZone:
    zone: str
    checked: str  # ISO date the Settings API was asked

    def __call__(self, state: UserState) -> None:
        state.time_zone, state.time_zone_checked = self.zone, self.checked


# --- permissions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefuseConsent:
    scope: str
    night: str  # ISO date of the "no": the skill doesn't ask again for a week

    def __call__(self, state: UserState) -> None:
        state.consent_refused[self.scope] = self.night


# --- tonight, the walk, skin type and mask nights ----------------------------------------------


# --- timers -----------------------------------------------------------------------------------


# --- reminders --------------------------------------------------------------------------------


# --- products ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RememberSuggestion:
    """The product just suggested, never suggested twice in a row; warned once to patch-test."""

    product_id: str
    patch_warned: bool

    def __call__(self, state: UserState) -> None:
        state.last_suggestion = self.product_id
        if self.patch_warned:
            state.patch_warned = sorted({*state.patch_warned, self.product_id})


@dataclass(frozen=True)
class OwnProduct:
    """The product the user uses at a step: one a step, so it replaces any other there."""

    step: str
    product_id: str

    def __call__(self, state: UserState) -> None:
        state.owned[self.step] = self.product_id
