"""What yes, no, stop, help and words the skill can't act on mean when no question is open."""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows import screens, walk
from skill.flows.dialog import OUTSIDE, Answer, Question, question
from skill.flows.reply import Reply
from skill.flows.turn import Turn


def nothing_asked(turn: Turn) -> Reply:
    """A yes or no with no question of this voice's open. Another voice's question stays open:
    in a shared home, someone else's "yes" must not cost them their question."""
    return Reply(
        turn.say.say("unhandled_yes_no"),
        turn.say.say("help"),
        end_session=False,
        leaves_question=True,
    )


def goodbye(turn: Turn) -> Reply:
    """Stop with nothing left undone; a walk under way keeps its place."""
    return Reply.goodbye(turn.say.say("walk_paused" if _walking(turn) else "goodbye"))


def _walking(turn: Turn) -> bool:
    """Stop costs no read: only a session that already holds the state can be in a walk."""
    return turn.user.at_hand and walk.in_walk(turn)


def general_help(turn: Turn) -> Reply:
    text = turn.say.say("help")
    return Reply.open(text, text).with_screen(screens.help_screen(turn))


def not_understood(turn: Turn) -> Reply:
    text = turn.say.say("fallback")
    return Reply.open(text, text)


def repeat(turn: Turn) -> Reply:
    """Say the last thing again, keeping its question open."""
    last = turn.session.last_speech
    if not last:
        text = turn.say.say("nothing_to_repeat")
        return Reply.open(text, text)
    return Reply(last, last, end_session=False, leaves_question=True)


@question("anythingElse")
@dataclass(frozen=True)
class AnythingElse(Question):
    """After an answer given in an open session: the session stays open for more."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("anything_else")

    def yes(self, turn: Turn) -> Reply:
        text = turn.say.say("what_would_you_like")
        return Reply.open(text, text)

    def no(self, turn: Turn) -> Reply:
        return goodbye(turn)

    def help(self, turn: Turn) -> Reply:
        return general_help(turn)

    def not_sure(self, turn: Turn) -> Reply:
        return general_help(turn)


OUTSIDE.update(
    {
        Answer.YES: nothing_asked,
        Answer.NO: nothing_asked,
        Answer.STOP: goodbye,
        Answer.HELP: general_help,
        Answer.NOT_SURE: general_help,
        Answer.UNCLEAR: not_understood,
        Answer.OFF_TOPIC: not_understood,
    }
)
