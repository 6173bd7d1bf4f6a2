"""Questions about mask nights, and moving them."""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows.dialog import Question, question
from skill.flows.reminders import follow_mask_nights
from skill.flows.reply import Reply
from skill.flows.tonight import plan_items
from skill.flows.turn import Turn
from skill.routine import (
    MaskNightsError,
    SkinType,
    lotion_weekdays,
    next_mask_night,
    plan_for_tomorrow,
    validate_mask_nights,
)
from skill.state.changes import MoveMaskNights

WEEKDAY_IDS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SUGGESTED_GAP = 3  # nights from the first mask night to the one suggested for the second


def answer_next_mask(turn: Turn) -> Reply:
    say = turn.say
    plan = turn.plan()
    if plan.mask_moved_from:
        weekday = say.weekday(plan.mask_moved_from.weekday())
        return Reply.tell(say.say("next_mask_moved", weekday=weekday))
    if plan.mask:
        return Reply.tell(say.say("next_mask_tonight"))
    upcoming = next_mask_night(turn.user.state.routine(), plan.night)
    if (upcoming - plan.night).days == 1:
        return Reply.tell(say.say("next_mask_tomorrow"))
    return Reply.tell(say.say("next_mask_on", day=say.day_name(upcoming, plan.night)))


def is_mask_night_tonight(turn: Turn) -> Reply:
    """Yes or no first, then what that means tonight."""
    say = turn.say
    plan = turn.plan()
    if not plan.mask:
        return _not_a_mask_night(turn)
    if plan.night.isoformat() in turn.user.state.masks_done:
        return Reply.tell(say.say("is_mask_tonight_done"))
    items = plan_items(say, plan)
    if plan.mask_moved_from:
        weekday = say.weekday(plan.mask_moved_from.weekday())
        return Reply.tell(say.say("is_mask_tonight_moved", weekday=weekday, items=items))
    return Reply.tell(say.say("is_mask_tonight", items=items))


def is_mask_night_tomorrow(turn: Turn) -> Reply:
    """Yes or no first, counting tonight's mask as done if it is due."""
    say = turn.say
    tomorrow = plan_for_tomorrow(turn.user.state.routine(), turn.tonight)
    if not tomorrow.mask:
        return _not_a_mask_night(turn)
    if tomorrow.mask_moved_from:
        weekday = say.weekday(tomorrow.mask_moved_from.weekday())
        return Reply.tell(say.say("is_mask_tomorrow_moved", weekday=weekday))
    return Reply.tell(say.say("is_mask_tomorrow"))


def _not_a_mask_night(turn: Turn) -> Reply:
    upcoming = next_mask_night(turn.user.state.routine(), turn.tonight)
    return Reply.tell(turn.say.say("is_mask_not", day=turn.say.day_name(upcoming, turn.tonight)))


def get_mask_nights(turn: Turn) -> Reply:
    nights = turn.user.state.mask_nights
    return Reply.tell(turn.say.say("mask_nights_are", nights=turn.say.nights(nights)))


def set_mask_nights(
    turn: Turn, first: str | None, second: str | None, third: str | None = None
) -> Reply:
    """`first` and `second`: weekday ids as the model resolves them (MO to SU), if heard. One
    night alone asks for the other; inside that question, one night is the answer. A third
    night is one too many, and the answer says why."""
    if third in WEEKDAY_IDS:
        return MaskNightsQuestion().ask(turn, speech=turn.say.say("mask_nights_three"))
    asked = turn.session.open_question
    earlier = asked.first_night if isinstance(asked, MaskNightsQuestion) else None
    pairing = earlier is not None and first in WEEKDAY_IDS and second not in WEEKDAY_IDS
    if pairing:
        first, second = earlier, first
    if first not in WEEKDAY_IDS:
        return MaskNightsQuestion().ask(turn, speech=turn.say.say("mask_nights_ask"))
    if second not in WEEKDAY_IDS:
        return _ask_second(turn, str(first))
    chosen = (WEEKDAY_IDS.index(str(first)), WEEKDAY_IDS.index(str(second)))
    try:
        nights = validate_mask_nights(*chosen)
    except MaskNightsError:
        return _refused(turn, chosen, pairing=pairing)
    return _move(turn, nights)


def _move(turn: Turn, nights: tuple[int, int]) -> Reply:
    say = turn.say
    session = turn.user
    if tuple(session.state.mask_nights) == nights:
        return Reply.tell(say.say("mask_nights_are", nights=say.nights(nights)))
    session.change(MoveMaskNights(nights))
    text = say.say("mask_nights_set", nights=say.nights(nights))
    skin = session.state.skin_type
    weekly = lotion_weekdays(SkinType(skin), nights) if skin else ()
    if weekly:
        text = say.join(text, say.say("mask_nights_lotion", nights=say.nights(weekly)))
    return Reply.tell(say.join(text, follow_mask_nights(turn)))


def _refused(turn: Turn, chosen: tuple[int, int], pairing: bool) -> Reply:
    """The same night twice, or two nights in a row: ask again, for the second night only if
    that was the question."""
    say = turn.say
    if pairing:
        weekday = say.weekday(chosen[0])
        if chosen[0] == chosen[1]:
            text = say.say("mask_second_same", first=weekday)
        else:
            text = say.say("mask_second_consecutive", nights=say.nights(chosen), first=weekday)
        return _ask_second(turn, WEEKDAY_IDS[chosen[0]], text)
    if chosen[0] == chosen[1]:
        return MaskNightsQuestion().ask(turn, speech=say.say("mask_nights_same"))
    text = say.say("mask_nights_consecutive", nights=say.nights(chosen))
    return MaskNightsQuestion().ask(turn, speech=text)


def _ask_second(turn: Turn, first: str, text: str = "", suggested: str | None = None) -> Reply:
    """Ask which night goes with `first`; `text` says it another way."""
    weekday = turn.say.weekday(WEEKDAY_IDS.index(first))
    text = text or turn.say.say("mask_second_ask", first=weekday)
    return MaskNightsQuestion(first, suggested).ask(turn, speech=text)


def _unchanged(turn: Turn) -> Reply:
    nights = turn.user.state.mask_nights
    return Reply.tell(turn.say.say("mask_nights_unchanged", nights=turn.say.nights(nights)))


@question("maskNights")
@dataclass(frozen=True)
class MaskNightsQuestion(Question):
    """Which two nights; with `first`, which night goes with it; with `suggested`, a night a
    yes takes."""

    first: str | None = None
    suggested: str | None = None

    @property
    def first_night(self) -> str | None:
        return self.first if self.first in WEEKDAY_IDS else None

    def prompt(self, turn: Turn) -> str:
        first = self.first_night
        if first is None:
            return turn.say.say("mask_nights_ask")
        weekday = turn.say.weekday(WEEKDAY_IDS.index(first))
        return turn.say.say("mask_second_question", first=weekday)

    def yes(self, turn: Turn) -> Reply:
        """Yes to a suggested night; a bare yes to the question asks it again."""
        if self.first_night and self.suggested in WEEKDAY_IDS:
            return set_mask_nights(turn, self.first_night, self.suggested)
        return self._again(turn)

    def no(self, turn: Turn) -> Reply:
        """No to a suggested night: which one, then; no to the question: nothing changes."""
        if self.first_night and self.suggested:
            return self._again(turn)
        return _unchanged(turn)

    def stop(self, turn: Turn) -> Reply:
        return _unchanged(turn)

    def _again(self, turn: Turn, lead: str = "") -> Reply:
        return MaskNightsQuestion(self.first_night).ask(turn, lead)

    def help(self, turn: Turn) -> Reply:
        first = self.first_night
        if first is None:
            return self.ask(turn, speech=turn.say.say("mask_nights_help"))
        weekday = turn.say.weekday(WEEKDAY_IDS.index(first))
        return _ask_second(turn, first, turn.say.say("mask_second_help", first=weekday))

    def unclear(self, turn: Turn) -> Reply:
        return self._again(turn, turn.say.say("not_an_answer"))

    def not_sure(self, turn: Turn) -> Reply:
        """'I don't know' gets a night three apart to say yes to."""
        first = self.first_night
        if first is None:
            return self.help(turn)
        weekday = WEEKDAY_IDS.index(first)
        suggested = (weekday + SUGGESTED_GAP) % len(WEEKDAY_IDS)
        text = turn.say.say(
            "mask_second_suggest",
            night=turn.say.weekday(suggested),
            first=turn.say.weekday(weekday),
        )
        return _ask_second(turn, first, text, suggested=WEEKDAY_IDS[suggested])
