"""The answer to a permission prompt: the question it was asked from says what comes next."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import ConnectionsResponse

from skill.envelope import request_as
from skill.flows import conversation, permissions
from skill.flows.dialog import Dialog


class PermissionAnswerHandler(AbstractRequestHandler):
    """The Connections.Response to our AskFor, routed by the action named in its token."""

    def __init__(self, dialog: Dialog) -> None:
        self._dialog = dialog

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return isinstance(request, ConnectionsResponse) and request.name == "AskFor"

    def handle(self, handler_input: HandlerInput) -> Response:
        pending = permissions.read_token(request_as(handler_input, ConnectionsResponse).token)
        after = self._dialog.after_consent(str(pending.get("action", "")))
        if after is None:  # not a token of ours: nothing to carry on with
            return conversation.general_help(handler_input)
        return permissions.answered(handler_input, after, pending)
