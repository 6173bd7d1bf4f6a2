"""The parts of the request envelope Alexa always sends, typed as such.

ask-sdk-model marks every field optional, yet every request carries its request and the
context's system with the user. An envelope without them is malformed: it fails here, by name,
and the exception handlers answer it as any other failure.
"""

from __future__ import annotations

from typing import TypeVar

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Request
from ask_sdk_model.interfaces.system import SystemState

RequestType = TypeVar("RequestType", bound=Request)


class MalformedEnvelope(ValueError):
    """A part Alexa always sends is missing."""


def request_of(handler_input: HandlerInput) -> Request:
    request = handler_input.request_envelope.request
    if request is None:
        raise MalformedEnvelope("no request")
    return request


def request_as(handler_input: HandlerInput, kind: type[RequestType]) -> RequestType:
    """The request as the type its handler matched: the SDK builds it from the request's type."""
    request = request_of(handler_input)
    if not isinstance(request, kind):
        raise MalformedEnvelope(f"not a {kind.__name__}")
    return request


def system_of(handler_input: HandlerInput) -> SystemState:
    context = handler_input.request_envelope.context
    if context is None or context.system is None:
        raise MalformedEnvelope("no context.system")
    return context.system


def user_id_of(handler_input: HandlerInput) -> str:
    """The Alexa account's user id. Never a stand-in: a missing one must not key a shared item."""
    user = system_of(handler_input).user
    if user is None or not user.user_id:
        raise MalformedEnvelope("no user id")
    return user.user_id
