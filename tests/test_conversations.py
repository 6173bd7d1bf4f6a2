"""Conversations written as data (tests/conversations/*.yaml), spoken through the real handler.

A turn says something (or sends an event) and names what must be heard and what must be stored;
`words` caps the reply's length below the general MAX_WORDS.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml

from skill.local import screen_text
from skill.local.driver import LocalAlexa, Reply
from skill.local.nlu import InteractionModel

MAX_WORDS = 45  # no reply is longer; most are far shorter (tests/test_reply_length.py)
CONVERSATIONS = sorted((Path(__file__).parent / "conversations").glob("*.yaml"))


@pytest.mark.parametrize("screen", [False, True], ids=["voice", "screen"])
@pytest.mark.parametrize("path", CONVERSATIONS, ids=lambda p: p.stem)
def test_conversation(path: Path, screen: bool, alexa: LocalAlexa, api, clock, table, device):
    """Every conversation on an Echo without a screen and on an Echo Show: the same words; the
    one without a screen never gets a directive it can't handle."""
    device.screen = screen
    replies = play(path, alexa, api, clock, table, device)
    if not screen:
        sent = [d["type"] for r in replies for d in r.raw["response"].get("directives", [])]
        assert not [kind for kind in sent if kind.startswith("Alexa.Presentation")]


def play(path: Path, alexa: LocalAlexa, api, clock, table, device) -> list[Reply]:
    """Every turn of the script, checked as it goes; what the skill said, in order."""
    script = yaml.safe_load(path.read_text())
    start = script["clock"]  # YAML reads an ISO timestamp as a datetime already
    clock.now = start if isinstance(start, datetime) else datetime.fromisoformat(start)
    api.time_zone = script.get("time_zone", api.time_zone)
    if "locale" in script:  # a conversation in another locale: its words, its model
        device.locale = script["locale"]
        alexa.model = InteractionModel.load(device.locale)
    replies = []
    for number, turn in enumerate(script["turns"], start=1):
        where = f"{path.name} turn {number}: {turn}"
        if "after" in turn:
            clock.now += timedelta(**turn["after"])
        if "fires" in turn:
            check_announcements(api, turn["fires"], where)
        reply = respond(alexa, device, turn, where)
        if reply is not None:
            check_reply(reply, turn, where)
            replies.append(reply)
        if "screen" in turn and device.screen:
            check_screen(alexa, replies[-1], turn["screen"], where)
        if "stored" in turn:
            stored = table(device).state.to_dict()
            for name, value in turn["stored"].items():
                assert stored.get(name) == value, f"{where}\nstored: {stored}"
    return replies


def respond(alexa: LocalAlexa, device, turn: dict, where: str) -> Reply | None:
    """The turn's words, event or touch; a touch without a screen is what the user says instead
    (`or_say`), or nothing."""
    if "say" in turn:
        reply = alexa.say(str(turn["say"]))
        if "intent" in turn:
            assert alexa.last_match and alexa.last_match.intent == turn["intent"], where
        return reply
    if "event" in turn:
        return alexa.event(turn["event"])
    if "task" in turn:  # an evening routine starts the skill's task
        return alexa.start_task(turn["task"])
    if "offer" in turn:  # the user's answer to Alexa's routine offer, or none it could take
        answers = {"accept": True, "decline": False, "error": None}
        return alexa.answer_offer(answers[turn["offer"]])
    if "tap" in turn and device.screen:
        return alexa.tap(turn["tap"], turn.get("token"))
    if "or_say" in turn:
        return alexa.say(str(turn["or_say"]))
    return None


def check_announcements(api, expected: list[str], where: str) -> None:
    """What the device says when the timers due by now go off."""
    said = " ".join(fired.announcement or "" for fired in api.due_timers())
    for words in expected:
        assert re.search(words, said, re.IGNORECASE), f"{where}\nannounced: {said!r}"


def check_screen(alexa: LocalAlexa, reply: Reply, expected: dict, where: str) -> None:
    """What the screen shows after the turn, as the chat draws it; `in_place`: the walk moved
    on without the document being sent again."""
    shown = screen_text.render(alexa.screen) if alexa.screen else ""
    for words in expected.get("shows", []):
        assert re.search(words, shown), f"{where}\nscreen:\n{shown}"
    for words in expected.get("not_shows", []):
        assert not re.search(words, shown), f"{where}\nscreen:\n{shown}"
    if "in_place" in expected:
        sent = [d["type"] for d in reply.raw["response"].get("directives", [])]
        wanted = "ExecuteCommands" if expected["in_place"] else "RenderDocument"
        assert sent == [f"Alexa.Presentation.APL.{wanted}"], f"{where}\nsent: {sent}"


def check_reply(reply, turn: dict, where: str) -> None:
    heard = f"{where}\nheard: {reply.speech!r}"
    for words in turn.get("hear", []):
        assert re.search(words, reply.speech, re.IGNORECASE), heard
    for words in turn.get("not_hear", []):
        assert not re.search(words, reply.speech, re.IGNORECASE), heard
    if "offers" in turn:  # Alexa's routine offer follows the reply, or doesn't
        offered = [
            d for d in reply.raw["response"].get("directives", [])
            if d["type"] == "Connections.StartConnection"
        ]  # fmt: skip
        assert bool(offered) is turn["offers"], f"{heard}\noffered: {offered}"
    if "open" in turn:
        assert reply.ends_session is not turn["open"], heard
        if turn["open"]:
            assert reply.reprompt, f"{heard}\nan open session needs a reprompt"
    # Short enough to follow by ear, and a question only when we wait for an answer.
    assert word_count(reply.speech) <= turn.get("words", MAX_WORDS), heard
    if reply.speech and reply.ends_session:
        assert not reply.speech.rstrip().endswith("?"), heard


def word_count(speech: str) -> int:
    return len(speech.split())
