"""What a turn may cost, counted where it is paid: DynamoDB operations at a proxy in front of a
real moto server, Alexa API calls at the loopback stand-in. Deterministic: these fail on a turn
that reads, writes or calls more than it needs."""

from __future__ import annotations

import pytest

from skill import app
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.services.alexa import TIMERS_SCOPE
from tests.faults import DynamoDBFaults

# A returning user's mask night: the plan, the walk, a timer, a question, a product.
SESSION = (
    "open pore coach",
    "yes",
    "next",
    "repeat",
    "next",
    "next",
    "help",
    "next",
    "yes",  # the mask timer
)


def _user(api, clock) -> LocalAlexa:
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    alexa.on_consent = api.grant
    return alexa


def _returning_user(api, clock, faults: DynamoDBFaults) -> LocalAlexa:
    """Someone who set their skin type on an earlier night; the counts start after that."""
    alexa = _user(api, clock)
    alexa.say("ask pore coach to set my skin type to oily")
    clock.advance(days=7)
    faults.seen.clear()
    api.calls.clear()
    return alexa


def test_a_session_reads_its_item_once_and_writes_only_what_changed(api, clock, faults) -> None:
    api.grant(TIMERS_SCOPE)
    alexa = _returning_user(api, clock, faults)
    writes_before = 0
    for words in SESSION:
        reply = alexa.say(words)
        assert reply.speech, words
        writes = faults.count("PutItem") + faults.count("UpdateItem")
        assert writes - writes_before <= 1, f"{words!r}: more than one write in a turn"
        writes_before = writes
    assert faults.count("GetItem") + faults.count("Query") == 1, faults.seen


@pytest.mark.parametrize("words", ["repeat", "help", "what's my skin type", "when is my next mask"])
def test_a_turn_that_changes_nothing_writes_nothing(api, clock, faults, words) -> None:
    alexa = _returning_user(api, clock, faults)
    alexa.say("open pore coach")
    faults.seen.clear()
    alexa.say(words)
    assert faults.count("PutItem") + faults.count("UpdateItem") == 0, (words, faults.seen)
    assert faults.count("GetItem") == 0, "the session already holds the state"


def test_the_settings_api_is_asked_once_a_session_and_not_again_while_the_zone_is_fresh(
    api, clock, faults
) -> None:
    alexa = _returning_user(api, clock, faults)
    for words in SESSION[:5]:
        alexa.say(words)
    assert len(api.calls_to("settings")) == 1
    # A later session the same day: the zone read today is still fresh
    api.calls.clear()
    alexa.new_session()
    alexa.say("ask pore coach what's tonight")
    assert api.calls_to("settings") == []


@pytest.mark.parametrize(
    "words",
    [
        "ask pore coach what's tonight",
        "ask pore coach what's my skin type",
        "ask pore coach when is my next mask night",
        "ask pore coach to suggest a serum",
        "ask pore coach how long should i leave the mask on",
        "ask pore coach what reminders do i have",
    ],
)
def test_no_timer_or_reminder_call_on_a_turn_that_needs_none(api, clock, faults, words) -> None:
    alexa = _returning_user(api, clock, faults)
    alexa.say("ask pore coach what's tonight")  # today's zone is read on the first turn
    api.calls.clear()
    alexa.new_session()
    alexa.say(words)
    # No reminder is recorded, so even the list has nothing to check with Alexa.
    assert [call.path for call in api.calls if "settings" not in call.path] == []
