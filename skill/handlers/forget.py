"""Forget me: every item of the user and the skill's reminders at Alexa, after a yes.

The question keeps its own answers (yes, no, stop, cancel) rather than the built-ins' table,
because a yes needs the store; they are registered before the built-ins.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.envelope import system_of, user_id_of
from skill.handlers import common, reminders
from skill.observability import logger, metrics
from skill.services.alexa import Outcome
from skill.state.store import ACCOUNT_PROFILE, StateStore, UserKey

ASKED_FORGET = "forgetMe"  # the pending question: delete everything?
_KEEP = ("AMAZON.NoIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")


class ForgetMeHandler(AbstractRequestHandler):
    """Say what goes, and ask. Other voices' routines go too: say so when there are any."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ForgetMeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        if self._household(handler_input):
            text, question = "forget_confirm_household", "forget_question_household"
        else:
            text, question = "forget_confirm", "forget_question"
        return common.ask(handler_input, say.say(text), say.say(question), ASKED_FORGET)

    def _household(self, handler_input: HandlerInput) -> bool:
        """A recognised voice is speaking, or another voice has a routine on this account."""
        system = system_of(handler_input)
        if system.person and system.person.person_id:
            return True
        user = UserKey.for_user(self._secret, user_id_of(handler_input))
        return any(key.profile != ACCOUNT_PROFILE for key in self._store.profiles(user))


class ForgetAnswerHandler(AbstractRequestHandler):
    """Yes deletes; no, stop, cancel and 'go home' delete nothing, and say so."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if common.pending(handler_input) != ASKED_FORGET:
            return False
        return any(is_intent_name(name)(handler_input) for name in ("AMAZON.YesIntent", *_KEEP))

    def handle(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
        if not is_intent_name("AMAZON.YesIntent")(handler_input):
            return common.tell(handler_input, say.say("forget_kept"))
        # The store first: if it can't be reached, the user hears so and nothing is gone.
        recorded = reminders.recorded_tokens(handler_input)
        user_id = user_id_of(handler_input)
        self._store.delete_user(UserKey.for_user(self._secret, user_id))
        outcome = reminders.delete_all(handler_input, recorded)
        _drop_cached_state(handler_input)
        logger.info("user data deleted on request")
        metrics.add_metric(name="UserForgotten", unit="Count", value=1)
        left = outcome not in (None, Outcome.OK)
        return common.tell(
            handler_input, say.say("forget_done_reminders_left" if left else "forget_done")
        )


def _drop_cached_state(handler_input: HandlerInput) -> None:
    """Nothing deleted may come back: without a user session this turn's save (SaveUserSession)
    writes nothing, and the session's attributes keep no copy for a later turn."""
    handler_input.attributes_manager.request_attributes.pop(common.USER_SESSION, None)
    common.session_attributes(handler_input).clear()
