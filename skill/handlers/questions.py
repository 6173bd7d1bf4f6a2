"""Questions about the routine: how long, how often, which clay, can pores shrink."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import questions
from skill.flows.dialog import Dialog
from skill.handlers.slots import resolved_member
from skill.routine.questions import Topic


class RoutineQuestionHandler(AbstractRequestHandler):
    def __init__(self, dialog: Dialog) -> None:
        self._dialog = dialog

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("RoutineQuestionIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        topic = resolved_member(handler_input, "topic", Topic)
        return questions.answer(handler_input, topic, self._dialog)
