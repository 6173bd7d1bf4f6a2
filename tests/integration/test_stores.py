"""The store contract, held by both adapters: DynamoDB (on moto) and the local SQLite file."""

from __future__ import annotations

import json

import boto3
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


# A damaged version each store can hold: DynamoDB any attribute type, SQLite any column type.
DAMAGED = {
    "dynamodb": [{"S": "abc"}, {"NULL": True}, {"M": {"n": {"N": "2"}}}, {"N": "-1"}, {"N": "0.5"}],
    "sqlite": ["abc", 2.5, -1, 0, 2**62, b"\x01"],
}


def _damage(store, key: UserKey, state: UserState, version) -> None:
    """The item as a bad write or a hand edit leaves it: `state`, under a damaged `version`."""
    if isinstance(store, DynamoDBStore):
        boto3.client("dynamodb").put_item(
            TableName=TABLE,
            Item={
                "user": {"S": key.user},
                "profile": {"S": key.profile},
                "version": version,
                "state": {"S": json.dumps(state.to_dict())},
            },
        )
    else:
        store._db.execute(
            "INSERT OR REPLACE INTO user_state VALUES (?, ?, ?, ?)",
            (key.user, key.profile, version, json.dumps(state.to_dict())),
        )


def _damaged_versions(store) -> list:
    return DAMAGED["dynamodb" if isinstance(store, DynamoDBStore) else "sqlite"]


def test_a_damaged_version_is_read_and_written_over(store) -> None:
    for damaged in _damaged_versions(store):
        # Given an item whose version no save writes
        _damage(store, ALEX, UserState(skin_type="oily"), damaged)
        # When it is read: the state as it was, at a version no save ever returns
        stored = store.load(ALEX)
        assert stored.state.skin_type == "oily"
        assert stored.version < 0
        assert store.load(ALEX) == stored  # the same damaged value reads the same each time
        # Then a save at that version writes over it, and saves go on from there
        assert store.save(ALEX, UserState(skin_type="dry"), stored.version) == 1
        assert store.load(ALEX) == Stored(UserState(skin_type="dry"), 1)
        assert store.save(ALEX, UserState(skin_type="sensitive"), 1) == 2


def test_a_save_at_a_damaged_version_is_refused_once_the_item_changed(store) -> None:
    for damaged in _damaged_versions(store):
        _damage(store, ALEX, UserState(skin_type="oily"), damaged)
        stale = store.load(ALEX)
        # Another damaged value written since: refused
        other = {"S": "other"} if isinstance(store, DynamoDBStore) else "other"
        _damage(store, ALEX, UserState(skin_type="dry"), other)
        with pytest.raises(VersionConflict):
            store.save(ALEX, UserState(skin_type="sensitive"), stale.version)
        # The item repaired since by another session: refused
        store.save(ALEX, UserState(skin_type="dry"), store.load(ALEX).version)
        with pytest.raises(VersionConflict):
            store.save(ALEX, UserState(skin_type="sensitive"), stale.version)
        # The item gone since: refused, so the change is replayed onto a new one
        store.delete_user(ALEX.user)
        _damage(store, ALEX, UserState(skin_type="oily"), damaged)
        stale = store.load(ALEX)
        store.delete_user(ALEX.user)
        with pytest.raises(VersionConflict):
            store.save(ALEX, UserState(skin_type="sensitive"), stale.version)
        assert store.load(ALEX).version == 0


def test_save_changes_replays_onto_a_write_since_a_damaged_version_was_read(store) -> None:
    # Given a session that read a damaged version, and another that repaired the item since
    _damage(store, ALEX, UserState(skin_type="oily"), _damaged_versions(store)[0])
    stale = store.load(ALEX)
    store.save(ALEX, UserState(skin_type="dry"), stale.version)

    def move(state):
        state.mask_nights = [2, 5]

    # When the first session saves its own change
    saved = save_changes(store, ALEX, stale, [move], live=UserState(skin_type="oily"))
    # Then it went onto the other write, which is kept
    assert saved.version == 2 and store.load(ALEX) == saved
    assert saved.state.skin_type == "dry" and saved.state.mask_nights == [2, 5]


def test_a_write_between_the_check_and_the_put_still_fails_the_put(aws) -> None:
    # Given an item with a damaged version, read by a session
    store = DynamoDBStore(TABLE)
    _damage(store, ALEX, UserState(skin_type="oily"), {"S": "abc"})
    stale = store.load(ALEX)
    # And another session whose write lands just after this store last looked at the item
    get_item = store._client.get_item

    def then_another_write(**kwargs):
        reply = get_item(**kwargs)
        DynamoDBStore(TABLE).save(ALEX, UserState(skin_type="dry"), stale.version)
        return reply

    store._client.get_item = then_another_write
    # When the session saves: its put is conditional on the damaged value itself, and refused
    with pytest.raises(VersionConflict):
        store.save(ALEX, UserState(skin_type="sensitive"), stale.version)
    assert DynamoDBStore(TABLE).load(ALEX) == Stored(UserState(skin_type="dry"), 1)


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
