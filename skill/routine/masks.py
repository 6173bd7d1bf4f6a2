"""Clay-mask nights: the weekly schedule, and a missed one made up without two in a row."""

from datetime import date, timedelta

from skill.routine.schedule import DAYS_IN_WEEK, Routine

ONE_NIGHT = timedelta(days=1)
CARRY_WINDOW_NIGHTS = 6


def _is_scheduled(routine: Routine, night: date) -> bool:
    return night.weekday() in routine.mask_nights


def _is_scheduled_and_due(routine: Routine, night: date) -> bool:
    """A scheduled night straight after a mask that was done would make two in a row."""
    return _is_scheduled(routine, night) and night - ONE_NIGHT not in routine.masks_done


def _latest_scheduled_before(routine: Routine, night: date) -> date | None:
    for nights_back in range(1, CARRY_WINDOW_NIGHTS + 1):
        earlier = night - timedelta(days=nights_back)
        if _is_scheduled(routine, earlier):
            return earlier
    return None


def carried_mask_from(routine: Routine, night: date) -> date | None:
    """The missed mask night that tonight makes up for, or None.

    Only the latest scheduled night can still be owed: an earlier miss was dropped when
    the next scheduled night came within one night of it.
    """
    if routine.program_start is None or _is_scheduled(routine, night):
        return None
    if _is_scheduled(routine, night + ONE_NIGHT):
        return None  # tomorrow's own mask would make two in a row
    missed = _latest_scheduled_before(routine, night)
    if missed is None or missed < routine.program_start:
        return None
    if not _is_scheduled_and_due(routine, missed):
        return None
    missed_up_to_yesterday = ((missed + timedelta(days=n)) for n in range((night - missed).days))
    if any(earlier in routine.masks_done for earlier in missed_up_to_yesterday):
        return None
    return missed


def is_mask_night(routine: Routine, night: date) -> bool:
    return _is_scheduled_and_due(routine, night) or carried_mask_from(routine, night) is not None


def next_mask_night(routine: Routine, after: date) -> date:
    """Answers "when is my next mask" assuming the user keeps to the plan from here on."""
    for nights_ahead in range(1, 2 * DAYS_IN_WEEK + 1):
        candidate = after + timedelta(days=nights_ahead)
        if _is_scheduled_and_due(routine, candidate):
            return candidate
    raise ValueError(f"no mask night scheduled in {routine.mask_nights!r}")
