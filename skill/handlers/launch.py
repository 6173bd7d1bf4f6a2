"""'Open Pore Coach': onboarding for a new user, a short welcome for a returning one."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.handlers import common
from skill.handlers.tonight import answer_tonight
from skill.handlers.walk import current_step


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        state = common.user(handler_input).state
        if state.skin_type is None:
            text = say.say("welcome_new")
            return common.ask(handler_input, text, say.say("ask_skin"), pending=common.ASKED_SKIN)
        plan, step = current_step(handler_input)
        if step is not None and 0 < step < len(plan.steps):
            text = say.say("welcome_resume", step=say.ordinal(step + 1))
            return common.ask(handler_input, text, text, pending=common.ASKED_WALK)
        return answer_tonight(handler_input, greeting=say.say("welcome_back"))
