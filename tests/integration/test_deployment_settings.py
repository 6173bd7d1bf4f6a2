"""What a deployed function insists on: its own skill's id, and the user key from Parameter
Store (SSM on moto), never in its environment; and what every item carries: a key version and
an expiry refreshed on each write."""

from __future__ import annotations

import time
from collections.abc import Iterator

import boto3
import pytest

from skill import app
from skill.config import ConfigError, Settings
from skill.local.driver import LocalAlexa
from skill.state.dynamodb import EXPIRES_ATTRIBUTE, RETENTION_SECONDS
from skill.state.store import KEY_VERSION, UserKey
from skill.user_key import UserKeyFetch
from tests.conftest import SECRET, TABLE, fresh_skill
from tests.faults import reset_moto

KEY_PARAMETER = "/pore-coach/user-key"
ON_LAMBDA = {
    "AWS_LAMBDA_FUNCTION_NAME": "pore-coach",
    "STATE_STORE": "dynamodb",
    "TABLE_NAME": TABLE,
    "SKILL_ID": "amzn1.ask.skill.0000-1111",
    "USER_KEY_PARAMETER": KEY_PARAMETER,
}


@pytest.fixture
def ssm(monkeypatch: pytest.MonkeyPatch, moto_server: str) -> Iterator:
    """Parameter Store as a moto server: the key is fetched over real HTTP, as on Lambda."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_SSM", moto_server)
    try:
        yield boto3.client("ssm", endpoint_url=moto_server)
    finally:
        reset_moto(moto_server)


def deployed(monkeypatch: pytest.MonkeyPatch, device, ssm) -> None:
    """A container configured as the template configures it: the key in Parameter Store."""
    ssm.put_parameter(Name=KEY_PARAMETER, Value=SECRET, Type="SecureString")
    monkeypatch.delenv("USER_KEY_SECRET")
    monkeypatch.setenv("USER_KEY_PARAMETER", KEY_PARAMETER)
    monkeypatch.setenv("SKILL_ID", device.skill_id)
    fresh_skill()


def test_on_lambda_the_settings_are_complete() -> None:
    config = Settings.from_env(ON_LAMBDA)
    assert config.on_lambda and config.skill_id == "amzn1.ask.skill.0000-1111"
    assert config.user_key_secret is None and config.user_key_parameter == KEY_PARAMETER


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"SKILL_ID": ""}, "SKILL_ID"),
        ({"USER_KEY_PARAMETER": ""}, "USER_KEY_PARAMETER"),
        ({"USER_KEY_PARAMETER": "", "USER_KEY_SECRET": SECRET}, "USER_KEY_PARAMETER"),
    ],
)
def test_a_function_without_its_skill_id_or_key_parameter_refuses_to_start(change, problem) -> None:
    with pytest.raises(ConfigError, match=problem):
        Settings.from_env({**ON_LAMBDA, **change})


def test_dynamodb_always_needs_a_real_key_even_off_lambda() -> None:
    with pytest.raises(ConfigError, match="USER_KEY"):
        Settings.from_env({"STATE_STORE": "dynamodb", "TABLE_NAME": TABLE})


def test_local_runs_keep_working_without_a_skill_id() -> None:
    config = Settings.from_env({"STATE_STORE": "sqlite"})
    assert config.skill_id is None and config.user_key_secret


def test_the_user_key_is_read_from_parameter_store(aws, ssm) -> None:
    ssm.put_parameter(Name=KEY_PARAMETER, Value=SECRET, Type="SecureString")
    config = Settings.from_env({**ON_LAMBDA})
    assert UserKeyFetch(config).key() == SECRET.encode()


def test_a_missing_key_parameter_stops_the_function_rather_than_inventing_a_key(aws, ssm) -> None:
    config = Settings.from_env({**ON_LAMBDA, "USER_KEY_PARAMETER": "/pore-coach/absent"})
    with pytest.raises(ConfigError):
        UserKeyFetch(config).key()


def test_a_deployed_function_talks_with_the_key_from_parameter_store(
    aws, api, device, clock, table, monkeypatch, ssm
) -> None:
    # Given the key in Parameter Store and the function configured as the template does
    deployed(monkeypatch, device, ssm)
    # When a user sets their skin type
    LocalAlexa(app.lambda_handler, device=device, clock=clock).say("ask pore coach my skin is oily")
    # Then it is stored under the key made with that secret
    assert table(device).state.skin_type == "oily"


def test_items_are_keyed_with_the_key_version_and_expire_when_abandoned(alexa, aws) -> None:
    alexa.say("ask pore coach my skin is oily")
    (item,) = boto3.client("dynamodb").scan(TableName=TABLE)["Items"]
    assert item["user"]["S"].startswith(f"{KEY_VERSION}.")
    assert item["user"]["S"] == UserKey.for_user(SECRET.encode(), alexa.device.user_id)
    expires = int(item[EXPIRES_ATTRIBUTE]["N"])
    assert abs(expires - (time.time() + RETENTION_SECONDS)) < 60
    assert alexa.device.user_id not in str(item)


def test_a_deployed_function_forgets_a_user_with_the_key_from_parameter_store(
    aws, api, device, clock, table, monkeypatch, ssm
) -> None:
    # Given a user's routine stored by a function that takes its key from Parameter Store
    deployed(monkeypatch, device, ssm)
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    alexa.say("ask pore coach my skin is oily")
    assert table(device).state.skin_type == "oily"
    # When they ask to be forgotten, and say yes
    asked = alexa.say("ask pore coach to forget me")
    done = alexa.say("yes")
    # Then the skill asks, deletes the item kept under that key, and says so
    assert asked.speech.endswith("Shall I go ahead?")
    assert done.speech.startswith("Done.")
    assert boto3.client("dynamodb").scan(TableName=TABLE)["Items"] == []
