"""Forget me, and a SkillDisabled that cannot silently fail: the real lambda_handler, DynamoDB on
moto, the Reminders API on the loopback stand-in."""

from __future__ import annotations

import json

import boto3
import pytest

from skill import app
from skill.errors import MustNotAcknowledge
from skill.handlers.events import DeletionFailed
from skill.local.alexa_api import REMINDERS_SCOPE
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.state.store import UserKey
from tests.conftest import SECRET, TABLE, create_table

CONFIRMATION = (
    "That deletes your routine, the products you told me about, and your Pore Coach reminders. "
    "Shall I go ahead?"
)


def items_of(device: Device) -> list[dict]:
    """Every item the table holds for the device's Alexa account, whichever profile."""
    user = UserKey.for_user(SECRET.encode(), device.user_id)
    return boto3.client("dynamodb").query(
        TableName=TABLE,
        KeyConditionExpression="#u = :user",
        ExpressionAttributeNames={"#u": "user"},
        ExpressionAttributeValues={":user": {"S": user}},
    )["Items"]


def person(api, clock, name: str = "BOB") -> LocalAlexa:
    """A recognised voice on the same Alexa account as the `alexa` fixture."""
    device = Device(api_endpoint=api.endpoint, person_id=f"amzn1.ask.person.{name}")
    return LocalAlexa(app.lambda_handler, device=device, clock=clock)


def given_a_routine_products_and_reminders(alexa: LocalAlexa, api) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.say("ask pore coach i bought the kiehl's mask")
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")
    assert len(api.reminders) == 2 and len(items_of(alexa.device)) == 1


def test_forget_me_asks_first_then_deletes_everything_and_ends(alexa, api, table) -> None:
    # Given a user with a routine, a product and nightly reminders
    given_a_routine_products_and_reminders(alexa, api)
    # When they ask to be forgotten
    reply = alexa.say("ask pore coach to forget me")
    # Then the skill says what goes and asks, deleting nothing yet
    assert reply.speech == CONFIRMATION
    assert not reply.ends_session and reply.reprompt
    assert len(items_of(alexa.device)) == 1 and len(api.reminders) == 2
    # When they say yes, the item and the reminders at Alexa are gone, and the skill says so
    reply = alexa.say("yes")
    assert reply.speech == "Done. Everything Pore Coach kept for you is deleted, reminders too."
    assert reply.ends_session
    assert items_of(alexa.device) == [] and api.reminders == {}


@pytest.mark.parametrize("answer", ["no", "stop", "cancel", "never mind"])
def test_no_stop_or_cancel_deletes_nothing_and_says_so(alexa, api, table, answer) -> None:
    given_a_routine_products_and_reminders(alexa, api)
    alexa.say("ask pore coach to delete my data")
    reply = alexa.say(answer)
    assert reply.speech == "Okay, I haven't deleted anything."
    assert reply.ends_session
    assert table(alexa.device).state.skin_type == "oily" and len(api.reminders) == 2
    # And a yes afterwards deletes nothing either: the question is closed
    alexa.say("open pore coach")
    alexa.say("yes")
    assert len(items_of(alexa.device)) == 1 and len(api.reminders) == 2


def test_help_inside_the_question_keeps_it_open(alexa, api, table) -> None:
    given_a_routine_products_and_reminders(alexa, api)
    alexa.say("ask pore coach to erase everything you know about me")
    reply = alexa.say("help")
    assert reply.speech.endswith("Shall I delete everything Pore Coach keeps for you?")
    assert len(items_of(alexa.device)) == 1
    alexa.say("yes")
    assert items_of(alexa.device) == [] and api.reminders == {}


def test_a_recognised_voice_hears_that_the_whole_account_goes(aws, alexa, api, clock) -> None:
    # Given the account's routine and a recognised person's own routine
    given_a_routine_products_and_reminders(alexa, api)
    bob = person(api, clock)
    bob.say("ask pore coach to set my skin type to dry")
    assert len(items_of(alexa.device)) == 2
    # When the recognised person asks to be forgotten, the question says everyone's data goes
    reply = bob.say("ask pore coach to forget me")
    assert "for everyone on this account" in reply.speech
    assert reply.speech.endswith("Shall I go ahead?")
    # And yes deletes every profile of the account, and the account's reminders
    bob.say("yes")
    assert items_of(alexa.device) == [] and api.reminders == {}


def test_the_account_hears_it_too_when_other_voices_have_routines(aws, alexa, api, clock) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    person(api, clock).say("ask pore coach to set my skin type to dry")
    reply = alexa.say("ask pore coach to forget me")
    assert "for everyone on this account" in reply.speech


@pytest.mark.parametrize("cause", ["no permission", "api down"])
def test_reminders_that_cannot_be_deleted_still_delete_the_data(alexa, api, cause) -> None:
    given_a_routine_products_and_reminders(alexa, api)
    alexa.say("ask pore coach to forget me")
    if cause == "no permission":
        api.revoke(REMINDERS_SCOPE)
    else:
        api.fail("reminders", 503, {"code": "UNAVAILABLE", "message": "later"}, times=10)
    reply = alexa.say("yes")
    assert items_of(alexa.device) == []
    assert "Alexa app" in reply.speech and "couldn't remove your reminders" in reply.speech
    assert reply.ends_session and len(reply.speech.split()) < 35


def test_a_user_without_reminders_or_the_permission_hears_a_plain_done(alexa, api) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.say("ask pore coach to forget me")
    reply = alexa.say("yes")
    assert reply.speech.startswith("Done.") and "Alexa app" not in reply.speech
    assert items_of(alexa.device) == []


def test_nothing_deleted_comes_back_later_in_the_same_session(alexa, api, table) -> None:
    # Given a deletion confirmed in a session that had read (and cached) the routine
    given_a_routine_products_and_reminders(alexa, api)
    alexa.say("open pore coach")
    alexa.say("forget me")
    reply = alexa.say("yes")
    assert items_of(alexa.device) == []
    # Then the session carries no copy of what was deleted
    attributes = reply.raw.get("sessionAttributes") or {}
    assert "oily" not in json.dumps(attributes) and "kiehl" not in json.dumps(attributes)
    # And a further turn in that same session knows nothing of it and writes nothing back
    alexa.conversation.ended = False
    reply = alexa.say("what's my skin type")
    assert "I don't know yet" in reply.speech
    alexa.say("what products do i use")
    assert items_of(alexa.device) == []


def test_a_store_that_fails_during_forget_me_is_apologised_for_and_deletes_nothing(
    alexa, api
) -> None:
    given_a_routine_products_and_reminders(alexa, api)
    alexa.say("ask pore coach to forget me")
    with table_unavailable():
        reply = alexa.say("yes")
        assert "can't reach your routine" in reply.speech
    # Nothing half-done: the reminders at Alexa are still there, as is the routine
    assert len(api.reminders) == 2 and len(items_of(alexa.device)) == 1


class table_unavailable:  # noqa: N801 - reads as a sentence in a with-statement
    """The table is briefly gone (deleted and restored from a backup): every call to it fails
    with ResourceNotFoundException, then it comes back with the same items."""

    def __enter__(self) -> None:
        client = boto3.client("dynamodb")
        self._items = client.scan(TableName=TABLE)["Items"]
        client.delete_table(TableName=TABLE)

    def __exit__(self, *exc_info: object) -> None:
        client = boto3.client("dynamodb")
        create_table(client)
        for item in self._items:
            client.put_item(TableName=TABLE, Item=item)


def test_a_skill_disabled_whose_delete_fails_is_not_acknowledged(alexa, api, capsys) -> None:
    # Given a user with a routine and a recognised person's routine
    alexa.say("ask pore coach to set my skin type to oily")
    person(api, alexa.clock).say("ask pore coach to set my skin type to dry")
    capsys.readouterr()
    # When Alexa sends SkillDisabled while the table can't be reached
    with table_unavailable(), pytest.raises(DeletionFailed) as raised:
        alexa.event("AlexaSkillEvent.SkillDisabled")
    # Then the function raises (Lambda reports an error, Alexa delivers again) and counts it
    assert isinstance(raised.value, MustNotAcknowledge)
    metrics = [json.loads(line) for line in capsys.readouterr().out.splitlines() if "_aws" in line]
    assert any(m.get("DeletionFailed") == [1.0] or m.get("DeletionFailed") == 1 for m in metrics)
    assert len(items_of(alexa.device)) == 2
    # And when it is delivered again with the table back, every profile is deleted
    reply = alexa.event("AlexaSkillEvent.SkillDisabled")
    assert reply.speech == "" and items_of(alexa.device) == []
