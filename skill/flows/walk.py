"""The guided walk: one step a turn, with next, repeat, go back and start over.

The position is stored, so a walk left mid-way resumes in a later session the same night.
"""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows import screens
from skill.flows.dialog import Question, question
from skill.flows.reply import Reply
from skill.flows.turn import Turn
from skill.products import Product, product_for_step
from skill.routine import DEFAULT_MINUTES, NightPlan, StepKind, timer_for_step
from skill.speech import Speech
from skill.state.changes import PlaceWalk
from skill.state.model import Walk


def current_step(turn: Turn) -> tuple[NightPlan, int | None]:
    """Tonight's plan and the step the user is on, None when no walk is under way tonight."""
    plan = turn.plan()
    walk = turn.user.state.walk
    if walk is None or walk.night != plan.night.isoformat():
        return plan, None
    return plan, _position(plan, walk)


def _position(plan: NightPlan, walk: Walk) -> int:
    """The stored index, or where its step moved to if tonight's plan changed mid-walk."""
    kinds = [step.kind.value for step in plan.steps]
    if walk.kind is None or walk.step >= len(kinds) or kinds[walk.step] == walk.kind:
        return walk.step
    return kinds.index(walk.kind) if walk.kind in kinds else min(walk.step, len(kinds) - 1)


def in_walk(turn: Turn) -> bool:
    plan, step = current_step(turn)
    return step is not None and step < len(plan.steps)


def walked(turn: Turn) -> bool:
    """Whether tonight's walk went to its end."""
    plan, step = current_step(turn)
    return step is not None and step >= len(plan.steps)


def speak_step(turn: Turn, plan: NightPlan, index: int, lead: str = "") -> Reply:
    say = turn.say
    text = step_text(turn, plan.steps[index].kind)
    screen = screens.walk(turn, plan, index, _instructions(turn, plan))
    if plan.steps[index].kind is StepKind.HOT_TOWEL and not turn.user.state.sensitive_skin:
        from skill.flows.progress import TOWEL, once

        text = say.join(text, once(turn, TOWEL))  # the first time: warm, never hot
    timer = timer_for_step(plan, index)
    if timer:  # the towel and mask steps offer their timer
        # Imported here: the timer flow builds on the walk.
        from skill.flows.timers import TimerOffer

        offer = TimerOffer(timer.value, DEFAULT_MINUTES[timer], in_walk=True)
        step = say.say("step_intro", number=say.ordinal(index + 1), text=text)
        return offer.ask(turn, say.join(lead, step)).with_screen(screen)
    if index == len(plan.steps) - 1:
        step = say.join(say.say("step_last_intro", text=text), say.say("step_last_prompt"))
    else:
        step = say.join(
            say.say("step_intro", number=say.ordinal(index + 1), text=text), say.say("step_prompt")
        )
    return StepWaiting().ask(turn, speech=say.join(lead, step)).with_screen(screen)


def _instructions(turn: Turn, plan: NightPlan) -> tuple[str, ...]:
    """Every step's instruction, then the end's: what the walk's screen shows at each step."""
    steps = tuple(step_text(turn, step.kind) for step in plan.steps)
    return (*steps, turn.say.say("screen_walk_done"))


def step_text(turn: Turn, kind: StepKind) -> str:
    """The step's instruction, naming the user's own product where they told us one."""
    say = turn.say
    owned = product_for_step(turn.user.state.owned.values(), kind)
    if owned is not None and kind in OWNED_STEP_KEYS:
        return say.say(OWNED_STEP_KEYS[kind], product=spoken_name(say, owned))
    if kind is StepKind.HOT_TOWEL and turn.user.state.sensitive_skin:
        return say.say("step_hot_towel_sensitive")  # lukewarm, or left out
    return say.say(STEP_KEYS[kind])


STEP_KEYS = {
    StepKind.WASH: "step_wash",
    StepKind.EXFOLIATE: "step_exfoliate",
    StepKind.HOT_TOWEL: "step_hot_towel",
    StepKind.COOL_SPLASH: "step_cool_splash",
    StepKind.CLAY_MASK: "step_clay_mask",
    StepKind.COLD_SPLASH: "step_cold_splash",
    StepKind.LOTION: "step_lotion",
    StepKind.SERUM: "step_serum",
    StepKind.MOISTURISE: "step_moisturise",
}
OWNED_STEP_KEYS = {
    StepKind.SERUM: "step_serum_owned",
    StepKind.CLAY_MASK: "step_clay_mask_owned",
    StepKind.LOTION: "step_lotion_owned",
}


def spoken_name(say: Speech, product: Product) -> str:
    """Brands and product names are names in every language; the home-made mask is not."""
    return say.product(product.id, "spoken_name", product.spoken_name)


def move_to(turn: Turn, plan: NightPlan, index: int, lead: str = "") -> Reply:
    """Put the walk at `index`; the change counts a mask walked past as done."""
    turn.user.change(PlaceWalk(plan.night.isoformat(), index))
    if index >= len(plan.steps):
        # Imported here: the month's lines build on the walk's end.
        from skill.flows.evening import offer_if_due
        from skill.flows.progress import night_finished

        done = turn.say.join(turn.say.say("walk_done"), night_finished(turn))
        screen = screens.walk(turn, plan, index, _instructions(turn, plan))
        return offer_if_due(turn, Reply.tell(done).with_screen(screen))
    return speak_step(turn, plan, index, lead)


def start_walk(turn: Turn) -> Reply:
    """Start tonight's walk, or resume it where the user left off."""
    plan, step = current_step(turn)
    if step is None or step == 0:
        return move_to(turn, plan, 0)
    if step >= len(plan.steps):
        return Reply.tell(turn.say.say("walk_already_done"))
    return speak_step(turn, plan, step, lead=turn.say.say("walk_resume"))


def next_step(turn: Turn) -> Reply:
    plan, step = current_step(turn)
    if step is None or step >= len(plan.steps):
        return not_walking(turn, step)
    return move_to(turn, plan, step + 1)


def previous_step(turn: Turn) -> Reply:
    plan, step = current_step(turn)
    if step is None or step >= len(plan.steps):
        return not_walking(turn, step)
    if step == 0:
        return speak_step(turn, plan, 0, turn.say.say("walk_first_step"))
    return move_to(turn, plan, step - 1)


def start_over(turn: Turn) -> Reply:
    return move_to(turn, turn.plan(), 0, turn.say.say("walk_restart"))


def repeat_step(turn: Turn) -> Reply:
    plan, step = current_step(turn)
    return speak_step(turn, plan, step or 0)


def not_walking(turn: Turn, step: int | None) -> Reply:
    if step is not None:
        return Reply.tell(turn.say.say("walk_already_done"))
    return WalkOffer().ask(turn, speech=turn.say.say("walk_not_started"))


def back_to_step(turn: Turn, text: str) -> Reply:
    """After an answer inside a step (no timer, no): the walk waits on the same step."""
    return StepWaiting().ask(turn, speech=text)


def walk_declined(turn: Turn) -> Reply:
    return Reply.tell(turn.say.say("walk_declined"))


@question("walk")
@dataclass(frozen=True)
class WalkOffer(Question):
    """ "Want me to walk you through it?" """

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("offer_walk")

    def yes(self, turn: Turn) -> Reply:
        return start_walk(turn)

    def no(self, turn: Turn) -> Reply:
        return walk_declined(turn)


@question("resume")
@dataclass(frozen=True)
class ResumeOffer(Question):
    """ "You were on step two of tonight's routine. Pick up there?" """

    step: int = 0

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("resume_question", step=turn.say.ordinal(self.step + 1))

    def yes(self, turn: Turn) -> Reply:
        return start_walk(turn)

    def no(self, turn: Turn) -> Reply:
        return walk_declined(turn)


@question("step")
@dataclass(frozen=True)
class StepWaiting(Question):
    """A step of the walk waiting for "next". Asked something else, the walk waits on."""

    def keeps(self) -> bool:
        return True

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("step_reprompt")

    def still_open(self, turn: Turn) -> bool:
        return in_walk(turn)

    def yes(self, turn: Turn) -> Reply:
        return next_step(turn)  # "yes" to "say next when you're ready"

    def no(self, turn: Turn) -> Reply:
        return back_to_step(turn, turn.say.say("step_no"))

    def help(self, turn: Turn) -> Reply:
        _, step = current_step(turn)
        text = turn.say.say("help_walk", step=turn.say.ordinal((step or 0) + 1))
        return self.ask(turn, speech=text)

    def unclear(self, turn: Turn) -> Reply:
        return self.ask(turn, speech=turn.say.say("fallback_walk"))
