"""Setting and asking about the user's skin type."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import skin
from skill.flows.dialog import Dialog
from skill.handlers.slots import resolved_member
from skill.routine import SkinType


class SetSkinTypeHandler(AbstractRequestHandler):
    def __init__(self, dialog: Dialog) -> None:
        self._dialog = dialog

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SetSkinTypeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        named = resolved_member(handler_input, "skinType", SkinType)
        if named is None:  # inside a question ("I'm ready" mid-walk), the question's answer
            if self._dialog.asking(handler_input):
                return self._dialog.unclear(handler_input)
            return skin.unsure(handler_input)
        return skin.set_skin(handler_input, named)


class GetSkinTypeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("GetSkinTypeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return skin.get_skin(handler_input)
