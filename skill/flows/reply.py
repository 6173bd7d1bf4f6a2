"""What a flow answers: plain data, turned into the SDK's response by one renderer
(`skill/handlers/render.py`). Flows never build SDK objects, so they are tested on fake turns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.flows.dialog import Question
    from skill.flows.screens import Screen


@dataclass(frozen=True)
class Card:
    """A card in the Alexa app."""

    title: str
    content: str


@dataclass(frozen=True)
class ConsentCard:
    """Alexa's own card that lets the user grant a permission in the app."""

    scope: str


@dataclass(frozen=True)
class AskPermission:
    """Alexa asks the user by voice for `scope`; `token` comes back with the answer."""

    scope: str
    token: str


@dataclass(frozen=True)
class ElicitSlot:
    """Alexa listens for one slot of `intent`, with the slot values the skill still needs."""

    intent: str
    slot: str
    slots: dict[str, str] = field(default_factory=dict)  # slot name -> resolved value id


@dataclass(frozen=True)
class OfferRoutine:
    """Alexa offers the user a routine (AMAZON.OfferAutomation); the answer comes back with
    `token` in a SessionResumedRequest. `offer` is the connection's input, as Alexa reads it."""

    offer: dict[str, object]
    token: str


Directive = AskPermission | ElicitSlot | OfferRoutine


@dataclass(frozen=True)
class Reply:
    speech: str
    reprompt: str | None = None
    # The question left open for the voice that spoke; None closes whatever was open.
    question: Question | None = None
    # True ends the session, False keeps it open; None leaves it to Alexa (a permission prompt).
    end_session: bool | None = True
    card: Card | ConsentCard | None = None
    screen: Screen | None = None  # what a screen shows beside the voice (APL devices only)
    directives: tuple[Directive, ...] = ()
    # Another voice's question stays open: this reply answers someone else.
    leaves_question: bool = False
    # The session keeps no state afterwards and this turn writes nothing (forget me).
    forgets_session: bool = False
    # Ends the conversation on purpose (goodbye, a place kept, a timer left to run): no question
    # is asked after it, not even one that keeps.
    closes: bool = False

    @classmethod
    def tell(cls, speech: str, card: Card | ConsentCard | None = None) -> Reply:
        """Speak and end the session."""
        return cls(speech, card=card)

    @classmethod
    def goodbye(cls, speech: str) -> Reply:
        """End the session, and with it whatever was asked."""
        return cls(speech, closes=True)

    @classmethod
    def open(cls, speech: str, reprompt: str) -> Reply:
        """Speak and keep listening, with no question of ours open."""
        return cls(speech, reprompt, end_session=False)

    def with_card(self, card: Card | ConsentCard | None) -> Reply:
        return replace(self, card=card)

    def with_screen(self, screen: Screen | None) -> Reply:
        return replace(self, screen=screen)
