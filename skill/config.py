"""The skill's settings, read from the environment once per container and validated there."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Literal

StoreKind = Literal["dynamodb", "sqlite"]

# A fixed key is only acceptable off Lambda: the local chat and the tests.
_LOCAL_USER_KEY = "pore-coach-local-development-key-not-for-production"


class ConfigError(ValueError):
    """A setting is missing or malformed; raised at cold start, never mid-conversation."""


@dataclass(frozen=True)
class Settings:
    store: StoreKind
    table_name: str
    sqlite_path: str
    # The HMAC key itself (local runs, tests), or the SSM parameter holding it (Lambda).
    user_key_secret: bytes | None
    skill_id: str | None
    alexa_api_timeout_seconds: float
    # LAUNCH_TASK timers need the task in the deployed skill package; until then, ANNOUNCE.
    timer_task_deployed: bool = False
    user_key_parameter: str | None = None
    # Only local runs may point the Alexa API client at loopback (the stand-in).
    on_lambda: bool = False

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        on_lambda = "AWS_LAMBDA_FUNCTION_NAME" in env
        store = env.get("STATE_STORE", "dynamodb")
        if store not in ("dynamodb", "sqlite"):
            raise ConfigError(f"STATE_STORE must be dynamodb or sqlite, not {store!r}")
        table_name = env.get("TABLE_NAME", "")
        if store == "dynamodb" and not table_name:
            raise ConfigError("TABLE_NAME is required when STATE_STORE is dynamodb")
        skill_id = env.get("SKILL_ID") or None
        if on_lambda and not skill_id:
            # Without it the SDK's check is off and any skill's requests would be served.
            raise ConfigError("SKILL_ID is required on Lambda")
        parameter = env.get("USER_KEY_PARAMETER") or None
        secret = env.get("USER_KEY_SECRET") or None
        if secret is None and parameter is None and store == "sqlite" and not on_lambda:
            secret = _LOCAL_USER_KEY
        if secret is None and parameter is None:
            raise ConfigError("USER_KEY_PARAMETER or USER_KEY_SECRET is required with DynamoDB")
        if on_lambda and parameter is None:
            # An environment variable is readable by anyone who may read the function's settings.
            raise ConfigError("USER_KEY_PARAMETER is required on Lambda")
        if secret is not None and len(secret) < 32:
            raise ConfigError("USER_KEY_SECRET must be at least 32 characters")
        try:
            timeout = float(env.get("ALEXA_API_TIMEOUT_SECONDS", "2"))
        except ValueError as error:
            raise ConfigError("ALEXA_API_TIMEOUT_SECONDS must be a number of seconds") from error
        # Alexa waits 8 s for the whole answer; one slow API call must leave room for the rest.
        if not 0 < timeout <= 5:
            raise ConfigError("ALEXA_API_TIMEOUT_SECONDS must be between 0 and 5")
        return cls(
            store=store,  # type: ignore[arg-type]  # one of StoreKind's values, checked above
            table_name=table_name,
            sqlite_path=env.get("SQLITE_PATH", ".pore-coach/state.sqlite3"),
            user_key_secret=secret.encode() if secret is not None else None,
            skill_id=skill_id,
            alexa_api_timeout_seconds=timeout,
            timer_task_deployed=env.get("TIMER_TASK_DEPLOYED", "false").lower() == "true",
            user_key_parameter=parameter,
            on_lambda=on_lambda,
        )


@cache
def settings() -> Settings:
    return Settings.from_env()
