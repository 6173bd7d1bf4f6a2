"""The store contract, held by both adapters: DynamoDB (on moto) and the local SQLite file."""

from __future__ import annotations

import pytest

from skill.state.dynamodb import DynamoDBStore
from skill.state.model import UserState, Walk
from skill.state.sqlite import SQLiteStore
from skill.state.store import (
    SAVE_ATTEMPTS,
    Stored,
    StoreUnavailable,
    UserKey,
    VersionConflict,
    save_changes,
)
from tests.conftest import TABLE

ALEX = UserKey.for_ids(b"k" * 32, "amzn1.ask.account.ALEX")
ALEX_PERSON = UserKey.for_ids(b"k" * 32, "amzn1.ask.account.ALEX", "amzn1.ask.person.P1")
SAM = UserKey.for_ids(b"k" * 32, "amzn1.ask.account.SAM")


@pytest.fixture(params=["dynamodb", "sqlite"])
def store(request, tmp_path):
    if request.param == "dynamodb":
        request.getfixturevalue("aws")
        return DynamoDBStore(TABLE)
    return SQLiteStore(str(tmp_path / "state.sqlite3"))


def test_a_new_user_has_default_state_and_version_zero(store) -> None:
    assert store.load(ALEX) == Stored(UserState(), 0)


def test_state_round_trips_with_every_attribute(store) -> None:
    state = UserState(
        skin_type="oily",
        mask_nights=[1, 5],
        program_start="2026-11-01",
        lotion_cycle_start="2026-11-01",
        masks_done=["2026-11-03", "2026-11-07"],
        walk=Walk(night="2026-11-07", step=4),
        time_zone="Asia/Kolkata",
        time_zone_checked="2026-11-07",
        extra={"streak_badges": ["first-week"]},  # written by a newer version
    )
    assert store.save(ALEX, state, 0) == 1
    assert store.load(ALEX) == Stored(state, 1)


def test_a_stale_write_is_refused(store) -> None:
    store.save(ALEX, UserState(skin_type="dry"), 0)
    with pytest.raises(VersionConflict):
        store.save(ALEX, UserState(skin_type="oily"), 0)
    store.save(ALEX, UserState(skin_type="oily"), 1)
    with pytest.raises(VersionConflict):
        store.save(ALEX, UserState(skin_type="sensitive"), 1)
    assert store.load(ALEX).state.skin_type == "oily"


def test_save_changes_reapplies_on_a_conflict(store) -> None:
    # Given a session that read version 1, and another that wrote version 2 since
    store.save(ALEX, UserState(), 0)
    stale = store.load(ALEX)
    store.save(ALEX, UserState(skin_type="dry"), 1)

    # When the first session saves its own change
    def move(state):
        state.mask_nights = [2, 5]

    saved = save_changes(store, ALEX, stale, [move])
    # Then both changes are kept
    assert saved.version == 3
    assert store.load(ALEX) == saved
    assert saved.state.skin_type == "dry" and saved.state.mask_nights == [2, 5]


def test_save_changes_writes_the_live_state_and_replays_only_after_a_conflict(store) -> None:
    # Given a turn that read version 1 and changed its state as it went
    store.save(ALEX, UserState(), 0)
    base = store.load(ALEX)
    replayed: list[int] = []

    def move(state):
        replayed.append(1)
        state.mask_nights = [2, 5]

    live = UserState(mask_nights=[2, 5])
    # When nobody else wrote: the live state is written as it is, nothing replayed
    saved = save_changes(store, ALEX, base, [move], live=live)
    assert saved.version == 2 and store.load(ALEX).state == live and replayed == []
    # When another session wrote since: the change is replayed on its item, once
    store.save(ALEX, UserState(skin_type="dry"), 2)
    saved = save_changes(store, ALEX, saved, [move], live=live)
    assert replayed == [1]
    assert saved.state.skin_type == "dry" and saved.state.mask_nights == [2, 5]


def test_save_changes_gives_up_after_bounded_attempts(store) -> None:
    store.save(ALEX, UserState(), 0)

    class AlwaysConflicting:
        def load(self, key):
            return store.load(key)

        def save(self, key, state, expected_version):
            raise VersionConflict()

    with pytest.raises(StoreUnavailable):
        save_changes(AlwaysConflicting(), ALEX, store.load(ALEX), [lambda s: None])
    assert SAVE_ATTEMPTS == 3


def test_delete_user_removes_every_profile_of_that_user_only(store) -> None:
    for key in (ALEX, ALEX_PERSON, SAM):
        store.save(key, UserState(skin_type="dry"), 0)
    store.delete_user(ALEX.user)
    assert store.load(ALEX).version == 0
    assert store.load(ALEX_PERSON).version == 0
    assert store.load(SAM).version == 1


def test_keys_hold_no_raw_ids() -> None:
    assert "ALEX" not in ALEX.user and "P1" not in ALEX_PERSON.profile
    assert ALEX.user == ALEX_PERSON.user and ALEX.profile != ALEX_PERSON.profile
    assert UserKey.for_ids(b"other-secret" * 3, "amzn1.ask.account.ALEX").user != ALEX.user


def test_dynamodb_errors_become_store_errors(aws) -> None:
    missing = DynamoDBStore("no-such-table")
    with pytest.raises(StoreUnavailable):
        missing.load(ALEX)
    with pytest.raises(StoreUnavailable):
        missing.save(ALEX, UserState(), 0)
    with pytest.raises(StoreUnavailable):
        missing.delete_user(ALEX.user)
