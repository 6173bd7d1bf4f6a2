"""Questions the skill leaves open, and what each answer does to them.

A question is a frozen dataclass of what it carries, in the module that owns it, registered with
`@question("kind")`. It says how it is asked (`prompt`: the question alone, never a greeting, so
a re-ask is the question itself) and what each answer does there. An answer a question does not
define takes the default below, stated once. With no question open for the voice speaking, the
answers are the conversation's own (`OUTSIDE`, set by `skill.flows.conversation`).

Any other intent closes the open question, unless the question `keeps` (the walk's step waits
for "next" while the user asks something else): then the reply is followed by the question again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from skill.flows.reply import Directive, Reply

if TYPE_CHECKING:
    from skill.flows.turn import Turn


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    STOP = "stop"  # stop, cancel, "go home"
    HELP = "help"
    NOT_SURE = "not_sure"  # "I don't know"
    UNCLEAR = "unclear"  # an intent of ours whose words answer nothing we can use
    OFF_TOPIC = "off_topic"  # words the skill can't act on at all (the fallback)
    # The answer to Alexa's permission prompt, asked from this question: see `consented`.


class Question:
    """Subclasses are frozen dataclasses whose fields are JSON values (str, int, bool, None)."""

    kind: ClassVar[str] = ""

    def keeps(self) -> bool:
        """Whether another intent leaves it open, to be asked again after that reply."""
        return False

    def prompt(self, turn: Turn) -> str:
        raise NotImplementedError

    def reprompt(self, turn: Turn) -> str:
        return self.prompt(turn)

    def directives(self, turn: Turn) -> tuple[Directive, ...]:
        """Sent each time the question is asked (Alexa listening for a slot)."""
        return ()

    def still_open(self, turn: Turn) -> bool:
        """Whether a question that keeps is still worth asking after another intent's reply."""
        return True

    def ask(self, turn: Turn, lead: str = "", speech: str | None = None) -> Reply:
        """Ask it: `lead` then the question, or `speech` when it says the question its own way."""
        said = speech if speech is not None else turn.say.join(lead, self.prompt(turn))
        return Reply(
            said,
            self.reprompt(turn),
            question=self,
            end_session=False,
            directives=self.directives(turn),
        )

    def to_json(self) -> dict[str, Any]:
        return {"asked": self.kind, **dataclasses.asdict(self)}  # type: ignore[call-overload]


Q = TypeVar("Q", bound=type[Question])
QUESTIONS: dict[str, type[Question]] = {}


def question(kind: str) -> Callable[[Q], Q]:
    """Register a question class under the name its session attribute carries."""

    def register(cls: Q) -> Q:
        if kind in QUESTIONS:
            raise ValueError(f"question {kind!r} registered twice")
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"question {kind!r} must be a dataclass")
        cls.kind = kind
        QUESTIONS[kind] = cls
        return cls

    return register


def from_json(value: object) -> Question | None:
    """The question a session attribute carries; None for anything unknown or mangled."""
    if not isinstance(value, dict):
        return None
    cls = QUESTIONS.get(str(value.get("asked")))
    if cls is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    try:
        return cls(**{k: v for k, v in value.items() if k in names})
    except (TypeError, ValueError):
        return None


# --- the defaults, stated once ------------------------------------------------------------------


def _help_then_ask(turn: Turn, open_question: Question) -> Reply:
    return open_question.ask(turn, turn.say.say("help_about"))


def _unclear_then_ask(turn: Turn, open_question: Question) -> Reply:
    return open_question.ask(turn, turn.say.say("not_an_answer"))


def _off_topic_then_ask(turn: Turn, open_question: Question) -> Reply:
    return open_question.ask(turn, turn.say.say("off_topic"))


def _stop_as_outside(turn: Turn, open_question: Question) -> Reply:
    return OUTSIDE[Answer.STOP](turn)


def _not_sure_as_unclear(turn: Turn, open_question: Question) -> Reply:
    return answer_to(turn, open_question, Answer.UNCLEAR)


DEFAULTS: dict[Answer, Callable[[Turn, Question], Reply]] = {
    Answer.STOP: _stop_as_outside,  # goodbye; a walk keeps its place
    Answer.HELP: _help_then_ask,  # a word of help, then the question
    Answer.UNCLEAR: _unclear_then_ask,  # "didn't catch that", then the question
    Answer.NOT_SURE: _not_sure_as_unclear,
    Answer.OFF_TOPIC: _off_topic_then_ask,  # "can't help with that", then the question
    # YES and NO have no default: every question says what they do.
}

# With no question open: set by the conversation module.
OUTSIDE: dict[Answer, Callable[[Turn], Reply]] = {}


def answer(turn: Turn, given: Answer) -> Reply:
    """The open question's answer to `given`, or the conversation's when none is open."""
    open_question = turn.session.open_question
    if open_question is None:
        return OUTSIDE[given](turn)
    return answer_to(turn, open_question, given)


def answer_to(turn: Turn, open_question: Question, given: Answer) -> Reply:
    own = getattr(open_question, given.value, None)
    if own is not None:
        return own(turn)
    return DEFAULTS[given](turn, open_question)


def asking(turn: Turn) -> bool:
    return turn.session.open_question is not None


def after_other_intent(turn: Turn, open_question: Question | None, reply: Reply) -> Reply:
    """An intent that answered something else: a question that keeps is asked again after it."""
    if (
        open_question is None
        or not open_question.keeps()
        or reply.question is not None
        or reply.leaves_question
        or reply.forgets_session
        or reply.closes
        or reply.directives
        or not open_question.still_open(turn)
    ):
        return reply
    asked = open_question.ask(turn, speech=turn.say.join(reply.speech, open_question.prompt(turn)))
    return dataclasses.replace(asked, card=reply.card, screen=reply.screen)
