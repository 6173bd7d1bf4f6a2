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
# A reminder for the night's routine rings in the evening, on the night it belongs to.
EARLIEST_EVENING, LATEST_EVENING = time(17, 0), time(23, 59)


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


def moved_to_evening(heard: time) -> bool:
    """Whether `evening_time` moves this time from the morning to the evening: Alexa sends
    09:00 for "nine" and for "nine in the morning" alike, so the move is always said."""
    return 1 <= heard.hour <= 11


def evening_time(heard: time) -> time | None:
    """The evening time meant, or None when it can't be one.

    Alexa reads a bare "nine" as 09:00; for a routine done at night it means 9 pm, so hours
    from one to eleven move to the evening (and the confirmation says so). What lands outside
    5 pm to midnight is refused: after midnight would ring on the wrong night's weekday, and
    noon is not a night.
    """
    if moved_to_evening(heard):
        heard = heard.replace(hour=heard.hour + 12)
    return heard if EARLIEST_EVENING <= heard <= LATEST_EVENING else None


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
