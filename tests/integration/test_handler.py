"""The real lambda_handler with DynamoDB on moto and the Alexa APIs on a loopback server."""

from __future__ import annotations

from functools import cache

import boto3
import pytest

from skill import app
from skill.local.driver import LambdaContext, LocalAlexa
from skill.local.envelopes import Device, envelope, intent_request
from skill.state.dynamodb import DynamoDBStore
from skill.state.store import StoreUnavailable
from tests.conftest import SECRET, TABLE, fresh_skill, use_dynamodb_at


def test_unknown_intent_gets_a_helpful_answer(alexa: LocalAlexa) -> None:
    # Given a request for an intent this version of the skill doesn't know
    reply = alexa.send(intent_request("OrderPizzaIntent", at=alexa.clock()))
    # Then the user hears what they can do, and the session waits for them
    assert "can't help with that" in reply.speech
    assert not reply.ends_session


@pytest.mark.parametrize(
    "event",
    [
        {},
        {"version": "1.0"},
        {"version": "1.0", "request": {"type": "IntentRequest"}},
        {"request": "not even an object"},
    ],
)
def test_malformed_envelopes_get_an_answer_not_an_exception(aws, event) -> None:
    reply = app.lambda_handler(event, LambdaContext())
    assert reply["response"]["shouldEndSession"] is True
    assert "Sorry" in reply["response"]["outputSpeech"]["text"]


def test_a_request_without_a_user_id_is_apologised_for_and_stores_nothing(
    aws, device, clock
) -> None:
    # Given requests whose user has no id (Alexa always sends one)
    def without_user(body, context):
        del body["context"]["System"]["user"]["userId"]
        return app.lambda_handler(body, context)

    nobody = LocalAlexa(without_user, device=device, clock=clock)
    # When one sets a skin type
    reply = nobody.say("ask pore coach my skin is oily")
    # Then it hears an apology, and nothing is kept under a key all such requests would share
    assert reply.speech.startswith("Sorry") and reply.ends_session
    assert boto3.client("dynamodb").scan(TableName=TABLE)["Items"] == []


def test_an_unfamiliar_request_type_gets_an_empty_answer(alexa: LocalAlexa) -> None:
    body = envelope(
        {
            "type": "Alexa.Presentation.HTML.Message",
            "requestId": "r",
            "timestamp": "2026-11-24T04:00:00Z",
        },
        alexa.device,
        None,
    )
    reply = app.lambda_handler(body, LambdaContext())
    assert "outputSpeech" not in reply["response"]


def test_another_skills_request_gets_no_answer_but_an_error(alexa, monkeypatch, capsys) -> None:
    # Given the function is configured for its own skill
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.the-real-one")
    fresh_skill()
    # When a request for another skill arrives
    with pytest.raises(app.RequestForAnotherSkill):
        alexa.say("ask pore coach what's tonight")
    # Then Lambda reports an error (no speech) and a metric counts it
    assert '"OtherSkillRefused":[1.0]' in capsys.readouterr().out


def test_the_function_serves_its_own_skill(alexa, monkeypatch) -> None:
    monkeypatch.setenv("SKILL_ID", alexa.device.skill_id)
    fresh_skill()
    assert "serum" in alexa.say("ask pore coach what's tonight").speech


def test_skill_disabled_deletes_every_profile_of_that_user_only(aws, api, clock, table) -> None:
    # Given a user with an account profile and a recognised person, and another user
    owner = Device(api_endpoint=api.endpoint)
    person = Device(api_endpoint=api.endpoint, person_id="amzn1.ask.person.ALEX")
    neighbour = Device(api_endpoint=api.endpoint, user_id="amzn1.ask.account.NEIGHBOUR")
    for device in (owner, person, neighbour):
        alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
        alexa.say("ask pore coach what's tonight")
        alexa.say("oily")
    assert table(owner).version and table(person).version and table(neighbour).version
    # When the owner disables the skill
    reply = LocalAlexa(app.lambda_handler, device=owner, clock=clock).event(
        "AlexaSkillEvent.SkillDisabled"
    )
    # Then both of the owner's items are gone and the neighbour's is untouched
    assert reply.speech == ""
    assert table(owner).version == 0 and table(person).version == 0
    assert table(neighbour).state.skin_type == "oily"


def test_a_recognised_person_has_their_own_routine(aws, api, clock, table) -> None:
    account = Device(api_endpoint=api.endpoint)
    person = Device(api_endpoint=api.endpoint, person_id="amzn1.ask.person.SAM")
    LocalAlexa(app.lambda_handler, device=account, clock=clock).say(
        "ask pore coach to set my skin type to dry"
    )
    LocalAlexa(app.lambda_handler, device=person, clock=clock).say(
        "ask pore coach to set my skin type to oily"
    )
    assert table(account).state.skin_type == "dry"
    assert table(person).state.skin_type == "oily"


def test_concurrent_sessions_of_one_user_lose_nothing(aws, api, clock, table, device) -> None:
    # Given two sessions of the same user, both of which have read the state
    kitchen = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    bedroom = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    kitchen.say("open pore coach")
    bedroom.say("open pore coach")
    # When each changes something different
    bedroom.say("dry")
    reply = kitchen.say("make my mask nights tuesday and saturday")
    # Then both changes are stored
    stored = table(device)
    assert "Tuesday and Saturday" in reply.speech
    assert stored.state.skin_type == "dry" and stored.state.mask_nights == [1, 5]
    # And the slower session now sees the other's change
    assert "dry" in kitchen.say("ask pore coach what's my skin type").speech


def test_dynamodb_unreachable_gets_an_apology(api, clock, device, monkeypatch) -> None:
    # Given DynamoDB at an address where nothing listens (no moto here)
    use_dynamodb_at(monkeypatch, "http://127.0.0.1:9")
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    try:
        # When the user asks for tonight's plan, or tries to save something
        for words in (
            "ask pore coach what's tonight",
            "ask pore coach to set my skin type to oily",
        ):
            reply = alexa.say(words)
            # Then they hear a short apology and the session ends cleanly
            assert "can't reach your routine" in reply.speech
            assert reply.ends_session
        # And stop still works, since it needs nothing stored
        reply = alexa.say("tell pore coach to stop")
        assert reply.ends_session and "can't reach" not in reply.speech
    finally:
        fresh_skill()


class FailingWrites(DynamoDBStore):
    """DynamoDB that reads but cannot write: throttled, say."""

    def save(self, key, state, expected_version):
        raise StoreUnavailable("ProvisionedThroughputExceededException")


def test_a_failed_write_is_apologised_for_and_loses_nothing(
    aws, api, clock, device, table, monkeypatch
) -> None:
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    alexa.say("ask pore coach to set my skin type to dry")
    # A container whose writes are throttled
    failing = app.build_skill(app.settings(), FailingWrites(TABLE), SECRET.encode())
    monkeypatch.setattr(app, "skill", cache(lambda: failing))
    reply = alexa.say("ask pore coach to set my skin type to oily")
    assert "can't reach your routine" in reply.speech
    assert table(device).state.skin_type == "dry"


def test_logs_hold_no_ids_tokens_or_spoken_words(alexa: LocalAlexa, capsys) -> None:
    alexa.say("ask pore coach what's tonight")
    alexa.say("my skin is purple")
    alexa.say("my skin is greasy")
    alexa.say("yes")
    alexa.event("AlexaSkillEvent.SkillDisabled")
    output = capsys.readouterr().out
    assert output  # logs and metrics were written
    for secret in (
        alexa.device.user_id,
        alexa.device.device_id,
        alexa.device.api_access_token,
        alexa.conversation.session_id if alexa.conversation else "",
        "purple",
        "greasy",
    ):
        assert secret not in output


def test_help_keeps_the_open_question(alexa, api) -> None:
    alexa.say("ask pore coach to remind me every night at nine")
    reply = alexa.say("help")
    assert reply.speech.endswith("Shall I set that?")
    reply = alexa.say("yes")  # still answers the reminder question
    assert "needs your permission" in reply.speech


def test_im_ready_in_the_walk_goes_on(alexa) -> None:
    alexa.say("ask pore coach what's tonight")
    alexa.say("oily")
    alexa.say("yes")
    assert "Step two" in alexa.say("i'm ready").speech
    assert "Step three" in alexa.say("yes").speech


def test_saying_the_same_thing_twice_writes_once(alexa, table) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.say("ask pore coach i bought the keels mask")
    version = table(alexa.device).version
    alexa.say("ask pore coach i bought the keels mask")
    alexa.say("ask pore coach to make my mask nights monday and thursday")
    assert table(alexa.device).version == version


def test_every_api_outcome_has_words_for_timers_and_reminders() -> None:
    from skill.services.alexa import Outcome
    from skill.speech import en as en_US

    for outcome in Outcome:
        if outcome in (Outcome.OK, Outcome.NO_PERMISSION):
            continue
        assert f"timer_error_{outcome.value}" in en_US.PHRASES
        assert f"reminder_error_{outcome.value}" in en_US.PHRASES


def test_a_screen_that_failed_is_logged_by_type_and_reason_and_counted(alexa, logs, capsys):
    # Given an Echo Show that couldn't show part of a document
    alexa.device.screen = True
    body = envelope(
        {
            "type": "Alexa.Presentation.APL.RuntimeError",
            "requestId": "amzn1.echo-api.request.apl-error",
            "timestamp": "2026-11-24T04:00:00Z",
            "token": "porecoach.walk.2026-11-23",
            "errors": [
                {
                    "type": "LIST_ERROR",
                    "reason": "LIST_INDEX_OUT_OF_RANGE",
                    "listId": "steps",
                    "message": "index 12 of a list of 9 for the user's walk",
                }
            ],
        },
        alexa.device,
        None,
    )
    # When it says so
    reply = app.lambda_handler(body, LambdaContext())
    # Then nothing is said, the type and reason are logged (not the message), and it is counted
    assert "outputSpeech" not in reply["response"]
    written = logs.getvalue() + capsys.readouterr().out
    assert '"error_type":"LIST_ERROR"' in written.replace(" ", "")
    assert '"reason":"LIST_INDEX_OUT_OF_RANGE"' in written.replace(" ", "")
    assert "the user's walk" not in written
    assert '"ScreenRuntimeError"' in written
