"""Asking for a permission by voice, and carrying on with what the user wanted once answered."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import ConnectionsResponse
from ask_sdk_model.ui import AskForPermissionsConsentCard

from skill.envelope import request_as
from skill.handlers import common
from skill.services import alexa

# Alexa's guidance: after a "no", don't ask again for a week.
COOLING_OFF = timedelta(days=7)

# What to do once the user answered: (handler_input, what they asked for, accepted, card sent).
AfterConsent = Callable[[HandlerInput, dict[str, Any], bool, bool], Response]


def recently_refused(handler_input: HandlerInput, scope: str) -> bool:
    refused = common.user(handler_input).account.state.consent_refused.get(scope)
    return bool(
        refused and common.tonight(handler_input) - date.fromisoformat(refused) < COOLING_OFF
    )


def ask_for(
    handler_input: HandlerInput, scope: str, pending: dict[str, Any], intro: str
) -> Response:
    """Hand over to Alexa's consent prompt; the token carries what to do after a yes."""
    token = json.dumps({"scope": scope, **pending})
    builder = handler_input.response_builder.speak(intro)
    builder.add_directive(alexa.ask_for_permission(scope, token))
    return builder.response


class PermissionAnswerHandler(AbstractRequestHandler):
    """The Connections.Response to our AskFor, routed by the action named in its token."""

    def __init__(self, actions: dict[str, AfterConsent]) -> None:
        self._actions = actions

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return isinstance(request, ConnectionsResponse) and request.name == "AskFor"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = request_as(handler_input, ConnectionsResponse)
        pending = _read_token(request.token)
        action = self._actions.get(pending.get("action", ""))
        if action is None:  # not a token of ours: nothing to carry on with
            text = common.speech(handler_input).say("help")
            return common.ask(handler_input, text, text)
        answer = alexa.permission_answer(handler_input)
        scope = str(pending.get("scope", ""))
        if answer == "DENIED":
            night = common.tonight(handler_input).isoformat()
            common.user(handler_input).account.change(
                lambda state: state.consent_refused.update({scope: night})
            )
        payload = request.payload if isinstance(request.payload, dict) else {}
        # Alexa may send the flag as a string: "false" must not count as a card shown.
        card_shown = str(payload.get("isCardThrown", "false")).lower() == "true"
        card_sent = answer == "NOT_ANSWERED" and not card_shown and bool(scope)
        if card_sent:
            handler_input.response_builder.set_card(
                AskForPermissionsConsentCard(permissions=[scope])
            )
        return action(handler_input, pending, answer == "ACCEPTED", card_sent)


def _read_token(token: str | None) -> dict[str, Any]:
    """The token is ours, but read it defensively: an unknown shape means no pending action."""
    try:
        pending = json.loads(token or "")
    except ValueError:
        return {}
    return pending if isinstance(pending, dict) else {}
