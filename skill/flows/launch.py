"""'Open Pore Coach': onboarding for a new user, a short welcome for a returning one."""

from __future__ import annotations

from skill.flows.reply import Reply
from skill.flows.skin import SkinQuestion
from skill.flows.tonight import answer_tonight, taken_off
from skill.flows.turn import Turn
from skill.flows.walk import ResumeOffer, current_step


def welcome(turn: Turn) -> Reply:
    say = turn.say
    if turn.user.state.skin_type is None:
        return SkinQuestion().ask(turn, speech=say.say("welcome_new"))
    plan, step = current_step(turn)
    if step is not None and 0 < step < len(plan.steps) and not taken_off(turn):
        return ResumeOffer(step).ask(turn, say.say("welcome_back"))
    return answer_tonight(turn, greeting=say.say("welcome_back"))
