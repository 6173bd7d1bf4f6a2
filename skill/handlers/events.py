"""Skill events Alexa sends out of session: a disabled skill deletes the user's data."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.observability import logger
from skill.state.store import StateStore, UserKey


class SkillDisabledHandler(AbstractRequestHandler):
    """A re-enabled skill gets a new user id from Alexa, so this data could never be reached."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        user_id = handler_input.request_envelope.context.system.user.user_id
        self._store.delete_user(UserKey.for_user(self._secret, user_id))
        logger.info("user data deleted on skill disabled")
        return handler_input.response_builder.response


class OtherSkillEventHandler(AbstractRequestHandler):
    """Enabled, permission and account-link events need nothing from us yet; acknowledge them."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request_type = handler_input.request_envelope.request.object_type or ""
        return request_type.startswith("AlexaSkillEvent.")

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.response
