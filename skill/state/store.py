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
# The highest version a save writes. A stored version that is not a whole number from 1 to
# this (text, a map, a fraction, past any count of writes) is damaged. Versions travel in
# session attributes through Alexa's JSON, exact up to here.
MOST_VERSION = 2**53 - 1
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
    version: int  # 0: never written; below 0: damaged, see `damaged_version`


def readable_version(value: object) -> int | None:
    """`value` as a version a save could have written, or None for a damaged one."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MOST_VERSION:
        return None
    return value


def damaged_version(found: str) -> int:
    """What a damaged stored version reads as: below 0, so no save ever writes it, and the same
    for the same damaged value, which `found` spells out (type and value). A save at it writes
    over the item, as version 1, only while the item still holds that very value: a session
    that repaired or rewrote it meanwhile makes it a conflict like any other."""
    digest = hashlib.sha256(found.encode()).digest()
    return -1 - int.from_bytes(digest[:6], "big")  # within 2**48: exact in JSON too


def version_after(expected_version: int) -> int:
    """The version a save at `expected_version` writes: a damaged one starts again at 1."""
    return expected_version + 1 if expected_version >= 0 else 1


class StateStore(Protocol):
    def load(self, key: UserKey) -> Stored: ...

    def save(self, key: UserKey, state: UserState, expected_version: int) -> int:
        """Write if the stored version is still `expected_version` (for a damaged one, below 0:
        if the item still holds the damaged value read); return the new version."""
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
