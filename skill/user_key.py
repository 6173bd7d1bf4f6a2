"""The HMAC key that turns Alexa ids into table keys, from SSM Parameter Store on Lambda.

A SecureString parameter keeps the key out of the function's configuration, where anyone who
may read the function's settings would see it. It is fetched once per container, during init,
on a thread of its own so the network round trip overlaps the imports that follow.
"""

from __future__ import annotations

import threading
from typing import Any

from skill.config import ConfigError, Settings

_MIN_LENGTH = 32


class UserKeyFetch:
    """Fetches the key in the background; `key()` waits for it."""

    def __init__(self, config: Settings, client: Any = None) -> None:
        self._config = config
        self._client = client
        self._key: bytes | None = config.user_key_secret
        self._error: Exception | None = None
        self._thread: threading.Thread | None = None
        if self._key is None:
            self._thread = threading.Thread(target=self._fetch, name="user-key", daemon=True)
            self._thread.start()

    def key(self) -> bytes:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._key is None:
            raise ConfigError("the user key could not be read from SSM") from self._error
        return self._key

    def _fetch(self) -> None:
        try:
            self._key = _read_parameter(self._config.user_key_parameter or "", self._client)
        except Exception as error:  # noqa: BLE001 - re-raised as ConfigError by key()
            self._error = error


def _read_parameter(name: str, client: Any) -> bytes:
    if client is None:
        import botocore.session
        from botocore.config import Config

        client = botocore.session.get_session().create_client(
            "ssm",
            config=Config(connect_timeout=1, read_timeout=2, retries={"total_max_attempts": 3}),
        )
    reply = client.get_parameter(Name=name, WithDecryption=True)
    value = reply["Parameter"]["Value"]
    if len(value) < _MIN_LENGTH:
        raise ConfigError(f"the user key must be at least {_MIN_LENGTH} characters")
    return value.encode()
