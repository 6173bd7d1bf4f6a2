"""Nightly reminders through the Alexa Reminders API, confirmed before they are set.

Reminders belong to the Alexa account, not to a voice, so they are kept in the account's state;
keeping that record and Alexa's reminders in step is the reminder sync's (skill/services).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from skill.flows import permissions
from skill.flows.dialog import Question, question
from skill.flows.reply import ElicitSlot, Reply
from skill.flows.turn import Turn
from skill.routine import (
    ReminderPart,
    ReminderPlan,
    ReminderRequest,
    evening_time,
    moved_to_evening,
    next_occurrence,
    night_of,
    reminder_plans,
    weekdays_for,
)
from skill.services.alexa import REMINDERS_SCOPE, Outcome
from skill.services.reminder_sync import ReminderSync
from skill.state.changes import MarkRemindersUnchecked

SET_REMINDER_INTENT = "SetReminderIntent"
# AMAZON.TIME's value for "in the morning": no time of a night routine.
MORNING = "MO"
# The slot ids of the nights a reminder is for, as the interaction model resolves them.
REQUEST_IDS = {ReminderRequest.MASK: "MASK", ReminderRequest.NIGHTLY: "NIGHTLY"}
CONFIRM = {
    ReminderRequest.NIGHTLY: "reminder_confirm_nightly",
    ReminderRequest.MASK: "reminder_confirm_mask",
}
TEXTS = {ReminderPart.PLAIN: "reminder_text_plain", ReminderPart.MASK: "reminder_text_mask"}
ERRORS = {
    Outcome.BAD_REQUEST: "reminder_error_bad_request",
    Outcome.NOT_FOUND: "reminder_error_not_found",
    Outcome.NOT_SUPPORTED: "reminder_error_not_supported",
    Outcome.THROTTLED: "reminder_error_throttled",
    Outcome.DEVICE_OFFLINE: "reminder_error_device_offline",
    Outcome.FAILED: "reminder_error_failed",
    Outcome.NO_PERMISSION: "reminder_error_no_permission",
}


def _error(turn: Turn, outcome: Outcome) -> Reply:
    return Reply.tell(turn.say.say(ERRORS.get(outcome, "reminder_error_failed")))


def _mask_nights(turn: Turn) -> tuple[int, int]:
    first, second = turn.user.state.mask_nights
    return first, second


def sync(turn: Turn) -> ReminderSync:
    texts = {part: turn.say.say(key) for part, key in TEXTS.items()}
    return ReminderSync(turn.alexa.reminders, turn.user.account, turn.zone, turn.local_now, texts)


def set_requested(
    turn: Turn, request: ReminderRequest | None, said: str | None, heard: time | None
) -> Reply:
    """Every reminder is confirmed first, restating its time, nights and first night. `said` is
    the time slot as Alexa heard it, `heard` the clock time read from it; `request` is None when
    no nights were named ("make it ten" keeps the nights of the reminder being offered)."""
    say = turn.say
    request = request or _offered_request(turn) or ReminderRequest.NIGHTLY
    # "In the morning" is never moved to the evening: the user hears why and picks a time.
    at = evening_time(heard) if heard and said != MORNING else None
    if _switched_off(turn):
        return _fallback(turn, request, at, say.say("reminders_off"))
    if at is None or heard is None:
        asked = ReminderTime(request.value)
        return asked.ask(turn, speech=say.say("reminder_not_evening")) if said else asked.ask(turn)
    # A morning hour ("nine", but also "half past eight in the morning": Alexa sends 08:30 for
    # both) is taken as the evening one, and the confirmation says so.
    lead = say.say("reminder_taken_as_evening") if moved_to_evening(heard) else ""
    return ReminderConfirm(request.value, f"{at:%H:%M}").ask(turn, lead)


def _offered_request(turn: Turn) -> ReminderRequest | None:
    """The nights of the reminder being asked about, if one is."""
    asked = turn.session.open_question
    if isinstance(asked, ReminderConfirm | ReminderTime):
        return asked.nights
    return None


def _switched_off(turn: Turn) -> bool:
    """Refused within the week and still off (Alexa won't list the skill's reminders): asking
    "Shall I set that?" first would only lead to "reminders are off"."""
    if not permissions.recently_refused(turn, REMINDERS_SCOPE):
        return False
    outcome, _ = turn.alexa.reminders.listed()
    return outcome is not Outcome.OK


def set_reminders(turn: Turn, request: ReminderRequest, at: time) -> Reply:
    """All of a request's alerts, or none."""
    if not turn.zone_from_device:
        # A guessed zone would ring at the wrong hour every night from now on.
        return Reply.tell(turn.say.say("reminder_no_zone"))
    plans = reminder_plans(request, at, _mask_nights(turn))
    outcome = sync(turn).set_all(plans)
    if outcome is Outcome.NO_PERMISSION:
        return _ask_consent(turn, request, at)
    if outcome is not Outcome.OK:
        return _error(turn, outcome)
    return Reply.tell(turn.say.say("reminder_set", when=_first_time(turn, plans)))


def _first(turn: Turn, plans: tuple[ReminderPlan, ...]) -> tuple[int, datetime]:
    """When the first of these goes off: in how many routine nights, and the local time."""
    now = turn.local_now.replace(tzinfo=None)
    first = min(filter(None, (next_occurrence(plan.rule, now) for plan in plans)))
    night = night_of(first.replace(tzinfo=ZoneInfo(turn.zone)), turn.zone)
    return (night - turn.tonight).days, first


def _first_time(turn: Turn, plans: tuple[ReminderPlan, ...]) -> str:
    """'tonight at 9 pm', 'tomorrow at 9 pm', 'on Thursday at 9 pm'."""
    say = turn.say
    nights, first = _first(turn, plans)
    at = say.clock_time(first.time())
    if nights == 0:
        return say.say("tonight_at", time=at)
    if nights == 1:
        return say.say("tomorrow_at", time=at)
    return say.say("on_weekday", weekday=say.weekday(first.weekday()), time=at)


def _starting(turn: Turn, plans: tuple[ReminderPlan, ...]) -> str:
    """', starting tomorrow' when tonight's time has passed (or isn't a night it covers)."""
    say = turn.say
    nights, first = _first(turn, plans)
    if nights == 0:
        return ""
    day = say.tomorrow() if nights == 1 else say.on_weekday(first.weekday())
    return say.say("reminder_starting", day=day)


def _ask_consent(turn: Turn, request: ReminderRequest, at: time) -> Reply:
    if permissions.recently_refused(turn, REMINDERS_SCOPE):
        return _fallback(turn, request, at, turn.say.say("reminders_off"))
    asked = ReminderConsent(request.value, f"{at:%H:%M}")
    intro = turn.say.say("reminder_permission_intro")
    return permissions.ask_for(turn, REMINDERS_SCOPE, asked, intro)


def _fallback(
    turn: Turn, request: ReminderRequest, at: time | None, lead: str = "", card_sent: bool = False
) -> Reply:
    """How to get the same reminder from Alexa herself, without Pore Coach's permission."""
    say = turn.say
    if at is None:
        tip = say.say("reminder_plain_tip_untimed")
    else:
        clock = say.clock_time(at)
        if request is ReminderRequest.MASK:
            nights = say.nights(_mask_nights(turn))
            when = say.say("reminder_when_mask", nights=nights, time=clock)
        else:
            when = say.say("reminder_when_nightly", time=clock)
        tip = say.say("reminder_plain_tip" if lead else "reminder_fallback", when=when)
    card = say.say("timer_card_sent") if card_sent else ""
    return Reply.tell(say.join(lead, tip, card))


def follow_mask_nights(turn: Turn) -> str:
    """After the mask nights move, move the reminders' nights with them; what to tell the user:
    nothing when there are none, nor when they are one every night at one time (the mask nights'
    alert only changes its words, which nobody notices)."""
    held = dict(turn.user.account.state.reminders)
    if not held:
        return ""
    mask_nights = _mask_nights(turn)
    plans = tuple(
        ReminderPlan(
            ReminderPart(name), weekdays_for(ReminderPart(name), mask_nights),
            time.fromisoformat(kept["time"]),
        )
        for name, kept in held.items()
    )  # fmt: skip
    if sync(turn).move(plans) is not Outcome.OK:
        return turn.say.say("reminders_follow_failed")
    every_night_alike = (
        set(held) == set(ReminderPart) and len({k["time"] for k in held.values()}) == 1
    )
    return "" if every_night_alike else turn.say.say("reminders_follow")


def list_reminders(turn: Turn) -> Reply:
    """Read from our own record, checked against Alexa's list when there is one to check: a
    record of a reminder deleted in the Alexa app goes, and with the permission turned off the
    record is not told as fact, nor is its absence when some were left at Alexa."""
    say = turn.say
    reminders = sync(turn)
    account = turn.user.account.state
    if reminders.recorded_tokens() or account.reminders_unchecked:
        outcome = reminders.check_recorded()
        if outcome is Outcome.NO_PERMISSION:
            return Reply.tell(say.say("reminders_unchecked"))
        if outcome is Outcome.OK and account.reminders_unchecked:
            turn.user.account.change(MarkRemindersUnchecked(False))
    times = _recorded_times(turn)
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
    return Reply.tell(text)


def _recorded_times(turn: Turn) -> dict[ReminderPart, str]:
    """Each recorded part's time, as said: {PLAIN: "9 pm"}."""
    held = turn.user.account.state.reminders
    return {
        ReminderPart(part): turn.say.clock_time(time.fromisoformat(kept["time"]))
        for part, kept in held.items()
    }


def cancel_reminders(turn: Turn, request: ReminderRequest | None) -> Reply:
    """'Stop reminding me' removes every one this skill holds at Alexa, including any whose
    token we never recorded. With the permission off, Alexa deletes nothing: the record goes
    anyway (it could never be checked or stopped), and the user hears where to remove them."""
    if request is ReminderRequest.MASK:
        return _stop_mask_nights(turn)
    say = turn.say
    reminders = sync(turn)
    recorded = reminders.recorded_tokens()
    outcome = reminders.delete_all()
    if outcome in (None, Outcome.OK) and turn.user.account.state.reminders_unchecked:
        turn.user.account.change(MarkRemindersUnchecked(False))  # Alexa's list was read
    if outcome is None:
        return Reply.tell(say.say("reminders_none_to_cancel"))
    if outcome is Outcome.NO_PERMISSION:
        reminders.forget(recorded)
        turn.user.account.change(MarkRemindersUnchecked(True))
        return Reply.tell(say.say("reminders_forgotten"))
    if outcome is not Outcome.OK:
        return _error(turn, outcome)
    return Reply.tell(say.say("reminders_cancelled"))


def _stop_mask_nights(turn: Turn) -> Reply:
    """Mask nights lose their own time: with a reminder on the other nights at another time they
    go back to that one (so there is still one every night), else they have none."""
    say = turn.say
    held = turn.user.account.state.reminders
    mask, plain = held.get(ReminderPart.MASK.value), held.get(ReminderPart.PLAIN.value)
    others = _recorded_times(turn).get(ReminderPart.PLAIN)
    if mask is None:
        if others:
            return Reply.tell(say.say("reminders_no_mask_one", time=others))
        return Reply.tell(say.say("reminders_none_to_cancel"))
    reminders = sync(turn)
    if plain and plain["time"] != mask["time"]:
        part = ReminderPart.MASK
        at = time.fromisoformat(plain["time"])
        outcome = reminders.move((ReminderPlan(part, weekdays_for(part, _mask_nights(turn)), at),))
        done = say.say("reminders_mask_back", time=others)
    else:
        outcome = reminders.delete([mask["token"]])
        done = (
            say.say("reminders_mask_none_others_kept", time=others)
            if others
            else say.say("reminders_mask_none")
        )
    if outcome is Outcome.NO_PERMISSION:
        reminders.forget([mask["token"]])
        turn.user.account.change(MarkRemindersUnchecked(True))
        return Reply.tell(say.say("reminders_mask_forgotten"))
    if outcome is not Outcome.OK:
        return _error(turn, outcome)
    return Reply.tell(done)


def _mask_time_of_its_own(turn: Turn) -> time | None:
    """The mask-night reminder's time, when it has one of its own (the other nights have none,
    or theirs is at another time): a nightly reminder moves it."""
    held = turn.user.account.state.reminders
    mask, plain = held.get(ReminderPart.MASK.value), held.get(ReminderPart.PLAIN.value)
    if mask is None or (plain is not None and plain["time"] == mask["time"]):
        return None
    return _time_of(mask["time"])


def _time_of(value: object) -> time | None:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None


def _request_of(value: object) -> ReminderRequest:
    try:
        return ReminderRequest(str(value))
    except ValueError:
        return ReminderRequest.NIGHTLY


@dataclass(frozen=True)
class _Nights:
    """What every reminder question carries: the nights asked for, read defensively."""

    request: str = ReminderRequest.NIGHTLY.value

    @property
    def nights(self) -> ReminderRequest:
        return _request_of(self.request)


@dataclass(frozen=True)
class _NightsAndTime(_Nights):
    clock: str = "21:00"  # HH:MM, local to the device

    @property
    def at(self) -> time:
        return _time_of(self.clock) or time(21, 0)


@question("reminderTime")
@dataclass(frozen=True)
class ReminderTime(_Nights, Question):
    """ "What time should I remind you?": Alexa listens for the time within the intent, so the
    answer comes back as the same intent with the nights kept."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("reminder_ask_time")

    def directives(self, turn: Turn) -> tuple[ElicitSlot, ...]:
        # Only what the skill needs back: the nights, never the words as they came in.
        kept = {"reminderKind": REQUEST_IDS[self.nights]}
        return (ElicitSlot(SET_REMINDER_INTENT, "time", kept),)

    def yes(self, turn: Turn) -> Reply:
        return self.ask(turn)

    def no(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("reminder_stopped"))

    def stop(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("reminder_stopped"))

    def help(self, turn: Turn) -> Reply:
        return self.ask(turn, turn.say.say("reminder_time_help"))


@question("reminder")
@dataclass(frozen=True)
class ReminderConfirm(_NightsAndTime, Question):
    """ "I'll remind you at 9 pm every night. Shall I set that?": a yes sets it."""

    def __post_init__(self) -> None:
        if _time_of(self.clock) is None:
            raise ValueError("not a time")

    def prompt(self, turn: Turn) -> str:
        say = turn.say
        plans = reminder_plans(self.nights, self.at, _mask_nights(turn))
        clock, starting = say.clock_time(self.at), _starting(turn, plans)
        before = _mask_time_of_its_own(turn) if self.nights is ReminderRequest.NIGHTLY else None
        if before is not None and before != self.at:  # every night means mask nights too
            return say.say(
                "reminder_confirm_nightly_over_mask",
                time=clock,
                starting=starting,
                before=say.clock_time(before),
            )
        return say.say(CONFIRM[self.nights], time=clock, starting=starting)

    def yes(self, turn: Turn) -> Reply:
        return set_reminders(turn, self.nights, self.at)

    def no(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("reminder_declined"))

    def stop(self, turn: Turn) -> Reply:
        return Reply.tell(turn.say.say("reminder_stopped"))

    def help(self, turn: Turn) -> Reply:
        return self.ask(turn, turn.say.say("reminder_question_help"))

    def unclear(self, turn: Turn) -> Reply:
        return self.ask(turn, turn.say.say("reminder_question_unclear"))


@question("reminderConsent")
@dataclass(frozen=True)
class ReminderConsent(_NightsAndTime, Question):
    """Alexa's own permission prompt for reminders, asked to set this one (already confirmed)."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("reminder_permission_intro")

    def yes(self, turn: Turn) -> Reply:
        return self.consented(turn, accepted=True, card_sent=False)

    def no(self, turn: Turn) -> Reply:
        return self.consented(turn, accepted=False, card_sent=False)

    def consented(self, turn: Turn, accepted: bool, card_sent: bool) -> Reply:
        if accepted:  # the user confirmed before the permission prompt
            return set_reminders(turn, self.nights, self.at)
        return _fallback(turn, self.nights, self.at, card_sent=card_sent)
