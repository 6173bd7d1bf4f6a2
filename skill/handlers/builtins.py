"""Alexa's built-in intents and the session's end: help, stop, yes, no, repeat, fallback."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers import common, products, reminders, timers
from skill.handlers.tonight import renew_program
from skill.handlers.walk import current_step, in_walk, start_walk
from skill.observability import logger
from skill.state.store import StoreError


class HelpHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        if in_walk(handler_input):
            _, step = current_step(handler_input)
            text = say.say("help_walk", step=say.ordinal((step or 0) + 1))
            return common.ask(handler_input, text, say.say("step_reprompt"))
        text = say.say("help")
        return common.ask(handler_input, text, text)


class StopHandler(AbstractRequestHandler):
    """Stop, cancel and 'go home' end the session from any state; a walk keeps its place."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (
            is_intent_name("AMAZON.StopIntent")(handler_input)
            or is_intent_name("AMAZON.CancelIntent")(handler_input)
            or is_intent_name("AMAZON.NavigateHomeIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        return common.tell(
            handler_input, say.say("walk_paused" if _walking(handler_input) else "goodbye")
        )


def _walking(handler_input: HandlerInput) -> bool:
    """Stop must work with the store down too: then it simply says goodbye."""
    try:
        return in_walk(handler_input)
    except StoreError:
        return False


class YesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.YesIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        asked = common.pending(handler_input)
        if asked == common.ASKED_WALK:
            return start_walk(handler_input)
        if asked == common.ASKED_RENEW:
            return renew_program(handler_input)
        if asked == common.ASKED_TIMER:
            return timers.offer_accepted(handler_input)
        if asked == common.ASKED_REMINDER:
            return reminders.confirmed(handler_input)
        if asked in products.OFFERS:
            return products.offer_accepted(handler_input, asked)
        return unclear_yes_no(handler_input, asked)


class NoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.NoIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        asked = common.pending(handler_input)
        if asked == common.ASKED_WALK:
            return common.tell(handler_input, say.say("walk_declined"))
        if asked == common.ASKED_RENEW:
            return common.tell(handler_input, say.say("program_not_renewed"))
        if asked == common.ASKED_TIMER:
            return timers.offer_declined(handler_input)
        if asked == common.ASKED_REMINDER:
            return reminders.declined(handler_input)
        if asked in products.OFFERS:
            return common.tell(handler_input, say.say("goodbye"))
        return unclear_yes_no(handler_input, asked)


def unclear_yes_no(handler_input: HandlerInput, asked: str | None) -> Response:
    say = common.speech(handler_input)
    if asked == common.ASKED_SKIN:
        text = say.say("skin_no_match")
        return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)
    text = say.say("unhandled_yes_no")
    return common.ask(handler_input, text, say.say("help"))


class RepeatHandler(AbstractRequestHandler):
    """Outside a walk, 'repeat' says the last thing again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        attributes = common.session_attributes(handler_input)
        last = attributes.get(common.LAST_SPEECH)
        if not last:
            text = common.speech(handler_input).say("nothing_to_repeat")
            return common.ask(handler_input, text, text)
        return handler_input.response_builder.speak(last).ask(last).response


class FallbackHandler(AbstractRequestHandler):
    """AMAZON.FallbackIntent, and any intent this version of the skill does not know.

    Registered after every other intent handler.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        if in_walk(handler_input):
            text = say.say("fallback_walk")
            return common.ask(handler_input, text, text)
        if common.pending(handler_input) == common.ASKED_SKIN:
            text = say.say("skin_no_match")
            return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)
        text = say.say("fallback")
        return common.ask(handler_input, text, text)


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = request.error
        logger.info(
            "session ended",
            extra={
                "reason": getattr(request.reason, "value", None),
                "error_type": getattr(error.object_type if error else None, "value", None),
            },
        )
        return handler_input.response_builder.response


class UnhandledRequestHandler(AbstractRequestHandler):
    """Request types we don't use (yet) get an empty, valid answer rather than an error."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        request_type = handler_input.request_envelope.request.object_type
        logger.info("request type not handled", extra={"request_type": request_type})
        return handler_input.response_builder.response
