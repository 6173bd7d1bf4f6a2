"""The one dialog state: what the skill last asked or offered, and what each answer means there.

A question is kept in the session (`common.ask` with `pending`) for the voice it was asked of.
Each area registers its continuations when the skill is built, and yes, no, stop, cancel, help
and words that answer nothing all consult them here, so no handler decides what "yes" means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common

Answer = Callable[[HandlerInput], Response]
# The answer to a permission prompt asked from a question: (what was asked for, accepted,
# consent card sent).
AfterConsent = Callable[[HandlerInput, dict[str, Any], bool, bool], Response]


@dataclass(frozen=True)
class Continuations:
    """What each answer does while this question is open. None means the default below."""

    yes: Answer
    no: Answer
    stop: Answer | None = None  # stop and cancel: say what did not happen
    unclear: Answer | None = None  # words that answer nothing: by default, the question again
    not_sure: Answer | None = None  # "I don't know": by default, as words that answer nothing
    help: Answer | None = None  # by default, a word of help, then the question again
    consented: AfterConsent | None = None  # the permission prompt asked from this question


class Dialog:
    """Every question the skill can leave open, and the answers to the one that is."""

    def __init__(
        self, yes: Answer, no: Answer, stop: Answer, unclear: Answer, not_sure: Answer, help: Answer
    ) -> None:
        self._outside = _Answers(
            yes=yes, no=no, stop=stop, unclear=unclear, not_sure=not_sure, help=help
        )
        self._questions: dict[str, Continuations] = {}

    def register(self, kind: str, continuations: Continuations) -> None:
        if kind in self._questions:
            raise ValueError(f"question {kind!r} registered twice")
        self._questions[kind] = continuations

    def after_consent(self, kind: str) -> AfterConsent | None:
        continuations = self._questions.get(kind)
        return continuations.consented if continuations else None

    def asking(self, handler_input: HandlerInput) -> bool:
        """Whether a question is open for the voice speaking now."""
        return common.pending(handler_input) in self._questions

    def yes(self, handler_input: HandlerInput) -> Response:
        return self._open(handler_input).yes(handler_input)

    def no(self, handler_input: HandlerInput) -> Response:
        return self._open(handler_input).no(handler_input)

    def stop(self, handler_input: HandlerInput) -> Response:
        return self._open(handler_input).stop(handler_input)

    def help(self, handler_input: HandlerInput) -> Response:
        """Help inside a question: what the skill does, then the question, which stays open."""
        return self._open(handler_input).help(handler_input)

    def unclear(self, handler_input: HandlerInput) -> Response:
        """Words the skill can't act on here: inside a question, the question again."""
        return self._open(handler_input).unclear(handler_input)

    def not_sure(self, handler_input: HandlerInput) -> Response:
        """'I don't know': inside a question, its own answer (a suggestion, a way to tell)."""
        return self._open(handler_input).not_sure(handler_input)

    def _open(self, handler_input: HandlerInput) -> _Answers:
        """The question open for the voice speaking now, with the defaults where it has none."""
        question = self._questions.get(common.pending(handler_input) or "")
        if question is None:
            return self._outside
        return _Answers(
            yes=question.yes,
            no=question.no,
            stop=question.stop or self._outside.stop,
            unclear=question.unclear or _unclear_then_ask,
            not_sure=question.not_sure or question.unclear or _unclear_then_ask,
            help=question.help or _help_then_ask,
        )


@dataclass(frozen=True)
class _Answers:
    """Every answer settled: a question's own, or the default."""

    yes: Answer
    no: Answer
    stop: Answer
    unclear: Answer
    not_sure: Answer
    help: Answer


def _help_then_ask(handler_input: HandlerInput) -> Response:
    return ask_again(handler_input, common.speech(handler_input).say("help_about"))


def _unclear_then_ask(handler_input: HandlerInput) -> Response:
    return ask_again(handler_input, common.speech(handler_input).say("not_an_answer"))


def ask_again(handler_input: HandlerInput, lead: str) -> Response:
    """Say `lead`, then the open question again, keeping it open with what it carries: the
    default help and unclear answers, and a question's own help with a lead of its own."""
    pending = common.pending_details(handler_input)
    question = str(pending["question"])
    details = {k: v for k, v in pending.items() if k not in ("asked", "question", "for")}
    say = common.speech(handler_input)
    return common.ask(
        handler_input, say.join(lead, question), question, str(pending["asked"]), **details
    )
