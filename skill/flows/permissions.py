"""Asking for a permission by voice, and carrying on with what the user wanted once answered.

The consent prompt is Alexa's own, so the question it was asked for travels in its token (a
registered question, like every other), and its `consented` says what comes next.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from skill.flows.conversation import general_help
from skill.flows.dialog import Question, from_json
from skill.flows.reply import AskPermission, ConsentCard, Reply
from skill.flows.turn import Turn
from skill.state.changes import RefuseConsent

# Alexa's guidance: after a "no", don't ask again for a week.
COOLING_OFF = timedelta(days=7)


def recently_refused(turn: Turn, scope: str) -> bool:
    refused = turn.user.account.state.consent_refused.get(scope)
    return bool(refused and turn.tonight - date.fromisoformat(refused) < COOLING_OFF)


def ask_for(turn: Turn, scope: str, asked: Question, intro: str) -> Reply:
    """Hand over to Alexa's consent prompt; the token carries the question it answers."""
    token = json.dumps({"scope": scope, "question": asked.to_json()})
    return Reply(intro, end_session=None, directives=(AskPermission(scope, token),))


def answered(turn: Turn, token: str | None, answer: str, card_shown: bool) -> Reply:
    """The user answered Alexa's consent prompt (ACCEPTED, DENIED, NOT_ANSWERED or ERROR):
    remember a no, then carry on with the question it was asked for."""
    pending = _read_token(token)
    asked = from_json(pending.get("question"))
    consented = getattr(asked, "consented", None)
    if consented is None:  # not a token of ours: nothing to carry on with
        return general_help(turn)
    scope = str(pending.get("scope", ""))
    if answer == "DENIED":
        turn.user.account.change(RefuseConsent(scope, turn.tonight.isoformat()))
    card_sent = answer == "NOT_ANSWERED" and not card_shown and bool(scope)
    reply: Reply = consented(turn, answer == "ACCEPTED", card_sent)
    return replace(reply, card=ConsentCard(scope)) if card_sent else reply


def _read_token(token: str | None) -> dict[str, Any]:
    """The token is ours, but read it defensively: an unknown shape means no pending action."""
    try:
        pending = json.loads(token or "")
    except ValueError:
        return {}
    return pending if isinstance(pending, dict) else {}
