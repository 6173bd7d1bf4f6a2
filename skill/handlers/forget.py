"""'Forget me': the question; its answers are the dialog's."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows.forget import Forgetting


class ForgetMeHandler(AbstractRequestHandler):
    def __init__(self, forgetting: Forgetting) -> None:
        self._forgetting = forgetting

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ForgetMeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return self._forgetting.ask(handler_input)
