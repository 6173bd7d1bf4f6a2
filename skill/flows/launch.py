"""'Open Pore Coach': onboarding for a new user, a short welcome for a returning one."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.tonight import answer_tonight, taken_off
from skill.flows.walk import current_step


def welcome(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    state = common.user(handler_input).state
    if state.skin_type is None:
        text = say.say("welcome_new")
        return common.ask(handler_input, text, say.say("ask_skin"), pending=common.ASKED_SKIN)
    plan, step = current_step(handler_input)
    if step is not None and 0 < step < len(plan.steps) and not taken_off(handler_input):
        text = say.say("welcome_resume", step=say.ordinal(step + 1))
        return common.ask(handler_input, text, text, pending=common.ASKED_WALK)
    return answer_tonight(handler_input, greeting=say.say("welcome_back"))
