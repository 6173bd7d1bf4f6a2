"""'What's tonight': the night's plan in a breath, then an offer to walk through it; and a night
that is over (walked or taken off), or whose mask will be missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from skill.flows import screens
from skill.flows.dialog import Question, question
from skill.flows.reply import Reply
from skill.flows.turn import Turn
from skill.flows.walk import WalkOffer, start_walk, walked
from skill.routine import NightPlan, Routine, last_mask_night, next_mask_night, plan_for_tomorrow
from skill.speech import Speech
from skill.state.changes import (
    DeclineRenewal,
    MissMask,
    RestartProgram,
    SettleMissedMask,
    TakeNightOff,
)


def plan_items(say: Speech, plan: NightPlan) -> str:
    """The products of the night, in the walk's order: a mask night ends with moisturiser."""
    items = [say.say("item_mask")] if plan.mask else []
    if plan.lotion:
        items.append(say.say("item_lotion"))
    if not items:
        return say.say("item_only_serum")
    last = [say.say("item_moisturiser")] if plan.mask else []
    return say.listing([*items, say.say("item_serum"), *last], last_joiner="then")


def plan_sentence(say: Speech, plan: NightPlan) -> str:
    """The plan for a user whose skin type we know."""
    day = say.say("day_of_month", day=plan.program_day) if plan.program_day else ""
    items = plan_items(say, plan)
    if plan.mask_moved_from:
        opening = say.say(
            "plan_mask_moved",
            weekday=say.weekday(plan.mask_moved_from.weekday()),
            day_of_month=day,
            items=items,
        )
    elif plan.mask:
        opening = say.say("plan_mask_night", day_of_month=day, items=items)
    else:
        opening = say.say("plan_plain_night", day_of_month=day, items=items)
    lotion_note = ""
    if plan.lotion_starts_tonight:
        lotion_note = say.say("lotion_starts")
    elif plan.lotion_off_month:
        lotion_note = say.say("lotion_off_month")
    return say.join(opening, lotion_note)


def mask_clause(say: Speech, routine: Routine, plan: NightPlan) -> str:
    if plan.mask:
        return say.say("mask_tonight_clause")
    upcoming = next_mask_night(routine, plan.night)
    key = "mask_next_clause" if routine.program_start else "mask_first_clause"
    return say.say(key, day=say.day_name(upcoming, plan.night))


def offer_walk(turn: Turn, text: str) -> Reply:
    """On a mask night the offer is to start ("Ready for step one?"); asked again, it is the
    plain offer."""
    offer = turn.say.say("offer_walk_mask" if turn.plan().mask else "offer_walk")
    return WalkOffer().ask(turn, speech=turn.say.join(text, offer))


def answer_tonight(turn: Turn, greeting: str = "") -> Reply:
    """Shared by 'what's tonight' and the returning user's welcome."""
    # Imported here: the skin question's answers give tonight's plan in turn.
    from skill.flows.skin import SkinQuestion

    say = turn.say
    state = turn.user.state
    plan = turn.plan()
    if state.skin_type is None:
        text = say.say(
            "plan_unknown_skin",
            mask=mask_clause(say, state.routine(), plan),
            ask_skin=say.say("ask_skin"),
        )
        return SkinQuestion().ask(turn, speech=say.join(greeting, text))
    if walked(turn) or taken_off(turn):
        return night_over(turn, greeting, keep_open=bool(greeting))
    missed = plan.mask_moved_from
    if missed and state.missed_mask_asked != missed.isoformat():
        # We only know a mask was done if the walk or a timer saw it: ask before moving it.
        return MissedMaskCheck(missed.isoformat()).ask(turn, greeting)
    if plan.program_complete and not state.renewal_declined:
        # One thing at a time: the month's end first, tonight's plan after the answer.
        return RenewOffer().ask(turn, greeting)
    reply = offer_walk(turn, say.join(greeting, plan_sentence(say, plan)))
    return reply.with_screen(screens.tonight(turn, plan))


def taken_off(turn: Turn) -> bool:
    """Whether the user said they'd skip tonight (and hasn't walked it since)."""
    return turn.user.state.skipped_night == turn.tonight.isoformat()


def night_over(turn: Turn, greeting: str = "", keep_open: bool = False) -> Reply:
    """Nothing left to do tonight: say so and what tomorrow holds, with no walk on offer.
    Opened by the launch, the session stays open for anything else."""
    # Imported here: the conversation's own question builds on the walk.
    from skill.flows.conversation import AnythingElse

    say = turn.say
    over = say.say("night_taken_off" if taken_off(turn) else "night_done")
    text = say.join(greeting, over, _tomorrow_sentence(turn))
    if keep_open:
        return AnythingElse().ask(turn, text)
    return Reply.tell(text)


def walk_through(turn: Turn) -> Reply:
    """'Walk me through it': a walk already finished tonight isn't started again."""
    if walked(turn):
        return night_over(turn)
    return start_walk(turn)


def skip_tonight(turn: Turn) -> Reply:
    """'Skip tonight': no walk on offer again tonight, and a mask due moves on or is dropped."""
    if walked(turn):
        return night_over(turn)
    say = turn.say
    plan = turn.plan()
    turn.user.change(TakeNightOff(plan.night.isoformat()))
    if not plan.mask or plan.night.isoformat() in turn.user.state.masks_done:
        return Reply.tell(say.join(say.say("night_off"), say.say("no_mask_to_move")))
    return Reply.tell(say.join(say.say("night_off"), miss_mask(turn, plan)))


def missed_mask(turn: Turn, last_night: bool = False) -> Reply:
    """'I missed my mask': tonight's, when tonight has one; otherwise, or said of last night,
    the last mask night's."""
    say = turn.say
    session = turn.user
    plan = turn.plan()
    carried = _unasked_carry(turn, plan)
    if carried is not None:
        # The answer to "did you get to your Monday mask?" before it was asked: it's here.
        session.change(SettleMissedMask(carried.isoformat(), done=False))
        return _mask_moved_here(turn)
    if plan.mask and not last_night:
        return Reply.tell(say.join(say.say("okay"), miss_mask(turn, plan)))
    routine = session.state.routine()
    upcoming = plan.night if plan.mask else next_mask_night(routine, plan.night)
    last = last_mask_night(routine, plan.night)
    start = session.state.program_start
    if last is None or start is None or last.isoformat() < start:
        # Before the routine's first mask night, no mask was missed: nothing moves, nothing drops.
        return Reply.tell(say.say("mask_none_due_yet", day=say.day_name(upcoming, plan.night)))
    if last_night and last != plan.night - timedelta(days=1):
        return Reply.tell(say.say("mask_not_last_night", day=say.day_name(upcoming, plan.night)))
    session.change(MissMask(last.isoformat()))
    if turn.plan().mask:
        return _mask_moved_here(turn)
    return Reply.tell(say.join(say.say("okay"), _dropped(turn, plan)))


def tomorrow(turn: Turn) -> Reply:
    """'What's tomorrow?'"""
    return Reply.tell(_tomorrow_sentence(turn))


def _tomorrow_sentence(turn: Turn) -> str:
    """Tomorrow night's steps, as if tonight goes to plan."""
    plan = plan_for_tomorrow(turn.user.state.routine(), turn.tonight)
    key = "tomorrow_mask_night" if plan.mask else "tomorrow_plain_night"
    return turn.say.say(key, items=plan_items(turn.say, plan))


def _unasked_carry(turn: Turn, plan: NightPlan) -> date | None:
    """The mask night tonight makes up for, if we haven't asked about it and tonight's mask
    isn't done yet."""
    carried, state = plan.mask_moved_from, turn.user.state
    if carried is None or carried.isoformat() == state.missed_mask_asked:
        return None
    return None if plan.night.isoformat() in state.masks_done else carried


def miss_mask(turn: Turn, plan: NightPlan) -> str:
    """Tonight's mask is missed: where the routine moves it, if anywhere."""
    turn.user.change(MissMask(plan.night.isoformat()))
    if plan_for_tomorrow(turn.user.state.routine(), plan.night).mask:
        return turn.say.say("mask_moves_tomorrow")
    return _dropped(turn, plan)


def _dropped(turn: Turn, plan: NightPlan) -> str:
    upcoming = next_mask_night(turn.user.state.routine(), plan.night)
    return turn.say.say("mask_dropped", day=turn.say.day_name(upcoming, plan.night))


def _mask_moved_here(turn: Turn) -> Reply:
    say = turn.say
    return offer_walk(turn, say.join(say.say("okay"), plan_sentence(say, turn.plan())))


@question("missedMask")
@dataclass(frozen=True)
class MissedMaskCheck(Question):
    """ "Did you get to your Monday mask?": we only know a mask was done if we saw it."""

    night: str = ""  # ISO date of the mask night asked about

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("missed_mask_check", weekday=turn.say.weekday(self._night().weekday()))

    def _night(self) -> date:
        return date.fromisoformat(self.night)

    def __post_init__(self) -> None:
        self._night()  # a mangled date is no question of ours

    def yes(self, turn: Turn) -> Reply:
        turn.user.change(SettleMissedMask(self.night, done=True))
        return answer_tonight(turn)

    def no(self, turn: Turn) -> Reply:
        turn.user.change(SettleMissedMask(self.night, done=False))
        return answer_tonight(turn)


@question("renew")
@dataclass(frozen=True)
class RenewOffer(Question):
    """ "You've finished your month. Want to keep going for another?" """

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("program_complete")

    def yes(self, turn: Turn) -> Reply:
        """Tonight becomes day one again."""
        turn.user.change(RestartProgram(turn.tonight.isoformat()))
        say = turn.say
        return offer_walk(
            turn, say.join(say.say("program_renewed"), plan_sentence(say, turn.plan()))
        )

    def no(self, turn: Turn) -> Reply:
        """No other month: the days stop being counted and the skill stops asking."""
        turn.user.change(DeclineRenewal())
        return Reply.tell(turn.say.say("program_not_renewed"))
