"""Nightly reminders: which nights each one covers, at what time, as RFC 5545 rules.

A reminder says only what is due, never anything personal, since anyone nearby hears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from dateutil.rrule import rrulestr

from skill.routine.schedule import DAYS_IN_WEEK

_RFC_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Evening periods Alexa fills AMAZON.TIME with, as a time on the clock.
_PERIODS = {"EV": time(20, 0), "NI": time(21, 0)}


class ReminderPart(StrEnum):
    """A nightly reminder is two alerts, so that mask nights can say so."""

    PLAIN = "plain"  # the nights without a mask
    MASK = "mask"  # the mask nights


class ReminderRequest(StrEnum):
    """What the user asked for."""

    NIGHTLY = "nightly"  # every night: both parts
    MASK = "mask"  # mask nights only


PARTS = {
    ReminderRequest.NIGHTLY: (ReminderPart.PLAIN, ReminderPart.MASK),
    ReminderRequest.MASK: (ReminderPart.MASK,),
}


def evening_time(spoken: str | None) -> time | None:
    """AMAZON.TIME ("09:00", "21:30", "EV") as a time for a night routine, or None.

    Alexa reads a bare "nine" as 09:00; for a routine done at night it means 9 pm, so hours
    from one to eleven move to the evening. Midnight to 1 am stays (late nights happen).
    """
    if spoken in _PERIODS:
        return _PERIODS[spoken]
    try:
        hour, minute = (int(part) for part in (spoken or "").split(":"))
        moment = time(hour, minute)
    except ValueError:
        return None
    if 1 <= moment.hour <= 11:
        return moment.replace(hour=moment.hour + 12)
    return moment


def weekdays_for(part: ReminderPart, mask_nights: tuple[int, int]) -> tuple[int, ...]:
    if part is ReminderPart.MASK:
        return tuple(sorted(mask_nights))
    return tuple(day for day in range(DAYS_IN_WEEK) if day not in mask_nights)


def recurrence_rule(weekdays: tuple[int, ...], at: time) -> str:
    days = ",".join(_RFC_DAYS[day] for day in weekdays)
    frequency = "FREQ=DAILY" if len(weekdays) == DAYS_IN_WEEK else f"FREQ=WEEKLY;BYDAY={days}"
    return f"{frequency};BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0"


def next_occurrence(rule: str, after: datetime) -> datetime | None:
    """When the rule first fires after `after` (naive local time), read as RFC 5545."""
    return rrulestr(rule, dtstart=after.replace(second=0, microsecond=0)).after(after)


@dataclass(frozen=True)
class ReminderPlan:
    part: ReminderPart
    weekdays: tuple[int, ...]
    at: time

    @property
    def rule(self) -> str:
        return recurrence_rule(self.weekdays, self.at)


def reminder_plans(
    request: ReminderRequest, at: time, mask_nights: tuple[int, int]
) -> tuple[ReminderPlan, ...]:
    return tuple(ReminderPlan(part, weekdays_for(part, mask_nights), at) for part in PARTS[request])
