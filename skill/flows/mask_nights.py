"""Questions about mask nights, and moving them."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.reminders import follow_mask_nights
from skill.routine import (
    MaskNightsError,
    SkinType,
    lotion_weekdays,
    next_mask_night,
    validate_mask_nights,
)

WEEKDAY_IDS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def answer_next_mask(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    if plan.mask_moved_from:
        weekday = say.weekday(plan.mask_moved_from.weekday())
        return common.tell(handler_input, say.say("next_mask_moved", weekday=weekday))
    if plan.mask:
        return common.tell(handler_input, say.say("next_mask_tonight"))
    routine = common.user(handler_input).state.routine()
    upcoming = next_mask_night(routine, plan.night)
    if (upcoming - plan.night).days == 1:
        return common.tell(handler_input, say.say("next_mask_tomorrow"))
    return common.tell(
        handler_input, say.say("next_mask_on", day=say.day_name(upcoming, plan.night))
    )


def get_mask_nights(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    nights = common.user(handler_input).state.mask_nights
    return common.tell(handler_input, say.say("mask_nights_are", nights=say.nights(nights)))


def set_mask_nights(handler_input: HandlerInput, first: str | None, second: str | None) -> Response:
    """`first` and `second`: weekday ids as the model resolves them (MO to SU), if heard."""
    say = common.speech(handler_input)
    if first not in WEEKDAY_IDS or second not in WEEKDAY_IDS:
        text = say.say("mask_nights_ask")
        return common.ask(handler_input, text, text)
    chosen = (WEEKDAY_IDS.index(first), WEEKDAY_IDS.index(second))
    try:
        nights = validate_mask_nights(*chosen)
    except MaskNightsError:
        if chosen[0] == chosen[1]:
            text = say.say("mask_nights_same")
        else:
            text = say.say("mask_nights_consecutive", nights=say.nights(chosen))
        return common.ask(handler_input, text, say.say("mask_nights_ask"))

    def move(state, nights=nights):
        state.mask_nights = list(nights)

    session = common.user(handler_input)
    if tuple(session.state.mask_nights) == nights:
        return common.tell(handler_input, say.say("mask_nights_are", nights=say.nights(nights)))
    session.change(move)
    text = say.say("mask_nights_set", nights=say.nights(nights))
    skin = session.state.skin_type
    weekly = lotion_weekdays(SkinType(skin), nights) if skin else ()
    if weekly:
        text = say.join(text, say.say("mask_nights_lotion", nights=say.nights(weekly)))
    return common.tell(handler_input, say.join(text, follow_mask_nights(handler_input)))
