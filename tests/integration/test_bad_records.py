"""Items a bad write, a hand edit or an older version left behind: the user is never stuck.

Raw items go into the table through boto3, as anything else with access to it could write them;
then the user talks to the skill as usual.
"""

from __future__ import annotations

import json

import boto3
import pytest

from skill.local.driver import LocalAlexa
from skill.speech import en as en_US
from skill.state.dynamodb import DynamoDBStore
from skill.state.model import SCHEMA_VERSION, UserState
from skill.state.sqlite import SQLiteStore
from skill.state.store import UserKey
from tests.conftest import SECRET, TABLE

GOOD = {
    "skin_type": {"S": "oily"},
    "mask_nights": {"L": [{"N": "1"}, {"N": "4"}]},
    "program_start": {"S": "2026-11-20"},
    "lotion_cycle_start": {"S": "2026-11-20"},
    "masks_done": {"L": []},
}

BAD = {
    "unknown skin type": {"skin_type": {"S": "purple"}},
    "skin type of the wrong type": {"skin_type": {"N": "3"}},
    "one mask night": {"mask_nights": {"L": [{"N": "1"}]}},
    "mask nights as words": {"mask_nights": {"L": [{"S": "mon"}, {"S": "thu"}]}},
    "mask nights as a number set": {"mask_nights": {"NS": ["1", "4"]}},
    "mask nights out of the week": {"mask_nights": {"L": [{"N": "7"}, {"N": "-2"}]}},
    "the same mask night twice": {"mask_nights": {"L": [{"N": "2"}, {"N": "2"}]}},
    "consecutive mask nights": {"mask_nights": {"L": [{"N": "2"}, {"N": "3"}]}},
    "fractional mask nights": {"mask_nights": {"L": [{"N": "1.5"}, {"N": "4"}]}},
    "mask nights missing": {"mask_nights": {"NULL": True}},
    "a walk without a step": {"walk": {"M": {"night": {"S": "2026-11-23"}}}},
    "a walk on a bad night": {"walk": {"M": {"night": {"S": "yesterday"}, "step": {"N": "1"}}}},
    "a walk far past its steps": {
        "walk": {"M": {"night": {"S": "2026-11-23"}, "step": {"N": "100000"}}}
    },
    "a walk before its first step": {
        "walk": {"M": {"night": {"S": "2026-11-23"}, "step": {"N": "-3"}}}
    },
    "a walk of the wrong type": {"walk": {"S": "step 3"}},
    "a bad program start": {"program_start": {"S": "2026-13-45"}},
    "a numeric lotion cycle start": {"lotion_cycle_start": {"N": "20261120"}},
    "bad mask dates": {"masks_done": {"L": [{"S": "not a date"}, {"N": "3"}, {"NULL": True}]}},
    "masks done as text": {"masks_done": {"S": "2026-11-16"}},
    "an unknown time zone": {"time_zone": {"S": "Mars/Olympus_Mons"}},
    "a path for a time zone": {"time_zone": {"S": "../../etc/passwd"}},
    "a flag for a date": {"time_zone_checked": {"BOOL": True}},
    "timers of the wrong shape": {
        "timers": {"M": {"mask": {"S": "abc"}, "sauna": {"M": {"id": {"S": "t"}}}}}
    },
    "timers as a list": {"timers": {"L": []}},
    "reminders without tokens": {
        "reminders": {"M": {"plain": {"M": {"time": {"S": "21:00"}}}, "mask": {"N": "1"}}}
    },
    "a reminder at no time": {
        "reminders": {"M": {"plain": {"M": {"token": {"S": "t"}, "time": {"S": "late"}}}}}
    },
    "a refusal on a bad date": {"consent_refused": {"M": {"scope": {"S": "last week"}}}},
    "owned products of the wrong type": {"owned": {"M": {"serum": {"N": "4"}}}},
    "warnings as text": {"patch_warned": {"S": "murad-mask"}},
    "a suggestion by number": {"last_suggestion": {"N": "4"}},
    "a flag as text": {"renewal_declined": {"S": "yes"}},
    "a question asked on a bad date": {"missed_mask_asked": {"S": "Monday"}},
    "an unknown binary attribute": {"photo": {"B": b"\x89PNG"}},
    "an unknown fractional attribute": {"score": {"N": "0.75"}},
    "a schema of the wrong type": {"schema": {"S": "one"}},
}


def put_raw(device, attributes: dict, version: str | dict | None = "3") -> dict:
    """An item written past the skill, straight into the table; a version given as a dict is
    written as that attribute value, whatever its type."""
    key = UserKey.for_ids(SECRET.encode(), device.user_id, device.person_id)
    item = {"user": {"S": key.user}, "profile": {"S": key.profile}, **attributes}
    if version is not None:
        item["version"] = version if isinstance(version, dict) else {"N": version}
    boto3.client("dynamodb").put_item(TableName=TABLE, Item=item)
    return item


def raw(device) -> dict:
    key = UserKey.for_ids(SECRET.encode(), device.user_id, device.person_id)
    reply = boto3.client("dynamodb").get_item(
        TableName=TABLE, Key={"user": {"S": key.user}, "profile": {"S": key.profile}}
    )
    return reply["Item"]


def not_an_apology(reply) -> None:
    assert "went wrong" not in reply.speech and "can't reach" not in reply.speech, reply.speech
    assert reply.speech


@pytest.mark.parametrize("bad", BAD.values(), ids=BAD.keys())
def test_a_bad_item_is_repaired_and_the_user_carries_on(
    alexa: LocalAlexa, table, capsys, bad
) -> None:
    # Given an item with one unusable attribute
    put_raw(alexa.device, {**GOOD, **bad})
    # When the user asks about tonight, walks through it, and changes their mask nights
    for words in (
        "ask pore coach what's tonight",
        "ask pore coach to walk me through it",
        "ask pore coach what are my mask nights",
        "ask pore coach to make my mask nights tuesday and saturday",
    ):
        # Then every turn gets its own answer
        not_an_apology(alexa.say(words))
    # And the repair was counted
    assert '"StateRepaired"' in capsys.readouterr().out
    # And the item now written holds only usable values, in the current schema
    stored = table(alexa.device)
    assert stored.state.mask_nights == [1, 5]
    assert written_state(alexa.device)["schema"] == SCHEMA_VERSION
    assert UserState.from_dict(stored.state.to_dict()) == stored.state


def written_state(device) -> dict:
    """What the skill writes: the state as one JSON text beside the key, version and expiry."""
    item = raw(device)
    assert set(item) == {"user", "profile", "version", "expires_at", "state"}
    return json.loads(item["state"]["S"])


def test_an_item_of_separate_attributes_is_read_and_rewritten_as_one_state(alexa, table) -> None:
    # Given an item written before the state was kept as one JSON text
    put_raw(alexa.device, GOOD)
    # When the user changes something
    alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    # Then what was stored is kept, and the item is now the state as one text
    assert written_state(alexa.device)["skin_type"] == "oily"
    assert table(alexa.device).state.mask_nights == [1, 5]


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"oily"', ""])
def test_a_state_text_that_is_not_a_state_is_repaired(alexa, table, capsys, text) -> None:
    # Given an item whose state text is unreadable
    put_raw(alexa.device, {"state": {"S": text}})
    # When the user gives their skin type
    not_an_apology(alexa.say("ask pore coach my skin is dry"))
    # Then they carry on from the defaults, the repair is counted, and a state is written
    assert '"StateRepaired"' in capsys.readouterr().out
    assert table(alexa.device).state.skin_type == "dry"
    assert written_state(alexa.device)["skin_type"] == "dry"


def test_repairs_keep_what_is_usable(alexa: LocalAlexa, table) -> None:
    # Given an item where only some entries are bad
    put_raw(
        alexa.device,
        {
            **GOOD,
            "masks_done": {"L": [{"S": "2026-11-19"}, {"S": "soon"}]},
            "owned": {"M": {"serum": {"S": "the-ordinary-niacinamide"}, "mask": {"N": "2"}}},
            "streak_badges": {"L": [{"S": "first-week"}]},  # a newer version's attribute
        },
    )
    # When the user changes something
    alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    # Then what was usable is kept along with the change
    state = table(alexa.device).state
    assert state.skin_type == "oily" and state.program_start == "2026-11-20"
    assert state.masks_done == ["2026-11-19"]
    assert state.owned == {"serum": "the-ordinary-niacinamide"}
    assert state.extra == {"streak_badges": ["first-week"]}


def test_an_unknown_skin_type_is_asked_for_again(alexa: LocalAlexa) -> None:
    put_raw(alexa.device, {**GOOD, "skin_type": {"S": "purple"}})
    reply = alexa.say("ask pore coach what's tonight")
    assert "oily, combination, dry or sensitive" in reply.speech
    assert "purple" not in reply.speech


def test_bad_mask_nights_fall_back_to_the_default_pair(alexa: LocalAlexa) -> None:
    put_raw(alexa.device, {**GOOD, "mask_nights": {"L": [{"N": "2"}, {"N": "3"}]}})
    reply = alexa.say("ask pore coach what are my mask nights")
    assert "Monday and Thursday" in reply.speech


def test_a_walk_without_a_step_starts_from_the_first(alexa: LocalAlexa) -> None:
    put_raw(alexa.device, {**GOOD, "walk": {"M": {"night": {"S": "2026-11-23"}}}})
    reply = alexa.say("ask pore coach to walk me through it")
    assert "Step one" in reply.speech


def test_an_item_without_a_version_is_read_and_written_again(alexa: LocalAlexa, table) -> None:
    # Given an item written by hand, with no version
    put_raw(alexa.device, GOOD, version=None)
    # When the user asks for their skin type, then changes their mask nights
    assert "oily" in alexa.say("ask pore coach what's my skin type").speech
    reply = alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    # Then the change is written, with a version from now on
    not_an_apology(reply)
    stored = table(alexa.device)
    assert stored.version == 1 and stored.state.mask_nights == [1, 5]
    assert stored.state.skin_type == "oily"


# Versions no save of the skill writes: each once locked its user out, every turn an apology.
DAMAGED_VERSIONS = {
    "text": {"S": "abc"},
    "a number as text": {"S": "3"},
    "empty text": {"S": ""},
    "null": {"NULL": True},
    "a map": {"M": {"version": {"N": "3"}}},
    "an empty map": {"M": {}},
    "a list": {"L": [{"N": "3"}]},
    "a flag": {"BOOL": True},
    "a number set": {"NS": ["3", "4"]},
    "binary": {"B": b"3"},
    "negative": {"N": "-3"},
    "zero": {"N": "0"},
    "fractional": {"N": "2.5"},
    "huge": {"N": "1E+125"},
    "whole but past any count of writes": {"N": "9" * 38},
}
APOLOGIES = (*en_US.PHRASES["error"], *en_US.PHRASES["store_unavailable"])


def not_apologising(reply) -> None:
    assert reply.speech not in APOLOGIES, reply.speech
    not_an_apology(reply)


def _owned_elsewhere() -> dict:
    return {**GOOD, "owned": {"M": {"serum": {"S": "the-ordinary-niacinamide"}}}}


@pytest.mark.parametrize("version", DAMAGED_VERSIONS.values(), ids=DAMAGED_VERSIONS.keys())
def test_an_item_with_a_damaged_version_is_read_and_written_again(
    alexa: LocalAlexa, table, capsys, logs, version
) -> None:
    # Given an item whose version no save of the skill could have written
    put_raw(alexa.device, _owned_elsewhere(), version=version)
    # When the user asks for their skin type, then changes their mask nights
    reply = alexa.say("ask pore coach what's my skin type")
    not_apologising(reply)
    assert "oily" in reply.speech
    not_apologising(alexa.say("ask pore coach to make my mask nights tuesday and saturday"))
    # Then the change is written over the damaged item, with a version a save can go on from
    assert raw(alexa.device)["version"] == {"N": "1"}
    stored = table(alexa.device)
    assert stored.version == 1 and stored.state.mask_nights == [1, 5]
    # And the rest of what the user had is kept
    assert stored.state.skin_type == "oily" and stored.state.program_start == "2026-11-20"
    assert stored.state.owned == {"serum": "the-ordinary-niacinamide"}
    assert written_state(alexa.device)["schema"] == SCHEMA_VERSION
    # And the repair was counted and logged by name, as any other attribute's
    assert '"StateRepaired"' in capsys.readouterr().out
    assert "stored state repaired" in logs.getvalue() and "version" in logs.getvalue()
    # And the user carries on from there
    not_apologising(alexa.say("ask pore coach to make my mask nights monday and friday"))
    assert table(alexa.device).version == 2


def _settled() -> dict:
    """An item a session can open and read without writing: the device's zone checked today."""
    return {
        **_owned_elsewhere(),
        "time_zone": {"S": "America/Los_Angeles"},
        "time_zone_checked": {"S": "2026-11-24"},
    }


def _repaired_elsewhere(device) -> None:
    """Another device's turn: it read the damaged item too, and its write landed first."""
    store = DynamoDBStore(TABLE)
    key = UserKey.for_ids(SECRET.encode(), device.user_id, device.person_id)
    current = store.load(key)
    state = UserState.from_dict(current.state.to_dict())
    state.skin_type = "dry"
    store.save(key, state, current.version)


def _damaged_again_elsewhere(device) -> None:
    """A write past the skill: other values, under another damaged version."""
    put_raw(device, {**_settled(), "skin_type": {"S": "dry"}}, version={"S": "xyz"})


@pytest.mark.parametrize(
    ("write_behind", "version"), [(_repaired_elsewhere, "2"), (_damaged_again_elsewhere, "1")]
)
def test_a_write_since_a_damaged_version_was_read_is_not_written_over(
    alexa: LocalAlexa, table, write_behind, version
) -> None:
    # Given a session that read an item with a damaged version, and has not written it yet
    put_raw(alexa.device, _settled(), version={"S": "abc"})
    not_apologising(alexa.say("open pore coach"))
    assert raw(alexa.device)["version"] == {"S": "abc"}
    # And another write landing on that item before the session saves
    write_behind(alexa.device)
    # When the session changes the mask nights
    not_apologising(alexa.say("make my mask nights tuesday and saturday"))
    # Then its change went onto the other write, which is kept, not blindly written over
    stored = table(alexa.device)
    assert stored.state.skin_type == "dry" and stored.state.mask_nights == [1, 5]
    assert stored.state.owned == {"serum": "the-ordinary-niacinamide"}
    assert raw(alexa.device)["version"] == {"N": version}


def test_a_clean_item_is_not_counted_as_repaired(alexa: LocalAlexa, capsys) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.say("ask pore coach i bought the keels mask")
    alexa.say("ask pore coach to walk me through it")
    capsys.readouterr()
    alexa.say("ask pore coach what's tonight")
    assert "StateRepaired" not in capsys.readouterr().out


def test_repairs_are_logged_by_attribute_never_by_value(alexa: LocalAlexa, logs) -> None:
    put_raw(alexa.device, {**GOOD, "skin_type": {"S": "purple-and-gold"}})
    alexa.say("ask pore coach what's tonight")
    output = logs.getvalue()
    assert "stored state repaired" in output and "skin_type" in output
    assert "purple-and-gold" not in output


def test_the_local_store_repairs_the_same_way(tmp_path) -> None:
    # Given a local SQLite file holding a bad row
    store = SQLiteStore(str(tmp_path / "state.sqlite3"))
    key = UserKey.for_ids(b"k" * 32, "amzn1.ask.account.ALEX")
    row = {"skin_type": "purple", "mask_nights": [3, 4], "walk": {"night": "2026-11-23"}}
    store._db.execute(
        "INSERT INTO user_state VALUES (?, ?, ?, ?)", (key.user, key.profile, 2, json.dumps(row))
    )
    # When it is loaded
    stored = store.load(key)
    # Then it reads as safe defaults, at its version, and can be written back
    assert stored.version == 2
    assert stored.state == UserState()
    assert store.save(key, stored.state, 2) == 3
