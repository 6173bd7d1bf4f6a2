"""Alexa's built-in intents and the session's end: each answers the dialog's open question."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response, SessionEndedRequest

from skill.envelope import request_as, request_of
from skill.flows import conversation
from skill.flows.dialog import Dialog
from skill.observability import logger


class _DialogHandler(AbstractRequestHandler):
    def __init__(self, dialog: Dialog) -> None:
        self._dialog = dialog


class HelpHandler(_DialogHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return self._dialog.help(handler_input)


class StopHandler(_DialogHandler):
    """Stop, cancel and 'go home': inside a question, say what did not happen."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (
            is_intent_name("AMAZON.StopIntent")(handler_input)
            or is_intent_name("AMAZON.CancelIntent")(handler_input)
            or is_intent_name("AMAZON.NavigateHomeIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        return self._dialog.stop(handler_input)


class YesNoHandler(_DialogHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.YesIntent")(handler_input) or is_intent_name(
            "AMAZON.NoIntent"
        )(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            return self._dialog.yes(handler_input)
        return self._dialog.no(handler_input)


class NotSureHandler(_DialogHandler):
    """'I don't know': the open question's own answer to words that answer nothing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("NotSureIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return self._dialog.not_sure(handler_input)


class RepeatHandler(AbstractRequestHandler):
    """Outside a walk, 'repeat' says the last thing again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return conversation.repeat(handler_input)


class FallbackHandler(_DialogHandler):
    """AMAZON.FallbackIntent, and any intent this version of the skill does not know.

    Registered after every other intent handler.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return self._dialog.unclear(handler_input)


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = request_as(handler_input, SessionEndedRequest)
        error = request.error
        logger.info(
            "session ended",
            extra={
                "reason": getattr(request.reason, "value", None),
                "error_type": getattr(error.object_type if error else None, "value", None),
            },
        )
        return handler_input.response_builder.response


class UnhandledRequestHandler(AbstractRequestHandler):
    """Request types we don't use (yet) get an empty, valid answer rather than an error."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        request_type = request_of(handler_input).object_type
        logger.info("request type not handled", extra={"request_type": request_type})
        return handler_input.response_builder.response
