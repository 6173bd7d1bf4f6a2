"""Skill events Alexa sends out of session: a disabled skill deletes the user's data."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.envelope import request_of, user_id_of
from skill.errors import MustNotAcknowledge
from skill.observability import logger, metrics
from skill.state.changes import ForgetReminders
from skill.state.store import StateStore, StoreUnavailable, UserKey, save_changes


class DeletionFailed(MustNotAcknowledge):
    """The user's data could not be deleted: Alexa must deliver SkillDisabled again."""


class SkillDisabledHandler(AbstractRequestHandler):
    """A re-enabled skill gets a new user id from Alexa, so this data could never be reached."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        user_id = user_id_of(handler_input)
        try:
            self._store.delete_user(UserKey.for_user(self._secret, user_id))
        except StoreUnavailable as error:
            # Acknowledged, the event would never come again, and the data would stay for good.
            logger.error("user data not deleted on skill disabled", extra={"reason": str(error)})
            metrics.add_metric(name="DeletionFailed", unit="Count", value=1)
            raise DeletionFailed(str(error)) from error
        logger.info("user data deleted on skill disabled")
        return handler_input.response_builder.response


class ReminderGoneHandler(AbstractRequestHandler):
    """A reminder deleted in the Alexa app, or one that ended, is dropped from our record."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("Reminders.ReminderDeleted")(handler_input) or is_request_type(
            "Reminders.ReminderStatusChanged"
        )(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        gone = _gone_tokens(handler_input.request_envelope.request)
        user_id = user_id_of(handler_input)
        # Reminders belong to the account, so look in every profile of the user.
        for key in self._store.profiles(UserKey.for_user(self._secret, user_id)):
            stored = self._store.load(key)
            if any(kept.get("token") in gone for kept in stored.state.reminders.values()):
                save_changes(self._store, key, stored, [ForgetReminders(tuple(sorted(gone)))])
        return handler_input.response_builder.response


def _gone_tokens(request) -> set[str]:
    body = request.body
    if request.object_type == "Reminders.ReminderDeleted":
        return set(getattr(body, "alert_tokens", None) or [])
    status = getattr(getattr(body, "status", None), "value", getattr(body, "status", None))
    return {body.alert_token} if status == "COMPLETED" and body.alert_token else set()


class OtherEventHandler(AbstractRequestHandler):
    """Enabled, permission and other reminder events need nothing from us; acknowledge them."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request_type = request_of(handler_input).object_type or ""
        return request_type.startswith(("AlexaSkillEvent.", "Reminders."))

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.response
