"""Reminders said as done: a morning time is never moved to the evening silently, a nightly
reminder says what becomes of a mask-night one at its own time, and moving the mask nights
mentions the reminders only when the user would notice. On fake turns
(tests/unit/flows/turns.py); Monday 23 November 2026, 8 pm in Los Angeles."""

from __future__ import annotations

from datetime import time

import pytest

from skill.flows import reminders
from skill.flows.reminders import ReminderConfirm, ReminderTime
from skill.routine import ReminderRequest
from skill.state.model import UserState
from tests.unit.flows.turns import turn

MONDAY = "2026-11-23"


def oily(**changes: object) -> UserState:
    state = UserState(skin_type="oily", program_start=MONDAY, lotion_cycle_start=MONDAY)
    for name, value in changes.items():
        setattr(state, name, value)
    return state


# A morning time: moved to the evening and said so, or, when it can only be the morning, asked.


@pytest.mark.parametrize(
    ("said", "heard", "clock", "restated"),
    [
        ("08:30", time(8, 30), "20:30", "8:30 pm"),  # "half past eight (in the morning)"
        ("09:00", time(9, 0), "21:00", "9 pm"),  # "nine", as Alexa sends it
    ],
)
def test_a_morning_hour_is_taken_as_the_evening_and_the_reply_says_so(
    said: str, heard: time, clock: str, restated: str
) -> None:
    reply = reminders.set_requested(turn(oily()), ReminderRequest.NIGHTLY, said, heard)
    assert reply.speech == (
        f"Taking that as evening, for your night routine. I'll remind you at {restated} every "
        "night, and on mask nights I'll say so. Shall I set that?"
    )
    assert reply.question == ReminderConfirm("nightly", clock)


@pytest.mark.parametrize(
    ("said", "heard", "restated"),
    [("21:00", time(21, 0), "9 pm"), ("21:30", time(21, 30), "9:30 pm"), ("NI", time(21), "9 pm")],
)
def test_an_evening_time_is_confirmed_as_it_was_said(said: str, heard: time, restated: str) -> None:
    reply = reminders.set_requested(turn(oily()), ReminderRequest.NIGHTLY, said, heard)
    assert reply.speech == (
        f"I'll remind you at {restated} every night, and on mask nights I'll say so. "
        "Shall I set that?"
    )


def test_in_the_morning_is_never_moved_the_user_picks_an_evening_time() -> None:
    # AMAZON.TIME's "MO" ("in the morning") is read as 08:00 by the slot reader
    reply = reminders.set_requested(turn(oily()), ReminderRequest.MASK, "MO", time(8, 0))
    assert reply.speech == (
        "Your routine is a night one, so pick an evening time, like nine pm. What time?"
    )
    assert reply.question == ReminderTime("mask")
    assert "8 pm" not in reply.speech
