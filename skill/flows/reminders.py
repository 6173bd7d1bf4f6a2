"""Nightly reminders through the Alexa Reminders API, confirmed before they are set.

Reminders belong to the Alexa account, not to a voice, so they are kept in the account's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
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
from skill.state.changes import ForgetReminders, RecordReminder
from skill.state.model import UserState
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
    handler_input: HandlerInput, request: ReminderRequest | None, said: str | None,
    heard: time | None,
) -> Response:  # fmt: skip
    """Every reminder is confirmed first, restating its time, nights and first night. `said` is
    the time slot as Alexa heard it, `heard` the clock time read from it; `request` is None when
    no nights were named ("make it ten" keeps the nights of the reminder being offered)."""
    say = common.speech(handler_input)
    request = request or _offered_request(handler_input) or ReminderRequest.NIGHTLY
    at = evening_time(heard) if heard else None
    if _switched_off(handler_input):
        return _fallback(handler_input, request, at, say.say("reminders_off"))
    if at is None:
        # Alexa asks for the time within this intent, keeping the nights already heard.
        text = say.say("reminder_not_evening" if said else "reminder_ask_time")
        intent = intent_of(handler_input)
        handler_input.response_builder.add_directive(
            ElicitSlotDirective(updated_intent=intent, slot_to_elicit="time")
        )
        return common.ask(handler_input, text, text)
    return _offer(handler_input, request, at)


def _offer(
    handler_input: HandlerInput, request: ReminderRequest, at: time, lead: str = ""
) -> Response:
    """Ask "Shall I set that?", restating the reminder: a yes sets it."""
    say = common.speech(handler_input)
    plans = reminder_plans(request, at, _mask_nights(handler_input))
    text = say.say(
        f"reminder_confirm_{request.value}",
        time=say.clock_time(at),
        starting=_starting(handler_input, plans),
    )
    return common.ask(
        handler_input,
        say.join(lead, text),
        text,
        common.ASKED_REMINDER,
        request=request.value,
        time=f"{at:%H:%M}",
    )


def _offered_request(handler_input: HandlerInput) -> ReminderRequest | None:
    """The nights of the reminder awaiting its yes, if one is."""
    if common.pending(handler_input) != common.ASKED_REMINDER:
        return None
    offered = _pending_reminder(common.pending_details(handler_input))
    return offered[0] if offered else None


def _switched_off(handler_input: HandlerInput) -> bool:
    """Refused within the week and still off (Alexa won't list the skill's reminders): asking
    "Shall I set that?" first would only lead to "reminders are off"."""
    if not permissions.recently_refused(handler_input, alexa.REMINDERS_SCOPE):
        return False
    outcome, _ = alexa.skill_reminders(handler_input)
    return outcome is not Outcome.OK


def confirmed(handler_input: HandlerInput) -> Response:
    pending = _pending_reminder(common.pending_details(handler_input))
    if pending is None:  # not a reminder of ours: nothing to set
        return common.tell(handler_input, common.speech(handler_input).say("reminder_lost"))
    return set_reminders(handler_input, *pending)


def declined(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("reminder_declined"))


def _helped(handler_input: HandlerInput) -> Response:
    return _offer_again(handler_input, "reminder_question_help")


def _unclear(handler_input: HandlerInput) -> Response:
    return _offer_again(handler_input, "reminder_question_unclear")


def _offer_again(handler_input: HandlerInput, lead: str) -> Response:
    offered = _pending_reminder(common.pending_details(handler_input))
    say = common.speech(handler_input)
    if offered is None:
        return common.tell(handler_input, say.say("reminder_lost"))
    return _offer(handler_input, *offered, say.say(lead))


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
    account = _account(handler_input)
    part = plan.part.value
    replaced = account.state.reminders.get(part, {}).get("token")
    account.change(RecordReminder(part, token, f"{plan.at:%H:%M}"))
    known = frozenset(filter(None, (token, replaced)))
    account.after_save(DeleteDisplaced(handler_input, part, known))


@dataclass(frozen=True)
class DeleteDisplaced:
    """After the save: replayed on another device's write that recorded its own alert for this
    part, our record replaced it, so that alert would ring with no record of it. Delete it."""

    handler_input: HandlerInput
    part: str
    known: frozenset[str]  # this turn's token for the part, and the one it replaced

    def __call__(self, written_over: UserState) -> None:
        other = written_over.reminders.get(self.part, {}).get("token")
        if other and other not in self.known:
            alexa.delete_reminder(self.handler_input, other)


def _forget(handler_input: HandlerInput, tokens: list[str]) -> None:
    if tokens:
        _account(handler_input).change(ForgetReminders(tuple(tokens)))


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
    day = say.tomorrow() if nights == 1 else say.on_weekday(first.weekday())
    return say.say("reminder_starting", day=day)


def _ask_consent(handler_input: HandlerInput, request: ReminderRequest, at: time) -> Response:
    if permissions.recently_refused(handler_input, alexa.REMINDERS_SCOPE):
        lead = common.speech(handler_input).say("reminders_off")
        return _fallback(handler_input, request, at, lead)
    pending = {"action": common.ASKED_REMINDER, "request": request.value, "time": f"{at:%H:%M}"}
    intro = common.speech(handler_input).say("reminder_permission_intro")
    return permissions.ask_for(handler_input, alexa.REMINDERS_SCOPE, pending, intro)


def _fallback(
    handler_input: HandlerInput, request: ReminderRequest, at: time | None, lead: str = "",
    card_sent: bool = False,
) -> Response:  # fmt: skip
    """How to get the same reminder from Alexa herself, without Pore Coach's permission."""
    say = common.speech(handler_input)
    if at is None:
        tip = say.say("reminder_plain_tip_untimed")
    else:
        clock = say.clock_time(at)
        if request is ReminderRequest.MASK:
            nights = say.nights(_mask_nights(handler_input))
            when = say.say("reminder_when_mask", nights=nights, time=clock)
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
    """Read from our own record, checked against Alexa's list when there is one to check: a
    record of a reminder deleted in the Alexa app goes, and with the permission turned off the
    record is not told as fact."""
    say = common.speech(handler_input)
    if recorded_tokens(handler_input):
        outcome, listed = alexa.skill_reminders(handler_input)
        if outcome is Outcome.NO_PERMISSION:
            return common.tell(handler_input, say.say("reminders_unchecked"))
        if outcome is Outcome.OK:
            held = {reminder.token for reminder in listed}
            gone = [token for token in recorded_tokens(handler_input) if token not in held]
            _forget(handler_input, gone)
    times = _recorded_times(handler_input)
    plain, mask = times.get(ReminderPart.PLAIN), times.get(ReminderPart.MASK)
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


def _recorded_times(handler_input: HandlerInput) -> dict[ReminderPart, str]:
    """Each recorded part's time, as said: {PLAIN: "9 pm"}."""
    say = common.speech(handler_input)
    held = _account(handler_input).state.reminders
    return {
        ReminderPart(part): say.clock_time(time.fromisoformat(kept["time"]))
        for part, kept in held.items()
    }


def cancel_reminders(handler_input: HandlerInput, request: ReminderRequest | None) -> Response:
    """'Stop reminding me' removes every one this skill holds at Alexa, including any whose
    token we never recorded. With the permission off, Alexa deletes nothing: the record goes
    anyway (it could never be checked or stopped), and the user hears where to remove them."""
    if request is ReminderRequest.MASK:
        return _stop_mask_nights(handler_input)
    say = common.speech(handler_input)
    recorded = recorded_tokens(handler_input)
    outcome = delete_all(handler_input, recorded)
    if outcome is None:
        return common.tell(handler_input, say.say("reminders_none_to_cancel"))
    if outcome is Outcome.NO_PERMISSION:
        _forget(handler_input, recorded)
        return common.tell(handler_input, say.say("reminders_forgotten"))
    if outcome is not Outcome.OK:
        return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
    return common.tell(handler_input, say.say("reminders_cancelled"))


def _stop_mask_nights(handler_input: HandlerInput) -> Response:
    """Mask nights lose their own time: with a reminder on the other nights at another time they
    go back to that one (so there is still one every night), else they have none."""
    say = common.speech(handler_input)
    held = _account(handler_input).state.reminders
    mask, plain = held.get(ReminderPart.MASK.value), held.get(ReminderPart.PLAIN.value)
    others = _recorded_times(handler_input).get(ReminderPart.PLAIN)
    if mask is None:
        if others:
            return common.tell(handler_input, say.say("reminders_no_mask_one", time=others))
        return common.tell(handler_input, say.say("reminders_none_to_cancel"))
    if plain and plain["time"] != mask["time"]:
        outcome = _move_mask_nights_to(handler_input, time.fromisoformat(plain["time"]))
        done = say.say("reminders_mask_back", time=others)
    else:
        outcome = _delete(handler_input, [mask["token"]])
        done = (
            say.say("reminders_mask_none_others_kept", time=others)
            if others
            else say.say("reminders_mask_none")
        )
    if outcome is Outcome.NO_PERMISSION:
        _forget(handler_input, [mask["token"]])
        return common.tell(handler_input, say.say("reminders_mask_forgotten"))
    if outcome is not Outcome.OK:
        return common.tell(handler_input, say.say(f"reminder_error_{outcome.value}"))
    return common.tell(handler_input, done)


def _move_mask_nights_to(handler_input: HandlerInput, at: time) -> Outcome:
    part = ReminderPart.MASK
    plan = ReminderPlan(part, weekdays_for(part, _mask_nights(handler_input)), at)
    outcome, token, _ = _save(handler_input, plan, Unrecorded(handler_input))
    if outcome is Outcome.OK and token:
        _record(handler_input, plan, token)
    return outcome


def delete_all(handler_input: HandlerInput, recorded: list[str]) -> Outcome | None:
    """Delete every reminder this skill holds for the account: all that Alexa lists, so none is
    left behind even if its token was never recorded, else the `recorded` ones. None when there
    were none; OK, or the first failure (NO_PERMISSION: Alexa will delete none of them)."""
    outcome, tokens = alexa.reminder_tokens(handler_input)
    if outcome is Outcome.NO_PERMISSION:
        return outcome if recorded else None
    if outcome is not Outcome.OK:
        if not recorded:
            return outcome  # Alexa couldn't say, so there may be some
        tokens = recorded
    return _delete(handler_input, tokens) if tokens else None


def _delete(handler_input: HandlerInput, tokens: list[str]) -> Outcome:
    """Delete at Alexa one by one, forgetting each deleted: OK, or the first failure."""
    deleted: list[str] = []
    outcome = Outcome.OK
    for token in tokens:
        outcome = alexa.delete_reminder(handler_input, token)
        if outcome is not Outcome.OK:
            break
        deleted.append(token)
    _forget(handler_input, deleted)
    return outcome


def _stopped(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("reminder_stopped"))


def register(dialog: Dialog) -> None:
    dialog.register(
        common.ASKED_REMINDER,
        Continuations(
            yes=confirmed,
            no=declined,
            stop=_stopped,
            unclear=_unclear,
            help=_helped,
            consented=after_consent,
        ),
    )
