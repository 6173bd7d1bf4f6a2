"""The guided walk: start, next, go back, start over and repeat."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import tonight, walk


class StartWalkHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("StartWalkIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tonight.walk_through(handler_input)


class NextStepHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.NextIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return walk.next_step(handler_input)


class PreviousStepHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.PreviousIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return walk.previous_step(handler_input)


class StartOverHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.StartOverIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return walk.start_over(handler_input)


class RepeatStepHandler(AbstractRequestHandler):
    """'Repeat' during a walk says the step again, even in a new session: before the general
    repeat."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.RepeatIntent")(handler_input) and walk.in_walk(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return walk.repeat_step(handler_input)
