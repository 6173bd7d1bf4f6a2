"""An embedded store for local runs, with the same versioned writes as the DynamoDB store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from skill.state.model import UserState
from skill.state.store import (
    Stored,
    StoreUnavailable,
    UserKey,
    VersionConflict,
    damaged_version,
    readable_version,
    version_after,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS user_state (
    user TEXT NOT NULL,
    profile TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (user, profile)
)
"""


class SQLiteStore:
    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute(_SCHEMA)
        # A column holds any type whatever its declaration: a save over a damaged version
        # matches the very value that was read, by the mark it read as.
        self._db.create_function("stored_version", 1, _version_of, deterministic=True)

    def load(self, key: UserKey) -> Stored:
        try:
            row = self._db.execute(
                "SELECT version, data FROM user_state WHERE user = ? AND profile = ?",
                (key.user, key.profile),
            ).fetchone()
        except sqlite3.Error as error:
            raise StoreUnavailable(type(error).__name__) from error
        if row is None:
            return Stored(UserState(), 0)
        version = _version_of(row[0])
        damaged = ["version"] if version < 0 else []
        return Stored(UserState.from_dict(json.loads(row[1]), damaged), version)

    def save(self, key: UserKey, state: UserState, expected_version: int) -> int:
        data = json.dumps(state.to_dict())
        new_version = version_after(expected_version)
        try:
            if expected_version == 0:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO user_state VALUES (?, ?, ?, ?)",
                    (key.user, key.profile, new_version, data),
                )
            elif expected_version > 0:
                cursor = self._db.execute(
                    "UPDATE user_state SET version = ?, data = ? "
                    "WHERE user = ? AND profile = ? AND version = ?",
                    (new_version, data, key.user, key.profile, expected_version),
                )
            else:
                cursor = self._db.execute(
                    "UPDATE user_state SET version = ?, data = ? "
                    "WHERE user = ? AND profile = ? AND stored_version(version) = ?",
                    (new_version, data, key.user, key.profile, expected_version),
                )
        except sqlite3.Error as error:
            raise StoreUnavailable(type(error).__name__) from error
        if cursor.rowcount != 1:
            raise VersionConflict()
        return new_version

    def delete_user(self, user: str) -> None:
        try:
            self._db.execute("DELETE FROM user_state WHERE user = ?", (user,))
        except sqlite3.Error as error:
            raise StoreUnavailable(type(error).__name__) from error

    def profiles(self, user: str) -> list[UserKey]:
        try:
            rows = self._db.execute("SELECT profile FROM user_state WHERE user = ?", (user,))
            return [UserKey(user, profile) for (profile,) in rows.fetchall()]
        except sqlite3.Error as error:
            raise StoreUnavailable(type(error).__name__) from error

    def clear(self) -> None:
        self._db.execute("DELETE FROM user_state")


def _version_of(value: Any) -> int:
    """The stored version, or a damaged one's mark (below 0): text, a fraction, a blob, ..."""
    version = readable_version(value)
    return version if version is not None else damaged_version(f"{type(value).__name__}:{value!r}")
