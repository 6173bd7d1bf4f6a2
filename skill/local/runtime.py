"""The local stand-ins the chat and `make invoke` run the real handler on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, redirect_stdout
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from skill.config import ConfigError, Settings
from skill.local.alexa_api import DEFAULT_TIME_ZONE, AlexaApiStandIn

DEFAULT_SQLITE_PATH = ".pore-coach/state.sqlite3"


@contextmanager
def local_skill(
    use_dynamodb: bool, time_zone: str | None, verbose: bool, sqlite_path: str | None = None
) -> Iterator[AlexaApiStandIn]:
    """Start the loopback Alexa APIs and point the skill at them and at a local store.

    Environment first, imports after: the skill reads its settings once, at first use. A setting
    that can't work stops the run here, in one line, rather than as a traceback at the first turn.
    `sqlite_path` overrides SQLITE_PATH (`make invoke` keeps a store of its own).
    """
    zone = time_zone or DEFAULT_TIME_ZONE
    check_time_zone(zone)
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
    config = checked_settings()
    if config.store == "sqlite":
        check_writable(config.sqlite_path)
    api = AlexaApiStandIn(time_zone=zone).start()
    os.environ["REQUESTS_CA_BUNDLE"] = str(api.ca_bundle)
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "DEBUG" if verbose else "ERROR")
    try:
        yield api
    finally:
        api.stop()


def check_time_zone(zone: str) -> None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SystemExit(
            f"Unknown time zone {zone!r}: give an IANA name, such as America/New_York."
        ) from None


def checked_settings() -> Settings:
    """The settings the skill will read, or the one line that says which is wrong."""
    try:
        return Settings.from_env()
    except ConfigError as error:
        raise SystemExit(f"Settings: {error}.") from None


def check_writable(path: str) -> None:
    """The local store must be writable, or every turn would end in the store's apology."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path)) as db:
            db.execute("BEGIN IMMEDIATE")  # takes the write lock: fails on a read-only file
            db.rollback()
    except (OSError, sqlite3.Error) as error:
        raise SystemExit(f"SQLITE_PATH {path} can't be written ({error}).") from None


def quiet(handler: Callable[..., Any], verbose: bool) -> Callable[..., Any]:
    """Metrics are printed to stdout as Lambda expects; in a terminal they'd drown the talk."""
    if verbose:
        return handler

    def call(*args: Any) -> Any:
        with open(os.devnull, "w") as sink, redirect_stdout(sink):
            return handler(*args)

    return call
