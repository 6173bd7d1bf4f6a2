"""Real components: DynamoDB through boto3 against moto, Alexa APIs over HTTPS on loopback."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from unittest.mock import patch

import boto3
import pytest
from moto import mock_aws

from skill import app, config
from skill.local.alexa_api import AlexaApiStandIn
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.local.nlu import InteractionModel
from skill.observability import logger
from skill.state.dynamodb import DynamoDBStore
from skill.state.store import UserKey
from tests.faults import DynamoDBFaults, dynamodb_behind_proxy, moto_on_loopback, reset_moto

TABLE = "pore-coach-test"
SECRET = "test-secret-for-hashing-user-ids-0123456789"
# Monday 23 November 2026, 8 pm in Los Angeles: a mask night (Monday) in the default plan.
MONDAY_EVENING = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


# The fuzzing is a third of the suite's time in two tests of one module. It runs first, so that
# while one xdist worker fuzzes the other takes the rest (pyproject.toml: --no-loadscope-reorder
# hands modules out in this order, not the largest first).
RUN_FIRST = ("tests/property/",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(RUN_FIRST))


@dataclass
class Clock:
    now: datetime = MONDAY_EVENING

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


_read_model = InteractionModel.load  # as skill/local/nlu.py defines it


@cache
def _repo_model(locale: str) -> InteractionModel:
    return _read_model(locale)


def _load_once(locale: str = "en-US", root: Path | None = None) -> InteractionModel:
    """The repo's interaction models are read and compiled once a run (hundreds of regexes,
    half a second a LocalAlexa): a model holds no state of its own, so every LocalAlexa can
    match against the same one. A model from another folder is read afresh."""
    return _repo_model(locale) if root is None else _read_model(locale, root)


@pytest.fixture(scope="session", autouse=True)
def _compile_models_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as session_patch:
        session_patch.setattr(InteractionModel, "load", staticmethod(_load_once))
        yield


@pytest.fixture(scope="session")
def alexa_api() -> Iterator[AlexaApiStandIn]:
    with AlexaApiStandIn() as stand_in:
        os.environ["REQUESTS_CA_BUNDLE"] = str(stand_in.ca_bundle)
        yield stand_in


@pytest.fixture
def api(alexa_api: AlexaApiStandIn, clock: Clock) -> Iterator[AlexaApiStandIn]:
    """The shared stand-in, reset for each test, on the test's clock."""
    alexa_api.reset()
    alexa_api.clock = clock
    yield alexa_api


# The function's settings for DynamoDB, with test credentials.
DYNAMODB_SETTINGS = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "STATE_STORE": "dynamodb",
    "TABLE_NAME": TABLE,
    "USER_KEY_SECRET": SECRET,
    "POWERTOOLS_METRICS_NAMESPACE": "PoreCoach",
}


def use_dynamodb_at(monkeypatch: pytest.MonkeyPatch, endpoint: str) -> None:
    """A fresh container whose DynamoDB is at `endpoint`: a real server, not moto in-process."""
    for name, value in DYNAMODB_SETTINGS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    fresh_skill()


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in DYNAMODB_SETTINGS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    # moto's backends start empty for each test. The tests' boto3 session is made once a run:
    # a new one reads botocore's service and endpoint data again, a tenth of a second a test.
    keep_session = {"core": {"reset_boto3_session": False}}
    with mock_aws(config=keep_session), _tests_boto3_session():
        create_table(boto3.client("dynamodb"))
        fresh_skill()
        yield
    fresh_skill()


@cache
def _boto3_session() -> boto3.session.Session:
    return boto3.session.Session()


@contextmanager
def _tests_boto3_session() -> Iterator[None]:
    """boto3.client() in a test, and the tests' helpers, use the run's one session."""
    with patch.object(boto3, "DEFAULT_SESSION", _boto3_session()):
        yield


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """One real moto server for the run (for each xdist worker): its URL. Its backends are
    this process's, shared with mock_aws; a test that uses it resets them when it ends."""
    with moto_on_loopback() as url:
        yield url


def create_table(client) -> None:
    """The skill's table as template.yaml defines it."""
    client.create_table(
        TableName=TABLE,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[
            {"AttributeName": "user", "KeyType": "HASH"},
            {"AttributeName": "profile", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "user", "AttributeType": "S"},
            {"AttributeName": "profile", "AttributeType": "S"},
        ],
    )


def fresh_skill() -> None:
    """Forget the container's skill and settings, as a new Lambda container would."""
    app.skill.cache_clear()
    config.settings.cache_clear()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device(api: AlexaApiStandIn) -> Device:
    return Device(api_endpoint=api.endpoint)


@pytest.fixture
def alexa(aws: None, api: AlexaApiStandIn, device: Device, clock: Clock) -> LocalAlexa:
    """A user talking to the real lambda_handler; consent they give reaches the stand-in."""
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    alexa.on_consent = api.grant
    return alexa


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch, moto_server: str) -> Iterator[DynamoDBFaults]:
    """DynamoDB as the run's real moto server, reached through a proxy that counts each
    operation and injects the faults a test sets."""
    try:
        with dynamodb_behind_proxy(moto_server) as (faults, endpoint):
            use_dynamodb_at(monkeypatch, endpoint)
            with _tests_boto3_session():
                create_table(boto3.client("dynamodb", endpoint_url=faults.upstream))
            yield faults
    finally:
        reset_moto(moto_server)
    fresh_skill()


@pytest.fixture
def table(aws: None):
    """Read what the skill stored, through the same adapter, by the user's hashed key."""

    def stored(device: Device):
        key = UserKey.for_ids(SECRET.encode(), device.user_id, device.person_id)
        return DynamoDBStore(TABLE).load(key)

    return stored


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    """Every line the skill's logger writes, down to DEBUG, formatted as Lambda would keep it.
    (Its own handler holds the stdout of the moment it was made, which capsys never sees.)"""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    level = logger.log_level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(level)
