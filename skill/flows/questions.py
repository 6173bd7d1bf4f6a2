"""Questions about the routine itself: why pores can't shrink, how long, how often, which clay.

The answer is a spoken fact. Asked one-shot, the session ends with it; asked while the skill
waits for an answer, the answer comes first and then the question that was open; otherwise a
short offer follows when something naturally does.
"""

from __future__ import annotations

from collections.abc import Callable

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common, conversation, products, tonight
from skill.flows.dialog import Continuations, Dialog, ask_again
from skill.products import home_made_recipe
from skill.routine import DEFAULT_MINUTES, PROGRAM_DAYS, SkinType, TimerKind
from skill.routine.questions import Topic, lotion_schedule

ASKED_PLAN = "tonightsPlan"  # "Want tonight's plan?"

# What each answer offers in a session with nothing else asked: (offer key, question kind).
_PLAN_OFFER = ("offer_plan", ASKED_PLAN)
_OFFERS = {
    Topic.PORES: _PLAN_OFFER,
    Topic.MASK_FREQUENCY: _PLAN_OFFER,
    Topic.LOTION_FREQUENCY: _PLAN_OFFER,
    Topic.SERUM_FREQUENCY: _PLAN_OFFER,
    Topic.RESULTS: _PLAN_OFFER,
    Topic.CLAY: ("offer_recipe", products.OFFER_RECIPE),
}


def answer(handler_input: HandlerInput, topic: Topic | None, dialog: Dialog) -> Response:
    """`topic` is None when Alexa heard a question but not one of ours."""
    if topic is None:
        if dialog.asking(handler_input):  # words that answer nothing: the open question's way
            return dialog.unclear(handler_input)
        return _topics(handler_input)
    if topic is Topic.LOTION_FREQUENCY:
        skin = common.user(handler_input).state.routine().skin_type
        if skin is None:  # the answer depends on it
            return _lotion_depends(handler_input)
        text = _lotion_frequency(handler_input, skin)
    else:
        text = _FACTS[topic](handler_input)
    if dialog.asking(handler_input):
        return ask_again(handler_input, text)
    offer = _OFFERS.get(topic)
    if offer is None or _one_shot(handler_input):
        return common.tell(handler_input, text)
    key, kind = offer
    say = common.speech(handler_input)
    question = say.say(key)
    return common.ask(handler_input, say.join(text, question), question, pending=kind)


def _one_shot(handler_input: HandlerInput) -> bool:
    """Asked with the skill's name ("ask Pore Coach how long ..."): the question opened it."""
    session = handler_input.request_envelope.session
    return session is None or bool(session.new)


def _topics(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    return common.ask(
        handler_input, say.say("question_topics"), say.say("question_topics_reprompt")
    )


def _lotion_depends(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    return common.ask(
        handler_input,
        say.say("question_lotion_unknown_skin"),
        say.say("skin_which"),
        pending=common.ASKED_SKIN,
    )


def _pores(handler_input: HandlerInput) -> str:
    return common.speech(handler_input).say("question_pores")


def _mask_time(handler_input: HandlerInput) -> str:
    minutes = DEFAULT_MINUTES[TimerKind.MASK]
    return common.speech(handler_input).say("question_mask_time", minutes=minutes)


def _mask_frequency(handler_input: HandlerInput) -> str:
    say = common.speech(handler_input)
    nights = common.user(handler_input).state.mask_nights
    return say.say("question_mask_frequency", nights=say.nights(nights))


def _lotion_frequency(handler_input: HandlerInput, skin: SkinType) -> str:
    say = common.speech(handler_input)
    schedule = lotion_schedule(skin, common.user(handler_input).state.routine().mask_nights)
    if not schedule.monthly_cycle:
        key = "question_lotion_after_masks"
        if schedule.beyond_the_masks:
            key = "question_lotion_beyond_masks"
        count = say.ordinal(len(schedule.weekdays))
        return say.say(
            key, skin=say.skin(skin.value), count=count, nights=say.nights(schedule.weekdays)
        )
    plan = common.tonight_plan(handler_input)
    month = ""
    if plan.lotion_off_month:
        month = say.say("question_lotion_off_month")
    elif plan.lotion:
        month = say.say("question_lotion_on_month")
    return say.join(say.say("question_lotion_cycle", skin=say.skin(skin.value)), month)


def _serum_frequency(handler_input: HandlerInput) -> str:
    return common.speech(handler_input).say("question_serum")


def _results(handler_input: HandlerInput) -> str:
    say = common.speech(handler_input)
    day = common.tonight_plan(handler_input).program_day
    progress = say.say("question_results_day", day=day, days=PROGRAM_DAYS) if day else ""
    return say.join(say.say("question_results"), progress)


def _clay(handler_input: HandlerInput) -> str:
    say = common.speech(handler_input)
    recipe = home_made_recipe()
    colours = say.listing(say.recipe("clay_colours", recipe.clay_colours), last_joiner="or")
    return say.say("question_clay", colours=colours, liquid=say.recipe("liquid", recipe.liquid))


def _towel(handler_input: HandlerInput) -> str:
    minutes = DEFAULT_MINUTES[TimerKind.TOWEL]
    return common.speech(handler_input).say("question_towel", minutes=minutes)


# The lotion's answer needs the skin type, so answer() gives it separately.
_FACTS: dict[Topic, Callable[[HandlerInput], str]] = {
    Topic.PORES: _pores,
    Topic.MASK_TIME: _mask_time,
    Topic.MASK_FREQUENCY: _mask_frequency,
    Topic.SERUM_FREQUENCY: _serum_frequency,
    Topic.RESULTS: _results,
    Topic.CLAY: _clay,
    Topic.TOWEL: _towel,
}


def register(dialog: Dialog) -> None:
    dialog.register(ASKED_PLAN, Continuations(yes=tonight.answer_tonight, no=conversation.goodbye))
