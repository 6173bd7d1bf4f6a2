"""When to offer the skill as a step of the user's evening routine, and at what time: once the
habit shows (three nights done at a similar hour), never before, never after an answer.
Functions of local times only: no storage, no Alexa."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from skill.routine.night import EVENING_STARTS_AT_HOUR

NIGHTS_BEFORE_THE_OFFER = 3
SIMILAR_MINUTES = 90  # three nights done within this of each other are "the usual hour"
RETRY_AFTER_DAYS = 7  # an offer that failed is made once more, a week later
OFFERS_AT_MOST = 2
QUARTER_HOUR = 15
TIMES_KEPT = NIGHTS_BEFORE_THE_OFFER


class OfferState(StrEnum):
    OFFERED = "offered"  # sent; no answer came back (yet)
    ACCEPTED = "accepted"
    DECLINED = "declined"
    FAILED = "failed"


def kept_times(times: list[str], done_at: datetime) -> list[str]:
    """The local times of the latest nights done, one a night, TIMES_KEPT at most."""
    night = _night(done_at).isoformat()
    others = [t for t in times if _night(datetime.fromisoformat(t)).isoformat() != night]
    return sorted([*others, done_at.strftime("%Y-%m-%dT%H:%M")])[-TIMES_KEPT:]


def _night(moment: datetime) -> date:
    """The evening a local time belongs to, as `night_of` says for an aware one."""
    shift = 1 if moment.hour < EVENING_STARTS_AT_HOUR else 0
    return moment.date() - timedelta(days=shift)


def _evening_minutes(moment: datetime) -> int:
    """Minutes since noon, so 11:30 pm and 12:30 am are an hour apart, not 23."""
    minutes = moment.hour * 60 + moment.minute
    return (minutes - 12 * 60) % (24 * 60)


def usual_time(times: list[str]) -> time | None:
    """The quarter hour at or before the earliest of the latest nights, when they were at a
    similar hour; None until there are enough of them, or when they were not."""
    if len(times) < NIGHTS_BEFORE_THE_OFFER:
        return None
    latest = [datetime.fromisoformat(t) for t in times[-NIGHTS_BEFORE_THE_OFFER:]]
    minutes = sorted(_evening_minutes(moment) for moment in latest)
    if minutes[-1] - minutes[0] > SIMILAR_MINUTES:
        return None
    start = (minutes[0] // QUARTER_HOUR * QUARTER_HOUR + 12 * 60) % (24 * 60)
    return time(start // 60, start % 60)


def offer_due(
    times: list[str],
    tonight: date,
    state: OfferState | None,
    offers: int,
    offered_on: date | None,
) -> bool:
    """After the third night done at a similar hour, tonight being one of them; once. An offer
    that failed (or was never answered) is made once more, a week later."""
    if not times or _night(datetime.fromisoformat(times[-1])) != tonight:
        return False
    if usual_time(times) is None:
        return False
    if state is None:
        return True
    retry = state in (OfferState.FAILED, OfferState.OFFERED) and offers < OFFERS_AT_MOST
    return retry and offered_on is not None and (tonight - offered_on).days >= RETRY_AFTER_DAYS
