"""Cross-cutting work around every request: the turn built once, the changes out, metrics."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.config import settings
from skill.envelope import request_of, system_of, user_id_of
from skill.flows.turn import Session, Turn
from skill.observability import metrics
from skill.services.alexa import AlexaApis
from skill.speech import Speech
from skill.state.session import UserSession
from skill.state.store import StateStore, UserKey

TURN = "turn"  # request attribute holding this request's Turn


class BuildTurn(AbstractRequestInterceptor):
    """The request as the flows see it; the user's state is read only when a flow needs it."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[TURN] = build_turn(
            handler_input, self._store, self._secret
        )


def build_turn(handler_input: HandlerInput, store: StateStore, secret: bytes) -> Turn:
    envelope = handler_input.request_envelope
    request = request_of(handler_input)
    system = system_of(handler_input)
    person = system.person.person_id if system.person else None
    key = UserKey.for_ids(secret, user_id_of(handler_input), person)
    attributes = _session_attributes(handler_input)
    locale = request.locale or "en-US"
    device_id = system.device.device_id if system.device and system.api_access_token else None
    application = system.application
    return Turn(
        locale=locale,
        now=_now(request.timestamp),
        say=Speech(locale, seed=request.request_id or ""),
        user=UserSession(store, key, attributes),
        session=Session(attributes, key.profile),
        alexa=AlexaApis(handler_input.service_client_factory, locale, device_id),
        skill_id=(application.application_id if application else None) or "",
        opened_session=envelope.session is None or bool(envelope.session.new),
        person_recognised=bool(person),
        timer_task_deployed=settings().timer_task_deployed,
    )


def turn_of(handler_input: HandlerInput) -> Turn:
    return cast(Turn, handler_input.attributes_manager.request_attributes[TURN])


def _session_attributes(handler_input: HandlerInput) -> dict[str, Any] | None:
    """None for out-of-session requests (which have no session to carry anything)."""
    if handler_input.request_envelope.session is None:
        return None
    attributes = handler_input.attributes_manager.session_attributes
    if attributes is None:
        handler_input.attributes_manager.session_attributes = attributes = {}
    return attributes


def _now(stamp: datetime | None) -> datetime:
    """The request's own timestamp: Alexa's clock, and a fixed one in tests."""
    if stamp is None:
        return datetime.now(UTC)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


class CountRequest(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        request = request_of(handler_input)
        intent = getattr(request, "intent", None)
        name = intent.name if intent else request.object_type
        metrics.add_dimension(name="request", value=name or "unknown")
        metrics.add_metric(name="RequestHandled", unit="Count", value=1)


class SaveUserSession(AbstractResponseInterceptor):
    """At most one conditional write a turn, and only when something changed."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        turn = handler_input.attributes_manager.request_attributes.get(TURN)
        if isinstance(turn, Turn):
            turn.user.commit()
