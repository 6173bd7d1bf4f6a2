"""What yes, no, stop, help and words the skill can't act on mean when no question is open."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.flows import common, walk
from skill.flows.dialog import Dialog


def nothing_asked(handler_input: HandlerInput) -> Response:
    """A yes or no with no question of this voice's open. Another voice's question stays open:
    in a shared home, someone else's "yes" must not cost them their question."""
    say = common.speech(handler_input)
    text = say.say("unhandled_yes_no")
    common.session_attributes(handler_input)[common.LAST_SPEECH] = text
    return handler_input.response_builder.speak(text).ask(say.say("help")).response


def goodbye(handler_input: HandlerInput) -> Response:
    """Stop with nothing left undone; a walk under way keeps its place."""
    key = "walk_paused" if _walking(handler_input) else "goodbye"
    return common.tell(handler_input, common.speech(handler_input).say(key))


def _walking(handler_input: HandlerInput) -> bool:
    """Stop costs no read: only a session that already holds the state can be in a walk."""
    return common.user(handler_input).at_hand and walk.in_walk(handler_input)


def general_help(handler_input: HandlerInput) -> Response:
    text = common.speech(handler_input).say("help")
    return common.ask(handler_input, text, text)


def not_understood(handler_input: HandlerInput) -> Response:
    text = common.speech(handler_input).say("fallback")
    return common.ask(handler_input, text, text)


def repeat(handler_input: HandlerInput) -> Response:
    """Say the last thing again, keeping its question open."""
    attributes = common.session_attributes(handler_input)
    last = attributes.get(common.LAST_SPEECH)
    if not last:
        text = common.speech(handler_input).say("nothing_to_repeat")
        return common.ask(handler_input, text, text)
    return handler_input.response_builder.speak(last).ask(last).response


def dialog() -> Dialog:
    return Dialog(
        yes=nothing_asked,
        no=nothing_asked,
        stop=goodbye,
        unclear=not_understood,
        not_sure=general_help,
        help=general_help,
    )
