"""Every question is registered once, survives the session attribute, and takes every answer."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest

import skill.flows
from skill.flows.dialog import DEFAULTS, OUTSIDE, QUESTIONS, Answer, Question, from_json, question
from skill.flows.reply import Reply
from skill.flows.tonight import MissedMaskCheck
from skill.flows.walk import StepWaiting
from tests.unit.flows.turns import turn

# Questions that carry what no default can stand for.
SAMPLES: dict[str, Question] = {"missedMask": MissedMaskCheck("2026-11-23")}


def sample(cls: type[Question]) -> Question:
    return SAMPLES.get(cls.kind) or cls()


# Every flow module imported, so every question class is defined.
for module in pkgutil.iter_modules(skill.flows.__path__):
    importlib.import_module(f"skill.flows.{module.name}")


def _all_questions(cls: type[Question] = Question) -> list[type[Question]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_questions(sub)]
    return found


def test_every_question_class_is_registered_under_its_kind() -> None:
    classes = _all_questions()
    assert len(classes) >= 15
    for cls in classes:
        assert QUESTIONS.get(cls.kind) is cls, f"{cls.__name__} is asked but not registered"
        assert dataclasses.is_dataclass(cls)
        assert cls.__dataclass_params__.frozen, cls.__name__  # type: ignore[attr-defined]


def test_a_kind_registered_twice_fails() -> None:
    with pytest.raises(ValueError, match="registered twice"):

        @question("walk")
        @dataclasses.dataclass(frozen=True)
        class Again(Question):
            def prompt(self, turn):  # type: ignore[no-untyped-def]
                return ""


def test_the_defaults_and_the_outside_answers_are_stated_once_for_every_answer() -> None:
    assert set(OUTSIDE) == set(Answer)
    assert set(DEFAULTS) == set(Answer) - {Answer.YES, Answer.NO}


@pytest.mark.parametrize("cls", _all_questions(), ids=lambda cls: cls.kind)
def test_a_question_round_trips_through_the_session(cls: type[Question]) -> None:
    asked = sample(cls)
    assert from_json(asked.to_json()) == asked


@pytest.mark.parametrize("cls", _all_questions(), ids=lambda cls: cls.kind)
def test_every_question_answers_yes_and_no_itself(cls: type[Question]) -> None:
    assert callable(getattr(cls, "yes", None)) and callable(getattr(cls, "no", None))


@pytest.mark.parametrize(
    "mangled",
    [
        None,
        "walk",
        {"asked": "nope"},
        {"asked": "missedMask", "night": "x"},
        {"asked": "productOffer", "offer": "pizza"},
    ],
)
def test_a_mangled_question_in_the_session_is_no_question(mangled: object) -> None:
    assert from_json(mangled) is None


@pytest.mark.parametrize("cls", _all_questions(), ids=lambda cls: cls.kind)
@pytest.mark.parametrize("given", [Answer.HELP, Answer.UNCLEAR, Answer.OFF_TOPIC, Answer.NOT_SURE])
def test_help_and_words_that_answer_nothing_keep_a_question_open(cls, given) -> None:
    """Help, unclear and off-topic words say a word and ask again, the question alone."""
    from skill.flows.dialog import answer

    asked = sample(cls)
    reply: Reply = answer(turn(asked=asked), given)
    if cls.kind in ("timerConsent", "reminderConsent"):
        return  # Alexa asks these; no voice answer reaches them
    assert reply.end_session is False, reply
    assert reply.reprompt
    if not isinstance(asked, StepWaiting):  # a step waits for "next", not for an answer
        assert reply.speech.endswith("?"), reply.speech
    assert not reply.speech.startswith(("Welcome", "Hi again", "Good to hear")), reply.speech
