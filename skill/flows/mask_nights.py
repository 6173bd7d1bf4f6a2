"""Questions about mask nights, and moving them."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.dialog import Continuations, Dialog
from skill.flows.reminders import follow_mask_nights
from skill.flows.tonight import plan_items
from skill.routine import (
    MaskNightsError,
    SkinType,
    lotion_weekdays,
    next_mask_night,
    plan_for_tomorrow,
    validate_mask_nights,
)
from skill.state.changes import MoveMaskNights

WEEKDAY_IDS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ASKED_MASK_NIGHTS = "maskNights"  # which two nights; with `first`, the night to pair
SUGGESTED_GAP = 3  # nights from the first mask night to the one suggested for the second


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


def is_mask_night_tonight(handler_input: HandlerInput) -> Response:
    """Yes or no first, then what that means tonight."""
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    state = common.user(handler_input).state
    if not plan.mask:
        return _not_a_mask_night(handler_input)
    if plan.night.isoformat() in state.masks_done:
        return common.tell(handler_input, say.say("is_mask_tonight_done"))
    items = plan_items(say, plan)
    if plan.mask_moved_from:
        weekday = say.weekday(plan.mask_moved_from.weekday())
        return common.tell(
            handler_input, say.say("is_mask_tonight_moved", weekday=weekday, items=items)
        )
    return common.tell(handler_input, say.say("is_mask_tonight", items=items))


def is_mask_night_tomorrow(handler_input: HandlerInput) -> Response:
    """Yes or no first, counting tonight's mask as done if it is due."""
    say = common.speech(handler_input)
    tonight = common.tonight(handler_input)
    tomorrow = plan_for_tomorrow(common.user(handler_input).state.routine(), tonight)
    if not tomorrow.mask:
        return _not_a_mask_night(handler_input)
    if tomorrow.mask_moved_from:
        weekday = say.weekday(tomorrow.mask_moved_from.weekday())
        return common.tell(handler_input, say.say("is_mask_tomorrow_moved", weekday=weekday))
    return common.tell(handler_input, say.say("is_mask_tomorrow"))


def _not_a_mask_night(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    tonight = common.tonight(handler_input)
    upcoming = next_mask_night(common.user(handler_input).state.routine(), tonight)
    return common.tell(handler_input, say.say("is_mask_not", day=say.day_name(upcoming, tonight)))


def get_mask_nights(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    nights = common.user(handler_input).state.mask_nights
    return common.tell(handler_input, say.say("mask_nights_are", nights=say.nights(nights)))


def set_mask_nights(handler_input: HandlerInput, first: str | None, second: str | None) -> Response:
    """`first` and `second`: weekday ids as the model resolves them (MO to SU), if heard. One
    night alone asks for the other; inside that question, one night is the answer."""
    earlier = _first(handler_input)
    pairing = earlier is not None and first in WEEKDAY_IDS and second not in WEEKDAY_IDS
    if pairing:
        first, second = earlier, first
    if first not in WEEKDAY_IDS:
        return _ask_pair(handler_input, common.speech(handler_input).say("mask_nights_ask"))
    if second not in WEEKDAY_IDS:
        return _ask_second(handler_input, first)
    chosen = (WEEKDAY_IDS.index(first), WEEKDAY_IDS.index(second))
    try:
        nights = validate_mask_nights(*chosen)
    except MaskNightsError:
        return _refused(handler_input, chosen, pairing=pairing)
    return _move(handler_input, nights)


def _asked(handler_input: HandlerInput) -> dict:
    """The open mask-nights question's details, or nothing when another question is open."""
    if common.pending(handler_input) != ASKED_MASK_NIGHTS:
        return {}
    return common.pending_details(handler_input)


def _move(handler_input: HandlerInput, nights: tuple[int, int]) -> Response:
    say = common.speech(handler_input)
    session = common.user(handler_input)
    if tuple(session.state.mask_nights) == nights:
        return common.tell(handler_input, say.say("mask_nights_are", nights=say.nights(nights)))
    session.change(MoveMaskNights(nights))
    text = say.say("mask_nights_set", nights=say.nights(nights))
    skin = session.state.skin_type
    weekly = lotion_weekdays(SkinType(skin), nights) if skin else ()
    if weekly:
        text = say.join(text, say.say("mask_nights_lotion", nights=say.nights(weekly)))
    return common.tell(handler_input, say.join(text, follow_mask_nights(handler_input)))


def _refused(handler_input: HandlerInput, chosen: tuple[int, int], pairing: bool) -> Response:
    """The same night twice, or two nights in a row: ask again, for the second night only if
    that was the question."""
    say = common.speech(handler_input)
    if pairing:
        first = WEEKDAY_IDS[chosen[0]]
        weekday = say.weekday(chosen[0])
        if chosen[0] == chosen[1]:
            text = say.say("mask_second_same", first=weekday)
        else:
            text = say.say("mask_second_consecutive", nights=say.nights(chosen), first=weekday)
        return _ask_second(handler_input, first, text)
    if chosen[0] == chosen[1]:
        return _ask_pair(handler_input, say.say("mask_nights_same"))
    return _ask_pair(handler_input, say.say("mask_nights_consecutive", nights=say.nights(chosen)))


def _ask_pair(handler_input: HandlerInput, text: str) -> Response:
    reprompt = common.speech(handler_input).say("mask_nights_ask")
    return common.ask(handler_input, text, reprompt, ASKED_MASK_NIGHTS)


def _ask_second(
    handler_input: HandlerInput, first: str, text: str = "", **details: object
) -> Response:
    """Ask which night goes with `first`; `text` says it another way."""
    say = common.speech(handler_input)
    weekday = say.weekday(WEEKDAY_IDS.index(first))
    text = text or say.say("mask_second_ask", first=weekday)
    reprompt = say.say("mask_second_question", first=weekday)
    return common.ask(handler_input, text, reprompt, ASKED_MASK_NIGHTS, first=first, **details)


def _first(handler_input: HandlerInput) -> str | None:
    first = _asked(handler_input).get("first")
    return first if first in WEEKDAY_IDS else None


def _yes(handler_input: HandlerInput) -> Response:
    """Yes to a suggested night; a bare yes to the question asks it again."""
    first, suggested = _first(handler_input), _asked(handler_input).get("suggested")
    if first and suggested in WEEKDAY_IDS:
        return set_mask_nights(handler_input, first, suggested)
    return _again(handler_input)


def _no(handler_input: HandlerInput) -> Response:
    """No to a suggested night: which one, then; no to the question itself: nothing changes."""
    if _first(handler_input) and _asked(handler_input).get("suggested"):
        return _again(handler_input)
    return _unchanged(handler_input)


def _unchanged(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    nights = common.user(handler_input).state.mask_nights
    return common.tell(handler_input, say.say("mask_nights_unchanged", nights=say.nights(nights)))


def _again(handler_input: HandlerInput, lead: str = "") -> Response:
    """The question again, as it was asked, after `lead`."""
    first = _first(handler_input)
    say = common.speech(handler_input)
    if first is None:
        return _ask_pair(handler_input, say.join(lead, say.say("mask_nights_ask")))
    weekday = say.weekday(WEEKDAY_IDS.index(first))
    return _ask_second(
        handler_input, first, say.join(lead, say.say("mask_second_question", first=weekday))
    )


def _help(handler_input: HandlerInput) -> Response:
    first = _first(handler_input)
    say = common.speech(handler_input)
    if first is None:
        return _ask_pair(handler_input, say.say("mask_nights_help"))
    weekday = say.weekday(WEEKDAY_IDS.index(first))
    return _ask_second(handler_input, first, say.say("mask_second_help", first=weekday))


def _unclear(handler_input: HandlerInput) -> Response:
    return _again(handler_input, common.speech(handler_input).say("not_an_answer"))


def _not_sure(handler_input: HandlerInput) -> Response:
    """'I don't know' gets a night three apart to say yes to."""
    say = common.speech(handler_input)
    first = _first(handler_input)
    if first is None:
        return _help(handler_input)
    weekday = WEEKDAY_IDS.index(first)
    suggested = (weekday + SUGGESTED_GAP) % len(WEEKDAY_IDS)
    text = say.say("mask_second_suggest", night=say.weekday(suggested), first=say.weekday(weekday))
    return _ask_second(handler_input, first, text, suggested=WEEKDAY_IDS[suggested])


def register(dialog: Dialog) -> None:
    dialog.register(
        ASKED_MASK_NIGHTS,
        Continuations(
            yes=_yes, no=_no, stop=_unchanged, unclear=_unclear, not_sure=_not_sure, help=_help
        ),
    )
