"""One user's state for one turn: read at most once per session, written once at the end."""

from __future__ import annotations

from typing import Any

from skill.state.model import UserState
from skill.state.store import ACCOUNT_PROFILE, Change, StateStore, Stored, UserKey, save_changes

# Session attributes under which the state travels between turns, so it is read once a session.
STATE_ATTRIBUTE = "state"
VERSION_ATTRIBUTE = "stateVersion"
ACCOUNT_ATTRIBUTE = "account"  # the account's own state, when a recognised person is speaking


class UserSession:
    def __init__(self, store: StateStore, key: UserKey, attributes: dict[str, Any] | None) -> None:
        self._store = store
        self._key = key
        self._attributes = attributes  # None for out-of-session requests
        self._base: Stored | None = None
        self._state: UserState | None = None
        self._changes: list[Change] = []
        self._account: UserSession | None = None

    @property
    def account(self) -> UserSession:
        """What belongs to the Alexa account rather than a voice (reminders, permissions): the
        account profile's state, which is this one unless a recognised person is speaking."""
        if self._key.profile == ACCOUNT_PROFILE:
            return self
        if self._account is None:
            nested = None
            if self._attributes is not None:
                nested = self._attributes.setdefault(ACCOUNT_ATTRIBUTE, {})
            self._account = UserSession(
                self._store, UserKey(self._key.user, ACCOUNT_PROFILE), nested
            )
        return self._account

    @property
    def state(self) -> UserState:
        """Loaded on first use, so turns that need no state (stop, session end) cost no read."""
        if self._state is None:
            self._base = self._cached() or self._store.load(self._key)
            self._state = UserState.from_dict(self._base.state.to_dict())
        return self._state

    @property
    def at_hand(self) -> bool:
        """Whether the state can be had without a read: loaded, or carried by the session."""
        return self._state is not None or self._cached() is not None

    def change(self, change: Change) -> None:
        """Apply now, and remember it, so a write conflict can re-apply it to a fresh read."""
        change(self.state)
        self._changes.append(change)

    def commit(self) -> None:
        if self._account is not None:
            self._account.commit()
        if self._base is None:
            return
        if self._changes and self._state.to_dict() != self._base.state.to_dict():
            self._base = save_changes(self._store, self._key, self._base, self._changes)
            self._state = self._base.state
        self._changes = []
        if self._attributes is not None:
            self._attributes[STATE_ATTRIBUTE] = self._base.state.to_dict()
            self._attributes[VERSION_ATTRIBUTE] = self._base.version

    def _cached(self) -> Stored | None:
        if not self._attributes or STATE_ATTRIBUTE not in self._attributes:
            return None
        state = UserState.from_dict(self._attributes[STATE_ATTRIBUTE])
        return Stored(state, int(self._attributes[VERSION_ATTRIBUTE]))
