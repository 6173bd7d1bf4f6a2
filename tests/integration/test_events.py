"""Every envelope in events/ goes through the real lambda_handler and gets a sensible answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skill import app
from skill.local.alexa_api import TIMERS_SCOPE
from skill.local.driver import LambdaContext

EVENTS = sorted((Path(__file__).parents[2] / "events").glob("*.json"))
SILENT = {"session-ended", "skill-disabled", "reminder-deleted"}  # no speech expected
UNHANDLED = {"fallback", "unknown-intent"}  # the only ones that may hear the fallback answer


def test_there_is_an_event_for_every_intent_in_the_model() -> None:
    model = json.loads(
        (
            Path(__file__).parents[2] / "interaction_models/interactionModels/custom/en-US.json"
        ).read_text()
    )
    intents = {i["name"] for i in model["interactionModel"]["languageModel"]["intents"]}
    covered = {
        json.loads(path.read_text())["request"].get("intent", {}).get("name") for path in EVENTS
    }
    assert intents <= covered


@pytest.mark.parametrize("path", EVENTS, ids=lambda p: p.stem)
def test_event(path: Path, aws, api) -> None:
    event = json.loads(path.read_text())
    event["context"]["System"]["apiEndpoint"] = api.endpoint
    api.grant(TIMERS_SCOPE)  # the consent flow itself is tested in test_timers.py
    reply = app.lambda_handler(event, LambdaContext())
    response = reply["response"]
    speech = response.get("outputSpeech", {}).get("ssml", "")
    if path.stem in SILENT:
        assert not speech
    else:
        assert speech.startswith("<speak>") and len(speech) < 8000
        assert "Sorry, something went wrong" not in speech
        if path.stem not in UNHANDLED:  # every intent in the model has its own handler
            assert "can't help with that" not in speech
        hands_over = any(  # Alexa asks (a permission, a routine) and resumes the session
            d["type"] in ("Connections.SendRequest", "Connections.StartConnection")
            for d in response.get("directives", [])
        )
        assert response.get("shouldEndSession") is True or response.get("reprompt") or hands_over


def test_an_event_mid_session_carries_the_state_the_skill_keeps(aws, api) -> None:
    # The session attributes in events/ are in the skill's own format, so a mid-session
    # envelope answers from the state it carries, with no read of the (empty) table.
    event = json.loads((Path(__file__).parents[2] / "events/get-skin-type.json").read_text())
    event["context"]["System"]["apiEndpoint"] = api.endpoint
    reply = app.lambda_handler(event, LambdaContext())
    assert "oily" in reply["response"]["outputSpeech"]["ssml"]
