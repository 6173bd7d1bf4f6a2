"""Alexa's answer to the routine offer comes back as a SessionResumedRequest: whatever it
carries, the skill never raises, never loses what it stored, and never says more than a line."""

from __future__ import annotations

from typing import Any

import pytest

from skill.flows.evening import OFFER_TOKEN
from skill.local.envelopes import session_resumed_request

ODD_CAUSES: list[Any] = [
    None,
    {},
    {"type": "ConnectionCompleted"},
    {"type": "ConnectionCompleted", "token": OFFER_TOKEN},
    {"type": "ConnectionCompleted", "token": OFFER_TOKEN, "status": None, "result": None},
    {"type": "ConnectionCompleted", "token": OFFER_TOKEN, "status": {"code": 204}, "result": []},
    {
        "type": "ConnectionCompleted",
        "token": OFFER_TOKEN,
        "status": {"code": "204"},
        "result": {"offerAutomationResponse": "REJECTED_BY_CUSTOMER"},
    },  # fmt: skip
    {
        "type": "ConnectionCompleted",
        "token": OFFER_TOKEN,
        "status": {"code": "204"},
        "result": {"offerAutomationResponse": {"reason": 7}},
    },  # fmt: skip
    {"type": "ConnectionCompleted", "token": 12, "status": {"code": "200"}, "result": {}},
    {"type": "ConnectionCompleted", "token": "someone else's", "status": {"code": "200"}},
    {"type": "ConnectionCompleted", "token": OFFER_TOKEN, "status": {"code": "429"}},
    {"type": "SomethingNew", "token": OFFER_TOKEN},
]


def resumed(alexa, cause: Any) -> dict[str, Any]:
    request = session_resumed_request(OFFER_TOKEN, "200", {}, alexa.clock())
    if cause is None:
        del request["cause"]
    else:
        request["cause"] = cause
    return alexa.send(request).raw


@pytest.mark.parametrize("cause", ODD_CAUSES, ids=range(len(ODD_CAUSES)))
def test_an_odd_answer_to_the_offer_never_raises_and_keeps_what_is_stored(
    alexa, table, device, cause
):
    alexa.say("ask pore coach to set my skin type to oily")
    before = table(device).state.skin_type

    raw = resumed(alexa, cause)

    response = raw["response"]
    speech = response.get("outputSpeech", {}).get("ssml", "")
    assert len(speech.split()) <= 12, speech
    assert table(device).state.skin_type == before == "oily"


def test_an_answer_in_a_new_session_is_still_taken(alexa, table, device):
    """Alexa resumes a session that may have lost its attributes: the answer is still the
    user's, and is thanked and kept."""
    alexa.say("ask pore coach to set my skin type to dry")
    reply = alexa.send(session_resumed_request(OFFER_TOKEN, "200", {}, alexa.clock()))
    assert reply.speech.startswith("Thanks")
    state = table(device).state
    assert (state.skin_type, state.routine_offer) == ("dry", "accepted")


def test_a_task_launch_for_a_new_user_asks_the_skin_type_not_the_welcome(alexa):
    reply = alexa.start_task("StartTonight")
    assert "Welcome" not in reply.speech
    assert reply.speech.rstrip().endswith("?")
    assert not reply.ends_session


def test_a_stray_error_after_a_no_never_brings_the_offer_back(alexa, table, device):
    alexa.say("ask pore coach to set my skin type to dry")
    declined = {"offerAutomationResponse": {"reason": "REJECTED_BY_CUSTOMER"}}
    alexa.send(session_resumed_request(OFFER_TOKEN, "204", declined, alexa.clock()))
    alexa.send(session_resumed_request(OFFER_TOKEN, "500", None, alexa.clock()))
    assert table(device).state.routine_offer == "declined"
