"""Nothing raises to Alexa: every failure becomes a short, kind answer."""

from __future__ import annotations

import traceback
from pathlib import Path

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.response_helper import ResponseFactory
from ask_sdk_model import Response

from skill.errors import MustNotAcknowledge
from skill.observability import logger, metrics
from skill.speech import Speech
from skill.state.store import StoreUnavailable

# Our frames are named from the directory that holds the `skill` package.
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


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
        # The type and where it happened only: messages can carry slot values (spoken text).
        logger.error(
            "unhandled error",
            extra={"error_type": type(exception).__name__, "frames": frames(exception)},
        )
        metrics.add_metric(name="Error", unit="Count", value=1)
        return _apologise(handler_input, "error")


def frames(exception: BaseException) -> list[str]:
    """The traceback as "skill/handlers/timers.py:123 in start", outermost first."""
    return [
        f"{_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(exception.__traceback__)
    ]


def _short_path(filename: str) -> str:
    """Ours from the project root; a library's as its package and module."""
    path = Path(filename)
    if path.is_relative_to(_SOURCE_ROOT) and "site-packages" not in path.parts:
        return path.relative_to(_SOURCE_ROOT).as_posix()
    return Path(*path.parts[-2:]).as_posix()


def _apologise(handler_input: HandlerInput, key: str) -> Response:
    """A new response: whatever the failed handler half-built (a consent request, a card, a
    reprompt) must not reach the user alongside the apology."""
    if handler_input.request_envelope.session is None:
        return Response()  # out-of-session events have no one to speak to
    request = handler_input.request_envelope.request
    text = Speech(getattr(request, "locale", None)).say(key)
    return ResponseFactory().speak(text).set_should_end_session(True).response
