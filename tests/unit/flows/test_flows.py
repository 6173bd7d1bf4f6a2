"""The flows' decisions on fake turns: what the user hears, what stays open, what is stored.

Monday 23 November 2026 is a mask night (the default Monday and Thursday). On a mask night
with oily skin the steps are: wash, exfoliate, hot towel (index 2), cool splash, clay mask
(index 4), cold splash, lotion, serum, moisturise.
"""

from __future__ import annotations

from datetime import timedelta

from skill.flows import conversation, launch, reminders, timers, tonight, walk
from skill.flows.conversation import AnythingElse
from skill.flows.dialog import Answer, after_other_intent, answer
from skill.flows.permissions import answered, ask_for
from skill.flows.reminders import ReminderTime
from skill.flows.reply import AskPermission, ElicitSlot, Reply
from skill.flows.skin import SkinQuestion
from skill.flows.timers import TimerAction, TimerConsent, TimerOffer
from skill.flows.tonight import RenewOffer
from skill.flows.walk import ResumeOffer, StepWaiting
from skill.routine import ReminderRequest, TimerKind
from skill.services.alexa import TIMERS_SCOPE, Outcome, TimerState
from skill.state.model import UserState
from tests.unit.flows.turns import (
    MONDAY,
    MONDAY_EVENING,
    FakeAlexa,
    FakeTimers,
    oily,
    turn,
    walking,
)

TOWEL_STEP, MASK_STEP = 2, 4


# 1. A launch after tonight is done leaves the session open.


def test_opening_the_skill_after_the_walk_keeps_the_session_open() -> None:
    reply = launch.welcome(turn(walking(9)))
    assert "all done for tonight" in reply.speech and reply.speech.endswith("Anything else?")
    assert reply.end_session is False and isinstance(reply.question, AnythingElse)


def test_what_is_tonight_asked_one_shot_after_the_walk_ends_the_session() -> None:
    reply = tonight.answer_tonight(turn(walking(9), opened_session=True))
    assert reply.end_session is True and "?" not in reply.speech


def test_no_to_anything_else_says_goodnight() -> None:
    reply = answer(turn(walking(9), asked=AnythingElse()), Answer.NO)
    assert reply.end_session is True


# 2. A timer started for the walk's step moves the walk on.


def test_the_towel_timer_moves_the_walk_to_the_cool_splash() -> None:
    now = turn(walking(TOWEL_STEP))
    now.session.open_question = TimerOffer(TimerKind.TOWEL.value, 2, in_walk=True)
    reply = answer(now, Answer.YES)
    assert reply.speech.startswith("2-minute hot towel timer started")
    assert now.user.state.walk is not None and now.user.state.walk.step == TOWEL_STEP + 1
    resumed = walk.start_walk(now)
    assert "cool water" in resumed.speech and "towel" not in resumed.speech.lower()


def test_a_timer_started_outside_the_walk_leaves_the_walk_where_it_is() -> None:
    now = turn(walking(1))
    timers.start(now, TimerKind.MASK, 10)
    assert now.user.state.walk is not None and now.user.state.walk.step == 1


# 3. No timer recorded: none is running, whatever the permission.


def test_how_long_is_left_with_no_timer_and_no_permission_says_none_is_running() -> None:
    alexa = FakeAlexa(timers=FakeTimers(outcome=Outcome.NO_PERMISSION))
    reply = timers.control(turn(oily(), alexa=alexa), TimerKind.MASK, TimerAction.STATUS)
    assert reply.speech == "You don't have a clay mask timer running."


def test_a_recorded_timer_without_permission_says_the_permission_is_off() -> None:
    alexa = FakeAlexa(timers=FakeTimers(outcome=Outcome.NO_PERMISSION))
    state = oily(timers={"mask": {"id": "t1", "ends": ""}})
    reply = timers.control(turn(state, alexa=alexa), TimerKind.MASK, TimerAction.STATUS)
    assert "permission" in reply.speech


def test_pause_in_the_walk_with_no_timer_keeps_the_place() -> None:
    alexa = FakeAlexa(timers=FakeTimers(outcome=Outcome.NO_PERMISSION))
    reply = timers.control(turn(walking(1), alexa=alexa), None, TimerAction.PAUSE)
    assert "keep your place" in reply.speech
    assert "permission" not in reply.speech


# 4. Declining the timers permission at the mask step: the walk goes on.


def test_the_walk_goes_on_when_the_mask_timer_is_declined() -> None:
    now = turn(walking(MASK_STEP))
    token = ask_for(now, TIMERS_SCOPE, TimerConsent("mask", 10, True), "intro").directives[0]
    assert isinstance(token, AskPermission)
    reply = answered(now, token.token, "DENIED", card_shown=False)
    assert reply.end_session is False and isinstance(reply.question, StepWaiting)
    assert reply.speech.endswith("Say next in 10 minutes, when you're done.")
    assert now.user.state.consent_refused == {TIMERS_SCOPE: MONDAY}


def test_a_declined_timer_outside_the_walk_ends_with_the_plain_timer_tip() -> None:
    now = turn(oily())
    token = ask_for(now, TIMERS_SCOPE, TimerConsent("mask", 10, False), "intro").directives[0]
    reply = answered(now, token.token, "DENIED", card_shown=False)  # type: ignore[union-attr]
    assert reply.end_session is True and "plain timer" in reply.speech


def test_an_unknown_token_gets_the_general_help() -> None:
    reply = answered(turn(oily()), "not json", "ACCEPTED", card_shown=False)
    assert reply.speech.startswith("I plan your nightly pore routine")


# 5. A re-ask is the question alone.


def test_a_reask_of_the_resume_offer_has_no_greeting() -> None:
    now = turn(walking(1))
    first = launch.welcome(now)
    assert first.speech.startswith(("Welcome back", "Hi again", "Good to hear"))
    for given in (Answer.UNCLEAR, Answer.HELP, Answer.OFF_TOPIC):
        again = answer(turn(walking(1), asked=first.question), given)
        assert "Welcome back" not in again.speech and again.speech.endswith("Pick up there?")
        assert isinstance(again.question, ResumeOffer)


# 6. Help at a timed step says what can be said there.


def test_help_at_the_towel_step_names_the_timer_and_the_walk() -> None:
    asked = TimerOffer("towel", 2, in_walk=True)
    reply = answer(turn(walking(TOWEL_STEP), asked=asked), Answer.HELP)
    assert "Say yes" in reply.speech and "next" in reply.speech
    assert reply.speech.endswith("Want a 2-minute timer?")
    assert "I plan your nightly" not in reply.speech


# 7 and 8. Onboarding: off-topic words and help.


def test_words_off_topic_during_onboarding_are_not_taken_as_i_dont_know() -> None:
    reply = answer(turn(UserState(), asked=SkinQuestion()), Answer.OFF_TOPIC)
    assert reply.speech.startswith("Sorry, I can't help with that.")
    assert reply.speech.endswith("oily, combination, dry or sensitive?")
    assert reply.question == SkinQuestion()


def test_help_during_onboarding_ends_with_the_question() -> None:
    reply = answer(turn(UserState(), asked=SkinQuestion()), Answer.HELP)
    assert "I don't know" in reply.speech
    assert reply.speech.endswith("oily, combination, dry or sensitive?")


def test_i_dont_know_during_onboarding_explains_the_skin_types() -> None:
    reply = answer(turn(UserState(), asked=SkinQuestion()), Answer.NOT_SURE)
    assert "Shiny all over by midday is oily" in reply.speech


# 9. Reminders left at Alexa without a permission are not said to be none.


def test_reminders_forgotten_without_permission_cannot_be_said_to_be_none() -> None:
    alexa = FakeAlexa()
    alexa.reminders.outcome = Outcome.NO_PERMISSION
    now = turn(oily(reminders={"plain": {"token": "a1", "time": "21:00"}}), alexa=alexa)
    stopped = reminders.cancel_reminders(now, None)
    assert "can't delete them" in stopped.speech
    assert now.user.state.reminders == {} and now.user.state.reminders_unchecked
    listed = reminders.list_reminders(now)
    assert "can't check" in listed.speech and "don't have any" not in listed.speech


def test_with_no_reminders_ever_set_there_are_none() -> None:
    alexa = FakeAlexa()
    alexa.reminders.outcome = Outcome.NO_PERMISSION
    reply = reminders.list_reminders(turn(oily(), alexa=alexa))
    assert reply.speech.startswith("You don't have any reminders")


# 10. The month's end: one topic, and no means no.


def test_the_months_end_is_asked_alone() -> None:
    night_31 = MONDAY_EVENING + timedelta(days=30)
    state = oily(program_start="2026-10-24", masks_done=[MONDAY])
    reply = tonight.answer_tonight(turn(state, now=night_31))
    assert reply.speech == "You've finished your month. Want to keep going for another?"
    no = answer(turn(state, now=night_31, asked=RenewOffer()), Answer.NO)
    assert no.end_session is True and "goes on" not in no.speech and "?" not in no.speech


# 12. The reminder time's re-ask carries only what the skill needs.


def test_the_reminder_time_is_asked_for_within_the_intent_with_the_nights_only() -> None:
    reply = reminders.set_requested(turn(oily()), ReminderRequest.MASK, None, None)
    assert isinstance(reply.question, ReminderTime) and reply.question.request == "mask"
    (elicit,) = reply.directives
    assert isinstance(elicit, ElicitSlot)
    assert elicit.slot == "time" and elicit.slots == {"reminderKind": "MASK"}
    helped = answer(turn(oily(), asked=reply.question), Answer.HELP)
    assert helped.directives == reply.directives and helped.speech.endswith("?")


# Questions that keep: the walk waits while something else is asked.


def test_a_step_waits_while_another_question_is_answered() -> None:
    now = turn(walking(1))
    told = Reply.tell("Your skin type is oily.")
    reply = after_other_intent(now, StepWaiting(), told)
    assert reply.speech == "Your skin type is oily. Say next, repeat, or go back."
    assert reply.end_session is False and isinstance(reply.question, StepWaiting)


def test_a_question_that_closes_is_closed_by_another_intent() -> None:
    told = Reply.tell("Your skin type is oily.")
    assert after_other_intent(turn(oily()), RenewOffer(), told) is told


def test_stop_in_the_walk_keeps_the_place_and_outside_says_goodnight() -> None:
    now = turn(walking(1))
    assert now.user.state.walk is not None  # read: the session holds it
    assert "keep your place" in conversation.goodbye(now).speech
    assert "keep your place" not in conversation.goodbye(turn(oily())).speech


def test_a_timer_already_running_says_what_is_left() -> None:
    alexa = FakeAlexa()
    alexa.timers.running["Clay mask"] = TimerState(
        "t9", paused=False, remaining=timedelta(minutes=6)
    )
    state = oily(timers={"mask": {"id": "t9", "ends": ""}})
    reply = timers.start_requested(turn(state, alexa=alexa), TimerKind.MASK, None)
    assert reply.speech == "Your clay mask timer is already running, with 6 minutes left."


def test_a_mask_missed_before_the_first_mask_night_moves_nothing() -> None:
    tuesday = MONDAY_EVENING + timedelta(days=1)
    now = turn(oily(program_start="2026-11-24", lotion_cycle_start="2026-11-24"), now=tuesday)
    reply = tonight.missed_mask(now)
    assert reply.speech.endswith("Your first mask night is Thursday.")
    assert "dropped" not in reply.speech
    assert now.user.state.masks_missed == []
