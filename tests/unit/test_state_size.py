"""The item stays small however long the skill is used: the month's record keeps what its rules
need, not a log. A year of nightly use, with the month restarted, irritation every quarter, a
check-in each month and the evening routine offered once, is written the way the DynamoDB store
writes it."""

from __future__ import annotations

import json
from datetime import date, timedelta

from skill.routine import SkinType
from skill.routine.evening import OfferState
from skill.routine.progress import NIGHTS_KEPT
from skill.state.changes import (
    AnswerCheckIn,
    AskCheckIn,
    Irritated,
    MarkSaid,
    NoteDoneAt,
    OfferRoutineAnswered,
    OfferRoutineMade,
    PlaceWalk,
    RecordNightDone,
    RestartProgram,
    SetSkinType,
    SkinCalm,
)
from skill.state.model import UserState

ITEM_LIMIT = 2_000  # bytes of the stored JSON: a tenth of one 4 KB read unit, with room to spare


def a_year_of_nights(nights: int = 365) -> UserState:
    state, first = UserState(), date(2026, 1, 1)
    SetSkinType(SkinType.OILY, first.isoformat())(state)
    for n in range(nights):
        night = first + timedelta(days=n)
        tonight = night.isoformat()
        if n % 30 == 27:
            AskCheckIn(tonight)(state)
            AnswerCheckIn("SAME")(state)
        if n % 30 == 29:
            RestartProgram(tonight)(state)
        if n % 91 == 45:
            Irritated(tonight)(state)
        if n % 91 == 48:
            SkinCalm(tonight)(state)
        for key in ("first_night", "seven_nights", "day_14", "month_done", "safety_towel",
                    "safety_sunscreen"):  # fmt: skip
            MarkSaid(key)(state)
        if n % 7 != 3:  # a night a week left out
            RecordNightDone(tonight)(state)
            NoteDoneAt(f"{tonight}T21:{n % 60:02d}")(state)
        if n == 3:
            OfferRoutineMade(tonight)(state)
            OfferRoutineAnswered(OfferState.DECLINED)(state)
    return state


def stored_bytes(state: UserState) -> int:
    return len(json.dumps(state.to_dict(), separators=(",", ":")).encode())


def test_a_year_of_nightly_use_keeps_the_item_small():
    state = a_year_of_nights()
    assert len(state.nights_done) == NIGHTS_KEPT
    assert len(state.irritations) <= 2
    assert stored_bytes(state) < ITEM_LIMIT, stored_bytes(state)


def test_the_item_after_a_year_is_the_size_of_the_item_after_two_months():
    """Nothing in it grows with time: the same dates, only later ones."""
    two_months, year = stored_bytes(a_year_of_nights(60)), stored_bytes(a_year_of_nights())
    print(f"\nstored state: {two_months} bytes after two months, {year} after a year")
    assert year <= two_months + 40  # a second irritation kept, at most


def test_last_night_said_done_keeps_tonights_walk_where_it_is():
    """'I did it last night' counts last night; the walk under way tonight stays put."""
    state = UserState()
    SetSkinType(SkinType.OILY, "2026-12-01")(state)
    PlaceWalk("2026-12-02", 2)(state)  # tonight, at step three
    RecordNightDone("2026-12-01")(state)
    assert state.walk is not None and (state.walk.night, state.walk.step) == ("2026-12-02", 2)
    assert state.nights_done == ["2026-12-01"]
