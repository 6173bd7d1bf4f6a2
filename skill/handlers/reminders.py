"""Nightly reminders: set one, hear them, stop them."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import reminders
from skill.handlers.slots import clock_time, resolved_id, slot_value
from skill.routine import ReminderRequest

_KINDS = {"MASK": ReminderRequest.MASK, "NIGHTLY": ReminderRequest.NIGHTLY}


def _requested(handler_input: HandlerInput) -> ReminderRequest | None:
    """The nights named, or None when none were ("make it ten", "stop reminding me")."""
    return _KINDS.get(resolved_id(handler_input, "reminderKind") or "")


class SetReminderHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SetReminderIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        said = slot_value(handler_input, "time")
        return reminders.set_requested(
            handler_input, _requested(handler_input), said, clock_time(said)
        )


class ListRemindersHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ListRemindersIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return reminders.list_reminders(handler_input)


class CancelRemindersHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("CancelRemindersIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return reminders.cancel_reminders(handler_input, _requested(handler_input))
