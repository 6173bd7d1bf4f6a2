"""Opening the skill, and 'what's tonight'."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import LaunchRequest, Response

from skill.envelope import request_as
from skill.flows import launch, timers, tonight


class ResumeTaskHandler(AbstractRequestHandler):
    """A LaunchRequest from a timer that ended (LAUNCH_TASK): before the plain launch."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("LaunchRequest")(handler_input):
            return False
        task = getattr(handler_input.request_envelope.request, "task", None)
        return bool(task and (task.name or "").endswith(f".{timers.RESUME_TASK}"))

    def handle(self, handler_input: HandlerInput) -> Response:
        task = request_as(handler_input, LaunchRequest).task
        given = task.input if task is not None and isinstance(task.input, dict) else {}
        return timers.resume_after_timer(handler_input, given)


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return launch.welcome(handler_input)


class TonightHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("TonightIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tonight.answer_tonight(handler_input)


class MissedMaskHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("MissedMaskIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tonight.missed_mask(handler_input)


class SkipTonightHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SkipTonightIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tonight.skip_tonight(handler_input)
