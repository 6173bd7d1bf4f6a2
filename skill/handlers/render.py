"""The one renderer: a flow's `Reply` into the SDK's response, and the session's record of it
(the question left open, what "repeat" says)."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Directive as SdkDirective
from ask_sdk_model import Intent, IntentConfirmationStatus, Response, Slot, SlotConfirmationStatus
from ask_sdk_model.dialog import ElicitSlotDirective
from ask_sdk_model.interfaces.connections import OnCompletion, SendRequestDirective
from ask_sdk_model.interfaces.connections.v1 import StartConnectionDirective
from ask_sdk_model.ui import AskForPermissionsConsentCard, SimpleCard

from skill.flows.dialog import QUESTIONS
from skill.flows.reply import (
    AskPermission,
    Card,
    ConsentCard,
    Directive,
    ElicitSlot,
    OfferRoutine,
    Reply,
)
from skill.flows.turn import Turn
from skill.handlers import apl

OFFER_AUTOMATION = "connection://AMAZON.OfferAutomation/1"


class UnregisteredQuestion(RuntimeError):
    """A flow asked a question the dialog doesn't know: its answers would go nowhere."""


def render(handler_input: HandlerInput, turn: Turn, reply: Reply) -> Response:
    _record(turn, reply)
    builder = handler_input.response_builder
    if reply.speech:  # an answer with nothing to say says nothing (an offer that failed)
        builder.speak(reply.speech)
    if reply.reprompt:
        builder.ask(reply.reprompt)
    if reply.end_session is not None:
        builder.set_should_end_session(reply.end_session)
    if isinstance(reply.card, Card):
        builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.content))
    elif isinstance(reply.card, ConsentCard):
        builder.set_card(AskForPermissionsConsentCard(permissions=[reply.card.scope]))
    for directive in reply.directives:
        builder.add_directive(_directive(directive))
    # Alexa's own prompts take the screen: no document beside them.
    if not any(isinstance(d, AskPermission | OfferRoutine) for d in reply.directives):
        for directive in apl.directives(handler_input, reply.screen):
            builder.add_directive(directive)
    return builder.response


def _record(turn: Turn, reply: Reply) -> None:
    if reply.forgets_session:
        turn.user.forget()
        turn.session.clear()
        return
    if reply.question is not None and QUESTIONS.get(reply.question.kind) is not type(
        reply.question
    ):
        raise UnregisteredQuestion(type(reply.question).__name__)
    turn.session.last_speech = reply.speech
    if not reply.leaves_question:
        turn.session.open_question = reply.question


def _directive(directive: Directive) -> SdkDirective:
    if isinstance(directive, AskPermission):
        return _ask_for(directive)
    if isinstance(directive, ElicitSlot):
        return _elicit(directive)
    return _offer(directive)


def _ask_for(directive: AskPermission) -> SendRequestDirective:
    """Alexa asks the user by voice; the answer comes back as a Connections.Response."""
    return SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": directive.scope, "consentLevel": "ACCOUNT"}],
        },
        token=directive.token,
    )


def _offer(directive: OfferRoutine) -> StartConnectionDirective:
    """Alexa makes the offer, then resumes the session with the user's answer."""
    return StartConnectionDirective(
        uri=OFFER_AUTOMATION,
        input=directive.offer,
        on_completion=OnCompletion.RESUME_SESSION,
        token=directive.token,
    )


def _elicit(directive: ElicitSlot) -> ElicitSlotDirective:
    """The intent carries back only the values the skill set here, never what came in."""
    values: dict[str, str | None] = {directive.slot: None, **directive.slots}
    slots = {
        name: Slot(name=name, value=value, confirmation_status=SlotConfirmationStatus.NONE)
        for name, value in values.items()
    }
    intent = Intent(
        name=directive.intent, slots=slots, confirmation_status=IntentConfirmationStatus.NONE
    )
    return ElicitSlotDirective(updated_intent=intent, slot_to_elicit=directive.slot)
