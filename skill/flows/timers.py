"""The towel and mask timers, through the Alexa Timers API, and the consent they need."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from skill.flows import permissions, screens
from skill.flows.dialog import Question, question
from skill.flows.launch import welcome
from skill.flows.reply import Reply
from skill.flows.tonight import walk_through
from skill.flows.turn import Turn
from skill.flows.walk import STEP_KEYS, back_to_step, current_step, in_walk, move_to
from skill.routine import (
    SHORTEST_MINUTES,
    STEP_AFTER,
    DurationProblem,
    NightPlan,
    TimerKind,
    step_after_timer,
    timer_for_step,
    timer_length,
)
from skill.services.alexa import TIMERS_SCOPE, Outcome, ResumeTask, TimerState
from skill.services.durations import parse_duration
from skill.state.changes import ForgetTimer, PlaceWalk, RememberTimer, TimerEndUnknown

RESUME_TASK = "ResumeRoutine"

TIMER_NAMES = {TimerKind.TOWEL: "timer_name_towel", TimerKind.MASK: "timer_name_mask"}
TIMER_LABELS = {TimerKind.TOWEL: "timer_label_towel", TimerKind.MASK: "timer_label_mask"}
TOO_LONG = {TimerKind.TOWEL: "timer_too_long_towel", TimerKind.MASK: "timer_too_long_mask"}
ERRORS = {
    Outcome.BAD_REQUEST: "timer_error_bad_request",
    Outcome.NOT_FOUND: "timer_error_not_found",
    Outcome.NOT_SUPPORTED: "timer_error_not_supported",
    Outcome.THROTTLED: "timer_error_throttled",
    Outcome.DEVICE_OFFLINE: "timer_error_device_offline",
    Outcome.FAILED: "timer_error_failed",
    Outcome.NO_PERMISSION: "timer_error_no_permission",
}


def _error(turn: Turn, outcome: Outcome) -> str:
    return turn.say.say(ERRORS.get(outcome, "timer_error_failed"))


def _name(turn: Turn, kind: TimerKind) -> str:
    return turn.say.say(TIMER_NAMES[kind])


def spoken_span(turn: Turn, span: timedelta) -> str:
    say = turn.say
    minutes = round(span.total_seconds() / 60)
    if span < timedelta(minutes=1):
        return say.say("under_a_minute")
    return say.say("minute") if minutes == 1 else say.say("minutes", count=minutes)


def timer_kind(turn: Turn, named: TimerKind | None) -> TimerKind | None:
    """The kind the user named; else the step they are on; else the only timer running."""
    at_step = named or _step_timer(turn)
    if at_step:
        return at_step
    now = turn.now.isoformat()
    held = turn.user.state.timers
    # Paused ones ("" end) may still be running; ones whose end has passed have gone off.
    running = [kind for kind, timer in held.items() if not timer.get("ends") or timer["ends"] > now]
    return TimerKind(running[0]) if len(running) == 1 else None


def _step_timer(turn: Turn) -> TimerKind | None:
    """The timer of the walk's step, when the walk is at a timed step."""
    plan, step = current_step(turn)
    return timer_for_step(plan, step) if step is not None else None


def start(turn: Turn, kind: TimerKind, minutes: int, lead: str = "") -> Reply:
    """Create the timer, or ask for consent when Alexa says we have none. `lead` is said first
    when the timer starts (that the length was rounded)."""
    say = turn.say
    plan = turn.plan()
    announcement, task = _when_done(turn, plan, kind)
    outcome, timer = turn.alexa.timers.start(
        say.say(TIMER_LABELS[kind]), timedelta(minutes=minutes), announcement, task
    )
    if outcome is Outcome.OK and timer:
        ends = (turn.now + timer.remaining).isoformat()
        turn.user.change(RememberTimer(kind.value, timer.id, ends, plan.night.isoformat()))
        _walk_on(turn, plan, kind)
        key = "timer_started_task" if task else "timer_started"
        started = say.say(key, length=say.timer_length(minutes), name=_name(turn, kind))
        screen = screens.timer(turn, plan, kind, minutes)
        return Reply.goodbye(say.join(lead, started)).with_screen(screen)
    if outcome is Outcome.NO_PERMISSION:
        return _ask_consent(turn, kind, minutes)
    if outcome is Outcome.BAD_REQUEST:  # perhaps the label is taken: a timer we lost track of
        running = _running(turn, kind, by_label=True)
        if running is not None:
            return running
    return Reply.tell(_error(turn, outcome))


def _walk_on(turn: Turn, plan: NightPlan, kind: TimerKind) -> None:
    """A timer started for the step the walk is on moves the walk to the step after it: that
    is the step the timer's end announces, and where "resume my routine" picks up."""
    _, step = current_step(turn)
    following = step_after_timer(plan, kind)
    if step is not None and timer_for_step(plan, step) is kind and following is not None:
        turn.user.change(PlaceWalk(plan.night.isoformat(), following))


def _when_done(turn: Turn, plan: NightPlan, kind: TimerKind) -> tuple[str, ResumeTask | None]:
    """What the user hears when the timer ends: the next step, or an offer to go back to it."""
    say = turn.say
    name = _name(turn, kind)
    following = step_after_timer(plan, kind)
    if turn.timer_task_deployed and following is not None:
        task = ResumeTask(f"{turn.skill_id}.{RESUME_TASK}", plan.night.isoformat(), following)
        return say.say("timer_done_task", name=name), task
    next_text = say.say(STEP_KEYS[STEP_AFTER[kind]])
    return say.say("timer_done_announce", name=name, next=next_text), None


def _ask_consent(turn: Turn, kind: TimerKind, minutes: int) -> Reply:
    walking = in_walk(turn)
    if permissions.recently_refused(turn, TIMERS_SCOPE):
        return _without_permission(turn, kind, minutes, walking, turn.say.say("timers_off"))
    asked = TimerConsent(kind.value, minutes, walking)
    return permissions.ask_for(turn, TIMERS_SCOPE, asked, turn.say.say("timer_permission_intro"))


def _without_permission(
    turn: Turn, kind: TimerKind, minutes: int, walking: bool, lead: str = "",
    card_sent: bool = False,
) -> Reply:  # fmt: skip
    """How to get the same timer from Alexa herself; in a walk, the walk goes on."""
    say = turn.say
    label = _name(turn, kind)
    a_length = say.timer_length(minutes, article=True)
    tip = say.say(
        "timer_fallback" if not lead else "timer_plain_tip", a_length=a_length, label=label
    )
    card = say.say("timer_card_sent") if card_sent else ""
    text = say.join(lead, tip, card)
    if walking and in_walk(turn):
        span = spoken_span(turn, timedelta(minutes=minutes))
        return back_to_step(turn, say.join(text, say.say("timer_walk_goes_on", span=span)))
    return Reply.tell(text)


def start_requested(turn: Turn, named: TimerKind | None, said: str | None) -> Reply:
    """'Start my mask timer (for twelve minutes)': `said` is the duration as Alexa heard it."""
    say = turn.say
    spoken = parse_duration(said)
    kind = named or _step_timer(turn)
    if kind is None and spoken is not None:
        # A length and no timer named asks for a new timer, not the one running: the mask (the
        # default), or, with the mask running, a plain Alexa timer for whatever else it times.
        mask = _find(turn, TimerKind.MASK, by_label=False)[2]
        if mask is not None:
            return _another_timer(turn, mask, spoken)
        kind = TimerKind.MASK
    kind = kind or timer_kind(turn, None) or TimerKind.MASK
    length = timer_length(kind, spoken)
    running = _running(turn, kind, by_label=False)
    if running is not None:
        return running
    if said and spoken is None:  # a length Alexa couldn't read ("?"): never guess silently
        text = say.say("timer_length_unclear", name=_name(turn, kind), minutes=length.minutes)
    elif length.problem is DurationProblem.TOO_LONG:
        text = say.say(TOO_LONG[kind], minutes=length.minutes)
    elif length.problem is DurationProblem.TOO_SHORT:
        text = say.say("timer_too_short", minutes=length.minutes)
    elif length.problem is DurationProblem.ROUNDED:  # said as set, never silently
        return start(turn, kind, length.minutes, say.say("timer_rounded"))
    else:
        return start(turn, kind, length.minutes)
    return TimerOffer(kind.value, length.minutes, in_walk(turn)).ask(turn, speech=text)


def _another_timer(turn: Turn, mask: TimerState, spoken: timedelta) -> Reply:
    """ "Set a timer for five minutes" with the mask running: what the mask has left, and how to
    have Alexa time something else (the towel comes before the mask, so it isn't that)."""
    say = turn.say
    minutes = max(SHORTEST_MINUTES, math.floor(spoken.total_seconds() / 60 + 0.5))
    return Reply.tell(
        say.say(
            "timer_another",
            name=_name(turn, TimerKind.MASK),
            left=spoken_span(turn, mask.remaining),
            a_length=say.timer_length(minutes, article=True),
        )
    )


def _running(turn: Turn, kind: TimerKind, by_label: bool) -> Reply | None:
    """A second 'start my mask timer' says how long is left rather than making another."""
    _, timer_id, timer = _find(turn, kind, by_label)
    if timer_id is None or timer is None:
        return None
    left = spoken_span(turn, timer.remaining)
    return Reply.tell(turn.say.say("timer_already_running", name=_name(turn, kind), left=left))


def _find(
    turn: Turn, kind: TimerKind, by_label: bool = True
) -> tuple[Outcome, str | None, TimerState | None]:
    """The timer of this kind: by the id we kept, else by its label (set from another profile,
    or its id never saved). What is gone is forgotten; what is found is kept. With the
    permission turned off, the record is kept: the timer may still be running at Alexa."""
    session = turn.user
    now = turn.now
    held = session.state.timers.get(kind.value)
    outcome, timer = turn.alexa.timers.read(held["id"], now) if held else (Outcome.NOT_FOUND, None)
    if outcome is Outcome.NOT_FOUND and by_label:
        outcome, timer = turn.alexa.timers.find(turn.say.say(TIMER_LABELS[kind]), now)
        if outcome is Outcome.NO_PERMISSION and not held:
            outcome = Outcome.NOT_FOUND  # none of ours was ever set: none is running
    if timer is not None:
        if not held or held["id"] != timer.id:
            ends = "" if timer.paused else (now + timer.remaining).isoformat()
            session.change(RememberTimer(kind.value, timer.id, ends))
        return Outcome.OK, timer.id, timer
    if outcome is Outcome.NOT_FOUND:
        if held:
            session.change(ForgetTimer(kind.value, held["id"]))
        return outcome, None, None
    return outcome, (held["id"] if held else None), None  # the API didn't answer


class TimerAction(StrEnum):
    STATUS = "status"
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"


DONE = {
    TimerAction.PAUSE: "timer_paused",
    TimerAction.RESUME: "timer_resumed",
    TimerAction.CANCEL: "timer_cancelled",
}


def control(turn: Turn, named: TimerKind | None, action: TimerAction) -> Reply:
    """How long is left, pause, resume and cancel, on the user's timer of that kind. With no
    kind named and both timers running, pause, resume and cancel ask which (how long is left
    names the timer it tells of)."""
    kind = timer_kind(turn, named)
    if kind is None and action is not TimerAction.STATUS:
        running = _running_kinds(turn)
        if len(running) > 1:
            return WhichTimer(action.value).ask(turn)
        kind = running[0] if running else None
    return _control(turn, kind or TimerKind.MASK, action, kind_named=named is not None)


def _running_kinds(turn: Turn) -> list[TimerKind]:
    """The kinds whose recorded timer Alexa still holds: read, not taken from the record (a
    paused or resumed timer's end isn't known)."""
    held = turn.user.state.timers
    return [
        kind
        for kind in TimerKind
        if kind.value in held and _find(turn, kind, by_label=False)[2] is not None
    ]


def _control(turn: Turn, kind: TimerKind, action: TimerAction, kind_named: bool) -> Reply:
    say = turn.say
    name = _name(turn, kind)
    outcome, timer_id, timer = _find(turn, kind)
    if outcome is Outcome.NO_PERMISSION:  # turned off in the Alexa app: say so, whatever asked
        return Reply.tell(say.say("timer_error_no_permission"))
    if timer_id is None:
        if action is TimerAction.PAUSE and in_walk(turn):
            return Reply.goodbye(say.say("walk_paused"))  # no timer to pause: the walk waits
        if action is TimerAction.RESUME and not kind_named:
            return walk_through(turn)  # a bare "resume" with no timer held: the walk goes on
        return Reply.tell(say.say("timer_none", name=name))
    if timer is None:  # the API failed to say
        return Reply.tell(_error(turn, Outcome.FAILED))
    as_it_is = _as_it_is(turn, name, timer, action)
    if as_it_is is not None:
        return as_it_is
    api = turn.alexa.timers
    call = {TimerAction.PAUSE: api.pause, TimerAction.RESUME: api.resume}.get(action, api.cancel)
    outcome = call(timer_id)
    if outcome is Outcome.OK:
        if action is TimerAction.CANCEL:
            turn.user.change(ForgetTimer(kind.value, timer_id))
        else:
            turn.user.change(TimerEndUnknown(kind.value, timer_id))
        return Reply.tell(say.say(DONE[action], name=name))
    if outcome is Outcome.NOT_FOUND:
        turn.user.change(ForgetTimer(kind.value, timer_id))
        return Reply.tell(say.say("timer_none", name=name))
    return Reply.tell(_error(turn, outcome))


def _as_it_is(turn: Turn, name: str, timer: TimerState, action: TimerAction) -> Reply | None:
    """How long is left; or, asked to pause a paused timer or resume a running one, that it
    already is. None when there is something to do."""
    say = turn.say
    left = spoken_span(turn, timer.remaining)
    if action is TimerAction.STATUS:
        key = "timer_paused_left" if timer.paused else "timer_left"
        return Reply.tell(say.say(key, name=name, left=left))
    if action is TimerAction.PAUSE and timer.paused:
        return Reply.tell(say.say("timer_already_paused", name=name, left=left))
    if action is TimerAction.RESUME and not timer.paused:
        return Reply.tell(say.say("timer_already_running", name=name, left=left))
    return None


def resume_after_timer(turn: Turn, night: object, step: object) -> Reply:
    """A timer that ended launched us with the step to go on with (LAUNCH_TASK's input)."""
    plan = turn.plan()
    if night != plan.night.isoformat() or not isinstance(step, int) or isinstance(step, bool):
        return welcome(turn)  # a timer from another night
    step = min(max(step, 0), len(plan.steps) - 1)
    return move_to(turn, plan, step, turn.say.say("resume_after_timer"))


def _kind_of(value: object) -> TimerKind:
    try:
        return TimerKind(str(value))
    except ValueError:
        return TimerKind.MASK  # read defensively: a default mask timer beats an error


@dataclass(frozen=True)
class _TimerAsked:
    """What a timer question carries, read defensively: the kind, its length, and whether it
    was asked at a step of the walk."""

    timer: str = TimerKind.MASK.value
    minutes: int = 10
    in_walk: bool = False

    @property
    def timer_kind(self) -> TimerKind:
        return _kind_of(self.timer)

    @property
    def length(self) -> int:
        minutes = self.minutes if isinstance(self.minutes, int) else None
        spoken = timedelta(minutes=minutes) if minutes else None
        return timer_length(self.timer_kind, spoken).minutes


@question("timer")
@dataclass(frozen=True)
class TimerOffer(_TimerAsked, Question):
    """ "Want a 10-minute timer?": at the walk's timed steps, or after a length was bounded."""

    def keeps(self) -> bool:
        return bool(self.in_walk)

    def prompt(self, turn: Turn) -> str:
        return turn.say.say(
            "timer_offer", a_length=turn.say.timer_length(self.length, article=True)
        )

    def still_open(self, turn: Turn) -> bool:
        return in_walk(turn)

    def yes(self, turn: Turn) -> Reply:
        return start(turn, self.timer_kind, self.length)

    def no(self, turn: Turn) -> Reply:
        """No timer: in a walk, back to the step; otherwise nothing more to do."""
        if not in_walk(turn):
            return Reply.tell(turn.say.say("timer_not_started"))
        return back_to_step(turn, turn.say.say("timer_offer_declined"))

    def stop(self, turn: Turn) -> Reply:
        """In a walk the place is kept; otherwise no timer started."""
        key = "walk_paused" if in_walk(turn) else "timer_not_started"
        return Reply.goodbye(turn.say.say(key))

    def help(self, turn: Turn) -> Reply:
        key = "help_timer_step" if in_walk(turn) else "help_timer_offer"
        return self.ask(turn, turn.say.say(key))


WHICH = {
    TimerAction.PAUSE: "timer_which_pause",
    TimerAction.RESUME: "timer_which_resume",
    TimerAction.CANCEL: "timer_which_cancel",
}


@question("whichTimer")
@dataclass(frozen=True)
class WhichTimer(Question):
    """ "You have two timers: hot towel and clay mask. Which one? Say cancel the towel timer, or
    cancel the mask timer.": the answer is that intent again with the timer named, which closes
    this question and acts on that timer."""

    action: str = TimerAction.CANCEL.value

    @property
    def timer_action(self) -> TimerAction:
        try:
            action = TimerAction(str(self.action))
        except ValueError:
            return TimerAction.CANCEL
        return action if action in WHICH else TimerAction.CANCEL

    def prompt(self, turn: Turn) -> str:
        return turn.say.say(WHICH[self.timer_action])

    def yes(self, turn: Turn) -> Reply:  # names neither
        return self.ask(turn)

    def no(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("timer_which_none"))

    def stop(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("timer_which_none"))


@question("timerConsent")
@dataclass(frozen=True)
class TimerConsent(_TimerAsked, Question):
    """Alexa's own permission prompt for timers, asked to start this one."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("timer_permission_intro")

    def yes(self, turn: Turn) -> Reply:  # not answered by voice: Alexa asks, and tells us
        return self.consented(turn, accepted=True, card_sent=False)

    def no(self, turn: Turn) -> Reply:
        return self.consented(turn, accepted=False, card_sent=False)

    def consented(self, turn: Turn, accepted: bool, card_sent: bool) -> Reply:
        if accepted:
            return start(turn, self.timer_kind, self.length)
        return _without_permission(
            turn, self.timer_kind, self.length, bool(self.in_walk), card_sent=card_sent
        )
