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


@dataclass(frozen=True)
class AskTimeZoneAgain:
    """The local chat's --time-zone: the next turn asks the Settings API (the stand-in)."""

    def __call__(self, state: UserState) -> None:
        state.time_zone_checked = None


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


@dataclass(frozen=True)
class RecordReminder:
    """Alexa confirmed `token` for this part of the nightly reminder. Replayed on another
    device's write, it replaces that device's token for the part; the flow deletes that one at
    Alexa after the save (UserSession.after_save), since a change calls nothing."""

    part: str  # a ReminderPart value
    token: str
    at: str  # "HH:MM", local to the device

    def __call__(self, state: UserState) -> None:
        state.reminders[self.part] = {"token": self.token, "time": self.at}


@dataclass(frozen=True)
class ForgetReminders:
    """These alerts are gone at Alexa, or out of the skill's reach: drop their records. By token,
    so a replay keeps whatever another device recorded meanwhile."""

    tokens: tuple[str, ...]

    def __call__(self, state: UserState) -> None:
        state.reminders = {
            part: kept
            for part, kept in state.reminders.items()
            if kept.get("token") not in self.tokens
        }


# --- products ---------------------------------------------------------------------------------


# --- events from Alexa ------------------------------------------------------------------------


@dataclass(frozen=True)
class ForgetReminderTokens:
    """Alexa says these alerts are gone (deleted in the app, or done)."""

    tokens: frozenset[str]

    def __call__(self, state: UserState) -> None:
        state.reminders = {
            part: kept
            for part, kept in state.reminders.items()
            if kept.get("token") not in self.tokens
        }
