"""A user in London, Mexico City or a US Spanish home hears the skill in their own words through
the real lambda_handler (tests/unit/test_speech_locales.py holds every locale's phrases)."""

from __future__ import annotations

from skill import app
from skill.local.driver import LambdaContext
from skill.local.envelopes import Conversation, Device, intent_request, launch_request


def speak(device: Device, request: dict) -> str:
    reply = app.lambda_handler(Conversation(device).envelope(request), LambdaContext())
    return reply["response"]["outputSpeech"]["ssml"]


def test_a_us_spanish_user_hears_spanish(aws, api, clock) -> None:
    device = Device(api_endpoint=api.endpoint, locale="es-US")
    assert "Entrenador de Poros" in speak(device, launch_request(clock()))
    said = speak(device, intent_request("TonightIntent", at=clock()))
    assert "esta noche" in said.lower() and "tonight" not in said.lower()


def test_a_product_in_london_is_priced_in_us_dollars(aws, api, clock) -> None:
    device = Device(api_endpoint=api.endpoint, locale="en-GB")
    said = speak(device, intent_request("SuggestProductIntent", at=clock()))
    assert "US dollars" in said
    us = Device(api_endpoint=api.endpoint, locale="en-US", user_id="amzn1.ask.account.US")
    said = speak(us, intent_request("SuggestProductIntent", at=clock()))
    assert "dollars" in said and "US dollars" not in said
