"""The towel and mask timers: start one, and ask about, pause, resume or cancel it."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.envelope import intent_of
from skill.flows import timers
from skill.flows.timers import TimerAction
from skill.handlers.slots import resolved_member, slot_value
from skill.routine import TimerKind


class StartTimerHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("StartTimerIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        named = resolved_member(handler_input, "timerKind", TimerKind)
        return timers.start_requested(handler_input, named, slot_value(handler_input, "duration"))


class TimerControlHandler(AbstractRequestHandler):
    ACTIONS = {
        "TimerStatusIntent": TimerAction.STATUS,
        "PauseTimerIntent": TimerAction.PAUSE,
        "ResumeTimerIntent": TimerAction.RESUME,
        "CancelTimerIntent": TimerAction.CANCEL,
    }

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self.ACTIONS)

    def handle(self, handler_input: HandlerInput) -> Response:
        named = resolved_member(handler_input, "timerKind", TimerKind)
        action = self.ACTIONS[intent_of(handler_input).name or ""]
        return timers.control(handler_input, named, action)
