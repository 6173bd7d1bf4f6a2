"""Questions about the routine itself: why pores can't shrink, how long, how often, which clay.

The answer is a spoken fact. Asked one-shot, the session ends with it; asked while the skill
waits for an answer, the answer comes first and then the question that was open; otherwise a
short offer follows when something naturally does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from skill.flows import dialog, products
from skill.flows.conversation import goodbye
from skill.flows.dialog import Answer, Question, question
from skill.flows.reply import Reply
from skill.flows.skin import SkinQuestion
from skill.flows.tonight import answer_tonight
from skill.flows.turn import Turn
from skill.products import home_made_recipe
from skill.routine import DEFAULT_MINUTES, PROGRAM_DAYS, SkinType, TimerKind
from skill.routine.questions import Topic, lotion_schedule


def answer(turn: Turn, topic: Topic | None) -> Reply:
    """`topic` is None when Alexa heard a question but not one of ours."""
    open_question = turn.session.open_question
    if topic is None:
        if open_question is not None:  # words that answer nothing: the open question's way
            return dialog.answer_to(turn, open_question, Answer.UNCLEAR)
        return _topics(turn)
    if topic is Topic.LOTION_FREQUENCY:
        skin = turn.user.state.routine().skin_type
        if skin is None:  # the answer depends on it
            return SkinQuestion().ask(turn, speech=turn.say.say("question_lotion_unknown_skin"))
        text = _lotion_frequency(turn, skin)
    else:
        text = _FACTS[topic](turn)
    if open_question is not None:
        return open_question.ask(turn, text)
    if topic not in _OFFERS or turn.opened_session:
        return Reply.tell(text)
    return _OFFERS[topic].ask(turn, text)


def _topics(turn: Turn) -> Reply:
    return Reply.open(turn.say.say("question_topics"), turn.say.say("question_topics_reprompt"))


def _pores(turn: Turn) -> str:
    return turn.say.say("question_pores")


def _mask_time(turn: Turn) -> str:
    return turn.say.say("question_mask_time", minutes=DEFAULT_MINUTES[TimerKind.MASK])


def _mask_frequency(turn: Turn) -> str:
    nights = turn.user.state.mask_nights
    return turn.say.say("question_mask_frequency", nights=turn.say.nights(nights))


def _lotion_frequency(turn: Turn, skin: SkinType) -> str:
    say = turn.say
    schedule = lotion_schedule(skin, turn.user.state.routine().mask_nights)
    if not schedule.monthly_cycle:
        key = "question_lotion_after_masks"
        if schedule.beyond_the_masks:
            key = "question_lotion_beyond_masks"
        count = say.ordinal(len(schedule.weekdays))
        return say.say(
            key, skin=say.skin(skin.value), count=count, nights=say.nights(schedule.weekdays)
        )
    plan = turn.plan()
    month = ""
    if plan.lotion_off_month:
        month = say.say("question_lotion_off_month")
    elif plan.lotion:
        month = say.say("question_lotion_on_month")
    return say.join(say.say("question_lotion_cycle", skin=say.skin(skin.value)), month)


def _serum_frequency(turn: Turn) -> str:
    return turn.say.say("question_serum")


def _results(turn: Turn) -> str:
    say = turn.say
    day = turn.plan().program_day
    progress = say.say("question_results_day", day=day, days=PROGRAM_DAYS) if day else ""
    return say.join(say.say("question_results"), progress)


def _clay(turn: Turn) -> str:
    say = turn.say
    recipe = home_made_recipe()
    colours = say.listing(say.recipe("clay_colours", recipe.clay_colours), last_joiner="or")
    return say.say("question_clay", colours=colours, liquid=say.recipe("liquid", recipe.liquid))


def _towel(turn: Turn) -> str:
    """Sensitive skin hears lukewarm, or leave it out."""
    key = "question_towel_sensitive" if turn.user.state.sensitive_skin else "question_towel"
    return turn.say.say(key, minutes=DEFAULT_MINUTES[TimerKind.TOWEL])


# The lotion's answer needs the skin type, so answer() gives it separately.
_FACTS: dict[Topic, Callable[[Turn], str]] = {
    Topic.PORES: _pores,
    Topic.MASK_TIME: _mask_time,
    Topic.MASK_FREQUENCY: _mask_frequency,
    Topic.SERUM_FREQUENCY: _serum_frequency,
    Topic.RESULTS: _results,
    Topic.CLAY: _clay,
    Topic.TOWEL: _towel,
    Topic.PATCH_TEST: lambda turn: turn.say.say("question_patch_test"),
    Topic.SUNSCREEN: lambda turn: turn.say.say("question_sunscreen"),
}


@question("tonightsPlan")
@dataclass(frozen=True)
class PlanOffer(Question):
    """ "Want tonight's plan?" after an answer about the routine."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("offer_plan")

    def yes(self, turn: Turn) -> Reply:
        return answer_tonight(turn)

    def no(self, turn: Turn) -> Reply:
        return goodbye(turn)


# What each answer offers in a session with nothing else asked.
_OFFERS: dict[Topic, Question] = {
    Topic.PORES: PlanOffer(),
    Topic.MASK_FREQUENCY: PlanOffer(),
    Topic.LOTION_FREQUENCY: PlanOffer(),
    Topic.SERUM_FREQUENCY: PlanOffer(),
    Topic.RESULTS: PlanOffer(),
    Topic.CLAY: products.ProductOffer(products.OFFER_RECIPE),
}
