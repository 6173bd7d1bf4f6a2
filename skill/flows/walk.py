"""The guided walk: one step a turn, with next, repeat, go back and start over.

The position is stored, so a walk left mid-way resumes in a later session the same night.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.dialog import Continuations, Dialog
from skill.products import product_for_step
from skill.routine import DEFAULT_MINUTES, NightPlan, StepKind, timer_for_step
from skill.state.changes import PlaceWalk
from skill.state.model import Walk


def current_step(handler_input: HandlerInput) -> tuple[NightPlan, int | None]:
    """Tonight's plan and the step the user is on, None when no walk is under way tonight."""
    plan = common.tonight_plan(handler_input)
    walk = common.user(handler_input).state.walk
    if walk is None or walk.night != plan.night.isoformat():
        return plan, None
    return plan, _position(plan, walk)


def _position(plan: NightPlan, walk: Walk) -> int:
    """The stored index, or where its step moved to if tonight's plan changed mid-walk."""
    kinds = [step.kind.value for step in plan.steps]
    if walk.kind is None or walk.step >= len(kinds) or kinds[walk.step] == walk.kind:
        return walk.step
    return kinds.index(walk.kind) if walk.kind in kinds else min(walk.step, len(kinds) - 1)


def speak_step(
    handler_input: HandlerInput, plan: NightPlan, index: int, lead: str = ""
) -> Response:
    say = common.speech(handler_input)
    text = step_text(handler_input, plan.steps[index].kind)
    timer = timer_for_step(plan, index)
    if timer:  # the towel and mask steps offer their timer
        offer = say.say("timer_offer", minutes=DEFAULT_MINUTES[timer])
        step = say.join(say.say("step_intro", number=say.ordinal(index + 1), text=text), offer)
        return common.ask(handler_input, say.join(lead, step), offer, pending=common.ASKED_TIMER)
    if index == len(plan.steps) - 1:
        step = say.join(say.say("step_last_intro", text=text), say.say("step_last_prompt"))
    else:
        step = say.join(
            say.say("step_intro", number=say.ordinal(index + 1), text=text), say.say("step_prompt")
        )
    reprompt = say.say("step_reprompt")
    return common.ask(handler_input, say.join(lead, step), reprompt, pending=common.ASKED_STEP)


def step_text(handler_input: HandlerInput, kind: StepKind) -> str:
    """The step's instruction, naming the user's own product where they told us one."""
    say = common.speech(handler_input)
    owned = product_for_step(common.user(handler_input).state.owned.values(), kind)
    if owned:
        return say.say(
            f"step_{kind.value}_owned",
            product=common.spoken_name(say, owned),
        )
    return say.say(f"step_{kind.value}")


def move_to(handler_input: HandlerInput, plan: NightPlan, index: int, lead: str = "") -> Response:
    """Put the walk at `index`; moving past the mask step is what counts the mask as done."""
    kind = plan.steps[index].kind.value if index < len(plan.steps) else None
    past_mask = any(step.kind is StepKind.CLAY_MASK for step in plan.steps[:index])
    common.user(handler_input).change(PlaceWalk(plan.night.isoformat(), index, kind, past_mask))
    if index >= len(plan.steps):
        return common.tell(handler_input, common.speech(handler_input).say("walk_done"))
    return speak_step(handler_input, plan, index, lead)


def start_walk(handler_input: HandlerInput) -> Response:
    """Start tonight's walk, or resume it where the user left off."""
    say = common.speech(handler_input)
    plan, step = current_step(handler_input)
    if step is None or step == 0:
        return move_to(handler_input, plan, 0)
    if step >= len(plan.steps):
        return common.tell(handler_input, say.say("walk_already_done"))
    return speak_step(handler_input, plan, step, lead=say.say("walk_resume"))


def in_walk(handler_input: HandlerInput) -> bool:
    plan, step = current_step(handler_input)
    return step is not None and step < len(plan.steps)


def next_step(handler_input: HandlerInput) -> Response:
    plan, step = current_step(handler_input)
    if step is None or step >= len(plan.steps):
        return not_walking(handler_input, step)
    return move_to(handler_input, plan, step + 1)


def previous_step(handler_input: HandlerInput) -> Response:
    plan, step = current_step(handler_input)
    if step is None or step >= len(plan.steps):
        return not_walking(handler_input, step)
    if step == 0:
        lead = common.speech(handler_input).say("walk_first_step")
        return speak_step(handler_input, plan, 0, lead)
    return move_to(handler_input, plan, step - 1)


def start_over(handler_input: HandlerInput) -> Response:
    plan = common.tonight_plan(handler_input)
    return move_to(handler_input, plan, 0, common.speech(handler_input).say("walk_restart"))


def repeat_step(handler_input: HandlerInput) -> Response:
    plan, step = current_step(handler_input)
    return speak_step(handler_input, plan, step or 0)


def not_walking(handler_input: HandlerInput, step: int | None) -> Response:
    say = common.speech(handler_input)
    if step is not None:
        return common.tell(handler_input, say.say("walk_already_done"))
    text = say.say("walk_not_started")
    return common.ask(handler_input, text, say.say("offer_walk"), pending=common.ASKED_WALK)


def back_to_step(handler_input: HandlerInput, text: str) -> Response:
    """After an answer inside a step (no timer, no): the walk waits on the same step."""
    reprompt = common.speech(handler_input).say("step_reprompt")
    return common.ask(handler_input, text, reprompt, pending=common.ASKED_STEP)


def _step_help(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    _, step = current_step(handler_input)
    text = say.say("help_walk", step=say.ordinal((step or 0) + 1))
    return common.ask(handler_input, text, say.say("step_reprompt"), pending=common.ASKED_STEP)


def _step_unclear(handler_input: HandlerInput) -> Response:
    text = common.speech(handler_input).say("fallback_walk")
    return common.ask(handler_input, text, text, pending=common.ASKED_STEP)


def _walk_declined(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("walk_declined"))


def register(dialog: Dialog) -> None:
    dialog.register(common.ASKED_WALK, Continuations(yes=start_walk, no=_walk_declined))
    dialog.register(
        common.ASKED_STEP,
        Continuations(
            yes=next_step,  # "yes" to "say next when you're ready"
            no=lambda hi: back_to_step(hi, common.speech(hi).say("step_no")),
            help=_step_help,
            unclear=_step_unclear,
        ),
    )
