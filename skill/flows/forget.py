"""Forget me: every item of the user and the skill's reminders at Alexa, after a yes."""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows import screens
from skill.flows.dialog import Question, question
from skill.flows.reminders import sync
from skill.flows.reply import Reply
from skill.flows.turn import Turn
from skill.observability import logger, metrics
from skill.services.alexa import Outcome


def ask(turn: Turn) -> Reply:
    """Say what goes, and ask. Other voices' routines go too: say so when there are any."""
    household = turn.person_recognised or turn.user.household()
    return ForgetConfirm(household).ask(
        turn, speech=turn.say.say("forget_confirm_household" if household else "forget_confirm")
    )


def forget(turn: Turn) -> Reply:
    """The store first: if it can't be reached, the user hears so and nothing is gone."""
    reminders = sync(turn)
    reminders.recorded_tokens()  # read before the items go
    turn.user.delete_account()
    outcome = reminders.delete_all()
    logger.info("user data deleted on request")
    metrics.add_metric(name="UserForgotten", unit="Count", value=1)
    left = outcome not in (None, Outcome.OK)
    # Nothing deleted may come back: this turn writes nothing, and the session keeps no copy.
    # A screen that showed the routine shows only what can be said.
    return Reply(
        turn.say.say("forget_done_reminders_left" if left else "forget_done"),
        forgets_session=True,
        screen=screens.help_screen(turn),
    )


def _kept(turn: Turn) -> Reply:
    return Reply.tell(turn.say.say("forget_kept"))


@question("forgetMe")
@dataclass(frozen=True)
class ForgetConfirm(Question):
    """ "Shall I go ahead?": no, stop, cancel and 'go home' delete nothing, and say so."""

    household: bool = False

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("forget_question_household" if self.household else "forget_question")

    def yes(self, turn: Turn) -> Reply:
        return forget(turn)

    def no(self, turn: Turn) -> Reply:
        return _kept(turn)

    def stop(self, turn: Turn) -> Reply:
        return _kept(turn)
