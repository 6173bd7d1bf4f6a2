"""The towel and mask timers, through the Alexa Timers API, and the consent they need."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.services.timer_management import Task

from skill.config import settings
from skill.envelope import skill_id_of
from skill.flows import common, permissions
from skill.flows.dialog import Continuations, Dialog
from skill.flows.launch import welcome
from skill.flows.walk import back_to_step, current_step, in_walk, move_to
from skill.routine import (
    STEP_AFTER,
    DurationProblem,
    NightPlan,
    TimerKind,
    step_after_timer,
    timer_for_step,
    timer_length,
)
from skill.services import alexa
from skill.services.alexa import Outcome, TimerState
from skill.services.durations import parse_duration
from skill.state.changes import ForgetTimer, RememberTimer, TimerEndUnknown

RESUME_TASK = "ResumeRoutine"


def spoken_span(handler_input: HandlerInput, span: timedelta) -> str:
    say = common.speech(handler_input)
    minutes = round(span.total_seconds() / 60)
    if span < timedelta(minutes=1):
        return say.say("under_a_minute")
    return say.say("minute") if minutes == 1 else say.say("minutes", count=minutes)


def timer_kind(handler_input: HandlerInput, named: TimerKind | None) -> TimerKind | None:
    """The kind the user named; else the step they are on; else the only timer running."""
    if named:
        return named
    plan, step = current_step(handler_input)
    at_step = timer_for_step(plan, step) if step is not None else None
    if at_step:
        return at_step
    now = common.now(handler_input).isoformat()
    held = common.user(handler_input).state.timers
    # Paused ones ("" end) may still be running; ones whose end has passed have gone off.
    running = [kind for kind, timer in held.items() if not timer.get("ends") or timer["ends"] > now]
    return TimerKind(running[0]) if len(running) == 1 else None


def start(handler_input: HandlerInput, kind: TimerKind, minutes: int) -> Response:
    """Create the timer, or ask for consent when Alexa says we have none."""
    say = common.speech(handler_input)
    name = say.say(f"timer_name_{kind.value}")
    plan = common.tonight_plan(handler_input)
    announcement, task = _when_done(handler_input, plan, kind)
    outcome, timer = alexa.start_timer(
        handler_input, say.say(f"timer_label_{kind.value}"), timedelta(minutes=minutes),
        announcement, task,
    )  # fmt: skip
    if outcome is Outcome.OK and timer:
        ends = (common.now(handler_input) + timer.remaining).isoformat()
        # A timed mask is a mask done, walk or no walk.
        mask_done = plan.night.isoformat() if kind is TimerKind.MASK and plan.mask else None
        common.user(handler_input).change(RememberTimer(kind.value, timer.id, ends, mask_done))
        key = "timer_started_task" if task else "timer_started"
        return common.tell(handler_input, say.say(key, minutes=minutes, name=name))
    if outcome is Outcome.NO_PERMISSION:
        return _ask_consent(handler_input, kind, minutes)
    if outcome is Outcome.BAD_REQUEST:  # perhaps the label is taken: a timer we lost track of
        running = _running(handler_input, kind, by_label=True)
        if running is not None:
            return running
    return common.tell(handler_input, say.say(f"timer_error_{outcome.value}"))


def _when_done(
    handler_input: HandlerInput, plan: NightPlan, kind: TimerKind
) -> tuple[str, Task | None]:
    """What the user hears when the timer ends: the next step, or an offer to go back to it."""
    say = common.speech(handler_input)
    name = say.say(f"timer_name_{kind.value}")
    following = step_after_timer(plan, kind)
    if settings().timer_task_deployed and following is not None:
        skill_id = skill_id_of(handler_input)
        task = Task(
            name=f"{skill_id}.{RESUME_TASK}",
            version="1",
            input={"night": plan.night.isoformat(), "step": following},
        )
        return say.say("timer_done_task", name=name), task
    next_text = say.say(f"step_{STEP_AFTER[kind].value}")
    return say.say("timer_done_announce", name=name, next=next_text), None


def _ask_consent(handler_input: HandlerInput, kind: TimerKind, minutes: int) -> Response:
    if permissions.recently_refused(handler_input, alexa.TIMERS_SCOPE):
        lead = common.speech(handler_input).say("timers_off")
        return _fallback(handler_input, kind, minutes, lead)
    pending = {"action": common.ASKED_TIMER, "kind": kind.value, "minutes": minutes}
    intro = common.speech(handler_input).say("timer_permission_intro")
    return permissions.ask_for(handler_input, alexa.TIMERS_SCOPE, pending, intro)


def after_consent(
    handler_input: HandlerInput, pending: dict, accepted: bool, card_sent: bool
) -> Response:
    """The user answered the permission prompt: start what they asked for, or explain."""
    kind, minutes = _pending_timer(pending)
    if accepted:
        return start(handler_input, kind, minutes)
    return _fallback(handler_input, kind, minutes, card_sent=card_sent)


def _fallback(
    handler_input: HandlerInput, kind: TimerKind, minutes: int, lead: str = "",
    card_sent: bool = False,
) -> Response:  # fmt: skip
    """How to get the same timer from Alexa herself, without Pore Coach's permission."""
    say = common.speech(handler_input)
    label = say.say(f"timer_name_{kind.value}")
    tip = say.say("timer_fallback" if not lead else "timer_plain_tip", minutes=minutes, label=label)
    card = say.say("timer_card_sent") if card_sent else ""
    return common.tell(handler_input, say.join(lead, tip, card))


def start_requested(
    handler_input: HandlerInput, named: TimerKind | None, said: str | None
) -> Response:
    """'Start my mask timer (for twelve minutes)': `said` is the duration as Alexa heard it."""
    say = common.speech(handler_input)
    kind = timer_kind(handler_input, named) or TimerKind.MASK
    spoken = parse_duration(said)
    length = timer_length(kind, spoken)
    running = _running(handler_input, kind, by_label=False)
    if running is not None:
        return running
    if said and spoken is None:  # a length Alexa couldn't read ("?"): never guess silently
        name = say.say(f"timer_name_{kind.value}")
        text = say.say("timer_length_unclear", name=name, minutes=length.minutes)
    elif length.problem is DurationProblem.TOO_LONG:
        text = say.say(f"timer_too_long_{kind.value}", minutes=length.minutes)
    elif length.problem is DurationProblem.TOO_SHORT:
        text = say.say("timer_too_short", minutes=length.minutes)
    else:
        return start(handler_input, kind, length.minutes)
    return common.ask(
        handler_input, text, text, common.ASKED_TIMER, kind=kind.value, minutes=length.minutes
    )


def _running(handler_input: HandlerInput, kind: TimerKind, by_label: bool) -> Response | None:
    """A second 'start my mask timer' says how long is left rather than making another."""
    _, timer_id, timer = _find(handler_input, kind, by_label)
    if timer_id is None or timer is None:
        return None
    say = common.speech(handler_input)
    name = say.say(f"timer_name_{kind.value}")
    left = spoken_span(handler_input, timer.remaining)
    return common.tell(handler_input, say.say("timer_already_running", name=name, left=left))


def _find(
    handler_input: HandlerInput, kind: TimerKind, by_label: bool = True
) -> tuple[Outcome, str | None, TimerState | None]:
    """The timer of this kind: by the id we kept, else by its label (set from another profile,
    or its id never saved). What is gone is forgotten; what is found is kept. With the
    permission turned off, the record is kept: the timer may still be running at Alexa."""
    session = common.user(handler_input)
    now = common.now(handler_input)
    held = session.state.timers.get(kind.value)
    outcome, timer = (
        alexa.read_timer(handler_input, held["id"], now) if held else (Outcome.NOT_FOUND, None)
    )
    if outcome is Outcome.NOT_FOUND and by_label:
        label = common.speech(handler_input).say(f"timer_label_{kind.value}")
        outcome, timer = alexa.find_timer(handler_input, label, now)
    if timer is not None:
        if not held or held["id"] != timer.id:
            ends = "" if timer.paused else (now + timer.remaining).isoformat()
            session.change(RememberTimer(kind.value, timer.id, ends))
        return Outcome.OK, timer.id, timer
    if outcome is Outcome.NOT_FOUND:
        if held:
            _forget(handler_input, kind, held["id"])
        return outcome, None, None
    return outcome, (held["id"] if held else None), None  # the API didn't answer


def _forget(handler_input: HandlerInput, kind: TimerKind, timer_id: str) -> None:
    common.user(handler_input).change(ForgetTimer(kind.value, timer_id))


def offer_accepted(handler_input: HandlerInput) -> Response:
    """Yes to 'want a timer?': in the walk, or after a length was bounded."""
    pending = common.pending_details(handler_input)
    if "kind" in pending:
        kind, minutes = _pending_timer(pending)
        return start(handler_input, kind, minutes)
    plan, step = current_step(handler_input)
    kind = timer_for_step(plan, step if step is not None else -1) or TimerKind.MASK
    return start(handler_input, kind, timer_length(kind, None).minutes)


def offer_declined(handler_input: HandlerInput) -> Response:
    """No timer: in a walk, back to the step; otherwise nothing more to do."""
    say = common.speech(handler_input)
    if not in_walk(handler_input):
        return common.tell(handler_input, say.say("timer_not_started"))
    return back_to_step(handler_input, say.say("timer_offer_declined"))


class TimerAction(StrEnum):
    STATUS = "status"
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"


_CALLS = {
    TimerAction.PAUSE: (alexa.pause_timer, "timer_paused"),
    TimerAction.RESUME: (alexa.resume_timer, "timer_resumed"),
    TimerAction.CANCEL: (alexa.cancel_timer, "timer_cancelled"),
}


def control(handler_input: HandlerInput, named: TimerKind | None, action: TimerAction) -> Response:
    """How long is left, pause, resume and cancel, on the user's timer of that kind."""
    say = common.speech(handler_input)
    kind = timer_kind(handler_input, named) or TimerKind.MASK
    name = say.say(f"timer_name_{kind.value}")
    outcome, timer_id, timer = _find(handler_input, kind)
    if outcome is Outcome.NO_PERMISSION:  # turned off in the Alexa app: say so, whatever asked
        return common.tell(handler_input, say.say("timer_error_no_permission"))
    if timer_id is None:
        return common.tell(handler_input, say.say("timer_none", name=name))
    if timer is None:  # the API failed to say
        return common.tell(handler_input, say.say("timer_error_failed"))
    call_and_done = _CALLS.get(action)
    if call_and_done is None:
        key = "timer_paused_left" if timer.paused else "timer_left"
        left = spoken_span(handler_input, timer.remaining)
        return common.tell(handler_input, say.say(key, name=name, left=left))
    call, done = call_and_done
    outcome = call(handler_input, timer_id)
    if outcome is Outcome.OK:
        _remember(handler_input, kind, timer_id, done)
        return common.tell(handler_input, say.say(done, name=name))
    if outcome is Outcome.NOT_FOUND:
        _forget(handler_input, kind, timer_id)
        return common.tell(handler_input, say.say("timer_none", name=name))
    return common.tell(handler_input, say.say(f"timer_error_{outcome.value}"))


def _remember(handler_input: HandlerInput, kind: TimerKind, timer_id: str, done: str) -> None:
    if done == "timer_cancelled":
        _forget(handler_input, kind, timer_id)
        return
    common.user(handler_input).change(TimerEndUnknown(kind.value, timer_id))


def _pending_timer(pending: dict) -> tuple[TimerKind, int]:
    """Read defensively: a default mask timer beats an error."""
    try:
        kind = TimerKind(pending["kind"])
        return kind, timer_length(kind, timedelta(minutes=int(pending["minutes"]))).minutes
    except (ValueError, KeyError, TypeError):
        return TimerKind.MASK, timer_length(TimerKind.MASK, None).minutes


def resume_after_timer(handler_input: HandlerInput, given: dict) -> Response:
    """A timer that ended launched us with the step to go on with (LAUNCH_TASK's input)."""
    plan = common.tonight_plan(handler_input)
    step = given.get("step")
    if given.get("night") != plan.night.isoformat() or not isinstance(step, int):
        return welcome(handler_input)  # a timer from another night
    step = min(max(step, 0), len(plan.steps) - 1)
    return move_to(
        handler_input, plan, step, common.speech(handler_input).say("resume_after_timer")
    )


def _stopped(handler_input: HandlerInput) -> Response:
    """Stop inside a timer question: in a walk the place is kept; otherwise no timer started."""
    say = common.speech(handler_input)
    if in_walk(handler_input):
        return common.tell(handler_input, say.say("walk_paused"))
    return common.tell(handler_input, say.say("timer_not_started"))


def register(dialog: Dialog) -> None:
    dialog.register(
        common.ASKED_TIMER,
        Continuations(
            yes=offer_accepted, no=offer_declined, stop=_stopped, consented=after_consent
        ),
    )
