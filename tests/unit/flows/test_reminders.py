"""Reminders said as done: a morning time is never moved to the evening silently, a nightly
reminder says what becomes of a mask-night one at its own time, and moving the mask nights
mentions the reminders only when the user would notice. On fake turns
(tests/unit/flows/turns.py); Monday 23 November 2026, 8 pm in Los Angeles."""

from __future__ import annotations

from datetime import time

import pytest

from skill.flows import mask_nights, reminders
from skill.flows.dialog import Answer, answer
from skill.flows.reminders import ReminderConfirm, ReminderTime
from skill.routine import ReminderRequest
from skill.services.alexa import HeldReminder, Outcome
from skill.state.model import UserState
from tests.unit.flows.turns import ZONE, FakeAlexa, oily, turn

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


# A nightly reminder over a mask-night one at its own time says what becomes of it.


def _held(plain: str | None, mask: str | None) -> tuple[UserState, FakeAlexa]:
    alexa, kept = FakeAlexa(), {}
    for part, at in (("plain", plain), ("mask", mask)):
        if at is not None:
            token = f"alert-{part}"
            alexa.reminders.held[token] = HeldReminder(token, (), ZONE, ())
            kept[part] = {"token": token, "time": at}
    return oily(reminders=kept), alexa


@pytest.mark.parametrize(("plain", "mask"), [("21:00", "22:00"), (None, "22:00")])
def test_every_night_over_a_mask_night_reminder_says_it_moves_too(
    plain: str | None, mask: str
) -> None:
    state, alexa = _held(plain, mask)
    now = turn(state, alexa=alexa)
    reply = reminders.set_requested(now, ReminderRequest.NIGHTLY, "21:30", time(21, 30))
    assert reply.speech == (
        "I'll remind you at 9:30 pm every night, and on mask nights I'll say so. Your mask-night "
        "one moves from 10 pm to 9:30 pm. Shall I set that?"
    )
    assert answer(turn(state, alexa=alexa, asked=reply.question), Answer.YES).speech.startswith(
        "Done."
    )


@pytest.mark.parametrize(
    ("plain", "mask"), [("21:00", "21:00"), ("21:00", None), ("22:00", "21:30")]
)
def test_every_night_says_nothing_of_a_mask_night_reminder_it_does_not_move(
    plain: str, mask: str | None
) -> None:
    state, alexa = _held(plain, mask)
    reply = reminders.set_requested(
        turn(state, alexa=alexa), ReminderRequest.NIGHTLY, "21:30", time(21, 30)
    )
    assert "mask-night one" not in reply.speech and reply.speech.startswith("I'll remind you")


def test_the_mask_nights_alone_say_nothing_of_moving_it() -> None:
    state, alexa = _held("21:00", "22:00")
    reply = reminders.set_requested(
        turn(state, alexa=alexa), ReminderRequest.MASK, "21:30", time(21, 30)
    )
    assert reply.speech == "I'll remind you at 9:30 pm on your mask nights. Shall I set that?"


# Moving the mask nights mentions the reminders only when a mask-night one at its own time (or
# the other nights' alone) moved: one every night at one time changes nothing anyone notices.


def test_one_reminder_every_night_moves_with_the_mask_nights_unmentioned() -> None:
    state, alexa = _held("21:00", "21:00")
    now = turn(state, alexa=alexa)
    reply = mask_nights.set_mask_nights(now, "TU", "FR")
    assert "reminder" not in reply.speech.lower()
    assert [r.rules for r in alexa.reminders.held.values()] == [
        ("FREQ=WEEKLY;BYDAY=MO,WE,TH,SA,SU;BYHOUR=21;BYMINUTE=0;BYSECOND=0",),
        ("FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=21;BYMINUTE=0;BYSECOND=0",),
    ]


@pytest.mark.parametrize(("plain", "mask"), [("21:00", "22:00"), (None, "22:00"), ("21:00", None)])
def test_a_mask_night_reminder_at_its_own_time_moving_is_said(
    plain: str | None, mask: str | None
) -> None:
    state, alexa = _held(plain, mask)
    reply = mask_nights.set_mask_nights(turn(state, alexa=alexa), "TU", "FR")
    assert "Your reminders have moved with them." in reply.speech


def test_reminders_that_could_not_move_are_said_whatever_they_were() -> None:
    state, alexa = _held("21:00", "21:00")
    alexa.reminders.outcome = Outcome.FAILED
    reply = mask_nights.set_mask_nights(turn(state, alexa=alexa), "TU", "FR")
    assert "I couldn't move your reminders just now" in reply.speech
