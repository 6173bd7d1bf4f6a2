"""Every turn answers inside Alexa's 8 seconds (the function's 7), whatever hangs: DynamoDB, the
Settings, Timers or Reminders API. Real botocore retries against a real moto server behind a
fault-injecting proxy; the Alexa APIs through the SDK's clients to the loopback stand-in."""

from __future__ import annotations

import time

from skill import app
from skill.local.driver import LocalAlexa, Reply
from skill.local.envelopes import Device
from skill.services.alexa import REMINDERS_SCOPE, TIMERS_SCOPE
from skill.state.dynamodb import DynamoDBStore
from skill.state.store import UserKey
from tests.conftest import SECRET, TABLE, fresh_skill, use_dynamodb_at
from tests.faults import CountdownContext, black_hole

FUNCTION_TIMEOUT_SECONDS = 7
# "Well inside": the apology reserve and Alexa's own overhead stay untouched.
ANSWER_WITHIN_SECONDS = 5.0
APOLOGY = "can't reach your routine"


def _timed(alexa: LocalAlexa, words: str) -> tuple[Reply, float]:
    started = time.monotonic()
    reply = alexa.say(words)
    return reply, time.monotonic() - started


def _user(api, clock, budget_ms: int = FUNCTION_TIMEOUT_SECONDS * 1000) -> LocalAlexa:
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    alexa.context = lambda: CountdownContext(budget_ms)
    alexa.on_consent = api.grant
    return alexa


def _stored(device: Device):
    key = UserKey.for_ids(SECRET.encode(), device.user_id, device.person_id)
    return DynamoDBStore(TABLE).load(key)


# DynamoDB that accepts connections and never answers -------------------------------------


def test_a_dynamodb_that_never_answers_gets_an_apology_in_time(api, clock, monkeypatch) -> None:
    with black_hole() as hole:
        # Given DynamoDB accepts connections and never answers
        use_dynamodb_at(monkeypatch, f"http://127.0.0.1:{hole.port}")
        alexa = _user(api, clock)
        for words in ("ask pore coach what's tonight", "ask pore coach my skin is oily"):
            # When the user asks for tonight, or to change something
            reply, took = _timed(alexa, words)
            # Then an apology comes back well inside the function's timeout
            assert APOLOGY in reply.speech and reply.ends_session
            assert took < ANSWER_WITHIN_SECONDS
        # And each turn's read was tried twice in all (one retry), not three times
        assert hole.connections == 4
    fresh_skill()


def test_a_turn_short_of_time_apologises_at_once(api, clock, monkeypatch) -> None:
    with black_hole() as hole:
        use_dynamodb_at(monkeypatch, f"http://127.0.0.1:{hole.port}")
        app.skill()  # a warm container
        # Given a turn with too little time left for even one DynamoDB attempt
        alexa = _user(api, clock, budget_ms=2000)
        reply, took = _timed(alexa, "ask pore coach what's tonight")
        # Then no call is started and the apology comes straight away
        assert APOLOGY in reply.speech
        assert took < 1.0 and hole.connections == 0
    fresh_skill()


# Real botocore retries through the fault-injecting proxy ---------------------------------


def test_a_throttled_read_is_retried_and_the_user_hears_the_plan(api, clock, faults) -> None:
    faults.inject("GetItem", "throttle")
    reply = _user(api, clock).say("ask pore coach what's tonight")
    assert "serum" in reply.speech
    assert faults.count("GetItem") == 2


def test_a_failed_write_is_retried_and_saved(api, clock, faults) -> None:
    alexa = _user(api, clock)
    faults.inject("PutItem", "error")
    alexa.say("ask pore coach my skin is oily")
    assert _stored(alexa.device).state.skin_type == "oily"
    assert faults.count("PutItem") == 2


def test_a_write_that_hangs_is_apologised_for_in_time_and_loses_nothing(api, clock, faults) -> None:
    # Given a user whose skin type is stored
    alexa = _user(api, clock)
    alexa.say("ask pore coach my skin is dry")
    before = _stored(alexa.device)
    # When every write hangs
    faults.inject("PutItem", "hang", times=5)
    reply, took = _timed(alexa, "ask pore coach my skin is oily")
    # Then the user hears an apology inside the deadline, and the stored item is as it was
    assert APOLOGY in reply.speech and took < ANSWER_WITHIN_SECONDS
    assert _stored(alexa.device) == before
    assert faults.count("PutItem") == 3  # the first write, then two attempts at the hung one


def test_two_devices_racing_both_keep_their_change(api, clock, faults) -> None:
    kitchen, bedroom = _user(api, clock), _user(api, clock)
    kitchen.say("open pore coach")
    bedroom.say("open pore coach")
    kitchen.say("my skin is oily")
    bedroom.say("make my mask nights tuesday and friday")
    state = _stored(kitchen.device).state
    assert state.skin_type == "oily" and state.mask_nights == [1, 4]


def test_throttling_on_every_attempt_is_apologised_for(api, clock, faults) -> None:
    faults.inject("GetItem", "throttle", times=5)
    reply, took = _timed(_user(api, clock), "ask pore coach what's tonight")
    assert APOLOGY in reply.speech and took < ANSWER_WITHIN_SECONDS
    assert faults.count("GetItem") == 2


# Alexa APIs that hang ----------------------------------------------------------------------


def test_a_hanging_settings_api_still_gives_tonights_plan_in_time(alexa, api) -> None:
    alexa.context = lambda: CountdownContext()
    api.stall("settings")
    reply, took = _timed(alexa, "ask pore coach what's tonight")
    api.release()
    assert "serum" in reply.speech and took < ANSWER_WITHIN_SECONDS


def test_a_hanging_timers_api_is_spoken_in_time_and_records_no_timer(alexa, api, table) -> None:
    # Given the Settings API and then the Timers API both hang
    alexa.context = lambda: CountdownContext()
    api.grant(TIMERS_SCOPE)
    api.stall("settings")
    api.stall("timers")
    # When the user starts the mask timer
    reply, took = _timed(alexa, "ask pore coach to start my mask timer")
    api.release()
    # Then they hear that the timer service didn't answer, in time, and no timer is recorded
    assert "didn't answer" in reply.speech and took < ANSWER_WITHIN_SECONDS
    assert table(alexa.device).state.timers == {}


def test_a_hanging_reminders_api_is_spoken_in_time_and_records_nothing(alexa, api, table) -> None:
    alexa.context = lambda: CountdownContext()
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    api.stall("reminders", times=5)
    reply, took = _timed(alexa, "yes")
    api.release()
    assert took < ANSWER_WITHIN_SECONDS
    assert reply.speech and "Sorry, I couldn't" not in reply.speech
    assert table(alexa.device).state.reminders == {}


def test_the_time_zone_is_not_asked_when_the_turn_is_short_of_time(alexa, api) -> None:
    # Given a turn with only four seconds left
    alexa.context = lambda: CountdownContext(budget_ms=4000)
    reply = alexa.say("ask pore coach what's tonight")
    # Then the optional Settings call is skipped and the plan is still given
    assert "serum" in reply.speech
    assert api.calls_to("settings") == []


# Where the Alexa API client may go ---------------------------------------------------------


def test_an_api_endpoint_outside_alexa_is_never_called(alexa, api) -> None:
    # Given an envelope whose apiEndpoint is not one of Alexa's hosts (a forged request)
    alexa.device.api_endpoint = "https://169.254.169.254"
    # Then the skill answers without calling it, on the locale's zone
    reply = alexa.say("ask pore coach what's tonight")
    assert "serum" in reply.speech


def test_a_redirect_from_the_api_is_not_followed(alexa, api, table) -> None:
    api.fail("settings", 307)
    alexa.say("ask pore coach what's tonight")
    assert len(api.calls_to("settings")) == 1
    assert table(alexa.device).state.time_zone is None


def test_an_alexa_api_host_that_accepts_and_never_answers_is_spoken_in_time(
    alexa, api, table
) -> None:
    with black_hole() as hole:
        # Given an API endpoint that takes the connection and never even finishes TLS
        alexa.context = lambda: CountdownContext()
        alexa.device.api_endpoint = f"https://127.0.0.1:{hole.port}"
        # When the user starts the mask timer (the Settings call hangs too)
        reply, took = _timed(alexa, "ask pore coach to start my mask timer")
    # Then they hear that the timer service didn't answer, in time, and no timer is recorded
    assert "didn't answer" in reply.speech and took < ANSWER_WITHIN_SECONDS
    assert table(alexa.device).state.timers == {}
