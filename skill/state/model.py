"""What we keep about one user (one recognised person, where Alexa sends one).

Stored items are read defensively: whatever a bad write, a hand edit or an older version left
behind is repaired to a safe default on load (and counted), so no user is stuck on every turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from skill.observability import logger, metrics
from skill.routine import (
    DEFAULT_MASK_NIGHTS,
    ReminderPart,
    Routine,
    SkinType,
    StepKind,
    TimerKind,
    validate_mask_nights,
)
from skill.routine.evening import OFFERS_AT_MOST, OfferState
from skill.routine.progress import LONG_STEP_BACK_DAYS, StepBack

# Enough history for the missed-mask rule (a week) with room to spare; older nights are dropped.
HISTORY_DAYS = 21
# The format of the attributes below, stored with them so a later format can migrate older
# items. Items written before it existed have none: they are schema 1 already.
SCHEMA_VERSION = 1
SCHEMA_ATTRIBUTE = "schema"
_LONGEST_WALK = 50  # far more steps than any night has: a larger stored index is corrupt


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
    masks_missed: list[str] = field(default_factory=list)  # nights said to miss their mask
    skipped_night: str | None = None  # ISO date of a night the user said they'd take off
    # Reminders forgotten here that Alexa may still hold (its permission was off): until Alexa's
    # list can be read again, "what reminders do I have" can't say there are none.
    reminders_unchecked: bool = False
    # The month: the latest nights done (NIGHTS_KEPT at most), what was said once (milestones,
    # safety lines, the end of a step-back), the nights the day-28 check-in was asked and its
    # answer, and irritation: when it was said and the step-back it set.
    nights_done: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    check_in_asked: list[str] = field(default_factory=list)
    check_in_answer: str | None = None
    irritations: list[str] = field(default_factory=list)
    step_back_start: str | None = None
    step_back_days: int = 0
    # The evening routine offered once: the local times of the latest nights done, and the
    # offer's answer, how many were made and when the last was.
    done_at: list[str] = field(default_factory=list)
    routine_offer: str | None = None
    routine_offers: int = 0
    routine_offered_on: str | None = None
    # Attributes written by a newer version of the skill, kept so a rollback never drops them.
    extra: dict[str, Any] = field(default_factory=dict)

    def routine(self) -> Routine:
        return Routine(
            skin_type=SkinType(self.skin_type) if self.skin_type else None,
            mask_nights=(self.mask_nights[0], self.mask_nights[1]),
            program_start=_date(self.program_start),
            lotion_cycle_start=_date(self.lotion_cycle_start),
            masks_done=frozenset(date.fromisoformat(night) for night in self.masks_done),
            masks_missed=frozenset(date.fromisoformat(night) for night in self.masks_missed),
            step_back=self.step_back(),
        )

    def step_back(self) -> StepBack | None:
        start = _date(self.step_back_start)
        return StepBack(start, self.step_back_days) if start and self.step_back_days else None

    @property
    def sensitive_skin(self) -> bool:
        """Sensitive skin hears the gentler towel: lukewarm, or left out."""
        return self.skin_type == SkinType.SENSITIVE.value

    def nights(self) -> frozenset[date]:
        return frozenset(date.fromisoformat(night) for night in self.nights_done)

    def record_mask_done(self, night: date) -> None:
        """Done after all, if it was said to be missed."""
        self.masks_done = _recent(self.masks_done, night)
        self.masks_missed = [d for d in self.masks_missed if d != night.isoformat()]

    def record_mask_missed(self, night: date) -> None:
        """Missed, even if the walk went past it."""
        self.masks_missed = _recent(self.masks_missed, night)
        self.masks_done = [d for d in self.masks_done if d != night.isoformat()]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        known = {k: v for k, v in data.items() if v is not None}
        return {**extra, **known, SCHEMA_ATTRIBUTE: SCHEMA_VERSION}

    @classmethod
    def from_dict(cls, data: Any, damaged: Iterable[str] = ()) -> UserState:
        """Read a stored item (or the copy carried in the session); anything unusable takes its
        default, and the repair is counted and logged by attribute name, never by value.
        `damaged`: the item's attributes beside the state the store found unusable (its
        version), counted and logged with the rest."""
        values, repaired = _readable(data)
        repaired.extend(damaged)
        extra = _unknown(data)
        kept = {name: value for name, value in extra.items() if _storable(value)}
        if len(kept) != len(extra):
            repaired.append("extra")
        state = cls(**values, extra=kept)
        if state.lotion_cycle_start is None and _on_lotion_cycle(state):
            state.lotion_cycle_start = state.program_start  # where a lotion month starts
            repaired.append("lotion_cycle_start")
        if repaired:
            logger.warning("stored state repaired", extra={"attributes": sorted(set(repaired))})
            metrics.add_metric(name="StateRepaired", unit="Count", value=1)
        return state


def _recent(nights: list[str], added: date) -> list[str]:
    """`nights` with `added`, dropping those too old for the missed-mask rule."""
    horizon = added - timedelta(days=HISTORY_DAYS)
    kept = {night for night in nights if date.fromisoformat(night) >= horizon}
    return sorted(kept | {added.isoformat()})


def _unknown(data: Any) -> dict[str, Any]:
    """Attributes this version doesn't know: a newer version's, kept for it."""
    if not isinstance(data, dict):
        return {}
    known = {f.name for f in fields(UserState)} - {"extra"} | {SCHEMA_ATTRIBUTE}
    return {name: value for name, value in data.items() if name not in known}


def _on_lotion_cycle(state: UserState) -> bool:
    skin = state.skin_type
    return bool(skin and state.program_start and SkinType(skin).lotion_nights_per_week is None)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# Readers: each returns the attribute as the skill uses it, or raises for a value beyond use.
Reader = Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _whole(value: Any) -> int:
    """A whole number; DynamoDB may hand back 3.0 for 3."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise TypeError("not a whole number")
    return int(value)


def _iso_date(value: Any) -> str:
    return date.fromisoformat(_text(value)).isoformat()


def _between(low: int, high: int) -> Reader:
    """A whole number in [low, high]: anything else is damage, not a plan to follow."""

    def read(value: Any) -> int:
        number = _whole(value)
        if not low <= number <= high:
            raise ValueError("out of range")
        return number

    return read


def _check_in_answer(value: Any) -> str:
    if _text(value) not in ("BETTER", "SAME", "WORSE"):
        raise ValueError("not an answer")
    return str(value)


def _local_time(value: Any) -> str:
    return datetime.fromisoformat(_text(value)).strftime("%Y-%m-%dT%H:%M")


def _offer_state(value: Any) -> str:
    return OfferState(_text(value)).value


def _optional(read: Reader) -> Reader:
    return lambda value: None if value is None else read(value)


def _listed(read: Reader) -> Reader:
    """A list whose unreadable entries are dropped, keeping the rest."""

    def read_list(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise TypeError("not a list")
        return [entry for entry in map(_or_none(read), value) if entry is not None]

    return read_list


def _mapped(read_key: Reader, read_value: Reader) -> Reader:
    """A map whose unreadable entries are dropped, keeping the rest."""

    def read_map(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TypeError("not a map")
        pairs = ((_or_none(read_key)(k), _or_none(read_value)(v)) for k, v in value.items())
        return {k: v for k, v in pairs if k is not None and v is not None}

    return read_map


# What reading a value of the wrong shape raises (ZoneInfoNotFoundError is a KeyError).
_UNREADABLE = (TypeError, ValueError, KeyError, AttributeError, OverflowError)


def _or_none(read: Reader) -> Reader:
    def read_or_none(value: Any) -> Any:
        try:
            return read(value)
        except _UNREADABLE:
            return None

    return read_or_none


def _mask_nights(value: Any) -> list[int]:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError("two mask nights")
    return list(validate_mask_nights(_whole(value[0]), _whole(value[1])))


def _walk(value: Any) -> Walk:
    if not isinstance(value, dict):
        raise TypeError("not a walk")
    step = _whole(value["step"])
    if not 0 <= step <= _LONGEST_WALK:
        raise ValueError("no such step")
    kind = _optional(lambda k: StepKind(_text(k)).value)(value.get("kind"))
    return Walk(night=_iso_date(value["night"]), step=step, kind=kind)


def _time_zone(value: Any) -> str:
    ZoneInfo(_text(value))  # raises for a zone this runtime doesn't know
    return value


def _entry(required: dict[str, Reader]) -> Reader:
    """A map of text that must hold `required` readable; other keys are kept as they are."""

    def read_entry(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict) or not _storable(value):
            raise TypeError("not an entry")
        return {**value, **{name: read(value[name]) for name, read in required.items()}}

    return read_entry


def _token(value: Any) -> str:
    if not _text(value):
        raise ValueError("empty")
    return value


def _clock(value: Any) -> str:
    return datetime.strptime(_text(value), "%H:%M").strftime("%H:%M")


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not a flag")
    return value


_READERS: dict[str, Reader] = {
    "skin_type": _optional(lambda value: SkinType(_text(value)).value),
    "mask_nights": _mask_nights,
    "program_start": _optional(_iso_date),
    "lotion_cycle_start": _optional(_iso_date),
    "masks_done": _listed(_iso_date),
    "walk": _optional(_walk),
    "time_zone": _optional(_time_zone),
    "time_zone_checked": _optional(_iso_date),
    "timers": _mapped(
        lambda kind: TimerKind(_text(kind)).value, _entry({"id": _token, "ends": _text})
    ),
    "reminders": _mapped(
        lambda part: ReminderPart(_text(part)).value, _entry({"token": _token, "time": _clock})
    ),
    "consent_refused": _mapped(_text, _iso_date),
    "last_suggestion": _optional(_text),
    "patch_warned": _listed(_text),
    "owned": _mapped(_text, _text),
    "renewal_declined": _flag,
    "reminders_unchecked": _flag,
    "missed_mask_asked": _optional(_iso_date),
    "masks_missed": _listed(_iso_date),
    "skipped_night": _optional(_iso_date),
    "nights_done": _listed(_iso_date),
    "said": _listed(_text),
    "check_in_asked": _listed(_iso_date),
    "check_in_answer": _optional(_check_in_answer),
    "irritations": _listed(_iso_date),
    "step_back_start": _optional(_iso_date),
    "step_back_days": _between(0, LONG_STEP_BACK_DAYS),
    "done_at": _listed(_local_time),
    "routine_offer": _optional(_offer_state),
    "routine_offers": _between(0, OFFERS_AT_MOST),
    "routine_offered_on": _optional(_iso_date),
}


def _readable(data: Any) -> tuple[dict[str, Any], list[str]]:
    """The known attributes that can be used, and the names of those that had to be repaired."""
    if not isinstance(data, dict):
        return {}, ["state"]
    values: dict[str, Any] = {}
    repaired: list[str] = []
    for name, read in _READERS.items():
        if name not in data:
            continue
        try:
            value = read(data[name])
        except _UNREADABLE:
            repaired.append(name)  # the default stands
            continue
        if (asdict(value) if isinstance(value, Walk) else value) != data[name]:
            repaired.append(name)  # some of it was unusable, or written another way
        values[name] = value
    if SCHEMA_ATTRIBUTE in data and _or_none(_whole)(data[SCHEMA_ATTRIBUTE]) is None:
        repaired.append(SCHEMA_ATTRIBUTE)  # the next save writes the current one
    return values, repaired


def _storable(value: Any) -> bool:
    """Plain text, whole numbers, flags, and lists and maps of them: what both stores can write
    back (a float or a binary value would fail the next save)."""
    if value is None or isinstance(value, str | bool | int):
        return True
    if isinstance(value, list):
        return all(_storable(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _storable(v) for k, v in value.items())
    return False
