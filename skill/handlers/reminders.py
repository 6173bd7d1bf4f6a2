"""Nightly reminders through the Alexa Reminders API, confirmed before they are set."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers import common, permissions
from skill.handlers.slots import resolved_id, slot_value
from skill.routine import (
    ReminderPart,
    ReminderPlan,
    ReminderRequest,
    evening_time,
    next_occurrence,
    night_of,
    reminder_plans,
    weekdays_for,
)
from skill.services import alexa
from skill.services.alexa import Outcome

CONSENT_ACTION = "reminder"  # names this module's after_consent in a permission request's token


def _requested(handler_input: HandlerInput) -> ReminderRequest:
    kind = resolved_id(handler_input, "reminderKind")
    return ReminderRequest.MASK if kind == "MASK" else ReminderRequest.NIGHTLY


def _local_now(handler_input: HandlerInput) -> tuple[str, datetime]:
    zone = common.time_zone(handler_input)
    return zone, common.now(handler_input).astimezone(ZoneInfo(zone))


class SetReminderHandler(AbstractRequestHandler):
    """Every reminder is confirmed first, restating its time and nights."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SetReminderIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        spoken = slot_value(handler_input, "time")
        if not spoken:
            text = say.say("reminder_ask_time")
            return common.ask(handler_input, text, text)
        at = evening_time(spoken)
        if at is None:
            text = say.say("reminder_not_evening")
            return common.ask(handler_input, text, text)
        request = _requested(handler_input)
        plans = reminder_plans(
            request, at, _mask_nights(common.user(handler_input).state.mask_nights)
        )
        text = say.say(
            f"reminder_confirm_{request.value}",
            time=say.clock_time(at),
            starting=_starting(handler_input, plans),
        )
        return common.ask(
            handler_input,
            text,
            text,
            common.ASKED_REMINDER,
            request=request.value,
            time=f"{at:%H:%M}",
        )


def confirmed(handler_input: HandlerInput) -> Response:
    request, at = _pending_reminder(common.pending_details(handler_input))
    return set_reminders(handler_input, request, at)


def declined(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("reminder_declined"))


def _pending_reminder(pending: dict) -> tuple[ReminderRequest, time]:
    """Read defensively: the nightly nine o'clock reminder beats an error."""
    try:
        return ReminderRequest(pending["request"]), time.fromisoformat(pending["time"])
    except (KeyError, ValueError, TypeError):
        return ReminderRequest.NIGHTLY, time(21, 0)


def set_reminders(handler_input: HandlerInput, request: ReminderRequest, at: time) -> Response:
    """One alert per part; each one Alexa confirms is recorded, and only those."""
    say = common.speech(handler_input)
    session = common.user(handler_input)
    plans = reminder_plans(request, at, _mask_nights(session.state.mask_nights))
    for plan in plans:
        outcome = _save(handler_input, plan)
        if outcome is Outcome.NO_PERMISSION:
            return _ask_consent(handler_input, request, at)
        if outcome is not Outcome.OK:
            return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
    return common.tell(
        handler_input, say.say("reminder_set", when=_first_time(handler_input, plans))
    )


def _save(handler_input: HandlerInput, plan: ReminderPlan) -> Outcome:
    say = common.speech(handler_input)
    session = common.user(handler_input)
    existing = session.state.reminders.get(plan.part.value, {}).get("token")
    zone, local_now = _local_now(handler_input)
    text = say.say(f"reminder_text_{plan.part.value}")
    outcome, token = alexa.save_reminder(handler_input, existing, plan.rule, text, zone, local_now)
    if outcome is Outcome.OK and token:
        kept = {"token": token, "time": f"{plan.at:%H:%M}"}
        session.change(lambda state: state.reminders.update({plan.part.value: kept}))
    return outcome


def _first(handler_input: HandlerInput, plans: tuple[ReminderPlan, ...]) -> tuple[int, datetime]:
    """When the first of these goes off: in how many routine nights, and the local time."""
    zone, local_now = _local_now(handler_input)
    now = local_now.replace(tzinfo=None)
    first = min(filter(None, (next_occurrence(plan.rule, now) for plan in plans)))
    night = night_of(first.replace(tzinfo=ZoneInfo(zone)), zone)
    return (night - common.tonight(handler_input)).days, first


def _first_time(handler_input: HandlerInput, plans: tuple[ReminderPlan, ...]) -> str:
    """'tonight at 9 pm', 'tomorrow at 9 pm', 'on Thursday at 9 pm'."""
    say = common.speech(handler_input)
    nights, first = _first(handler_input, plans)
    at = say.clock_time(first.time())
    if nights == 0:
        return say.say("tonight_at", time=at)
    if nights == 1:
        return say.say("tomorrow_at", time=at)
    return say.say("on_weekday", weekday=say.weekday(first.weekday()), time=at)


def _starting(handler_input: HandlerInput, plans: tuple[ReminderPlan, ...]) -> str:
    """', starting tomorrow' when tonight's time has passed (or isn't a night it covers)."""
    say = common.speech(handler_input)
    nights, first = _first(handler_input, plans)
    if nights == 0:
        return ""
    day = "tomorrow" if nights == 1 else say.weekday(first.weekday())
    return say.say("reminder_starting", day=day)


def _mask_nights(nights: list[int]) -> tuple[int, int]:
    return nights[0], nights[1]


def _ask_consent(handler_input: HandlerInput, request: ReminderRequest, at: time) -> Response:
    if permissions.recently_refused(handler_input, alexa.REMINDERS_SCOPE):
        return _fallback(handler_input, at, common.speech(handler_input).say("reminders_off"))
    pending = {"action": CONSENT_ACTION, "request": request.value, "time": f"{at:%H:%M}"}
    intro = common.speech(handler_input).say("reminder_permission_intro")
    return permissions.ask_for(handler_input, alexa.REMINDERS_SCOPE, pending, intro)


def _fallback(
    handler_input: HandlerInput, at: time, lead: str = "", card_sent: bool = False
) -> Response:
    """How to get a reminder from Alexa herself, without Pore Coach's permission."""
    say = common.speech(handler_input)
    tip = say.say(
        "reminder_fallback" if not lead else "reminder_plain_tip", time=say.clock_time(at)
    )
    card = say.say("timer_card_sent") if card_sent else ""
    return common.tell(handler_input, say.join(lead, tip, card))


def after_consent(
    handler_input: HandlerInput, pending: dict, accepted: bool, card_sent: bool
) -> Response:
    request, at = _pending_reminder(pending)
    if accepted:  # the user confirmed before the permission prompt
        return set_reminders(handler_input, request, at)
    return _fallback(handler_input, at, card_sent=card_sent)


def follow_mask_nights(handler_input: HandlerInput) -> str:
    """After the mask nights move, move the reminders' nights with them; what to tell the user."""
    session = common.user(handler_input)
    say = common.speech(handler_input)
    held = dict(session.state.reminders)
    if not held:
        return ""
    mask_nights = _mask_nights(session.state.mask_nights)
    for name, kept in held.items():
        part = ReminderPart(name)
        plan = ReminderPlan(part, weekdays_for(part, mask_nights), time.fromisoformat(kept["time"]))
        if _save(handler_input, plan) is not Outcome.OK:
            return say.say("reminders_follow_failed")
    return say.say("reminders_follow")


class ListRemindersHandler(AbstractRequestHandler):
    """Read from our own record: the SDK's reminder GET models are broken."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ListRemindersIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        held = common.user(handler_input).state.reminders
        times = {
            part: say.clock_time(time.fromisoformat(kept["time"])) for part, kept in held.items()
        }
        plain, mask = times.get(ReminderPart.PLAIN.value), times.get(ReminderPart.MASK.value)
        if plain and mask:
            text = (
                say.say("reminders_nightly", time=plain)
                if plain == mask
                else say.say("reminders_split", mask=mask, plain=plain)
            )
        elif mask:
            text = say.say("reminders_mask_only", time=mask)
        elif plain:
            text = say.say("reminders_plain_only", time=plain)
        else:
            text = say.say("reminders_none")
        return common.tell(handler_input, text)


class CancelRemindersHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("CancelRemindersIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        session = common.user(handler_input)
        only_mask = _requested(handler_input) is ReminderRequest.MASK
        parts = [ReminderPart.MASK.value] if only_mask else list(session.state.reminders)
        for part in parts:
            kept = session.state.reminders.get(part)
            if kept is None:
                continue
            outcome = alexa.delete_reminder(handler_input, kept["token"])
            if outcome is not Outcome.OK:
                return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
            session.change(lambda state, part=part: state.reminders.pop(part, None))
        return common.tell(
            handler_input,
            say.say("reminders_mask_cancelled" if only_mask else "reminders_cancelled"),
        )
