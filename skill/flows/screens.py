"""What a screen shows beside the voice: plain data in the request's language, built from the same
plan and words as the speech. The APL renderer (`skill/handlers/apl.py`) draws it; a device
without a screen never sees it. The voice is complete without it."""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows.turn import Turn
from skill.routine import (
    STEP_AFTER,
    NightPlan,
    StepKind,
    TimerKind,
    next_mask_night,
    timer_for_step,
)
from skill.routine.plan import PROGRAM_DAYS
from skill.routine.timers import TIMED_STEPS

# The actions a button sends (SendEvent arguments), and the screens that offer each. A touch
# names one of these or it is not ours.
TONIGHT, WALK, NEXT, BACK, REPEAT, HELP = "tonight", "walk", "next", "back", "repeat", "help"
MASK_TIMER, TOWEL_TIMER = "maskTimer", "towelTimer"
CHEAPER, ANOTHER, RECIPE = "cheaper", "another", "recipe"
TIMER_ACTIONS = {StepKind.HOT_TOWEL: TOWEL_TIMER, StepKind.CLAY_MASK: MASK_TIMER}

STEP_TITLES = {
    StepKind.WASH: "screen_step_wash",
    StepKind.EXFOLIATE: "screen_step_exfoliate",
    StepKind.HOT_TOWEL: "screen_step_hot_towel",
    StepKind.COOL_SPLASH: "screen_step_cool_splash",
    StepKind.CLAY_MASK: "screen_step_clay_mask",
    StepKind.COLD_SPLASH: "screen_step_cold_splash",
    StepKind.LOTION: "screen_step_lotion",
    StepKind.SERUM: "screen_step_serum",
    StepKind.MOISTURISE: "screen_step_moisturise",
}
BUTTON_LABELS = {
    TONIGHT: "screen_button_tonight",
    WALK: "screen_button_walk",
    NEXT: "screen_button_next",
    BACK: "screen_button_back",
    REPEAT: "screen_button_repeat",
    HELP: "screen_button_help",
    MASK_TIMER: "screen_button_maskTimer",
    TOWEL_TIMER: "screen_button_towelTimer",
    CHEAPER: "screen_button_cheaper",
    ANOTHER: "screen_button_another",
    RECIPE: "screen_button_recipe",
}


@dataclass(frozen=True)
class Button:
    label: str
    action: str


@dataclass(frozen=True)
class Screen:
    """One screen: `kind` names the document and what its buttons may do; `night` dates it."""

    kind: str  # tonight | walk | timer | product | recipe | help
    night: str
    title: str
    subtitle: str = ""
    items: tuple[str, ...] = ()
    body: str = ""
    footer: str = ""
    buttons: tuple[Button, ...] = ()
    # The walk: the step it is on (len(items) once done), and for every step its instruction and
    # its timer's button, so the screen moves on in place without being sent again.
    current: int = -1
    bodies: tuple[str, ...] = ()
    step_labels: tuple[str, ...] = ()
    step_buttons: tuple[Button, ...] = ()

    @property
    def token(self) -> str:
        return f"porecoach.{self.kind}.{self.night}"

    @property
    def actions(self) -> frozenset[str]:
        """What a touch on this screen may ask for."""
        every = (*self.buttons, *self.step_buttons)
        return frozenset(button.action for button in every if button.action)


def touch_is_ours(turn: Turn, token: str, action: str) -> bool:
    """A touch from a screen of ours drawn tonight, asking what that screen offered."""
    prefix, _, rest = token.partition(".")
    kind, _, night = rest.partition(".")
    if prefix != "porecoach" or night != turn.tonight.isoformat():
        return False
    plan = turn.plan()
    offered = {
        "tonight": {WALK, HELP} | ({MASK_TIMER} if plan.mask else set()),
        "walk": {BACK, REPEAT, NEXT}
        | {TIMER_ACTIONS[s.kind] for s in plan.steps if s.kind in TIMER_ACTIONS},
        "product": {CHEAPER, ANOTHER, RECIPE},
        "help": {TONIGHT, WALK},
        "progress": {TONIGHT},
    }
    return action in offered.get(kind, set())


def _buttons(turn: Turn, *actions: str) -> tuple[Button, ...]:
    return tuple(Button(turn.say.say(BUTTON_LABELS[a]), a) for a in actions)


def _steps(turn: Turn, plan: NightPlan) -> tuple[str, ...]:
    return tuple(turn.say.say(STEP_TITLES[step.kind]) for step in plan.steps)


def _night_title(turn: Turn, plan: NightPlan) -> str:
    return turn.say.say("screen_mask_night" if plan.mask else "screen_plain_night")


def _month_line(turn: Turn, plan: NightPlan) -> str:
    say = turn.say
    parts = []
    if plan.program_day:
        parts.append(say.say("screen_day_of", day=plan.program_day, days=PROGRAM_DAYS))
    upcoming = next_mask_night(turn.user.state.routine(), plan.night)  # after tonight's
    parts.append(say.say("screen_next_mask", day=say.day_name(upcoming, plan.night)))
    return " · ".join(parts)


def tonight(turn: Turn, plan: NightPlan) -> Screen:
    actions = (WALK, MASK_TIMER, HELP) if plan.mask else (WALK, HELP)
    return Screen(
        "tonight",
        plan.night.isoformat(),
        _night_title(turn, plan),
        _month_line(turn, plan),
        items=_steps(turn, plan),
        buttons=_buttons(turn, *actions),
    )


def walk(turn: Turn, plan: NightPlan, index: int, instructions: tuple[str, ...]) -> Screen:
    """The walk at step `index`: the steps (done ticked, this one marked), its instruction in
    full, Back, Repeat, Next and the step's timer. `instructions` has one line a step and one
    for the end."""
    no_timer = Button("", "")
    step_buttons = tuple(
        _buttons(turn, TIMER_ACTIONS[step.kind])[0] if timer_for_step(plan, n) else no_timer
        for n, step in enumerate(plan.steps)
    )
    count = len(plan.steps)
    labels = tuple(turn.say.say("screen_step_of", step=n, steps=count) for n in range(1, count + 1))
    labels = (*labels, turn.say.say("screen_walk_done"))
    at = min(index, count)
    return Screen(
        "walk",
        plan.night.isoformat(),
        _night_title(turn, plan),
        labels[at],
        items=_steps(turn, plan),
        body=instructions[at],
        buttons=() if index >= count else _buttons(turn, BACK, REPEAT, NEXT),
        current=index,
        bodies=instructions,
        step_labels=labels,
        step_buttons=(*step_buttons, no_timer),
    )


def timer(turn: Turn, plan: NightPlan, kind: TimerKind, minutes: int) -> Screen:
    """The step the timer belongs to, its length, and what comes after it: the device's own
    timer shows the countdown."""
    say = turn.say
    step = next(step for step, timer in TIMED_STEPS.items() if timer is kind)
    return Screen(
        "timer",
        plan.night.isoformat(),
        say.say("screen_timer_title", step=say.say(STEP_TITLES[step])),
        say.say("screen_timer_length", minutes=minutes),
        footer=say.say("screen_timer_then", step=say.say(STEP_TITLES[STEP_AFTER[kind]])),
    )


def product(turn: Turn, title: str, name: str, price: str, why: str, patch: str) -> Screen:
    """A product bought (a price): Cheaper and Another one; the home-made mask: its recipe."""
    return Screen(
        "product",
        turn.tonight.isoformat(),
        title,
        price,
        items=(name,),
        body=why,
        footer=patch,
        buttons=_buttons(turn, CHEAPER, ANOTHER) if price else _buttons(turn, RECIPE),
    )


def recipe(turn: Turn, title: str, lines: tuple[str, ...]) -> Screen:
    return Screen("recipe", turn.tonight.isoformat(), title, items=lines)


def progress(turn: Turn, lines: list[str]) -> Screen:
    """How the month is going: the same lines as the voice."""
    return Screen(
        "progress",
        turn.tonight.isoformat(),
        turn.say.say("screen_progress_title"),
        items=tuple(lines),
        buttons=_buttons(turn, TONIGHT),
    )


def help_screen(turn: Turn) -> Screen:
    """What can be said now: the commonest as buttons, more as hints."""
    return Screen(
        "help",
        turn.tonight.isoformat(),
        turn.say.say("screen_help_title"),
        items=tuple(turn.say.say("screen_help_hints").split("|")),
        buttons=_buttons(turn, TONIGHT, WALK),
    )
