"""The local stand-ins the chat and `make invoke` run the real handler on."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from typing import Any

from skill.local.alexa_api import DEFAULT_TIME_ZONE, AlexaApiStandIn

DEFAULT_SQLITE_PATH = ".pore-coach/state.sqlite3"


@contextmanager
def local_skill(
    use_dynamodb: bool, time_zone: str | None, verbose: bool, sqlite_path: str | None = None
) -> Iterator[AlexaApiStandIn]:
    """Start the loopback Alexa APIs and point the skill at them and at a local store.

    Environment first, imports after: the skill reads its settings once, at first use.
    `sqlite_path` overrides SQLITE_PATH (`make invoke` keeps a store of its own).
    """
    if use_dynamodb and not (
        os.environ.get("USER_KEY_SECRET") or os.environ.get("USER_KEY_PARAMETER")
    ):
        raise SystemExit(
            "DynamoDB needs the user key: "
            "set USER_KEY_SECRET (32+ characters) or USER_KEY_PARAMETER."
        )
    if use_dynamodb:
        # Table and endpoint from the standard settings: TABLE_NAME, AWS_ENDPOINT_URL, ...
        os.environ["STATE_STORE"] = "dynamodb"
    else:
        os.environ["STATE_STORE"] = "sqlite"
        if sqlite_path is not None:
            os.environ["SQLITE_PATH"] = sqlite_path
        os.environ.setdefault("SQLITE_PATH", DEFAULT_SQLITE_PATH)
    api = AlexaApiStandIn(time_zone=time_zone or DEFAULT_TIME_ZONE).start()
    os.environ["REQUESTS_CA_BUNDLE"] = str(api.ca_bundle)
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "DEBUG" if verbose else "ERROR")
    try:
        yield api
    finally:
        api.stop()


def quiet(handler: Callable[..., Any], verbose: bool) -> Callable[..., Any]:
    """Metrics are printed to stdout as Lambda expects; in a terminal they'd drown the talk."""
    if verbose:
        return handler

    def call(*args: Any) -> Any:
        with open(os.devnull, "w") as sink, redirect_stdout(sink):
            return handler(*args)

    return call
