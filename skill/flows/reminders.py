"""Nightly reminders through the Alexa Reminders API, confirmed before they are set.

Reminders belong to the Alexa account, not to a voice, so they are kept in the account's state.
"""

from __future__ import annotations

from datetime import datetime, time
from functools import partial
from zoneinfo import ZoneInfo

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.dialog import ElicitSlotDirective

from skill.envelope import intent_of
from skill.flows import common, permissions
from skill.flows.dialog import Continuations, Dialog
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
from skill.state.session import UserSession


def _account(handler_input: HandlerInput) -> UserSession:
    return common.user(handler_input).account


def _mask_nights(handler_input: HandlerInput) -> tuple[int, int]:
    first, second = common.user(handler_input).state.mask_nights
    return first, second


def _local_now(handler_input: HandlerInput) -> tuple[str, datetime]:
    zone = common.time_zone(handler_input)
    return zone, common.now(handler_input).astimezone(ZoneInfo(zone))


def set_requested(
    handler_input: HandlerInput, request: ReminderRequest, said: str | None, heard: time | None
) -> Response:
    """Every reminder is confirmed first, restating its time, nights and first night. `said` is
    the time slot as Alexa heard it, `heard` the clock time read from it."""
    say = common.speech(handler_input)
    at = evening_time(heard) if heard else None
    if at is None:
        # Alexa asks for the time within this intent, keeping the nights already heard.
        text = say.say("reminder_not_evening" if said else "reminder_ask_time")
        intent = intent_of(handler_input)
        handler_input.response_builder.add_directive(
            ElicitSlotDirective(updated_intent=intent, slot_to_elicit="time")
        )
        return common.ask(handler_input, text, text)
    plans = reminder_plans(request, at, _mask_nights(handler_input))
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
    pending = _pending_reminder(common.pending_details(handler_input))
    if pending is None:  # not a reminder of ours: nothing to set
        return common.tell(handler_input, common.speech(handler_input).say("reminder_lost"))
    return set_reminders(handler_input, *pending)


def declined(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("reminder_declined"))


def _pending_reminder(pending: dict) -> tuple[ReminderRequest, time] | None:
    try:
        return ReminderRequest(pending["request"]), time.fromisoformat(pending["time"])
    except (KeyError, ValueError, TypeError):
        return None


def set_reminders(handler_input: HandlerInput, request: ReminderRequest, at: time) -> Response:
    """All of a request's alerts, or none: if one fails, the ones made this turn are removed."""
    say = common.speech(handler_input)
    if not common.zone_from_device(handler_input):
        # A guessed zone would ring at the wrong hour every night from now on.
        return common.tell(handler_input, say.say("reminder_no_zone"))
    plans = reminder_plans(request, at, _mask_nights(handler_input))
    unrecorded = Unrecorded(handler_input)
    saved: list[tuple[ReminderPlan, str, bool]] = []
    for plan in plans:
        outcome, token, created = _save(handler_input, plan, unrecorded)
        if outcome is not Outcome.OK or token is None:
            for _, made, new in saved:
                if new:
                    alexa.delete_reminder(handler_input, made)
            if outcome is Outcome.NO_PERMISSION:
                return _ask_consent(handler_input, request, at)
            return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
        saved.append((plan, token, created))
    if any(created for _, _, created in saved):
        unrecorded.clear(plans, common.time_zone(handler_input))
    for plan, token, _ in saved:
        _record(handler_input, plan, token)
    return common.tell(
        handler_input, say.say("reminder_set", when=_first_time(handler_input, plans))
    )


class Unrecorded:
    """The skill's reminders at Alexa that the account's record doesn't hold: one made by a
    create that got no clear answer, or whose token a failed write lost. Alexa's list is read
    only after a create: to find what a create without a clear answer made, and, before the
    turn's tokens are recorded, to delete the strays of the parts just set."""

    def __init__(self, handler_input: HandlerInput) -> None:
        self._handler_input = handler_input
        self._claimed: set[str] = set()  # tokens made or taken over this turn

    def made_anyway(self, plan: ReminderPlan, zone: str) -> str | None:
        """After a create that failed without a clear answer: the reminder it made, if it did."""
        made = [r for r in self._strays() if r.rings_on(plan.rule, zone)]
        return self.claim(made[0].token) if made else None

    def clear(self, plans: tuple[ReminderPlan, ...], zone: str) -> None:
        """Delete the unrecorded reminders of the parts just set (same words or same rule):
        left by an earlier create that timed out, they would ring beside the new ones."""
        texts = [_text(self._handler_input, plan.part) for plan in plans]
        for stray in self._strays():
            if any(stray.says(text) for text in texts) or any(
                stray.rings_on(plan.rule, zone) for plan in plans
            ):
                alexa.delete_reminder(self._handler_input, stray.token)

    def claim(self, token: str) -> str:
        self._claimed.add(token)
        return token

    def _strays(self) -> list[alexa.HeldReminder]:
        outcome, listed = alexa.skill_reminders(self._handler_input)
        known = set(recorded_tokens(self._handler_input)) | self._claimed
        return [r for r in listed if r.token not in known] if outcome is Outcome.OK else []


def _text(handler_input: HandlerInput, part: ReminderPart) -> str:
    return common.speech(handler_input).say(f"reminder_text_{part.value}")


def _save(
    handler_input: HandlerInput, plan: ReminderPlan, unrecorded: Unrecorded
) -> tuple[Outcome, str | None, bool]:
    """Update the alert we hold for this part, or create one (also when Alexa no longer has
    ours): (outcome, token, newly made)."""
    held = _account(handler_input).state.reminders.get(plan.part.value, {}).get("token")
    zone, local_now = _local_now(handler_input)
    text = _text(handler_input, plan.part)
    if held:
        outcome = alexa.update_reminder(handler_input, held, plan.rule, text, zone, local_now)
        if outcome is not Outcome.NOT_FOUND:  # else Alexa lost it: make it afresh
            return outcome, held if outcome is Outcome.OK else None, False
    outcome, token = alexa.create_reminder(handler_input, plan.rule, text, zone, local_now)
    if outcome is Outcome.FAILED:
        # No clear answer is not a no: look before saying it failed, so a retry makes no second.
        token = unrecorded.made_anyway(plan, zone)
        outcome = Outcome.OK if token else Outcome.FAILED
    elif token:
        unrecorded.claim(token)
    return outcome, token, token is not None


def _record(handler_input: HandlerInput, plan: ReminderPlan, token: str) -> None:
    part = plan.part.value
    kept = {"token": token, "time": f"{plan.at:%H:%M}"}
    replaced = _account(handler_input).state.reminders.get(part, {}).get("token")

    def record(state) -> None:
        other = state.reminders.get(part, {}).get("token")
        if other and other not in (token, replaced):
            # Replayed on another device's write that recorded its own alert for this part:
            # ours replaces it, so delete that one at Alexa first, or it would ring unrecorded.
            alexa.delete_reminder(handler_input, other)
        state.reminders[part] = kept

    _account(handler_input).change(record)


def recorded_tokens(handler_input: HandlerInput) -> list[str]:
    """The alert tokens the account's record holds."""
    return [kept["token"] for kept in _account(handler_input).state.reminders.values()]


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


def _ask_consent(handler_input: HandlerInput, request: ReminderRequest, at: time) -> Response:
    if permissions.recently_refused(handler_input, alexa.REMINDERS_SCOPE):
        lead = common.speech(handler_input).say("reminders_off")
        return _fallback(handler_input, request, at, lead)
    pending = {"action": common.ASKED_REMINDER, "request": request.value, "time": f"{at:%H:%M}"}
    intro = common.speech(handler_input).say("reminder_permission_intro")
    return permissions.ask_for(handler_input, alexa.REMINDERS_SCOPE, pending, intro)


def _fallback(
    handler_input: HandlerInput, request: ReminderRequest, at: time, lead: str = "",
    card_sent: bool = False,
) -> Response:  # fmt: skip
    """How to get the same reminder from Alexa herself, without Pore Coach's permission."""
    say = common.speech(handler_input)
    clock = say.clock_time(at)
    if request is ReminderRequest.MASK:
        when = say.say(
            "reminder_when_mask", nights=say.nights(_mask_nights(handler_input)), time=clock
        )
    else:
        when = say.say("reminder_when_nightly", time=clock)
    tip = say.say("reminder_plain_tip" if lead else "reminder_fallback", when=when)
    card = say.say("timer_card_sent") if card_sent else ""
    return common.tell(handler_input, say.join(lead, tip, card))


def after_consent(
    handler_input: HandlerInput, pending: dict, accepted: bool, card_sent: bool
) -> Response:
    asked = _pending_reminder(pending) or (ReminderRequest.NIGHTLY, time(21, 0))
    if accepted:  # the user confirmed before the permission prompt
        return set_reminders(handler_input, *asked)
    return _fallback(handler_input, *asked, card_sent=card_sent)


def follow_mask_nights(handler_input: HandlerInput) -> str:
    """After the mask nights move, move the reminders' nights with them; what to tell the user."""
    say = common.speech(handler_input)
    held = dict(_account(handler_input).state.reminders)
    if not held:
        return ""
    mask_nights = _mask_nights(handler_input)
    unrecorded = Unrecorded(handler_input)
    for name, kept in held.items():
        part = ReminderPart(name)
        plan = ReminderPlan(part, weekdays_for(part, mask_nights), time.fromisoformat(kept["time"]))
        outcome, token, _ = _save(handler_input, plan, unrecorded)
        if outcome is not Outcome.OK or token is None:
            return say.say("reminders_follow_failed")
        _record(handler_input, plan, token)
    return say.say("reminders_follow")


def list_reminders(handler_input: HandlerInput) -> Response:
    """Read from our own record: the SDK's reminder GET models are broken."""
    say = common.speech(handler_input)
    held = _account(handler_input).state.reminders
    times = {part: say.clock_time(time.fromisoformat(kept["time"])) for part, kept in held.items()}
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


def cancel_reminders(handler_input: HandlerInput, request: ReminderRequest) -> Response:
    """'Stop my mask night reminder' removes that one; 'stop reminding me' removes every one
    this skill holds at Alexa, including any whose token we never recorded."""
    say = common.speech(handler_input)
    if request is ReminderRequest.MASK:
        kept = _account(handler_input).state.reminders.get(ReminderPart.MASK.value)
        outcome = _delete(handler_input, [kept["token"]]) if kept else None
        done = "reminders_mask_cancelled"
    else:
        outcome = delete_all(handler_input, recorded_tokens(handler_input))
        done = "reminders_cancelled"
    if outcome is None:
        return common.tell(handler_input, say.say("reminders_none_to_cancel"))
    if outcome is not Outcome.OK:
        return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
    return common.tell(handler_input, say.say(done))


def delete_all(handler_input: HandlerInput, recorded: list[str]) -> Outcome | None:
    """Delete every reminder this skill holds for the account: all that Alexa lists, so none is
    left behind even if its token was never recorded, else the `recorded` ones. None when there
    were none; OK, or the first failure."""
    outcome, tokens = alexa.reminder_tokens(handler_input)
    if outcome is not Outcome.OK:
        tokens = recorded
        if not tokens and outcome is not Outcome.NO_PERMISSION:
            return outcome  # Alexa couldn't say, so there may be some
    return _delete(handler_input, tokens) if tokens else None


def _delete(handler_input: HandlerInput, tokens: list[str]) -> Outcome:
    account = _account(handler_input)
    for token in tokens:
        outcome = alexa.delete_reminder(handler_input, token)
        if outcome is not Outcome.OK:
            return outcome
        account.change(partial(_forget_token, token=token))
    return Outcome.OK


def _forget_token(state, token: str) -> None:
    state.reminders = {k: v for k, v in state.reminders.items() if v.get("token") != token}


def _stopped(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("reminder_stopped"))


def register(dialog: Dialog) -> None:
    dialog.register(
        common.ASKED_REMINDER,
        Continuations(yes=confirmed, no=declined, stop=_stopped, consented=after_consent),
    )
