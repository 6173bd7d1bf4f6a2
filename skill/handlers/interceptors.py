"""Cross-cutting work around every request: the user's state in, the changes out, metrics."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.envelope import request_of, system_of, user_id_of
from skill.flows import common
from skill.observability import metrics
from skill.state.session import UserSession
from skill.state.store import StateStore, UserKey


class LoadUserSession(AbstractRequestInterceptor):
    """Attach the user's session state; nothing is read until a handler asks for it."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        system = system_of(handler_input)
        person = system.person.person_id if system.person else None
        key = UserKey.for_ids(self._secret, user_id_of(handler_input), person)
        attributes = None if envelope.session is None else common.session_attributes(handler_input)
        handler_input.attributes_manager.request_attributes[common.USER_SESSION] = UserSession(
            self._store, key, attributes
        )


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
        session = handler_input.attributes_manager.request_attributes.get(common.USER_SESSION)
        if isinstance(session, UserSession):
            session.commit()
