"""Questions about mask nights, and moving them."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import mask_nights
from skill.handlers.slots import resolved_id


class NextMaskNightHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("NextMaskNightIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return mask_nights.answer_next_mask(handler_input)


class GetMaskNightsHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("GetMaskNightsIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return mask_nights.get_mask_nights(handler_input)


class SetMaskNightsHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SetMaskNightsIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        first = resolved_id(handler_input, "firstNight")
        second = resolved_id(handler_input, "secondNight")
        return mask_nights.set_mask_nights(handler_input, first, second)


class IsMaskNightHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("IsMaskNightIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return mask_nights.is_mask_night_tonight(handler_input)


class IsMaskNightTomorrowHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("IsMaskNightTomorrowIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return mask_nights.is_mask_night_tomorrow(handler_input)
