"""Setting and asking about the user's skin type."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers import common
from skill.handlers.builtins import not_understood
from skill.handlers.slots import resolved_member
from skill.handlers.tonight import offer_walk, plan_sentence
from skill.handlers.walk import in_walk
from skill.routine import SkinType, lotion_weekdays, starts_lotion_cycle


class SetSkinTypeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SetSkinTypeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        skin = resolved_member(handler_input, "skinType", SkinType)
        if skin is None:
            if common.pending(handler_input) != common.ASKED_SKIN and in_walk(handler_input):
                # "I'm ready" mid-walk sounds like "I'm oily" to the model: not a skin answer.
                return not_understood(handler_input)
            text = say.say("skin_no_match")
            return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)
        session = common.user(handler_input)
        previous = session.state.skin_type
        night = common.tonight(handler_input).isoformat()
        if previous == skin.value:
            return common.tell(handler_input, say.say("skin_same", skin=skin.value))
        session.change(lambda state: set_skin_type(state, skin, night))
        plan = common.tonight_plan(handler_input)
        rule = lotion_rule(say, skin, session.state.mask_nights)
        if previous is not None:
            return common.tell(
                handler_input, say.join(say.say("skin_changed", skin=skin.value), rule)
            )
        if plan.lotion_starts_tonight and not plan.mask:
            tonight_words = say.say("tonight_serum_lotion_start")
            text = say.say("skin_set_first", skin=skin.value, tonight=tonight_words)
        else:  # the plan says when a lotion month starts; the rule would say it twice
            rule = "" if plan.lotion_starts_tonight else rule
            text = say.join(say.say("skin_set", skin=skin.value), rule, plan_sentence(say, plan))
        return offer_walk(handler_input, text, plan)


def set_skin_type(state, skin: SkinType, night: str) -> None:
    """The first skin type given starts the program (ours: that is when the plan is heard)."""
    previous = SkinType(state.skin_type) if state.skin_type else None
    state.skin_type = skin.value
    state.program_start = state.program_start or night
    if starts_lotion_cycle(previous, skin):
        state.lotion_cycle_start = night


def lotion_rule(say, skin: SkinType, mask_nights: list[int]) -> str:
    if skin.on_lotion_cycle:
        return say.say("skin_lotion_cycle")
    weekdays = lotion_weekdays(skin, (mask_nights[0], mask_nights[1]))
    return say.say("skin_lotion_weekly", nights=say.nights(weekdays))


class GetSkinTypeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("GetSkinTypeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        skin = common.user(handler_input).state.skin_type
        if skin is None:
            text = say.say("skin_unknown")
            return common.ask(handler_input, text, say.say("ask_skin"), pending=common.ASKED_SKIN)
        return common.tell(handler_input, say.say("skin_is", skin=skin))
