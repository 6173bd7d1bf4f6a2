"""The store interface the skill talks to, its errors, and the optimistic-locking save loop."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from skill.state.model import UserState

ACCOUNT_PROFILE = "account"
SAVE_ATTEMPTS = 3
# Which HMAC key made a stored key. A rotation adds a key with the next version, reads with
# either and rewrites under the new one; keys without a prefix are never made.
KEY_VERSION = "k1"

Change = Callable[[UserState], None]


class StoreError(Exception):
    """Base of the store's own errors; handlers never see a boto3 or sqlite3 exception."""


class StoreUnavailable(StoreError):
    """The store could not be read or written (network, throttling, permissions)."""


class VersionConflict(StoreError):
    """Someone else wrote the item since we read it."""


@dataclass(frozen=True)
class UserKey:
    """Keyed hashes, so neither the table nor the logs hold a raw Alexa id."""

    user: str
    profile: str

    @classmethod
    def for_ids(cls, secret: bytes, user_id: str, person_id: str | None = None) -> UserKey:
        profile = _keyed_hash(secret, "person", person_id) if person_id else ACCOUNT_PROFILE
        return cls(user=_keyed_hash(secret, "user", user_id), profile=profile)

    @classmethod
    def for_user(cls, secret: bytes, user_id: str) -> str:
        return _keyed_hash(secret, "user", user_id)


def _keyed_hash(secret: bytes, kind: str, value: str) -> str:
    digest = hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return f"{KEY_VERSION}.{digest}"


@dataclass(frozen=True)
class Stored:
    state: UserState
    version: int  # 0: never written


class StateStore(Protocol):
    def load(self, key: UserKey) -> Stored: ...

    def save(self, key: UserKey, state: UserState, expected_version: int) -> int:
        """Write if the stored version is still `expected_version`; return the new version."""
        ...

    def delete_user(self, user: str) -> None:
        """Remove every profile of the user (the skill was disabled)."""
        ...

    def profiles(self, user: str) -> list[UserKey]:
        """Every stored profile of the user: the account's and each recognised person's."""
        ...


def save_changes(
    store: StateStore,
    key: UserKey,
    base: Stored,
    changes: list[Change],
    live: UserState | None = None,
    written_over: Callable[[UserState], None] | None = None,
) -> Stored:
    """Write `live` (`base` with `changes` already applied, as the turn saw it) if the item is
    still at `base`'s version; only after a conflict re-read, replay `changes` and try again.
    Once written, `written_over` is told the stored state the changes went onto: `base`'s, or
    the newer write of another session they were replayed on."""
    current, state = base, live
    for _ in range(SAVE_ATTEMPTS):
        if state is None:
            state = UserState.from_dict(current.state.to_dict())
            for change in changes:
                change(state)
        try:
            saved = Stored(state, store.save(key, state, current.version))
        except VersionConflict:
            current, state = store.load(key), None
            continue
        if written_over is not None:
            written_over(current.state)
        return saved
    raise StoreUnavailable(f"still conflicting after {SAVE_ATTEMPTS} attempts")
