"""Asking for a permission by voice, and carrying on with what the user wanted once answered."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import ConnectionsResponse
from ask_sdk_model.ui import AskForPermissionsConsentCard

from skill.envelope import request_as
from skill.flows import common
from skill.flows.dialog import AfterConsent
from skill.services import alexa
from skill.state.changes import RefuseConsent

# Alexa's guidance: after a "no", don't ask again for a week.
COOLING_OFF = timedelta(days=7)


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


def answered(handler_input: HandlerInput, after: AfterConsent, pending: dict[str, Any]) -> Response:
    """The user answered Alexa's consent prompt: remember a no, then carry on with `after`."""
    request = request_as(handler_input, ConnectionsResponse)
    answer = alexa.permission_answer(handler_input)
    scope = str(pending.get("scope", ""))
    if answer == "DENIED":
        night = common.tonight(handler_input).isoformat()
        common.user(handler_input).account.change(RefuseConsent(scope, night))
    payload = request.payload if isinstance(request.payload, dict) else {}
    # Alexa may send the flag as a string: "false" must not count as a card shown.
    card_shown = str(payload.get("isCardThrown", "false")).lower() == "true"
    card_sent = answer == "NOT_ANSWERED" and not card_shown and bool(scope)
    if card_sent:
        handler_input.response_builder.set_card(AskForPermissionsConsentCard(permissions=[scope]))
    return after(handler_input, pending, answer == "ACCEPTED", card_sent)


def read_token(token: str | None) -> dict[str, Any]:
    """The token is ours, but read it defensively: an unknown shape means no pending action."""
    try:
        pending = json.loads(token or "")
    except ValueError:
        return {}
    return pending if isinstance(pending, dict) else {}
