"""Named changes to a user's state: what a turn did, as values a conflict can replay.

Each change is a frozen dataclass called with the state. A turn applies its changes to the live
state at once; only when another session wrote first are they replayed on the fresh item, so a
change must read what it needs from the state it is given and do nothing but change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from skill.routine import SkinType, StepKind, TimerKind, plan_for, starts_lotion_cycle
from skill.routine.evening import OFFERS_AT_MOST, OfferState, kept_times
from skill.routine.progress import (
    Milestone,
    kept_nights,
    recent_irritations,
    step_back_after,
)
from skill.state.model import UserState, Walk


class Change(Protocol):
    """A named change: applied to the live state at once, replayed on a fresh read after a
    conflict. It reads what it needs from the state it is given, and calls nothing."""

    def __call__(self, state: UserState) -> None: ...


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


@dataclass(frozen=True)
class PlaceWalk:
    """The walk at a step of a night; moving past the mask step is what counts the mask done,
    and walking a night the user said they'd take off takes it back on. The night's steps are
    those of the state it is applied to."""

    night: str  # ISO date of the routine night
    step: int

    def __call__(self, state: UserState) -> None:
        night = date.fromisoformat(self.night)
        steps = plan_for(state.routine(), night).steps
        kind = steps[self.step].kind.value if self.step < len(steps) else None
        state.walk = Walk(night=self.night, step=self.step, kind=kind)
        if any(step.kind is StepKind.CLAY_MASK for step in steps[: self.step]):
            state.record_mask_done(night)
        if self.step >= len(steps):  # walked to the end: the night counts
            state.nights_done = kept_nights(state.nights_done, night)
        if state.skipped_night == self.night:
            state.skipped_night = None


@dataclass(frozen=True)
class SettleMissedMask:
    """The answer to "did you get to your Monday mask?": asked once; a yes counts it done."""

    night: str  # ISO date of the mask night asked about
    done: bool

    def __call__(self, state: UserState) -> None:
        state.missed_mask_asked = self.night
        if self.done:
            state.record_mask_done(date.fromisoformat(self.night))


@dataclass(frozen=True)
class MissMask:
    """The user missed, or will miss, a night's mask: the routine moves it on or drops it, and
    the mask night it was owed from (that night's, or the one it had moved from) needs no "did
    you get to it?" any more."""

    night: str  # ISO date of the night whose mask is missed

    def __call__(self, state: UserState) -> None:
        night = date.fromisoformat(self.night)
        owed_from = plan_for(state.routine(), night).mask_moved_from or night
        state.record_mask_missed(night)
        state.missed_mask_asked = owed_from.isoformat()


@dataclass(frozen=True)
class TakeNightOff:
    """Tonight is skipped: the walk isn't offered again until the next night."""

    night: str  # ISO date

    def __call__(self, state: UserState) -> None:
        state.skipped_night = self.night


@dataclass(frozen=True)
class RestartProgram:
    """Another month: this night is day one again."""

    night: str  # ISO date

    def __call__(self, state: UserState) -> None:
        state.program_start = self.night
        state.renewal_declined = False
        state.check_in_asked, state.check_in_answer = [], None  # each month has its check-in
        month = (Milestone.DAY_14.value, Milestone.MONTH_DONE.value)  # ... and its milestones
        state.said = [key for key in state.said if key not in month]


@dataclass(frozen=True)
class DeclineRenewal:
    """No other month: the plan goes on without a day count, and the skill stops asking."""

    def __call__(self, state: UserState) -> None:
        state.renewal_declined = True


@dataclass(frozen=True)
class MoveMaskNights:
    nights: tuple[int, int]  # weekdays, Monday 0, already checked by validate_mask_nights

    def __call__(self, state: UserState) -> None:
        state.mask_nights = list(self.nights)


@dataclass(frozen=True)
class SetSkinType:
    """The first skin type given starts the program (ours: that is when the plan is heard)."""

    skin: SkinType
    night: str  # ISO date of tonight

    def __call__(self, state: UserState) -> None:
        previous = SkinType(state.skin_type) if state.skin_type else None
        state.skin_type = self.skin.value
        state.program_start = state.program_start or self.night
        if starts_lotion_cycle(previous, self.skin):
            state.lotion_cycle_start = self.night


# --- timers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RememberTimer:
    """The timer of this kind, and when it should end ("" while paused). Started on a night
    (`night`), a mask timer on what is a mask night in the state it is applied to is a mask
    done, walk or no walk."""

    kind: str
    timer_id: str
    ends: str
    night: str | None = None  # ISO date of the night it was started for; None when found

    def __call__(self, state: UserState) -> None:
        state.timers[self.kind] = {"id": self.timer_id, "ends": self.ends}
        if self.night and self.kind == TimerKind.MASK.value:
            night = date.fromisoformat(self.night)
            if plan_for(state.routine(), night).mask:
                state.record_mask_done(night)


@dataclass(frozen=True)
class ForgetTimer:
    """That timer only: replayed after a conflict, the entry may hold another device's."""

    kind: str
    timer_id: str

    def __call__(self, state: UserState) -> None:
        if state.timers.get(self.kind, {}).get("id") == self.timer_id:
            del state.timers[self.kind]


@dataclass(frozen=True)
class TimerEndUnknown:
    """Paused, or resumed with time we didn't read: still running. Replayed on another device's
    write, the timer may be forgotten there or replaced: that is left as it is."""

    kind: str
    timer_id: str

    def __call__(self, state: UserState) -> None:
        held = state.timers.get(self.kind)
        if held and held.get("id") == self.timer_id:
            held["ends"] = ""


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


@dataclass(frozen=True)
class DisownProduct:
    """The user no longer uses this product: its step goes back to the routine's own words."""

    step: str
    product_id: str

    def __call__(self, state: UserState) -> None:
        if state.owned.get(self.step) == self.product_id:
            del state.owned[self.step]


@dataclass(frozen=True)
class RecordNightDone:
    """The user did the night's routine without the walk ("I did my routine"): it counts, its
    mask is done, and the walk stands finished so it isn't offered again."""

    night: str

    def __call__(self, state: UserState) -> None:
        night = date.fromisoformat(self.night)
        steps = plan_for(state.routine(), night).steps
        if state.walk is None or state.walk.night <= self.night:
            PlaceWalk(self.night, len(steps))(state)
            return
        # Last night, said with tonight's walk under way: that walk stays as it is.
        state.nights_done = kept_nights(state.nights_done, night)
        if any(step.kind is StepKind.CLAY_MASK for step in steps):
            state.record_mask_done(night)


@dataclass(frozen=True)
class MarkSaid:
    """A line said once per user (a milestone, a safety line): never again."""

    key: str

    def __call__(self, state: UserState) -> None:
        state.said = _with(state.said, self.key)


@dataclass(frozen=True)
class AskCheckIn:
    night: str

    def __call__(self, state: UserState) -> None:
        state.check_in_asked = _with(state.check_in_asked, self.night)


def _with(items: list[str], item: str) -> list[str]:
    """`items` with `item` at the end, once."""
    return items if item in items else [*items, item]


@dataclass(frozen=True)
class AnswerCheckIn:
    answer: str  # BETTER, SAME or WORSE

    def __call__(self, state: UserState) -> None:
        state.check_in_answer = self.answer


EASED_OVER = "eased_over"  # recorded as said once the end of a step-back is said


@dataclass(frozen=True)
class Irritated:
    """The skin was irritated tonight: the plan steps back, longer if it happened this month."""

    night: str

    def __call__(self, state: UserState) -> None:
        tonight = date.fromisoformat(self.night)
        earlier = [date.fromisoformat(d) for d in state.irritations]
        eased = step_back_after(earlier, tonight)
        kept = recent_irritations(earlier, tonight)
        state.irritations = [*(d.isoformat() for d in kept), self.night]
        state.step_back_start, state.step_back_days = self.night, eased.days
        state.said = [key for key in state.said if key != EASED_OVER]  # its end is news again


@dataclass(frozen=True)
class SkinCalm:
    """'My skin is fine now': the step-back ends; tonight is back on the usual plan."""

    night: str

    def __call__(self, state: UserState) -> None:
        eased = state.step_back()
        tonight = date.fromisoformat(self.night)
        if eased is None or not eased.covers(tonight):
            return
        state.step_back_days = (tonight - eased.start).days
        MarkSaid(EASED_OVER)(state)  # the user said it first: its end isn't news
        if state.step_back_days == 0:
            state.step_back_start = None


@dataclass(frozen=True)
class NoteDoneAt:
    """The local time a night was finished: three at a similar hour make the usual hour."""

    local: str  # ISO local date and time, to the minute

    def __call__(self, state: UserState) -> None:
        state.done_at = kept_times(state.done_at, datetime.fromisoformat(self.local))


@dataclass(frozen=True)
class OfferRoutineMade:
    """The evening routine was offered tonight; until an answer, it counts as unanswered."""

    night: str

    def __call__(self, state: UserState) -> None:
        state.routine_offer = OfferState.OFFERED.value
        state.routine_offers = min(state.routine_offers + 1, OFFERS_AT_MOST)
        state.routine_offered_on = self.night


@dataclass(frozen=True)
class OfferRoutineAnswered:
    answer: OfferState

    def __call__(self, state: UserState) -> None:
        state.routine_offer = self.answer.value


@dataclass(frozen=True)
class MarkRemindersUnchecked:
    """Reminders were forgotten here while Alexa may still hold them (True), or Alexa's list
    could be read again (False)."""

    unchecked: bool

    def __call__(self, state: UserState) -> None:
        state.reminders_unchecked = self.unchecked
