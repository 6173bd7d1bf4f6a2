"""One user's state for one turn: read at most once per session, written once at the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from skill.state.changes import Change
from skill.state.model import UserState
from skill.state.store import ACCOUNT_PROFILE, StateStore, Stored, UserKey, save_changes

# The session attribute under which each profile's state travels between turns, so it is read
# once a session: {profile: {"state": ..., "version": ...}}. Keyed by profile because several
# voices can speak in one session, and none may read or write another's routine.
PROFILES_ATTRIBUTE = "profiles"

# Work outside the state (an API call) that depends on what this turn's write replaced; called
# with the stored state the changes were written over.
AfterSave = Callable[[UserState], None]


class UserSession:
    def __init__(self, store: StateStore, key: UserKey, attributes: dict[str, Any] | None) -> None:
        self._store = store
        self._key = key
        self._attributes = attributes  # None for out-of-session requests
        self._base: Stored | None = None
        self._state: UserState | None = None
        self._changes: list[Callable[[UserState], None]] = []
        self._after_save: list[AfterSave] = []
        self._account: UserSession | None = None

    @property
    def profile(self) -> str:
        """The speaking voice's profile (a keyed hash, or the account's): what a question asked
        in this session belongs to."""
        return self._key.profile

    @property
    def account(self) -> UserSession:
        """What belongs to the Alexa account rather than a voice (reminders, permissions): the
        account profile's state, which is this one unless a recognised person is speaking."""
        if self._key.profile == ACCOUNT_PROFILE:
            return self
        if self._account is None:
            key = UserKey(self._key.user, ACCOUNT_PROFILE)
            self._account = UserSession(self._store, key, self._attributes)
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

    def household(self) -> bool:
        """Whether another voice has a routine on this account."""
        return any(key.profile != ACCOUNT_PROFILE for key in self._store.profiles(self._key.user))

    def delete_account(self) -> None:
        """Every profile of the account goes from the store; this session then writes nothing."""
        self._store.delete_user(self._key.user)
        self.forget()

    def forget(self) -> None:
        """Drop what this turn would write, for every profile: nothing deleted comes back."""
        self._changes, self._after_save, self._base = [], [], None
        if self._account is not None and self._account is not self:
            self._account.forget()
        if self._attributes is not None:
            self._attributes.clear()

    def change(self, change: Change) -> None:
        """Apply now, and remember it, so a write conflict can re-apply it to a fresh read."""
        change(self.state)
        self._changes.append(change)

    def after_save(self, action: AfterSave) -> None:
        """Run `action` once this turn's changes are written (not at all when nothing needed
        writing), on the stored state they went onto: after a conflict, another device's write,
        part of which a change may have replaced. A change itself must call nothing, since it
        may be applied more than once."""
        self._after_save.append(action)

    def commit(self) -> None:
        if self._account is not None:
            self._account.commit()
        if self._base is None:
            return
        if self._changes and self.state.to_dict() != self._base.state.to_dict():
            self._base = save_changes(
                self._store,
                self._key,
                self._base,
                self._changes,
                live=self.state,
                written_over=self._written_over,
            )
            self._state = self._base.state
        self._changes, self._after_save = [], []
        if self._attributes is not None:
            cache = self._attributes.get(PROFILES_ATTRIBUTE)
            if not isinstance(cache, dict):  # absent, or mangled on its way through Alexa
                cache = self._attributes[PROFILES_ATTRIBUTE] = {}
            cache[self._key.profile] = {
                "state": self._base.state.to_dict(),
                "version": self._base.version,
            }

    def _written_over(self, state: UserState) -> None:
        for action in self._after_save:
            action(state)

    def _cached(self) -> Stored | None:
        """This profile's state as an earlier turn of the session left it; never another's."""
        cache = (self._attributes or {}).get(PROFILES_ATTRIBUTE)
        entry = cache.get(self._key.profile) if isinstance(cache, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("state"), dict):
            return None
        try:
            return Stored(UserState.from_dict(entry["state"]), int(entry["version"]))
        except (KeyError, TypeError, ValueError):
            return None  # a mangled session attribute: read the store instead
