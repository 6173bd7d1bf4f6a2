"""Timers said as done: the length as set, the article before it, the state the timer is in,
and which timer, when two could be meant. On fake turns (tests/unit/flows/turns.py).

Monday 23 November 2026 is a mask night; oily skin's steps are wash, exfoliate, hot towel
(index 2), cool splash, clay mask (index 4), cold splash, lotion, serum, moisturise.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from skill.flows import timers
from skill.flows.dialog import Answer, answer
from skill.flows.timers import TimerAction, TimerConsent, TimerOffer, WhichTimer
from skill.routine import TimerKind
from skill.services.alexa import TimerState
from skill.speech import Speech
from skill.state.model import UserState, Walk
from tests.unit.flows.turns import MONDAY, FakeAlexa, oily, turn

# The article goes by the number's sound; Spanish says one minute in the singular.


@pytest.mark.parametrize(
    ("minutes", "offer"),
    [
        (8, "Want an 8-minute timer?"),
        (11, "Want an 11-minute timer?"),
        (18, "Want an 18-minute timer?"),
        (10, "Want a 10-minute timer?"),
        (1, "Want a 1-minute timer?"),
        (2, "Want a 2-minute timer?"),
    ],
)
def test_the_offer_takes_the_article_the_number_sounds_like(minutes: int, offer: str) -> None:
    assert TimerOffer(TimerKind.MASK.value, minutes).prompt(turn(oily())) == offer


@pytest.mark.parametrize(
    ("number", "article"),
    [(8, "an"), (11, "an"), (18, "an"), (80, "an"), (89, "an"), (800, "an"), (8000, "an"),
     (11000, "an"), (1, "a"), (100, "a"), (1000, "a"), (81, "an"), (28, "a"), (0, "a")],
)  # fmt: skip
def test_the_english_article_before_a_number(number: int, article: str) -> None:
    assert Speech("en-US").timer_length(number, article=True) == f"{article} {number}-minute"


def test_spanish_is_untouched_by_the_article_and_says_one_minute_in_the_singular() -> None:
    now = turn(oily(), locale="es-US")
    assert (
        TimerOffer(TimerKind.MASK.value, 8).prompt(now) == "¿Quieres un temporizador de 8 minutos?"
    )
    assert TimerOffer(TimerKind.MASK.value, 1).prompt(now) == (
        "¿Quieres un temporizador de un minuto?"
    )
    now.session.open_question = TimerOffer(TimerKind.MASK.value, 1)
    started = answer(now, Answer.YES)
    assert started.speech.startswith("Temporizador en marcha: un minuto de mascarilla.")
    assert "1 minutos" not in started.speech


def test_the_plain_timer_tip_takes_the_article_too() -> None:
    now = turn(oily())
    reply = TimerConsent(TimerKind.MASK.value, 8).consented(now, accepted=False, card_sent=False)
    assert "Alexa, set an 8-minute timer named clay mask." in reply.speech


def test_the_walk_waits_one_minute_in_the_singular() -> None:
    now = turn(oily(walk=Walk(night=MONDAY, step=4)), locale="es-US")
    reply = TimerConsent(TimerKind.MASK.value, 1, True).consented(now, False, card_sent=False)
    assert "un minuto" in reply.speech and "1 minutos" not in reply.speech
    english = turn(oily(walk=Walk(night=MONDAY, step=4)))
    reply = TimerConsent(TimerKind.MASK.value, 1, True).consented(english, False, False)
    assert "Say next in 1 minute, when you're done." in reply.speech


def test_a_started_timer_says_its_length() -> None:
    now = turn(oily())
    now.session.open_question = TimerOffer(TimerKind.MASK.value, 8)
    assert answer(now, Answer.YES).speech.startswith("8-minute clay mask timer started.")
    assert now.alexa.timers.started[0][1] == timedelta(minutes=8)  # type: ignore[attr-defined]


# A length between whole minutes is rounded, and said so.


def test_two_and_a_half_minutes_is_rounded_and_said() -> None:
    now = turn(oily())
    reply = timers.start_requested(now, TimerKind.TOWEL, "PT2M30S")
    assert reply.speech.startswith(
        "I set timers in whole minutes, so I've rounded that. 3-minute hot towel timer started."
    )
    assert now.alexa.timers.started[0][1] == timedelta(minutes=3)  # type: ignore[attr-defined]


def test_a_whole_length_is_started_without_a_word_about_rounding() -> None:
    reply = timers.start_requested(turn(oily()), TimerKind.TOWEL, "PT3M")
    assert reply.speech.startswith("3-minute hot towel timer started.")


def test_under_a_minute_is_too_short_rather_than_a_silent_minute() -> None:
    reply = timers.start_requested(turn(oily()), TimerKind.TOWEL, "PT45S")
    assert reply.speech.startswith("The shortest timer I'll set is 1 minute")
    assert isinstance(reply.question, TimerOffer)


# Pausing a paused timer, or resuming a running one, says so and changes nothing.


def _held(paused: bool) -> tuple[UserState, FakeAlexa]:
    alexa = FakeAlexa()
    alexa.timers.running["Clay mask"] = TimerState(
        "t1", paused=paused, remaining=timedelta(minutes=6)
    )
    return oily(timers={"mask": {"id": "t1", "ends": ""}}), alexa


def test_pausing_a_paused_timer_says_it_is_already_paused() -> None:
    state, alexa = _held(paused=True)
    reply = timers.control(turn(state, alexa=alexa), TimerKind.MASK, TimerAction.PAUSE)
    assert reply.speech == "Your clay mask timer is already paused, with 6 minutes left."


def test_resuming_a_running_timer_says_it_is_already_running() -> None:
    state, alexa = _held(paused=False)
    reply = timers.control(turn(state, alexa=alexa), TimerKind.MASK, TimerAction.RESUME)
    assert reply.speech == "Your clay mask timer is already running, with 6 minutes left."


def test_pausing_a_running_timer_and_resuming_a_paused_one_do_it() -> None:
    state, alexa = _held(paused=False)
    reply = timers.control(turn(state, alexa=alexa), TimerKind.MASK, TimerAction.PAUSE)
    assert reply.speech == "Paused your clay mask timer."
    state, alexa = _held(paused=True)
    reply = timers.control(turn(state, alexa=alexa), TimerKind.MASK, TimerAction.RESUME)
    assert reply.speech == "Your clay mask timer is running again."


# With both timers running, "cancel the timer" asks which, unless the walk's step says.


def _both(**changes: object) -> tuple[UserState, FakeAlexa]:
    alexa = FakeAlexa()
    alexa.timers.running["Clay mask"] = TimerState(
        "m1", paused=False, remaining=timedelta(minutes=6)
    )
    alexa.timers.running["Hot towel"] = TimerState(
        "t1", paused=False, remaining=timedelta(minutes=1)
    )
    held = {"mask": {"id": "m1", "ends": ""}, "towel": {"id": "t1", "ends": ""}}
    return oily(timers=held, **changes), alexa


@pytest.mark.parametrize("action", [TimerAction.CANCEL, TimerAction.PAUSE, TimerAction.RESUME])
def test_with_two_timers_an_unnamed_one_is_asked_about(action: TimerAction) -> None:
    state, alexa = _both()
    now = turn(state, alexa=alexa)
    reply = timers.control(now, None, action)
    assert isinstance(reply.question, WhichTimer) and reply.end_session is False
    assert reply.speech == (
        f"You have two timers, hot towel and clay mask. Which one: {action.value} the towel "
        f"timer, or {action.value} the mask timer?"
    )
    assert set(now.user.state.timers) == {"mask", "towel"}  # nothing done yet


def test_the_timer_named_after_the_question_is_the_one_cancelled() -> None:
    state, alexa = _both()
    now = turn(state, alexa=alexa, asked=WhichTimer(TimerAction.CANCEL.value))
    reply = timers.control(now, TimerKind.TOWEL, TimerAction.CANCEL)
    assert reply.speech == "Cancelled your hot towel timer."
    assert set(now.user.state.timers) == {"mask"}


@pytest.mark.parametrize("given", [Answer.NO, Answer.STOP])
def test_no_or_stop_to_which_timer_leaves_both(given: Answer) -> None:
    state, alexa = _both()
    now = turn(state, alexa=alexa, asked=WhichTimer(TimerAction.CANCEL.value))
    reply = answer(now, given)
    assert reply.speech == "Okay, I've left both timers as they are." and reply.end_session
    assert set(now.user.state.timers) == {"mask", "towel"}


def test_yes_to_which_timer_asks_again() -> None:
    state, alexa = _both()
    now = turn(state, alexa=alexa, asked=WhichTimer(TimerAction.PAUSE.value))
    reply = answer(now, Answer.YES)
    assert isinstance(reply.question, WhichTimer) and "pause the mask timer" in reply.speech


def test_at_the_mask_step_the_walk_says_which() -> None:
    state, alexa = _both(walk=Walk(night=MONDAY, step=4))
    now = turn(state, alexa=alexa)
    reply = timers.control(now, None, TimerAction.CANCEL)
    assert reply.speech == "Cancelled your clay mask timer."
    assert set(now.user.state.timers) == {"towel"}


def test_a_recorded_timer_alexa_no_longer_has_leaves_one_to_act_on() -> None:
    state, alexa = _both()
    del alexa.timers.running["Hot towel"]  # it went off
    now = turn(state, alexa=alexa)
    reply = timers.control(now, None, TimerAction.CANCEL)
    assert reply.speech == "Cancelled your clay mask timer."
    assert now.user.state.timers == {}


# A length with no timer named asks for a new timer, not the one already running.


def _mask_running(**changes: object) -> tuple[UserState, FakeAlexa]:
    alexa = FakeAlexa()
    alexa.timers.running["Clay mask"] = TimerState(
        "m1", paused=False, remaining=timedelta(minutes=6)
    )
    return oily(timers={"mask": {"id": "m1", "ends": ""}}, **changes), alexa


def test_a_timer_for_five_minutes_with_the_mask_running_says_how_to_get_another() -> None:
    state, alexa = _mask_running()
    reply = timers.start_requested(turn(state, alexa=alexa), None, "PT5M")
    assert reply.speech == (
        "Your clay mask timer is running, with 6 minutes left. For another timer, say: Alexa, "
        "set a 5-minute timer."
    )
    assert "already running" not in reply.speech and alexa.timers.started == []


def test_an_eight_minute_one_takes_its_article_there_too() -> None:
    state, alexa = _mask_running()
    reply = timers.start_requested(turn(state, alexa=alexa), None, "PT8M")
    assert reply.speech.endswith("Alexa, set an 8-minute timer.")


def test_start_the_timer_with_no_length_while_the_mask_runs_says_what_is_left() -> None:
    state, alexa = _mask_running()
    reply = timers.start_requested(turn(state, alexa=alexa), None, None)
    assert reply.speech == "Your clay mask timer is already running, with 6 minutes left."


def test_a_timer_for_ten_minutes_with_the_towel_running_is_the_mask() -> None:
    alexa = FakeAlexa()
    alexa.timers.running["Hot towel"] = TimerState(
        "t1", paused=False, remaining=timedelta(minutes=1)
    )
    state = oily(timers={"towel": {"id": "t1", "ends": ""}})
    reply = timers.start_requested(turn(state, alexa=alexa), None, "PT10M")
    assert reply.speech.startswith("10-minute clay mask timer started.")


def test_at_the_mask_step_an_unnamed_length_is_the_mask_and_it_is_running() -> None:
    state, alexa = _mask_running(walk=Walk(night=MONDAY, step=4))
    reply = timers.start_requested(turn(state, alexa=alexa), None, "PT5M")
    assert reply.speech == "Your clay mask timer is already running, with 6 minutes left."
