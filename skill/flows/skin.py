"""Setting and asking about the user's skin type."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common
from skill.flows.dialog import Continuations, Dialog
from skill.flows.tonight import offer_walk, plan_sentence
from skill.routine import SkinType, lotion_weekdays
from skill.state.changes import SetSkinType


def set_skin(handler_input: HandlerInput, skin: SkinType) -> Response:
    say = common.speech(handler_input)
    session = common.user(handler_input)
    previous = session.state.skin_type
    night = common.tonight(handler_input).isoformat()
    if previous == skin.value:
        return common.tell(handler_input, say.say("skin_same", skin=say.skin(skin.value)))
    session.change(SetSkinType(skin, night))
    plan = common.tonight_plan(handler_input)
    rule = lotion_rule(say, skin, session.state.mask_nights)
    if previous is not None:
        return common.tell(
            handler_input, say.join(say.say("skin_changed", skin=say.skin(skin.value)), rule)
        )
    if plan.lotion_starts_tonight and not plan.mask:
        tonight_words = say.say("tonight_serum_lotion_start")
        text = say.say("skin_set_first", skin=say.skin(skin.value), tonight=tonight_words)
    else:  # the plan says when a lotion month starts; the rule would say it twice
        rule = "" if plan.lotion_starts_tonight else rule
        text = say.join(
            say.say("skin_set", skin=say.skin(skin.value)), rule, plan_sentence(say, plan)
        )
    return offer_walk(handler_input, text, plan)


def lotion_rule(say, skin: SkinType, mask_nights: list[int]) -> str:
    if skin.on_lotion_cycle:
        return say.say("skin_lotion_cycle")
    weekdays = lotion_weekdays(skin, (mask_nights[0], mask_nights[1]))
    return say.say("skin_lotion_weekly", nights=say.nights(weekdays))


def get_skin(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    skin = common.user(handler_input).state.skin_type
    if skin is None:
        text = say.say("skin_unknown")
        return common.ask(handler_input, text, say.say("ask_skin"), pending=common.ASKED_SKIN)
    return common.tell(handler_input, say.say("skin_is", skin=say.skin(skin)))


def _which(handler_input: HandlerInput) -> Response:
    text = common.speech(handler_input).say("skin_which")
    return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)


def _yes(handler_input: HandlerInput) -> Response:
    """Yes to 'shall I go with combination?'; a bare yes to the question itself asks which."""
    suggested = common.pending_details(handler_input).get("suggested")
    if suggested in set(SkinType):
        return set_skin(handler_input, SkinType(suggested))
    return _which(handler_input)


def unsure(handler_input: HandlerInput) -> Response:
    """'I don't know', or words that name no skin type: first how to tell, then a suggestion."""
    say = common.speech(handler_input)
    if not common.pending_details(handler_input).get("unsure"):
        text = say.say("skin_how_to_tell")
        return common.ask(handler_input, text, say.say("skin_which"), common.ASKED_SKIN, unsure=1)
    suggested = SkinType.COMBINATION
    text = say.say("skin_suggest", skin=say.skin(suggested.value))
    return common.ask(
        handler_input, text, text, common.ASKED_SKIN, unsure=2, suggested=suggested.value
    )


def _help(handler_input: HandlerInput) -> Response:
    text = common.speech(handler_input).say("skin_help")
    return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)


def register(dialog: Dialog) -> None:
    dialog.register(
        common.ASKED_SKIN, Continuations(yes=_yes, no=_which, unclear=unsure, help=_help)
    )
