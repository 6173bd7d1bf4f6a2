"""Alexa's built-in intents and the session's end: help, stop, yes, no, repeat, fallback."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response, SessionEndedRequest

from skill.envelope import request_as, request_of
from skill.handlers import common, products, reminders, timers
from skill.handlers.tonight import decline_renewal, missed_mask_answered, renew_program
from skill.handlers.walk import current_step, in_walk, move_to, start_walk
from skill.observability import logger


class HelpHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        pending = common.pending_details(handler_input)
        if pending.get("question"):  # help, then the question still open: a yes still answers it
            text = say.join(say.say("help_about"), pending["question"])
            details = {k: v for k, v in pending.items() if k not in ("asked", "question", "for")}
            return common.ask(handler_input, text, pending["question"], pending["asked"], **details)
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
        asked, walking = common.pending(handler_input), _walking(handler_input)
        if asked == common.ASKED_REMINDER:  # say what didn't happen
            return common.tell(handler_input, say.say("reminder_stopped"))
        if asked == common.ASKED_TIMER and not walking:
            return common.tell(handler_input, say.say("timer_not_started"))
        return common.tell(handler_input, say.say("walk_paused" if walking else "goodbye"))


def _walking(handler_input: HandlerInput) -> bool:
    """Stop costs no read: only a session that already holds the state can be in a walk."""
    return common.user(handler_input).at_hand and in_walk(handler_input)


class YesNoHandler(AbstractRequestHandler):
    """Yes and no answer the question left open; each question names what its answers do."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.YesIntent")(handler_input) or is_intent_name(
            "AMAZON.NoIntent"
        )(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        yes = is_intent_name("AMAZON.YesIntent")(handler_input)
        asked = common.pending(handler_input)
        answers = ANSWERS.get(asked or "")
        if answers is None and asked in products.OFFERS:
            answers = (lambda hi: products.offer_accepted(hi, asked), _no_thanks)
        if answers is None:
            return unclear_yes_no(handler_input, asked, yes)
        return answers[0 if yes else 1](handler_input)


def _no_thanks(handler_input: HandlerInput) -> Response:
    """No to an offer: mid-walk, back to the step; otherwise goodnight."""
    say = common.speech(handler_input)
    if in_walk(handler_input):
        text = say.say("timer_offer_declined")
        return common.ask(handler_input, text, say.say("step_reprompt"))
    return common.tell(handler_input, say.say("goodbye"))


def _walk_declined(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("walk_declined"))


# question -> (what yes does, what no does)
ANSWERS = {
    common.ASKED_WALK: (start_walk, _walk_declined),
    common.ASKED_RENEW: (renew_program, decline_renewal),
    common.ASKED_MISSED_MASK: (
        lambda hi: missed_mask_answered(hi, done=True),
        lambda hi: missed_mask_answered(hi, done=False),
    ),
    common.ASKED_TIMER: (timers.offer_accepted, timers.offer_declined),
    common.ASKED_REMINDER: (reminders.confirmed, reminders.declined),
}


def unclear_yes_no(handler_input: HandlerInput, asked: str | None, yes: bool) -> Response:
    """A yes or no to no open question: in a walk, yes means go on; otherwise re-ask or help."""
    say = common.speech(handler_input)
    if asked == common.ASKED_SKIN:
        text = say.say("skin_which")
        return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)
    if in_walk(handler_input):
        plan, step = current_step(handler_input)
        if yes:
            return move_to(handler_input, plan, (step or 0) + 1)
        text = say.say("timer_offer_declined")
        return common.ask(handler_input, text, say.say("step_reprompt"))
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
        return not_understood(handler_input)


def not_understood(handler_input: HandlerInput) -> Response:
    """Words we can't act on: answer for where the user is (a walk, a question, or nowhere)."""
    say = common.speech(handler_input)
    if common.pending(handler_input) == common.ASKED_SKIN:
        text = say.say("skin_unsure")
        return common.ask(handler_input, text, text, pending=common.ASKED_SKIN)
    if in_walk(handler_input):
        text = say.say("fallback_walk")
        return common.ask(handler_input, text, text)
    text = say.say("fallback")
    return common.ask(handler_input, text, text)


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = request_as(handler_input, SessionEndedRequest)
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
        request_type = request_of(handler_input).object_type
        logger.info("request type not handled", extra={"request_type": request_type})
        return handler_input.response_builder.response
