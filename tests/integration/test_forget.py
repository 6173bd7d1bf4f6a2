"""Forget me, and a SkillDisabled that cannot silently fail: the real lambda_handler, DynamoDB on
moto, the Reminders API on the loopback stand-in."""

from __future__ import annotations

import json

import boto3
import pytest

from skill import app
from skill.errors import MustNotAcknowledge
from skill.handlers.events import DeletionFailed
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.state.store import UserKey
from tests.conftest import SECRET, TABLE


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


class table_unavailable:  # noqa: N801 - reads as a sentence in a with-statement
    """The table is briefly gone (deleted and restored from a backup): every call to it fails
    with ResourceNotFoundException, then it comes back with the same items."""

    def __enter__(self) -> None:
        client = boto3.client("dynamodb")
        self._description = client.describe_table(TableName=TABLE)["Table"]
        self._items = client.scan(TableName=TABLE)["Items"]
        client.delete_table(TableName=TABLE)

    def __exit__(self, *exc_info: object) -> None:
        client = boto3.client("dynamodb")
        client.create_table(
            TableName=TABLE,
            BillingMode="PAY_PER_REQUEST",
            KeySchema=self._description["KeySchema"],
            AttributeDefinitions=self._description["AttributeDefinitions"],
        )
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
