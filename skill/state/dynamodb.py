"""The only module that talks to DynamoDB. Every write is conditional on the version read."""

from __future__ import annotations

import json
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from botocore.loaders import Loader

from skill import deadline
from skill.state.model import UserState
from skill.state.store import (
    MOST_VERSION,
    Stored,
    StoreUnavailable,
    UserKey,
    VersionConflict,
    damaged_version,
    version_after,
)

# Fail fast: Alexa abandons the turn after 8 s, and a spoken apology beats silence. A DynamoDB
# call answers in milliseconds; one that takes a second is not coming. Two attempts in all (one
# retry: `total_max_attempts` counts the first, unlike the legacy `max_attempts`), and no attempt
# starts unless it can finish inside the turn's deadline.
CONNECT_TIMEOUT_SECONDS = 0.5
READ_TIMEOUT_SECONDS = 1.0
ATTEMPT_SECONDS = CONNECT_TIMEOUT_SECONDS + READ_TIMEOUT_SECONDS
_CLIENT_CONFIG = Config(
    connect_timeout=CONNECT_TIMEOUT_SECONDS,
    read_timeout=READ_TIMEOUT_SECONDS,
    retries={"total_max_attempts": 2, "mode": "standard"},
)
# Written with every item, in epoch seconds (DynamoDB's TTL): a routine untouched for about
# 13 months expires. Refreshed on every write, so anyone still using the skill keeps theirs.
EXPIRES_ATTRIBUTE = "expires_at"
RETENTION_SECONDS = 396 * 24 * 3600
_KEY_ATTRIBUTES = ("user", "profile", "version", EXPIRES_ATTRIBUTE)
# The state itself, as one JSON text. A nested map would cost botocore and the table a typed
# value per field on every read and write, for fields nothing ever queries.
STATE_ATTRIBUTE = "state"
# What the store calls, and the slice of botocore's data that serves them (made by
# `make dynamodb-model`): the client then loads DynamoDB's endpoints and these operations'
# shapes instead of listing every service and parsing every service's endpoints, ~50 ms a cold
# start.
OPERATIONS = ("GetItem", "PutItem", "DeleteItem", "Query")
BOTOCORE_DATA = Path(__file__).with_name("botocore_data")


def _client() -> Any:
    session = botocore.session.get_session()
    loader = Loader(extra_search_paths=[str(BOTOCORE_DATA)], include_default_search_paths=False)
    session.register_component("data_loader", loader)
    return session.create_client("dynamodb", config=_CLIENT_CONFIG)


class DynamoDBStore:
    def __init__(self, table_name: str, client: Any = None) -> None:
        self._table = table_name
        # botocore alone: boto3 would add its resource layer and s3transfer to every cold start.
        # Endpoint and region come from the standard AWS settings (AWS_ENDPOINT_URL, ...).
        self._client = client or _client()
        # Before every attempt, retries included: botocore passes the error up unretried.
        self._client.meta.events.register("before-send.dynamodb", _within_deadline)

    def load(self, key: UserKey) -> Stored:
        try:
            reply = self._client.get_item(
                TableName=self._table, Key=_key(key.user, key.profile), ConsistentRead=True
            )
        except (BotoCoreError, ClientError, deadline.OutOfTime) as error:
            raise StoreUnavailable(_reason(error)) from error
        item = reply.get("Item")
        if not item:
            return Stored(UserState(), 0)
        version = _version_of(item.pop("version", None))
        attributes = {name: _from_attribute(value) for name, value in item.items()}
        for name in ("user", "profile", EXPIRES_ATTRIBUTE):
            attributes.pop(name, None)
        damaged = ["version"] if version < 0 else []
        return Stored(UserState.from_dict(_state_of(attributes), damaged), version)

    def save(self, key: UserKey, state: UserState, expected_version: int) -> int:
        new_version = version_after(expected_version)
        attributes = {k: v for k, v in state.to_dict().items() if k not in _KEY_ATTRIBUTES}
        item = {
            STATE_ATTRIBUTE: {"S": json.dumps(attributes, separators=(",", ":"))},
            **_key(key.user, key.profile),
            "version": {"N": str(new_version)},
            EXPIRES_ATTRIBUTE: {"N": str(int(time.time()) + RETENTION_SECONDS)},
        }
        if expected_version == 0:
            condition: dict[str, Any] = {"ConditionExpression": "attribute_not_exists(#v)"}
        elif expected_version > 0:
            condition = {
                "ConditionExpression": "#v = :expected",
                "ExpressionAttributeValues": {":expected": {"N": str(expected_version)}},
            }
        else:
            condition = self._still_damaged(key, expected_version)
        try:
            self._client.put_item(
                TableName=self._table,
                Item=item,
                ExpressionAttributeNames={"#v": "version"},
                **condition,
            )
        except ClientError as error:
            if error.response["Error"]["Code"] == "ConditionalCheckFailedException":
                raise VersionConflict() from error
            raise StoreUnavailable(_reason(error)) from error
        except (BotoCoreError, deadline.OutOfTime) as error:
            raise StoreUnavailable(_reason(error)) from error
        return new_version

    def _still_damaged(self, key: UserKey, expected_version: int) -> dict[str, Any]:
        """The condition for writing over a damaged version: that the item still holds the very
        value that read as `expected_version`. The turn carries only that mark of it (through
        the session too), so look at the value again; then the put is conditional on it
        exactly, type and all, so a write landing after this look is a conflict as well."""
        try:
            reply = self._client.get_item(
                TableName=self._table,
                Key=_key(key.user, key.profile),
                ConsistentRead=True,
                ProjectionExpression="#v",
                ExpressionAttributeNames={"#v": "version"},
            )
        except (BotoCoreError, ClientError, deadline.OutOfTime) as error:
            raise StoreUnavailable(_reason(error)) from error
        found = reply.get("Item", {}).get("version")
        if found is None or _version_of(found) != expected_version:
            raise VersionConflict()  # rewritten or removed since: re-read and replay
        [kind] = found
        if kind == "NULL":  # one value only: its type says it all
            return {
                "ConditionExpression": "attribute_type(#v, :kind)",
                "ExpressionAttributeValues": {":kind": {"S": kind}},
            }
        return {
            "ConditionExpression": "attribute_type(#v, :kind) AND #v = :found",
            "ExpressionAttributeValues": {":kind": {"S": kind}, ":found": found},
        }

    def delete_user(self, user: str) -> None:
        for key in self.profiles(user):
            try:
                self._client.delete_item(TableName=self._table, Key=_key(key.user, key.profile))
            except (BotoCoreError, ClientError, deadline.OutOfTime) as error:
                raise StoreUnavailable(_reason(error)) from error

    def profiles(self, user: str) -> list[UserKey]:
        try:
            pages = self._client.get_paginator("query").paginate(
                TableName=self._table,
                KeyConditionExpression="#u = :user",
                ExpressionAttributeNames={"#u": "user"},
                ExpressionAttributeValues={":user": {"S": user}},
                ProjectionExpression="profile",
            )
            return [UserKey(user, item["profile"]["S"]) for page in pages for item in page["Items"]]
        except (BotoCoreError, ClientError, deadline.OutOfTime) as error:
            raise StoreUnavailable(_reason(error)) from error


def _within_deadline(**_: Any) -> None:
    deadline.current().require(ATTEMPT_SECONDS)


def _key(user: str, profile: str) -> dict[str, dict[str, str]]:
    return {"user": {"S": user}, "profile": {"S": profile}}


def _version_of(attribute: dict[str, Any] | None) -> int:
    """The stored version: 0 for none (an item written by hand: a save adds one), a damaged
    one's mark (below 0) for anything but a whole number a save could have written."""
    if attribute is None:
        return 0
    try:
        number = Decimal(attribute["N"])  # DynamoDB may hand back 3.0 for 3
    except (KeyError, TypeError, InvalidOperation):
        number = Decimal("NaN")
    if number.is_finite() and 1 <= number <= MOST_VERSION and number == int(number):
        return int(number)
    return damaged_version(json.dumps(_spelled(attribute), sort_keys=True))


def _spelled(attribute: dict[str, Any]) -> Any:
    """An attribute value as JSON text can hold it, the same each time it is read: binary as
    hex, and a set's members in order."""
    [(kind, value)] = attribute.items()
    if kind == "B":
        value = value.hex()
    elif kind in ("SS", "NS", "BS"):
        value = sorted(v.hex() if isinstance(v, bytes) else v for v in value)
    elif kind == "L":
        value = [_spelled(v) for v in value]
    elif kind == "M":
        value = {k: _spelled(v) for k, v in value.items()}
    return {kind: value}


def _state_of(attributes: dict[str, Any]) -> Any:
    """The stored state: the JSON text, or the item's own attributes in an item written before
    the state was kept as one (or by hand). Text that isn't JSON reaches the model as it is,
    which repairs it to the defaults."""
    if STATE_ATTRIBUTE not in attributes:
        return attributes
    text = attributes.pop(STATE_ATTRIBUTE)
    try:
        return json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return text


def _from_attribute(attribute: dict[str, Any]) -> Any:
    [(kind, value)] = attribute.items()
    if kind == "N":
        return int(value) if value.lstrip("-").isdigit() else float(value)  # the model repairs
    if kind == "L":
        return [_from_attribute(v) for v in value]
    if kind == "M":
        return {k: _from_attribute(v) for k, v in value.items()}
    return None if kind == "NULL" else value  # S and BOOL as they are


def _reason(error: Exception) -> str:
    """The error's kind only: botocore messages can echo the key, which is a user's hash."""
    if isinstance(error, ClientError):
        return error.response.get("Error", {}).get("Code", "ClientError")
    return type(error).__name__
