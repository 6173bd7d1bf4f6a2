"""'What's tonight': the night's plan in a breath, then an offer to walk through it."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.dialog import Continuations, Dialog
from skill.routine import NightPlan, Routine, next_mask_night
from skill.speech import Speech


def plan_items(say: Speech, plan: NightPlan) -> str:
    items = [say.say("item_mask")] if plan.mask else []
    if plan.lotion:
        items.append(say.say("item_lotion"))
    if not items:
        return say.say("item_only_serum")
    return say.listing([*items, say.say("item_serum")], last_joiner="then")


def plan_sentence(say: Speech, plan: NightPlan) -> str:
    """The plan for a user whose skin type we know."""
    day = say.say("day_of_month", day=plan.program_day) if plan.program_day else ""
    items = plan_items(say, plan)
    if plan.mask_moved_from:
        opening = say.say(
            "plan_mask_moved",
            weekday=say.weekday(plan.mask_moved_from.weekday()),
            day_of_month=day,
            items=items,
        )
    elif plan.mask:
        opening = say.say("plan_mask_night", day_of_month=day, items=items)
    else:
        opening = say.say("plan_plain_night", day_of_month=day, items=items)
    lotion_note = ""
    if plan.lotion_starts_tonight:
        lotion_note = say.say("lotion_starts")
    elif plan.lotion_off_month:
        lotion_note = say.say("lotion_off_month")
    return say.join(opening, lotion_note)


def mask_clause(say: Speech, routine: Routine, plan: NightPlan) -> str:
    if plan.mask:
        return say.say("mask_tonight_clause")
    upcoming = next_mask_night(routine, plan.night)
    key = "mask_next_clause" if routine.program_start else "mask_first_clause"
    return say.say(key, day=say.day_name(upcoming, plan.night))


def offer_walk(handler_input: HandlerInput, text: str, plan: NightPlan) -> Response:
    say = common.speech(handler_input)
    offer = say.say("offer_walk_mask" if plan.mask else "offer_walk")
    return common.ask(handler_input, say.join(text, offer), offer, pending=common.ASKED_WALK)


def answer_tonight(handler_input: HandlerInput, greeting: str = "") -> Response:
    """Shared by 'what's tonight' and the returning user's welcome."""
    say = common.speech(handler_input)
    state = common.user(handler_input).state
    plan = common.tonight_plan(handler_input)
    if state.skin_type is None:
        text = say.say(
            "plan_unknown_skin",
            mask=mask_clause(say, state.routine(), plan),
            ask_skin=say.say("ask_skin"),
        )
        return common.ask(
            handler_input, say.join(greeting, text), say.say("ask_skin"), pending=common.ASKED_SKIN
        )
    missed = plan.mask_moved_from
    if missed and state.missed_mask_asked != missed.isoformat():
        # We only know a mask was done if the walk or a timer saw it: ask before moving it.
        text = say.say("missed_mask_check", weekday=say.weekday(missed.weekday()))
        return common.ask(
            handler_input, say.join(greeting, text), text, common.ASKED_MISSED_MASK,
            night=missed.isoformat(),
        )  # fmt: skip
    sentence = say.join(greeting, plan_sentence(say, plan))
    if plan.program_complete and not state.renewal_declined:
        question = say.say("program_complete")
        return common.ask(handler_input, say.join(sentence, question), question, common.ASKED_RENEW)
    return offer_walk(handler_input, sentence, plan)


def missed_mask_answered(handler_input: HandlerInput, done: bool) -> Response:
    """Yes, the mask was done after all (we didn't see it), or no: it moves to tonight."""
    try:
        night = date.fromisoformat(str(common.pending_details(handler_input).get("night")))
    except (TypeError, ValueError):  # not a question of ours: just answer
        return answer_tonight(handler_input)

    def settle(state, night=night):
        state.missed_mask_asked = night.isoformat()
        if done:
            state.record_mask_done(night)

    common.user(handler_input).change(settle)
    return answer_tonight(handler_input)


def renew_program(handler_input: HandlerInput) -> Response:
    """Yes to 'another month?': tonight becomes day one again."""
    night = common.tonight(handler_input)

    def restart(state, night=night):
        state.program_start = night.isoformat()
        state.renewal_declined = False

    common.user(handler_input).change(restart)
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    return offer_walk(
        handler_input, say.join(say.say("program_renewed"), plan_sentence(say, plan)), plan
    )


def decline_renewal(handler_input: HandlerInput) -> Response:
    """No to another month: the plan goes on, without counting days, and we stop asking."""
    common.user(handler_input).change(lambda state: setattr(state, "renewal_declined", True))
    say = common.speech(handler_input)
    return offer_walk(
        handler_input, say.say("program_not_renewed"), common.tonight_plan(handler_input)
    )


def register(dialog: Dialog) -> None:
    dialog.register(common.ASKED_RENEW, Continuations(yes=renew_program, no=decline_renewal))
    dialog.register(
        common.ASKED_MISSED_MASK,
        Continuations(
            yes=lambda hi: missed_mask_answered(hi, done=True),
            no=lambda hi: missed_mask_answered(hi, done=False),
        ),
    )
