"""The device's time zone through the SDK's Settings client, over HTTPS to the loopback stand-in."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from skill import app
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device


def test_the_zone_is_asked_once_a_session_with_the_request_token(alexa, api, table) -> None:
    alexa.say("open pore coach")
    alexa.say("oily")
    alexa.say("what's tonight")
    calls = api.calls_to("settings")
    assert len(calls) == 1
    assert calls[0].method == "GET"
    assert calls[0].path == f"/v2/devices/{alexa.device.device_id}/settings/System.timeZone"
    assert calls[0].headers["Authorization"] == f"Bearer {alexa.device.api_access_token}"
    assert table(alexa.device).state.time_zone == "America/Los_Angeles"


def test_the_zone_is_kept_for_a_week_and_checked_again_after(alexa, api, clock) -> None:
    alexa.say("ask pore coach to set my skin type to dry")
    alexa.say("ask pore coach what's tonight")
    assert len(api.calls_to("settings")) == 1
    clock.advance(days=6)
    alexa.say("ask pore coach what's tonight")
    assert len(api.calls_to("settings")) == 1
    clock.advance(days=1)
    alexa.say("ask pore coach what's tonight")
    assert len(api.calls_to("settings")) == 2


@pytest.mark.parametrize(
    ("zone", "utc", "answer"),
    [
        # 4:30 am Tuesday in Kolkata is still Monday night, a mask night
        (
            "Asia/Kolkata",
            datetime(2026, 11, 23, 23, 0, tzinfo=UTC),
            r"^(Tonight's a mask night\.|It's tonight\.)$",
        ),
        # 8 pm Tuesday in Sydney: Thursday is next
        ("Australia/Sydney", datetime(2026, 11, 24, 9, 0, tzinfo=UTC), "Thursday"),
        # 9 pm Wednesday in London: tomorrow
        ("Europe/London", datetime(2026, 11, 25, 21, 0, tzinfo=UTC), "tomorrow"),
    ],
)
def test_tonight_is_the_devices_evening(aws, api, clock, zone, utc, answer) -> None:
    device = Device(api_endpoint=api.endpoint, device_id="amzn1.ask.device.ABROAD")
    api.device_time_zones[device.device_id] = zone
    clock.now = utc
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    reply = alexa.say("ask pore coach when is my next mask night")
    assert re.search(answer, reply.speech), reply.speech


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, {"code": "INTERNAL_ERROR", "message": "Sorry."}),
        (401, {"code": "UNAUTHORIZED", "message": "Bad token."}),
        (403, {"code": "FORBIDDEN", "message": "No access."}),
        (429, {"code": "THROTTLED", "message": "Slow down."}),
        (500, None),  # an empty body: the SDK raises a serialization error, not a service one
        (204, None),
        (200, "Mars/Olympus_Mons"),  # a zone Python doesn't know
    ],
)
def test_a_settings_failure_falls_back_to_the_locales_zone(alexa, api, status, body) -> None:
    api.fail("settings", status, body)
    reply = alexa.say("ask pore coach what's tonight")
    # 8 pm in Los Angeles is 11 pm in New York: the same Monday night, so the answer holds
    assert "serum" in reply.speech and "clay-mask night" in reply.speech
    # Tried again in the next session rather than remembered as known
    alexa.say("ask pore coach what's tonight")
    assert len(api.calls_to("settings")) == 2


def test_an_unreachable_api_endpoint_falls_back_too(aws, clock) -> None:
    device = Device(api_endpoint="https://127.0.0.1:9")
    reply = LocalAlexa(app.lambda_handler, device=device, clock=clock).say(
        "ask pore coach what's tonight"
    )
    assert "serum" in reply.speech
