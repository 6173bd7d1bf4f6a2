"""The month: how it's going, nights done without the walk, milestones said once, the day-28
check-in, and easing off when the skin is irritated. Never guilt: a gap is said as what comes
next, never as a miss."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from skill.flows import evening, screens
from skill.flows.dialog import Question, question
from skill.flows.reply import Reply
from skill.flows.turn import Turn
from skill.routine import LOTION_CYCLE_DAYS, NightPlan, SkinType, next_mask_night
from skill.routine.lotion import lotion_cycle_day
from skill.routine.plan import PROGRAM_DAYS, plan_for
from skill.routine.progress import (
    CHECK_IN_ASKS,
    CHECK_IN_DAY,
    STEP_BACK_DAYS,
    Milestone,
    check_in_due,
    done_of_last,
    done_this_week,
    milestone,
    streak,
)
from skill.state.changes import (
    EASED_OVER,
    AnswerCheckIn,
    AskCheckIn,
    Irritated,
    MarkSaid,
    RecordNightDone,
    SkinCalm,
)

MILESTONE_KEYS = {
    Milestone.FIRST_NIGHT: "milestone_first_night",
    Milestone.SEVEN_NIGHTS: "milestone_seven_nights",
    Milestone.DAY_14: "milestone_day_14",
    Milestone.MONTH_DONE: "milestone_month_done",
}
EASED_LOTION = {
    SkinType.OILY: "eased_lotion_every_other",
    SkinType.THICK: "eased_lotion_every_other",
    SkinType.COMBINATION: "eased_lotion_weekly",
    SkinType.NORMAL: "eased_lotion_weekly",
}
CHANGES = ("BETTER", "SAME", "WORSE")
# Safety lines said once per user: what is recorded as said, and the words.
SUNSCREEN, TOWEL = "sunscreen", "towel"
SAFETY_KEYS = {SUNSCREEN: "safety_sunscreen", TOWEL: "safety_towel"}


def how_am_i_doing(turn: Turn) -> Reply:
    """The day of the month, nights done this week and lately, the lotion, the next mask."""
    say, state, plan = turn.say, turn.user.state, turn.plan()
    if state.skin_type is None or plan.program_day is None and not plan.program_complete:
        # Imported here: the skin question's answers lead to tonight, which builds on this.
        from skill.flows.skin import SkinQuestion

        return SkinQuestion().ask(turn, say.say("progress_not_started"))
    done, tonight = state.nights(), turn.tonight
    week, recent, run = (
        done_this_week(done, tonight),
        done_of_last(done, tonight),
        streak(done, tonight),
    )
    parts = [
        say.say("progress_day", day=plan.program_day, days=PROGRAM_DAYS)
        if plan.program_day
        else say.say("progress_month_done"),
        say.say("progress_week_none")
        if week == 0
        else say.say("progress_week_one" if week == 1 else "progress_week", week=week),
        # Ten nights back only once there are ten nights to look back on.
        _recent_line(turn, recent) if _nights_in(plan) >= 10 else "",
        say.say("progress_streak", streak=run) if run >= 2 else "",
        _lotion_line(turn),
        say.say("progress_next_mask", day=say.day_name(_next_mask(turn), tonight)),
    ]
    text = say.join(*parts)
    screen = screens.progress(turn, [p for p in parts if p])
    return Reply.tell(text).with_screen(screen)


def _next_mask(turn: Turn) -> date:
    """Tonight, when tonight's mask is still to come; else the next mask night."""
    state, tonight = turn.user.state, turn.tonight
    ahead = tonight not in state.routine().masks_done and state.skipped_night != str(tonight)
    if turn.plan().mask and ahead and not _done_tonight(turn):
        return tonight
    return next_mask_night(state.routine(), tonight)


def _recent_line(turn: Turn, recent: int) -> str:
    if recent == 10:
        return turn.say.say("progress_recent_all")
    return turn.say.say("progress_recent", recent=recent)


def _nights_in(plan: NightPlan) -> int:
    return plan.program_day if plan.program_day is not None else PROGRAM_DAYS


def _lotion_line(turn: Turn) -> str:
    """Where the lotion's month stands, for the skins that cycle it; eased, until when."""
    say, tonight = turn.say, turn.tonight
    eased = turn.user.state.step_back()
    if eased is not None and eased.covers(tonight):
        return say.say("progress_eased", day=say.day_name(eased.end, tonight))
    day = _lotion_cycle_day(turn)
    if day is None:
        return ""
    if day == turn.plan().program_day:
        return ""  # the month and the lotion's month, in step: said once, as the month's day
    if day <= LOTION_CYCLE_DAYS:
        return say.say("progress_lotion_day", day=day)
    return _lotion_back(turn, day)


def _lotion_back(turn: Turn, day: int) -> str:
    """In the lotion's month off (`day` 31 to 60): how many nights until it's back."""
    return turn.say.say("progress_lotion_off", nights=2 * LOTION_CYCLE_DAYS - day + 1)


def _lotion_cycle_day(turn: Turn) -> int | None:
    return lotion_cycle_day(turn.user.state.routine(), turn.tonight)


def milestone_line(turn: Turn) -> str:
    """The milestone just reached, said once, in a sentence; "" when none."""
    state, plan = turn.user.state, turn.plan()
    # Day 30 is the month's end once its night is done; past it, at any launch.
    month_over = bool(state.nights_done) and (
        plan.program_complete or (plan.program_day == PROGRAM_DAYS and _done_tonight(turn))
    )
    reached = milestone(len(state.nights_done), plan.program_day, month_over, frozenset(state.said))
    if reached is None:
        return ""
    turn.user.change(MarkSaid(reached.value))
    return turn.say.say(MILESTONE_KEYS[reached])


def once(turn: Turn, line: str) -> str:
    """A safety line, said the first time only."""
    key = SAFETY_KEYS[line]
    if key in turn.user.state.said:
        return ""
    turn.user.change(MarkSaid(key))
    return turn.say.say(SAFETY_KEYS[line])


def night_finished(turn: Turn) -> str:
    """What follows the last step or "I did my routine": a milestone, and after the first
    lotion night, sunscreen in the morning."""
    plan = turn.plan()
    evening.night_done_now(turn)
    return turn.say.join(milestone_line(turn), once(turn, SUNSCREEN) if plan.lotion else "")


def routine_done(turn: Turn, last_night: bool = False) -> Reply:
    """'I did my routine': tonight (or last night) counts, without the walk."""
    say = turn.say
    # In the small hours "last night" is the evening still going: the skill's tonight.
    small_hours = turn.tonight != turn.local_now.date()
    night = turn.tonight - timedelta(days=1) if last_night and not small_hours else turn.tonight
    if night.isoformat() in turn.user.state.nights_done:
        return Reply.tell(say.say("done_already_counted"))
    turn.user.change(RecordNightDone(night.isoformat()))
    if last_night:
        return Reply.tell(say.join(say.say("done_last_night"), milestone_line(turn)))
    done = Reply.tell(say.join(say.say("done_tonight"), night_finished(turn)))
    return evening.offer_if_due(turn, done)


def irritated(turn: Turn, lead: str = "") -> Reply:
    """Kind, not medical advice; then the plan eases off, and says how."""
    say = turn.say
    turn.user.change(Irritated(turn.tonight.isoformat()))
    again = turn.user.state.step_back_days > STEP_BACK_DAYS  # irritated already this month
    key = "irritation_again" if again else "irritation"
    return Reply.tell(say.join(lead, say.say(key, lotion=_eased_lotion(turn))))


def _eased_lotion(turn: Turn) -> str:
    """How the lotion eases, as the plans of the step-back have it: none at all may be the
    usual plan already (a month off)."""
    state = turn.user.state
    eased, routine = state.step_back(), state.routine()
    nights = (eased.start + timedelta(days=n) for n in range(eased.days)) if eased else ()
    if state.skin_type is None or not any(plan_for(routine, night).lotion for night in nights):
        return turn.say.say("eased_no_lotion")
    return turn.say.say(EASED_LOTION.get(SkinType(state.skin_type), "eased_no_lotion"))


def skin_calm(turn: Turn) -> Reply:
    eased = turn.user.state.step_back()
    if eased is None or not eased.covers(turn.tonight):
        return Reply.tell(turn.say.say("skin_calm_glad"))
    turn.user.change(SkinCalm(turn.tonight.isoformat()))
    return Reply.tell(turn.say.say("skin_calm_back"))


def launch_note(turn: Turn) -> str:
    """Said once at the launch: the easing off is over, or a milestone of the month."""
    state, tonight = turn.user.state, turn.tonight
    eased = state.step_back()
    if eased is not None and tonight >= eased.end and EASED_OVER not in state.said:
        turn.user.change(MarkSaid(EASED_OVER))
        return turn.say.say("eased_over")
    return milestone_line(turn)


def check_in_now(turn: Turn) -> bool:
    state = turn.user.state
    return check_in_due(
        turn.plan().program_day,
        len(state.check_in_asked),
        state.check_in_answer is not None,
        turn.tonight.isoformat() in state.check_in_asked,
    )


def check_in_answer(turn: Turn, change: str | None) -> Reply:
    """Better or the same: keep going (and when the lotion's month off comes); worse: ease off."""
    say = turn.say
    asked = isinstance(turn.session.open_question, CheckIn)
    if change not in CHANGES:
        return (
            CheckIn().ask(turn, speech=say.say("check_in_which")) if asked else CheckIn().ask(turn)
        )
    day = turn.plan().program_day
    if not asked and (day is None or day < CHECK_IN_DAY):  # a remark, not the month's answer
        return irritated(turn) if change == "WORSE" else Reply.tell(say.say("skin_calm_glad"))
    turn.user.change(AnswerCheckIn(change))
    if change == "WORSE":
        return irritated(turn, say.say("check_in_worse"))
    kept_on = say.join(
        say.say("check_in_good" if change == "BETTER" else "check_in_same"), _lotion_break(turn)
    )
    if asked and not _done_tonight(turn):
        # Imported here: tonight's answer builds on the month's lines.
        from skill.flows.tonight import answer_tonight

        return answer_tonight(turn, greeting=kept_on)  # asked at the launch: tonight follows
    return Reply.tell(kept_on)


def _done_tonight(turn: Turn) -> bool:
    return turn.tonight.isoformat() in turn.user.state.nights_done


def _lotion_break(turn: Turn) -> str:
    """For the skins that cycle the lotion, day 28 is when its month off comes: when it starts,
    or, when it has, when the lotion is back."""
    say, day = turn.say, _lotion_cycle_day(turn)
    if day is None:
        return ""
    if day > LOTION_CYCLE_DAYS:
        return _lotion_back(turn, day)
    starts = turn.tonight + timedelta(days=LOTION_CYCLE_DAYS - day + 1)
    return say.say("check_in_lotion_break", day=say.day_name(starts, turn.tonight))


@question("checkIn")
@dataclass(frozen=True)
class CheckIn(Question):
    """Day 28: "How does your skin look: better, the same, or worse?" Asked at most twice."""

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("check_in_prompt")

    def ask(self, turn: Turn, lead: str = "", speech: str | None = None) -> Reply:
        if (turn.plan().program_day or 0) >= CHECK_IN_DAY:  # the month's asks, not a remark's
            turn.user.change(AskCheckIn(turn.tonight.isoformat()))
        return super().ask(turn, lead, speech)

    def yes(self, turn: Turn) -> Reply:
        return self.ask(turn, speech=turn.say.say("check_in_which"))  # the choice, once

    def no(self, turn: Turn) -> Reply:
        """'Not now': asked again the next night, if it may be asked again."""
        day = turn.plan().program_day
        again = (
            len(turn.user.state.check_in_asked) < CHECK_IN_ASKS
            and day is not None
            and day < PROGRAM_DAYS
        )
        return Reply.tell(turn.say.say("check_in_later" if again else "check_in_never_mind"))

    def help(self, turn: Turn) -> Reply:
        return self.ask(turn, turn.say.say("check_in_help"))
