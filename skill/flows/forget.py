"""Forget me: every item of the user and the skill's reminders at Alexa, after a yes."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.envelope import system_of, user_id_of
from skill.flows import common, reminders
from skill.flows.dialog import Continuations, Dialog
from skill.observability import logger, metrics
from skill.services.alexa import Outcome
from skill.state.store import ACCOUNT_PROFILE, StateStore, UserKey

ASKED_FORGET = "forgetMe"  # the pending question: delete everything?


class Forgetting:
    """The question and its answers: a yes needs the store, so it is built with one."""

    def __init__(self, store: StateStore, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def ask(self, handler_input: HandlerInput) -> Response:
        """Say what goes, and ask. Other voices' routines go too: say so when there are any."""
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

    def forget(self, handler_input: HandlerInput) -> Response:
        say = common.speech(handler_input)
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

    def register(self, dialog: Dialog) -> None:
        """No, stop, cancel and 'go home' delete nothing, and say so."""
        dialog.register(ASKED_FORGET, Continuations(yes=self.forget, no=_kept, stop=_kept))


def _kept(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("forget_kept"))


def _drop_cached_state(handler_input: HandlerInput) -> None:
    """Nothing deleted may come back: without a user session this turn's save (SaveUserSession)
    writes nothing, and the session's attributes keep no copy for a later turn."""
    handler_input.attributes_manager.request_attributes.pop(common.USER_SESSION, None)
    common.session_attributes(handler_input).clear()
