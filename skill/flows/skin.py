"""Setting and asking about the user's skin type."""

from __future__ import annotations

from dataclasses import dataclass

from skill.flows.dialog import Question, question
from skill.flows.reply import Reply
from skill.flows.tonight import offer_walk, plan_sentence
from skill.flows.turn import Turn
from skill.routine import SkinType, lotion_weekdays
from skill.speech import Speech
from skill.state.changes import SetSkinType


def set_skin(turn: Turn, skin: SkinType) -> Reply:
    say = turn.say
    session = turn.user
    previous = session.state.skin_type
    if previous == skin.value:
        return Reply.tell(say.say("skin_same", skin=say.skin(skin.value)))
    session.change(SetSkinType(skin, turn.tonight.isoformat()))
    plan = turn.plan()
    rule = lotion_rule(say, skin, session.state.mask_nights)
    if previous is not None:
        return Reply.tell(say.join(say.say("skin_changed", skin=say.skin(skin.value)), rule))
    if plan.lotion_starts_tonight and not plan.mask:
        tonight_words = say.say("tonight_serum_lotion_start")
        text = say.say("skin_set_first", skin=say.skin(skin.value), tonight=tonight_words)
    else:  # the plan says when a lotion month starts; the rule would say it twice
        rule = "" if plan.lotion_starts_tonight else rule
        text = say.join(
            say.say("skin_set", skin=say.skin(skin.value)), rule, plan_sentence(say, plan)
        )
    return offer_walk(turn, text)


def lotion_rule(say: Speech, skin: SkinType, mask_nights: list[int]) -> str:
    if skin.on_lotion_cycle:
        return say.say("skin_lotion_cycle")
    weekdays = lotion_weekdays(skin, (mask_nights[0], mask_nights[1]))
    return say.say("skin_lotion_weekly", nights=say.nights(weekdays))


def get_skin(turn: Turn) -> Reply:
    skin = turn.user.state.skin_type
    if skin is None:
        return SkinQuestion().ask(turn, speech=turn.say.say("skin_unknown"))
    return Reply.tell(turn.say.say("skin_is", skin=turn.say.skin(skin)))


def unsure(turn: Turn, asked: SkinQuestion | None = None) -> Reply:
    """'I don't know', or words that name no skin type: first how to tell, then a suggestion."""
    say = turn.say
    if asked is None or not asked.unsure:
        return SkinQuestion(unsure=1).ask(turn, speech=say.say("skin_how_to_tell"))
    suggested = SkinType.COMBINATION
    text = say.say("skin_suggest", skin=say.skin(suggested.value))
    return SkinQuestion(unsure=2, suggested=suggested.value).ask(turn, speech=text)


@question("skin")
@dataclass(frozen=True)
class SkinQuestion(Question):
    """ "What's your skin like: oily, combination, dry or sensitive?" """

    unsure: int = 0  # times the user said they didn't know
    suggested: str | None = None  # the skin type a yes takes

    def prompt(self, turn: Turn) -> str:
        return turn.say.say("skin_question")

    def yes(self, turn: Turn) -> Reply:
        """Yes to 'shall I go with combination?'; a bare yes to the question asks which."""
        if self.suggested in set(SkinType):
            return set_skin(turn, SkinType(str(self.suggested)))
        return self._which(turn)

    def no(self, turn: Turn) -> Reply:
        return self._which(turn)

    def _which(self, turn: Turn) -> Reply:
        text = turn.say.say("skin_which")
        return SkinQuestion(self.unsure).ask(turn, speech=text)

    def help(self, turn: Turn) -> Reply:
        return SkinQuestion(self.unsure).ask(turn, turn.say.say("skin_help"))

    def unclear(self, turn: Turn) -> Reply:
        return unsure(turn, self)

    def not_sure(self, turn: Turn) -> Reply:
        return unsure(turn, self)
