"""Thousands of generated and mutated envelopes through the real lambda_handler.

Two sources of turns:
- the real envelopes in events/, mutated: keys dropped, values of the wrong type, huge and
  unicode strings, random intents and slot values, timestamps, locales and dialog states, a
  missing session or context;
- well-formed turns of any intent from the interaction model, with odd slot values, on random
  stored state, at random moments, with a random question left open.

Whatever arrives, the function never raises, it answers with an Alexa response within Alexa's
limits, and a turn that failed leaves the stored items exactly as they were. DynamoDB is moto
in-process and the Alexa APIs the loopback stand-in. Seeded (derandomize): the same cases run on
every machine, so a failure reproduces.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import boto3
import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope
from boto3.dynamodb.types import TypeSerializer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill import app
from skill.errors import MustNotAcknowledge
from skill.local.alexa_api import REMINDERS_SCOPE, TIMERS_SCOPE
from skill.local.driver import LambdaContext, LocalAlexa
from skill.local.envelopes import Device
from skill.products import catalogue
from skill.routine import SkinType, StepKind
from skill.speech import en as en_US
from skill.state.dynamodb import DynamoDBStore
from skill.state.model import UserState, Walk
from skill.state.store import UserKey
from tests.conftest import SECRET, TABLE

ROOT = Path(__file__).parents[2]
BASE = [json.loads(path.read_text()) for path in sorted((ROOT / "events").glob("*.json"))]
MODEL = json.loads((ROOT / "interaction_models/interactionModels/custom/en-US.json").read_text())
LANGUAGE = MODEL["interactionModel"]["languageModel"]
INTENTS = [intent["name"] for intent in LANGUAGE["intents"]]
SLOTS = {intent["name"]: intent.get("slots", []) for intent in LANGUAGE["intents"]}
TYPE_VALUES = {
    kind["name"]: [(value["name"]["value"], value.get("id")) for value in kind["values"]]
    for kind in LANGUAGE["types"]
}
USER = "amzn1.ask.account.LOCALUSER"
PERSON = "amzn1.ask.person.EXAMPLE"
PUBLIC_ENDPOINT = "https://api.amazonalexa.com"
_TAGS = re.compile(r"<[^>]+>")
CLOSED_PORT = "https://127.0.0.1:9"  # refuses at once: no fuzzed call leaves the machine

MOST_SPEECH = 8000
MOST_RESPONSE_BYTES = 24 * 1024
FAILURE_METRICS = ('"Error"', '"StoreUnavailable"', '"RequestRejected"')
APOLOGIES = (*en_US.PHRASES["error"], *en_US.PHRASES["store_unavailable"])

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # the table and stand-in are reset per example
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

_serializer = DefaultSerializer()

# Values

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
odd_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["?", "", "²", "٣", "PT99999999999999999999H", "P1Y", "-1", "3.5", "EV"]),
    st.text(alphabet="0123456789", min_size=300, max_size=5000),
    st.text(min_size=1000, max_size=6000),
)
moments = st.datetimes(datetime(2026, 9, 1), datetime(2027, 6, 1), timezones=st.just(UTC))
locales = st.sampled_from(["en-US", "en-GB", "en-IN", "de-DE", "fr-FR", "", "xx-YY"])


@st.composite
def slot_values(draw, slot_type: str) -> dict[str, Any]:
    """A value from the model's own list, or anything at all; resolved or not."""
    known = TYPE_VALUES.get(slot_type, [])
    if known and draw(st.booleans()):
        value, entity_id = draw(st.sampled_from(known))
    else:
        value, entity_id = draw(odd_text), draw(st.none() | st.text(max_size=12))
    slot: dict[str, Any] = {"value": value, "confirmationStatus": "NONE"}
    if draw(st.booleans()):
        status = draw(
            st.sampled_from(["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT"])
        )
        authority: dict[str, Any] = {
            "authority": "amzn1.er-authority.x",
            "status": {"code": status},
        }
        if entity_id is not None:
            authority["values"] = [{"value": {"name": value, "id": entity_id}}]
        slot["resolutions"] = {"resolutionsPerAuthority": [authority]}
    return slot


@st.composite
def intents(draw, any_name: bool = True) -> dict[str, Any]:
    names = (
        st.sampled_from(INTENTS) | st.text(max_size=30) if any_name else st.sampled_from(INTENTS)
    )
    name = draw(names)
    slots = {}
    for slot in SLOTS.get(name, []):
        if draw(st.booleans()):
            slots[slot["name"]] = {"name": slot["name"], **draw(slot_values(slot["type"]))}
    return {"name": name, "confirmationStatus": "NONE", "slots": slots}


# Mutated events


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path in the envelope, so a mutation can land anywhere."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _in_attributes(path: tuple) -> bool:
    return path[:2] == ("session", "attributes")


def _mutate_somewhere(draw, envelope: dict, kind: str) -> None:
    paths = _paths(envelope)
    if not paths:
        return
    path = draw(st.sampled_from(paths))
    parent = envelope
    for key in path[:-1]:
        parent = parent[key]
    if kind == "drop":
        parent.pop(path[-1])
    elif kind == "retype":
        parent[path[-1]] = draw(json_values)
    else:
        # Alexa hands back the attributes the skill set: a huge one there would not be Alexa's.
        parent[path[-1]] = draw(st.text(max_size=40) if _in_attributes(path) else odd_text)


def _mutate_request(draw, request: dict, kind: str) -> None:
    if kind == "intent":
        request["type"] = "IntentRequest"
        request["intent"] = draw(intents())
    elif kind == "timestamp":
        moment = draw(moments | st.datetimes(timezones=st.just(UTC)))
        request["timestamp"] = draw(
            st.sampled_from([moment.strftime("%Y-%m-%dT%H:%M:%SZ"), moment.isoformat()])
            | st.text(max_size=30)
        )
    elif kind == "locale":
        request["locale"] = draw(locales | st.text(max_size=10))
    else:
        request["dialogState"] = draw(st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED", "?"]))


def _mutate(draw, envelope: dict) -> None:
    kinds = ["drop", "retype", "odd_text", "intent", "timestamp", "locale", "dialog", "strip"]
    kind = draw(st.sampled_from(kinds))
    request = envelope.get("request")
    if kind in ("drop", "retype", "odd_text"):
        _mutate_somewhere(draw, envelope, kind)
    elif kind == "strip":
        envelope.pop(draw(st.sampled_from(["session", "context", "request", "version"])), None)
    elif isinstance(request, dict):
        _mutate_request(draw, request, kind)


def _keep_on_the_machine(envelope: dict, endpoint: str) -> None:
    """The stand-in, or an address that refuses at once: never a host out on the network."""
    context = envelope.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    if not isinstance(system, dict):
        return
    if system.get("apiEndpoint") == PUBLIC_ENDPOINT:
        system["apiEndpoint"] = endpoint
    given_endpoint = system.get("apiEndpoint")
    if isinstance(given_endpoint, str) and given_endpoint != endpoint and "//" in given_endpoint:
        system["apiEndpoint"] = CLOSED_PORT


@st.composite
def mutated_events(draw, endpoint: str) -> dict[str, Any]:
    envelope = copy.deepcopy(draw(st.sampled_from(BASE)))
    _keep_on_the_machine(envelope, endpoint)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        _mutate(draw, envelope)
    _keep_on_the_machine(envelope, endpoint)
    return envelope


# Well-formed turns on random state

PRODUCT_IDS = [product.id for product in catalogue()]
MASK_NIGHT_PAIRS = [(a, b) for a in range(7) for b in range(a + 2, 7) if (a, b) != (0, 6)]
NIGHTS = st.dates(date(2026, 8, 1), date(2027, 6, 1)).map(date.isoformat)


timer_entries = st.fixed_dictionaries(
    {"id": st.sampled_from(["t-1", "t-2"]), "ends": st.just("") | moments.map(str)}
)
reminder_entries = st.fixed_dictionaries(
    {"token": st.sampled_from(["r-1", "r-2"]), "time": st.sampled_from(["21:00", "20:30"])}
)
stored_states = st.builds(
    UserState,
    skin_type=st.none() | st.sampled_from([skin.value for skin in SkinType]),
    mask_nights=st.sampled_from(MASK_NIGHT_PAIRS).map(list),
    program_start=st.none() | NIGHTS,
    lotion_cycle_start=st.none() | NIGHTS,
    masks_done=st.sets(NIGHTS, max_size=4).map(sorted),
    walk=st.none()
    | st.builds(
        Walk,
        night=NIGHTS,
        step=st.integers(min_value=0, max_value=10),
        kind=st.none() | st.sampled_from([kind.value for kind in StepKind]),
    ),
    time_zone=st.none() | st.sampled_from(["America/Los_Angeles", "Asia/Kolkata"]),
    time_zone_checked=st.none() | NIGHTS,
    timers=st.dictionaries(st.sampled_from(["towel", "mask"]), timer_entries),
    reminders=st.dictionaries(st.sampled_from(["plain", "mask"]), reminder_entries),
    consent_refused=st.dictionaries(st.sampled_from([TIMERS_SCOPE, REMINDERS_SCOPE]), NIGHTS),
    last_suggestion=st.none() | st.sampled_from(PRODUCT_IDS),
    patch_warned=st.sets(st.sampled_from(PRODUCT_IDS), max_size=3).map(sorted),
    owned=st.dictionaries(
        st.sampled_from(["serum", "clay_mask", "lotion"]), st.sampled_from(PRODUCT_IDS)
    ),
    renewal_declined=st.booleans(),
    missed_mask_asked=st.none() | NIGHTS,
    masks_missed=st.sets(NIGHTS, max_size=3).map(sorted),
    skipped_night=st.none() | NIGHTS,
)


OPEN_QUESTIONS = [
    *("walk", "skin", "renew", "timer", "reminder", "missedMask", "cheaper", "another", "recipe"),
    *("step", "maskNights", "swapProduct", "tonightsPlan", "forgetMe"),
    "?",
]
pending_details = st.fixed_dictionaries(
    {"asked": st.sampled_from(OPEN_QUESTIONS), "question": st.just("Shall I?")},
    optional={
        "kind": st.sampled_from(["mask", "towel", "sauna"]),
        "minutes": st.integers(min_value=-5, max_value=500) | st.text(max_size=5),
        "night": NIGHTS | st.text(max_size=10),
        "request": st.sampled_from(["nightly", "mask", "?"]),
        "time": st.sampled_from(["21:00", "20:30", "25:00", "x"]),
        "first": st.sampled_from(["MO", "TH", "XX", 3, -1, None]),
        "suggested": st.sampled_from(["FR", "combination", "purple", 9, None]),
        "unsure": st.integers(min_value=-1, max_value=3) | st.text(max_size=3),
        "product": st.sampled_from(PRODUCT_IDS) | st.text(max_size=10),
    },
)


@st.composite
def requests(draw) -> dict[str, Any]:
    """Any request the skill takes, well formed, with odd contents."""
    base = draw(st.sampled_from([event["request"] for event in BASE]))
    request = {
        **copy.deepcopy(base),
        "requestId": f"amzn1.echo-api.request.{draw(st.integers(0, 10**6))}",
        "timestamp": draw(moments).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "locale": draw(locales),
    }
    if request["type"] == "IntentRequest":
        request["intent"] = draw(intents(any_name=False))
        request["dialogState"] = draw(st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED"]))
    elif request["type"] == "Connections.Response":
        pending = draw(pending_details)
        scope = draw(st.sampled_from([TIMERS_SCOPE, REMINDERS_SCOPE]))
        action = draw(st.sampled_from(["timer", "reminder", "?"]))
        token = {"scope": scope, "action": action, **pending}
        request["token"] = draw(st.sampled_from([json.dumps(token), "", "{", "[]"]))
        status = draw(st.sampled_from(["ACCEPTED", "DENIED", "NOT_ANSWERED", None]))
        request["payload"] = {
            "status": status,
            "isCardThrown": draw(st.sampled_from(["true", "false", True])),
        }
        request["status"] = {"code": draw(st.sampled_from(["200", "400", "500"]))}
    elif "task" in request:
        request["task"]["input"] = {
            "night": draw(NIGHTS),
            "step": draw(st.integers(-3, 20) | st.text(max_size=3)),
        }
    return request


@st.composite
def turns(draw, endpoint: str) -> tuple[dict[str, Any], list[tuple[str | None, UserState]]]:
    """A well-formed envelope, and the stored state of the account and the voice speaking."""
    state = draw(stored_states)
    person = draw(st.none() | st.just(PERSON))
    stored = [(None, state), *([(PERSON, draw(stored_states))] if person else [])]
    envelope = copy.deepcopy(next(e for e in BASE if e["request"]["type"] == "IntentRequest"))
    envelope["request"] = draw(requests())
    system = envelope["context"]["System"]
    system["apiEndpoint"] = endpoint
    if person:
        system["person"] = {"personId": person}
    if "session" not in envelope or envelope["request"]["type"].startswith(("AlexaSkill", "Rem")):
        envelope.pop("session", None)
    else:
        attributes: dict[str, Any] = {}
        if draw(st.booleans()):  # the state read earlier in the session travels with it
            attributes.update(state=stored[-1][1].to_dict(), stateVersion=3)
        if draw(st.booleans()):
            attributes["pending"] = draw(pending_details)
        envelope["session"]["attributes"] = attributes
        envelope["session"]["new"] = not attributes
    return envelope, stored


# The table


@cache
def _client() -> Any:
    return boto3.client("dynamodb")


def _key(user: Any, person: Any = None) -> dict[str, Any] | None:
    if not isinstance(user, str):
        return None
    key = UserKey.for_ids(SECRET.encode(), user, person if isinstance(person, str) else None)
    return {"user": {"S": key.user}, "profile": {"S": key.profile}}


_SERIALIZER = TypeSerializer()


def _item(key: dict[str, Any], state: UserState) -> dict[str, Any]:
    attributes = {k: _SERIALIZER.serialize(v) for k, v in state.to_dict().items()}
    return {**key, "version": {"N": "3"}, **attributes}


def _speaker(envelope: dict[str, Any]) -> list[dict[str, Any]]:
    """The items the envelope's speaker can change: their own, and their account's."""
    try:
        system = envelope["context"]["System"]
        user, person = system["user"]["userId"], (system.get("person") or {}).get("personId")
    except (KeyError, TypeError, AttributeError):
        return []
    keys = [_key(user, person), _key(user)]
    return [key for index, key in enumerate(keys) if key and key not in keys[:index]]


def _key_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"user": item["user"], "profile": item["profile"]}


def _items(keys: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    return [_client().get_item(TableName=TABLE, Key=key).get("Item") for key in keys]


def _speech(output: Any) -> str:
    return (output.get("ssml") or output.get("text") or "") if isinstance(output, dict) else ""


def check_turn(
    envelope: dict[str, Any], stored: list[dict[str, Any]], capsys, well_formed: bool = False
) -> None:
    """The properties every turn holds, whatever came in; a well-formed one, whatever its
    slots and state, also gets its own answer rather than the catch-all apology."""
    if stored:
        requests_ = [{"PutRequest": {"Item": item}} for item in stored]
        _client().batch_write_item(RequestItems={TABLE: requests_})
    keys = _speaker(envelope)
    known = {json.dumps(_key_of(item)): item for item in stored}
    unknown = [key for key in keys if json.dumps(key) not in known]
    before = {**known, **{json.dumps(k): i for k, i in zip(unknown, _items(unknown), strict=True)}}
    before = {json.dumps(key): before[json.dumps(key)] for key in keys}
    capsys.readouterr()
    try:
        reply = app.lambda_handler(copy.deepcopy(envelope), LambdaContext())
    except MustNotAcknowledge:
        return  # raising is the answer here: Alexa must retry or refuse (another skill's, say)
    # An Alexa response, within Alexa's limits
    body = json.dumps(reply)
    assert len(body.encode()) <= MOST_RESPONSE_BYTES
    parsed = _serializer.deserialize(body, ResponseEnvelope)
    assert parsed.version == "1.0" and parsed.response is not None
    response = reply["response"]
    speech = _speech(response.get("outputSpeech"))
    assert len(speech) <= MOST_SPEECH
    assert len(_speech((response.get("reprompt") or {}).get("outputSpeech"))) <= MOST_SPEECH
    # A failed turn leaves the speaker's items as they were
    output = capsys.readouterr().out
    if well_formed:
        assert '"Error"' not in output, "the catch-all answered a well-formed turn"
    if any(metric in output for metric in FAILURE_METRICS) or _TAGS.sub("", speech) in APOLOGIES:
        assert dict(zip(before, _items(keys), strict=True)) == before
        # and says sorry with nothing a failed handler half-built: no prompt, card or directive
        assert not {"directives", "card", "reprompt"} & response.keys(), response


@pytest.fixture
def fuzz(aws, api, clock):
    """One DynamoDB client per moto mock; the stand-in is reset inside each example."""
    _client.cache_clear()
    yield api
    _client.cache_clear()


def _consent(api, data) -> None:
    """A fresh stand-in on the test's clock, with some of the permissions given."""
    clock = api.clock
    api.reset()
    api.clock = clock
    for scope in data.draw(st.sets(st.sampled_from([TIMERS_SCOPE, REMINDERS_SCOPE]))):
        api.grant(scope)


# The events' own user, with something in every corner of their state.
EVENTS_USER_STATE = UserState(
    skin_type="oily",
    mask_nights=[0, 3],
    program_start="2026-11-22",
    lotion_cycle_start="2026-11-22",
    timers={"mask": {"id": "lost-timer", "ends": "2026-11-24T04:10:00+00:00"}},
    reminders={"plain": {"token": "lost-token", "time": "21:00"}},
)
EVENTS_ITEMS = [_item(_key(USER, person), EVENTS_USER_STATE) for person in (None, PERSON)]


@settings(FUZZ, max_examples=1200)
@given(data=st.data())
def test_mutated_events_always_get_an_answer(fuzz, capsys, data) -> None:
    _consent(fuzz, data)
    check_turn(data.draw(mutated_events(fuzz.endpoint)), EVENTS_ITEMS, capsys)


@settings(FUZZ, max_examples=1000)
@given(data=st.data())
def test_any_intent_on_any_state_gets_an_answer(fuzz, capsys, data) -> None:
    _consent(fuzz, data)
    envelope, stored = data.draw(turns(fuzz.endpoint))
    items = [_item(_key(USER, person), state) for person, state in stored]
    check_turn(envelope, items, capsys, well_formed=True)


# Any value DynamoDB can hold, of any type: what a bad write or a hand edit can leave behind.
dynamodb_numbers = st.one_of(
    st.integers(min_value=-(10**37), max_value=10**37).map(str),
    st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False).map(str),
    st.sampled_from(["0", "1E+125", "-1E-130", "3.0", "9" * 38]),
)
attribute_values = st.recursive(
    st.text(max_size=10).map(lambda text: {"S": text})
    | dynamodb_numbers.map(lambda number: {"N": number})
    | st.just({"NULL": True})
    | st.booleans().map(lambda flag: {"BOOL": flag})
    | st.binary(min_size=1, max_size=4).map(lambda data: {"B": data})
    | st.sets(st.text(min_size=1, max_size=4), min_size=1, max_size=3).map(
        lambda texts: {"SS": sorted(texts)}
    ),
    lambda inner: (
        st.lists(inner, max_size=3).map(lambda values: {"L": values})
        | st.dictionaries(st.text(min_size=1, max_size=6), inner, max_size=3).map(
            lambda values: {"M": values}
        )
    ),
    max_leaves=5,
)
READ_TURNS = [
    "ask pore coach what's tonight",
    "ask pore coach to walk me through it",
    "ask pore coach what's my skin type",
    "ask pore coach what are my mask nights",
]


@settings(FUZZ, max_examples=80)
@given(data=st.data())
def test_a_damaged_attribute_never_locks_its_user_out(fuzz, clock, data) -> None:
    # Given a user's item with one attribute, the version among them, damaged to any value
    item = _item(_key(USER), data.draw(stored_states))
    attributes = sorted(set(item) - {"user", "profile"})
    damaged = data.draw(st.just("version") | st.sampled_from(attributes))  # version: half
    item[damaged] = data.draw(attribute_values)
    _client().put_item(TableName=TABLE, Item=item)
    fuzz.reset()
    fuzz.clock = clock
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=fuzz.endpoint), clock=clock)
    # When they ask something, then change their mask nights twice (so at least once is a write)
    for words in (
        data.draw(st.sampled_from(READ_TURNS)),
        "ask pore coach to make my mask nights tuesday and saturday",
        "ask pore coach to make my mask nights monday and friday",
    ):
        # Then every turn gets its own answer, never the apology
        speech = _TAGS.sub("", alexa.say(words).speech)
        assert speech not in APOLOGIES, (damaged, item[damaged], words)
    # And the item is written again, at a version the next save can go on from
    written = _items([_key(USER)])[0]
    assert written is not None and set(written["version"]) == {"N"}
    assert int(written["version"]["N"]) >= 1
    stored = DynamoDBStore(TABLE).load(UserKey.for_ids(SECRET.encode(), USER))
    assert stored.version >= 1 and stored.state.mask_nights == [0, 4]
