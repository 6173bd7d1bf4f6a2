"""The towel and mask timers, through the Alexa Timers API, and the consent they need."""

from __future__ import annotations

from datetime import timedelta

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.services.timer_management import Task

from skill.config import settings
from skill.handlers import common, permissions
from skill.handlers.launch import LaunchHandler
from skill.handlers.slots import resolved_id, slot_value
from skill.handlers.walk import current_step, move_to
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
from skill.services.alexa import Outcome
from skill.services.durations import parse_duration

RESUME_TASK = "ResumeRoutine"
CONSENT_ACTION = "timer"  # names this module's after_consent in a permission request's token


def spoken_span(handler_input: HandlerInput, span: timedelta) -> str:
    say = common.speech(handler_input)
    minutes = round(span.total_seconds() / 60)
    if span < timedelta(minutes=1):
        return say.say("under_a_minute")
    return say.say("minute") if minutes == 1 else say.say("minutes", count=minutes)


def timer_kind(handler_input: HandlerInput) -> TimerKind | None:
    """The kind the user named; else the step they are on; else the only timer running."""
    named = resolved_id(handler_input, "timerKind")
    if named:
        return TimerKind(named.lower())
    plan, step = current_step(handler_input)
    at_step = timer_for_step(plan, step) if step is not None else None
    if at_step:
        return at_step
    running = common.user(handler_input).state.timers
    return TimerKind(next(iter(running))) if len(running) == 1 else None


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
        common.user(handler_input).change(lambda state: state.timers.update({kind.value: timer.id}))
        key = "timer_started_task" if task else "timer_started"
        return common.tell(handler_input, say.say(key, minutes=minutes, name=name))
    if outcome is Outcome.NO_PERMISSION:
        return _ask_consent(handler_input, kind, minutes)
    return common.tell(handler_input, say.say(f"timer_error_{outcome.value}"))


def _when_done(
    handler_input: HandlerInput, plan: NightPlan, kind: TimerKind
) -> tuple[str, Task | None]:
    """What the user hears when the timer ends: the next step, or an offer to go back to it."""
    say = common.speech(handler_input)
    name = say.say(f"timer_name_{kind.value}")
    following = step_after_timer(plan, kind)
    if settings().timer_task_deployed and following is not None:
        skill_id = handler_input.request_envelope.context.system.application.application_id
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
        return _fallback(handler_input, kind, minutes)
    pending = {"action": CONSENT_ACTION, "kind": kind.value, "minutes": minutes}
    intro = common.speech(handler_input).say("timer_permission_intro")
    return permissions.ask_for(handler_input, alexa.TIMERS_SCOPE, pending, intro)


def after_consent(
    handler_input: HandlerInput, pending: dict, accepted: bool, card_sent: bool
) -> Response:
    """The user answered the permission prompt: start what they asked for, or explain."""
    kind, minutes = _pending_timer(pending)
    if accepted:
        return start(handler_input, kind, minutes)
    lead = common.speech(handler_input).say("timer_card_sent") if card_sent else ""
    return _fallback(handler_input, kind, minutes, lead)


def _fallback(
    handler_input: HandlerInput, kind: TimerKind, minutes: int, lead: str = ""
) -> Response:
    say = common.speech(handler_input)
    text = say.say("timer_fallback", minutes=minutes, label=say.say(f"timer_name_{kind.value}"))
    return common.tell(handler_input, say.join(lead, text))


class StartTimerHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("StartTimerIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        kind = timer_kind(handler_input) or TimerKind.MASK
        spoken = parse_duration(slot_value(handler_input, "duration"))
        length = timer_length(kind, spoken)
        running = _running(handler_input, kind)
        if running is not None:
            return running
        if length.problem is DurationProblem.TOO_LONG:
            text = say.say(f"timer_too_long_{kind.value}", minutes=length.minutes)
        elif length.problem is DurationProblem.TOO_SHORT:
            text = say.say("timer_too_short", minutes=length.minutes)
        else:
            return start(handler_input, kind, length.minutes)
        return common.ask(
            handler_input, text, text, common.ASKED_TIMER, kind=kind.value, minutes=length.minutes
        )


def _running(handler_input: HandlerInput, kind: TimerKind) -> Response | None:
    """A second 'start my mask timer' says how long is left rather than making another."""
    timer_id = common.user(handler_input).state.timers.get(kind.value)
    if timer_id is None:
        return None
    outcome, timer = alexa.read_timer(handler_input, timer_id, common.now(handler_input))
    if outcome is Outcome.OK and timer:
        say = common.speech(handler_input)
        name = say.say(f"timer_name_{kind.value}")
        left = spoken_span(handler_input, timer.remaining)
        return common.tell(handler_input, say.say("timer_already_running", name=name, left=left))
    if outcome is Outcome.NOT_FOUND:
        _forget(handler_input, kind)
    return None


def _forget(handler_input: HandlerInput, kind: TimerKind) -> None:
    common.user(handler_input).change(lambda state: state.timers.pop(kind.value, None))


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
    say = common.speech(handler_input)
    text = say.say("timer_offer_declined")
    return common.ask(handler_input, text, say.say("step_reprompt"))


class TimerControlHandler(AbstractRequestHandler):
    """How long is left, pause, resume and cancel: each on the timer kept in state."""

    ACTIONS = {
        "TimerStatusIntent": None,
        "PauseTimerIntent": (alexa.pause_timer, "timer_paused"),
        "ResumeTimerIntent": (alexa.resume_timer, "timer_resumed"),
        "CancelTimerIntent": (alexa.cancel_timer, "timer_cancelled"),
    }

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self.ACTIONS)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        kind = timer_kind(handler_input) or TimerKind.MASK
        name = say.say(f"timer_name_{kind.value}")
        timer_id = common.user(handler_input).state.timers.get(kind.value)
        if timer_id is None:
            return common.tell(handler_input, say.say("timer_none", name=name))
        action = self.ACTIONS[handler_input.request_envelope.request.intent.name]
        if action is None:
            outcome, timer = alexa.read_timer(handler_input, timer_id, common.now(handler_input))
            if timer:
                key = "timer_paused_left" if timer.paused else "timer_left"
                left = spoken_span(handler_input, timer.remaining)
                return common.tell(handler_input, say.say(key, name=name, left=left))
        else:
            call, done = action
            outcome = call(handler_input, timer_id)
            if outcome is Outcome.OK:
                if done == "timer_cancelled":
                    _forget(handler_input, kind)
                return common.tell(handler_input, say.say(done, name=name))
        if outcome is Outcome.NOT_FOUND:
            _forget(handler_input, kind)
            return common.tell(handler_input, say.say("timer_none", name=name))
        return common.tell(handler_input, say.say(f"timer_error_{outcome.value}"))


def _pending_timer(pending: dict) -> tuple[TimerKind, int]:
    """Read defensively: a default mask timer beats an error."""
    try:
        kind = TimerKind(pending["kind"])
        return kind, timer_length(kind, timedelta(minutes=int(pending["minutes"]))).minutes
    except (ValueError, KeyError, TypeError):
        return TimerKind.MASK, timer_length(TimerKind.MASK, None).minutes


class ResumeTaskHandler(AbstractRequestHandler):
    """A timer that ended launched us with the step to go on with (LAUNCH_TASK)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("LaunchRequest")(handler_input):
            return False
        task = getattr(handler_input.request_envelope.request, "task", None)
        return bool(task and (task.name or "").endswith(f".{RESUME_TASK}"))

    def handle(self, handler_input: HandlerInput) -> Response:
        task = handler_input.request_envelope.request.task
        given = task.input if isinstance(task.input, dict) else {}
        plan = common.tonight_plan(handler_input)
        step = given.get("step")
        if given.get("night") != plan.night.isoformat() or not isinstance(step, int):
            return LaunchHandler().handle(handler_input)  # a timer from another night
        step = min(max(step, 0), len(plan.steps) - 1)
        return move_to(
            handler_input, plan, step, common.speech(handler_input).say("resume_after_timer")
        )
