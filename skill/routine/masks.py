"""Clay-mask nights: the weekly schedule, and a missed one made up without two in a row."""

from dataclasses import replace
from datetime import date, timedelta

from skill.routine.schedule import DAYS_IN_WEEK, Routine

ONE_NIGHT = timedelta(days=1)
CARRY_WINDOW_NIGHTS = 6


def _is_scheduled(routine: Routine, night: date) -> bool:
    return night.weekday() in routine.mask_nights


def _is_owed(routine: Routine, night: date) -> bool:
    """A scheduled night straight after a mask that was done would make two in a row."""
    return _is_scheduled(routine, night) and night - ONE_NIGHT not in routine.masks_done


def _is_scheduled_and_due(routine: Routine, night: date) -> bool:
    """Owed, and not a night the user said they would miss: that one's mask moves on."""
    return _is_owed(routine, night) and night not in routine.masks_missed


def _latest_scheduled_before(routine: Routine, night: date) -> date | None:
    for nights_back in range(1, CARRY_WINDOW_NIGHTS + 1):
        earlier = night - timedelta(days=nights_back)
        if _is_scheduled(routine, earlier):
            return earlier
    return None


def carried_mask_from(routine: Routine, night: date) -> date | None:
    """The missed mask night that tonight makes up for, or None.

    Only the latest scheduled night can still be owed: an earlier miss was dropped when
    the next scheduled night came within one night of it. A night the user said they would
    miss passes the mask on to the next night that may take it.
    """
    if routine.program_start is None or _is_scheduled(routine, night):
        return None
    if night in routine.masks_missed:
        return None
    if _is_scheduled(routine, night + ONE_NIGHT):
        return None  # tomorrow's own mask would make two in a row
    missed = _latest_scheduled_before(routine, night)
    if missed is None or missed < routine.program_start:
        return None
    if not _is_owed(routine, missed):
        return None
    if routine.step_back is not None and not routine.step_back.mask_kept(missed):
        return None  # held back after irritation: gone, not owed
    missed_up_to_yesterday = ((missed + timedelta(days=n)) for n in range((night - missed).days))
    if any(earlier in routine.masks_done for earlier in missed_up_to_yesterday):
        return None
    return missed


def is_mask_night(routine: Routine, night: date) -> bool:
    return _is_scheduled_and_due(routine, night) or carried_mask_from(routine, night) is not None


def last_mask_night(routine: Routine, night: date) -> date | None:
    """The latest night before `night`, back to the last scheduled one, that had a mask
    planned: the one a user who says "I missed my mask" means. None when it was missed already."""
    scheduled = _latest_scheduled_before(routine, night)
    if scheduled is None:
        return None
    earlier = (night - timedelta(days=n) for n in range(1, (night - scheduled).days + 1))
    return next((candidate for candidate in earlier if is_mask_night(routine, candidate)), None)


def kept_to_plan(routine: Routine, night: date) -> Routine:
    """The routine as it stands once `night` goes to plan: a mask due then is done."""
    if not is_mask_night(routine, night):
        return routine
    return replace(routine, masks_done=routine.masks_done | {night})


def next_mask_night(routine: Routine, after: date) -> date:
    """Answers "when is my next mask" assuming the user keeps to the plan from here on, so a
    mask that `after` passes on (the user said they'd miss it) comes first."""
    kept = kept_to_plan(routine, after)
    for nights_ahead in range(1, 2 * DAYS_IN_WEEK + 1):
        candidate = after + timedelta(days=nights_ahead)
        eased = kept.step_back
        if is_mask_night(kept, candidate) and (eased is None or eased.mask_kept(candidate)):
            return candidate
    raise ValueError(f"no mask night scheduled in {routine.mask_nights!r}")
