"""'Open Pore Coach': onboarding for a new user, a short welcome for a returning one."""

from __future__ import annotations

from skill.flows import progress
from skill.flows.reply import Reply
from skill.flows.skin import SkinQuestion
from skill.flows.tonight import answer_tonight, taken_off
from skill.flows.turn import Turn
from skill.flows.walk import ResumeOffer, current_step


def welcome(turn: Turn) -> Reply:
    say = turn.say
    if turn.user.state.skin_type is None:
        return SkinQuestion().ask(turn, speech=say.say("welcome_new"))
    return _tonight_first(turn, say.join(say.say("welcome_back"), progress.launch_note(turn)))


def start_tonight(turn: Turn) -> Reply:
    """The StartTonight task (an evening routine's action): straight to tonight, no welcome."""
    return _tonight_first(turn)


def _tonight_first(turn: Turn, greeting: str = "") -> Reply:
    """A walk under way is offered where it stopped; on day 28 the check-in comes first, one
    question at a time (tonight follows its answer); else tonight."""
    plan, step = current_step(turn)
    if step is not None and 0 < step < len(plan.steps) and not taken_off(turn):
        return ResumeOffer(step).ask(turn, greeting)
    if progress.check_in_now(turn):
        return progress.CheckIn().ask(turn, greeting)
    return answer_tonight(turn, greeting=greeting)
