"""'What's tonight': the night's plan in a breath, then an offer to walk through it; and a night
that is over (walked or taken off), or whose mask will be missed."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common, walk
from skill.flows.dialog import Continuations, Dialog
from skill.routine import (
    NightPlan,
    Routine,
    last_mask_night,
    next_mask_night,
    plan_for,
    plan_for_tomorrow,
)
from skill.speech import Speech
from skill.state.changes import (
    DeclineRenewal,
    MissMask,
    RestartProgram,
    SettleMissedMask,
    TakeNightOff,
)


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
    if walked(handler_input) or taken_off(handler_input):
        return night_over(handler_input, greeting)
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


def walked(handler_input: HandlerInput) -> bool:
    """Whether tonight's walk went to its end."""
    plan, step = walk.current_step(handler_input)
    return step is not None and step >= len(plan.steps)


def taken_off(handler_input: HandlerInput) -> bool:
    """Whether the user said they'd skip tonight (and hasn't walked it since)."""
    night = common.tonight(handler_input).isoformat()
    return common.user(handler_input).state.skipped_night == night


def night_over(handler_input: HandlerInput, greeting: str = "") -> Response:
    """Nothing left to do tonight: say so and what tomorrow holds, with no walk on offer."""
    say = common.speech(handler_input)
    over = say.say("night_taken_off" if taken_off(handler_input) else "night_done")
    tomorrow = plan_for_tomorrow(
        common.user(handler_input).state.routine(), common.tonight(handler_input)
    )
    key = "tomorrow_mask_night" if tomorrow.mask else "tomorrow_plain_night"
    return common.tell(
        handler_input, say.join(greeting, over, say.say(key, items=plan_items(say, tomorrow)))
    )


def walk_through(handler_input: HandlerInput) -> Response:
    """'Walk me through it': a walk already finished tonight isn't started again."""
    if walked(handler_input):
        return night_over(handler_input)
    return walk.start_walk(handler_input)


def skip_tonight(handler_input: HandlerInput) -> Response:
    """'Skip tonight': no walk on offer again tonight, and a mask due moves on or is dropped."""
    if walked(handler_input):
        return night_over(handler_input)
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    session = common.user(handler_input)
    session.change(TakeNightOff(plan.night.isoformat()))
    if not plan.mask or plan.night.isoformat() in session.state.masks_done:
        return common.tell(
            handler_input, say.join(say.say("night_off"), say.say("no_mask_to_move"))
        )
    return common.tell(
        handler_input, say.join(say.say("night_off"), miss_mask(handler_input, plan))
    )


def missed_mask(handler_input: HandlerInput) -> Response:
    """'I missed my mask': tonight's, when tonight has one; otherwise the last night's."""
    say = common.speech(handler_input)
    session = common.user(handler_input)
    plan = common.tonight_plan(handler_input)
    carried = _unasked_carry(handler_input, plan)
    if carried is not None:
        # The answer to "did you get to your Monday mask?" before it was asked: it's here.
        session.change(SettleMissedMask(carried.isoformat(), done=False))
        return _mask_moved_here(handler_input)
    if plan.mask:
        return common.tell(handler_input, say.join(say.say("okay"), miss_mask(handler_input, plan)))
    last = last_mask_night(session.state.routine(), plan.night)
    if last is not None:
        owed_from = plan_for(session.state.routine(), last).mask_moved_from or last
        session.change(MissMask(last.isoformat(), owed_from.isoformat()))
        if common.tonight_plan(handler_input).mask:
            return _mask_moved_here(handler_input)
    return common.tell(handler_input, say.join(say.say("okay"), _dropped(handler_input, plan)))


def _unasked_carry(handler_input: HandlerInput, plan: NightPlan) -> date | None:
    """The mask night tonight makes up for, if we haven't asked about it and tonight's mask
    isn't done yet."""
    carried, state = plan.mask_moved_from, common.user(handler_input).state
    if carried is None or carried.isoformat() == state.missed_mask_asked:
        return None
    return None if plan.night.isoformat() in state.masks_done else carried


def miss_mask(handler_input: HandlerInput, plan: NightPlan) -> str:
    """Tonight's mask is missed: where the routine moves it, if anywhere."""
    owed_from = plan.mask_moved_from or plan.night
    session = common.user(handler_input)
    session.change(MissMask(plan.night.isoformat(), owed_from.isoformat()))
    if plan_for_tomorrow(session.state.routine(), plan.night).mask:
        return common.speech(handler_input).say("mask_moves_tomorrow")
    return _dropped(handler_input, plan)


def _dropped(handler_input: HandlerInput, plan: NightPlan) -> str:
    say = common.speech(handler_input)
    upcoming = next_mask_night(common.user(handler_input).state.routine(), plan.night)
    return say.say("mask_dropped", day=say.day_name(upcoming, plan.night))


def _mask_moved_here(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    return offer_walk(handler_input, say.join(say.say("okay"), plan_sentence(say, plan)), plan)


def missed_mask_answered(handler_input: HandlerInput, done: bool) -> Response:
    """Yes, the mask was done after all (we didn't see it), or no: it moves to tonight."""
    try:
        night = date.fromisoformat(str(common.pending_details(handler_input).get("night")))
    except (TypeError, ValueError):  # not a question of ours: just answer
        return answer_tonight(handler_input)
    common.user(handler_input).change(SettleMissedMask(night.isoformat(), done))
    return answer_tonight(handler_input)


def renew_program(handler_input: HandlerInput) -> Response:
    """Yes to 'another month?': tonight becomes day one again."""
    common.user(handler_input).change(RestartProgram(common.tonight(handler_input).isoformat()))
    say = common.speech(handler_input)
    plan = common.tonight_plan(handler_input)
    return offer_walk(
        handler_input, say.join(say.say("program_renewed"), plan_sentence(say, plan)), plan
    )


def decline_renewal(handler_input: HandlerInput) -> Response:
    """No to another month: the plan goes on, without counting days, and we stop asking."""
    common.user(handler_input).change(DeclineRenewal())
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
