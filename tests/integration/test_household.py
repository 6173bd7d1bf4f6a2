"""Several voices, one Echo: each recognised person, and the unrecognised voice (the account),
keeps a routine of their own, inside one session and across sessions."""

from __future__ import annotations

import itertools

import pytest

from skill import app
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device

ALEX = "amzn1.ask.person.ALEX"
SAM = "amzn1.ask.person.SAM"
# Each voice's own routine, as the voice sets it up.
SKIN = {ALEX: "oily", None: "dry", SAM: "sensitive"}
MASK_NIGHTS = {ALEX: "tuesday and friday", None: "wednesday and saturday", SAM: "monday and friday"}
STORED_NIGHTS = {ALEX: [1, 4], None: [2, 5], SAM: [0, 4]}

# Every order in which three voices can take turns: person, no person, other person...
ORDERS = list(itertools.permutations([ALEX, None, SAM]))


def _voice(alexa: LocalAlexa, person: str | None) -> LocalAlexa:
    """The same device and session, a different voice speaking."""
    alexa.device.person_id = person
    return alexa


def _say_in_session(alexa: LocalAlexa, text: str) -> str:
    """A turn of the open session, kept open afterwards (as a skill's question would), so the
    next voice speaks in the same session with the same session attributes."""
    reply = alexa.say(text)
    alexa.conversation.ended = False
    return reply.speech


def _set_up(alexa: LocalAlexa, person: str | None, *, new_session: bool) -> None:
    _voice(alexa, person)
    if new_session:
        alexa.say("open pore coach")
    _say_in_session(alexa, f"set my skin type to {SKIN[person]}")
    _say_in_session(alexa, f"make my mask nights {MASK_NIGHTS[person]}")


@pytest.mark.parametrize("order", ORDERS, ids=lambda order: "-".join(p or "-" for p in order))
def test_voices_taking_turns_in_one_session_keep_their_own_routines(
    aws, api, clock, table, order
) -> None:
    # Given one open session on a shared device
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    _voice(alexa, order[0]).say("open pore coach")
    # When each voice in turn sets its skin type and mask nights in that same session
    for person in order:
        _set_up(alexa, person, new_session=False)
    # Then each voice hears its own skin type, asked in the same session in any order
    for person in reversed(order):
        assert SKIN[person] in _say_in_session(_voice(alexa, person), "what's my skin type")
    # And each profile's item holds only what that voice said
    for person in order:
        stored = table(Device(person_id=person)).state
        assert stored.skin_type == SKIN[person]
        assert stored.mask_nights == STORED_NIGHTS[person]


def test_an_unrecognised_voice_does_not_hear_or_overwrite_a_persons_routine(
    aws, api, clock, table
) -> None:
    # Given Alex (a recognised voice) has a routine, and opens the skill
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    _set_up(alexa, ALEX, new_session=True)
    alexa.end_session()
    alexa.say("open pore coach")
    # When, in the same session, an unrecognised voice asks and changes things
    guest = _voice(alexa, None)
    # Then it doesn't hear Alex's skin type
    assert "is oily" not in _say_in_session(guest, "what's my skin type")
    _say_in_session(guest, "make my mask nights wednesday and saturday")
    # And Alex's item is untouched, and the account's holds only the guest's change
    assert table(Device(person_id=ALEX)).state.mask_nights == STORED_NIGHTS[ALEX]
    assert table(Device(person_id=ALEX)).state.skin_type == "oily"
    account = table(Device()).state
    assert account.mask_nights == [2, 5] and account.skin_type is None
    # And Alex, speaking again in the session, still has their own plan
    assert "oily" in _say_in_session(_voice(alexa, ALEX), "what's my skin type")


@pytest.mark.parametrize("order", ORDERS[:3], ids=lambda order: "-".join(p or "-" for p in order))
def test_voices_in_separate_sessions_keep_their_own_routines(aws, api, clock, table, order) -> None:
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    for person in order:
        _set_up(alexa, person, new_session=True)
        alexa.end_session()
    for person in order:
        _voice(alexa, person).say("open pore coach")
        assert SKIN[person] in alexa.say("what's my skin type").speech
        alexa.end_session()
        assert table(Device(person_id=person)).state.skin_type == SKIN[person]


def test_a_question_asked_of_one_voice_is_not_answered_by_another(aws, api, clock, table) -> None:
    # Given Alex has just been offered tonight's walk
    alexa = LocalAlexa(app.lambda_handler, device=Device(api_endpoint=api.endpoint), clock=clock)
    _voice(alexa, ALEX).say("ask pore coach what's tonight")
    assert "step one" in _say_in_session(alexa, "oily")
    # When another voice says "yes" in the same session
    _say_in_session(_voice(alexa, SAM), "yes")
    # Then no walk is started, neither on Sam's routine nor on Alex's
    assert table(Device(person_id=SAM)).state.walk is None
    assert table(Device(person_id=ALEX)).state.walk is None


@pytest.mark.parametrize("mangled", [None, [], "x", {"account": None}, {"account": {"state": 1}}])
def test_mangled_session_state_is_read_again_and_written_once(alexa, table, mangled) -> None:
    # Given a session whose carried state came back mangled
    alexa.say("ask pore coach my skin is oily")
    alexa.say("open pore coach")
    alexa.conversation.attributes = {"profiles": mangled}
    # When the user changes something in that session
    reply = alexa.say("make my mask nights tuesday and friday")
    # Then the change is made on the stored routine, which keeps everything else
    assert "Tuesday" in reply.speech
    stored = table(alexa.device).state
    assert stored.mask_nights == [1, 4] and stored.skin_type == "oily"
