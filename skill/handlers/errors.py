"""Nothing raises to Alexa: every failure becomes a short, kind answer."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.errors import MustNotAcknowledge
from skill.handlers import common
from skill.observability import logger, metrics
from skill.state.store import StoreUnavailable


class StoreUnavailableHandler(AbstractExceptionHandler):
    """The store can't be reached: say so, change nothing, and let the user try again."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return isinstance(exception, StoreUnavailable)

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        logger.warning("state store unavailable", extra={"reason": str(exception)})
        metrics.add_metric(name="StoreUnavailable", unit="Count", value=1)
        return _apologise(handler_input, "store_unavailable")


class CatchAllHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return not isinstance(exception, MustNotAcknowledge)  # those go on to lambda_handler

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        # The type and traceback only: messages can carry slot values, which are spoken text.
        logger.error(
            "unhandled error", extra={"error_type": type(exception).__name__}, exc_info=False
        )
        logger.debug("traceback", exc_info=exception)
        metrics.add_metric(name="Error", unit="Count", value=1)
        return _apologise(handler_input, "error")


def _apologise(handler_input: HandlerInput, key: str) -> Response:
    text = common.speech(handler_input).say(key)
    builder = handler_input.response_builder
    if handler_input.request_envelope.session is None:
        return builder.response  # out-of-session events have no one to speak to
    return builder.speak(text).set_should_end_session(True).response
