"""When the evening routine is offered: three nights done at a similar hour, tonight one of
them; once; a failed offer once more a week later; never after an answer."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from skill.routine.evening import OfferState, kept_times, offer_due, usual_time


def done(*moments: str) -> list[str]:
    times: list[str] = []
    for moment in moments:
        times = kept_times(times, datetime.fromisoformat(moment))
    return times


THREE_NIGHTS = done("2026-12-01T21:10", "2026-12-02T22:05", "2026-12-03T21:40")
DEC_3 = date(2026, 12, 3)


def test_the_usual_time_is_the_quarter_hour_before_the_earliest_of_three_similar_nights():
    assert usual_time(THREE_NIGHTS) == time(21, 0)


@pytest.mark.parametrize(
    ("moments", "expected"),
    [
        (["2026-12-01T21:00", "2026-12-02T21:00"], None),  # two nights: not yet
        (["2026-12-01T20:00", "2026-12-02T21:31", "2026-12-03T21:00"], None),  # 91 minutes
        (["2026-12-01T20:00", "2026-12-02T21:30", "2026-12-03T21:00"], time(20, 0)),  # 90
        # Across midnight: 11:40 pm and 12:50 am are 70 minutes apart, the same evening hour
        (["2026-12-01T23:40", "2026-12-03T00:50", "2026-12-03T23:55"], time(23, 30)),
        # The latest three count: an early night a week ago is forgotten
        (
            ["2026-11-20T18:00", "2026-12-01T22:00", "2026-12-02T22:00", "2026-12-03T22:10"],
            time(22, 0),
        ),  # fmt: skip
    ],
)
def test_similar_hours(moments, expected):
    assert usual_time(done(*moments)) == expected


def test_one_time_is_kept_a_night_and_the_small_hours_belong_to_the_evening_before():
    times = done("2026-12-01T21:00", "2026-12-01T22:30", "2026-12-02T00:45")
    assert times == ["2026-12-02T00:45"]  # all three the evening of 1 December: the latest


def test_offered_after_the_third_night_on_that_night_only():
    assert offer_due(THREE_NIGHTS, DEC_3, None, 0, None)
    assert not offer_due(THREE_NIGHTS, date(2026, 12, 4), None, 0, None)  # not done tonight
    assert not offer_due(THREE_NIGHTS[:2], date(2026, 12, 2), None, 0, None)  # second night
    assert not offer_due([], DEC_3, None, 0, None)


@pytest.mark.parametrize("answer", [OfferState.ACCEPTED, OfferState.DECLINED])
def test_never_after_an_answer(answer):
    week_later = done(*THREE_NIGHTS, "2026-12-10T21:00", "2026-12-11T21:00", "2026-12-12T21:00")
    assert not offer_due(week_later, date(2026, 12, 12), answer, 1, DEC_3)


@pytest.mark.parametrize("state", [OfferState.FAILED, OfferState.OFFERED])
def test_a_failed_or_unanswered_offer_is_made_once_more_a_week_later(state):
    six_days = done(*THREE_NIGHTS, "2026-12-08T21:00", "2026-12-09T21:00")
    week = done(*six_days, "2026-12-10T21:30")
    assert not offer_due(six_days, date(2026, 12, 9), state, 1, DEC_3)
    assert offer_due(week, date(2026, 12, 10), state, 1, DEC_3)
    assert not offer_due(week, date(2026, 12, 10), state, 2, DEC_3)  # twice at most
