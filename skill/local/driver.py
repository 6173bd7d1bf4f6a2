"""Talks to the real lambda_handler the way Alexa does: words in, envelopes out, speech back.

Shared by the text chat and the conversation tests, so both exercise the same path.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from skill.handlers.render import OFFER_AUTOMATION
from skill.local.chat_lines import lines_for
from skill.local.envelopes import (
    Conversation,
    Device,
    connections_response,
    envelope,
    intent_request,
    launch_request,
    session_ended_request,
    session_resumed_request,
    skill_event,
    user_event,
)
from skill.local.nlu import IntentMatch, InteractionModel, slots_json, split_invocation
from skill.local.screen_text import follow

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Reply:
    speech: str
    reprompt: str | None
    ends_session: bool
    raw: dict[str, Any]

    @property
    def card(self) -> dict[str, Any] | None:
        return self.raw.get("response", {}).get("card")


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that Powertools reads."""

    function_name: str = "pore-coach-local"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:000000000000:function:pore-coach-local"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def get_remaining_time_in_millis(self) -> int:
        return 7000


class SessionNotOpen(Exception):
    """Alexa would not send the line to the skill: no session is open and it names no skill.

    Real Alexa answers such a line itself (or hands it to another skill), so neither the chat nor
    a test may pretend the skill heard it.
    """


class LocalAlexa:
    def __init__(
        self,
        handler: Handler,
        device: Device | None = None,
        model: InteractionModel | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.handler = handler
        self.device = device or Device()
        self.model = model or InteractionModel.load(self.device.locale)
        self.clock = clock
        self.conversation: Conversation | None = None
        self.last_match: IntentMatch | None = None
        # Set while Alexa is asking the user for a permission (the skill sent AskFor).
        self.asking_permission: dict[str, Any] | None = None
        # Called with the scope when the user consents, so the stand-in API honours it.
        self.on_consent: Callable[[str], None] = lambda scope: None
        # Set while Alexa waits for one slot (the skill sent Dialog.ElicitSlot).
        self.eliciting: dict[str, Any] | None = None
        # Set while Alexa offers the user a routine (the skill sent OfferAutomation).
        self.offering: dict[str, Any] | None = None
        # A LAUNCH_TASK timer that went off, waiting for the user to accept it.
        self.pending_task: dict[str, Any] | None = None
        # Lambda's context for each invocation: how long the turn may take.
        self.context: Callable[[], Any] = LambdaContext
        # On a device with a screen: the data of the document showing, as the skill sent it.
        self.screen: dict[str, Any] | None = None

    def say(self, text: str) -> Reply:
        """What a user says to the device: 'open pore coach', 'ask pore coach ...', or a reply.

        A reply needs an open session: otherwise Alexa, not the skill, would hear it, so it
        raises SessionNotOpen and sends nothing.
        """
        if self.asking_permission is not None:
            return self.answer_permission(text)
        kind, rest = split_invocation(text, self.model.invocation_name)
        if self.offering is not None and kind not in ("launch", "oneshot"):
            answers = {"AMAZON.YesIntent": True, "AMAZON.NoIntent": False}
            return self.answer_offer(answers.get(self.model.match(text).intent))
        self.offering = None  # the skill named again: Alexa's offer went unanswered
        if kind == "launch":
            self.new_session()
            return self.send(launch_request(self.clock()))
        if kind == "oneshot":
            self.new_session()
        elif self.conversation is None or self.conversation.ended:
            raise SessionNotOpen(self._not_open())
        elif self.eliciting is not None:
            return self.answer_slot(rest)
        return self.intent(self.model.match(rest))

    def _not_open(self) -> str:
        """How to reach the skill, in the chat's words for the device's language."""
        lines = lines_for(self.device.locale)
        name = self.model.invocation_name
        notice = lines.no_session if self.conversation is None else lines.session_over
        return notice.format(
            open=lines.open_phrase.format(name=name), ask=lines.ask_phrase.format(name=name)
        )

    def answer_slot(self, text: str) -> Reply:
        """Alexa asked for one slot: an answer that fills it goes back in the same intent."""
        directive, self.eliciting = self.eliciting or {}, None
        intent = directive["updatedIntent"]
        slot = directive["slotToElicit"]
        filled = self.model.match_slot(intent["name"], slot, text)
        if filled is None:
            return self.intent(self.model.match(text))
        match = IntentMatch(intent["name"], {slot: filled})
        slots = {**intent.get("slots", {}), **slots_json(match, self.device.skill_id)}
        request = intent_request(intent["name"], slots, self.clock())
        return self.send({**request, "dialogState": "IN_PROGRESS"})

    def intent(self, match: IntentMatch) -> Reply:
        self.last_match = match
        slots = slots_json(match, self.device.skill_id)
        return self.send(intent_request(match.intent, slots, self.clock()))

    def answer_permission(self, text: str) -> Reply:
        """Alexa asked "may Pore Coach ...?": yes, no, or anything else (not answered)."""
        directive, self.asking_permission = self.asking_permission or {}, None
        scope = directive["payload"]["permissionScopes"][0]["permissionScope"]
        intent = self.model.match(text).intent
        answer = {"AMAZON.YesIntent": "ACCEPTED", "AMAZON.NoIntent": "DENIED"}.get(
            intent, "NOT_ANSWERED"
        )
        if answer == "ACCEPTED":
            self.on_consent(scope)
        return self.send(
            connections_response(
                "AskFor", directive.get("token"), {"status": answer, "permissionScope": scope},
                at=self.clock(),
            )
        )  # fmt: skip

    def answer_offer(self, accepted: bool | None) -> Reply:
        """The user's answer to Alexa's routine offer: a routine made (200), declined (204 and
        its reason), or none Alexa could take (an error status)."""
        directive, self.offering = self.offering or {}, None
        if accepted is None:
            request = session_resumed_request(directive.get("token"), "500", None, self.clock())
        elif accepted:
            request = session_resumed_request(directive.get("token"), "200", {}, self.clock())
        else:
            declined = {"offerAutomationResponse": {"reason": "REJECTED_BY_CUSTOMER"}}
            request = session_resumed_request(directive.get("token"), "204", declined, self.clock())
        return self.send(request)

    def start_task(self, name: str) -> Reply:
        """A task of the skill's started from outside it (an evening routine's action)."""
        task = {"name": f"{self.device.skill_id}.{name}", "version": "1", "input": {}}
        return self.launch_task(task)

    def launch_task(self, task: dict[str, Any]) -> Reply:
        """A LAUNCH_TASK timer went off and the user said yes: a new session with the task."""
        self.new_session()
        return self.send({**launch_request(self.clock()), "task": task})

    def new_session(self) -> Conversation:
        self.conversation = Conversation(self.device)
        return self.conversation

    def end_session(self, reason: str = "USER_INITIATED") -> Reply | None:
        """What Alexa sends when the user walks away from an open session."""
        if self.conversation is None or self.conversation.ended:
            return None
        reply = self.send(session_ended_request(reason, self.clock()))
        self.conversation.ended = True
        # Alexa stops waiting for the answer it asked for: the next line opens a new session.
        self.asking_permission = self.eliciting = self.offering = None
        return reply

    def event(self, kind: str, body: dict[str, Any] | None = None) -> Reply:
        """An out-of-session event, such as AlexaSkillEvent.SkillDisabled."""
        return self._invoke(envelope(skill_event(kind, self.clock(), body), self.device, None))

    def tap(self, action: str, token: str | None = None) -> Reply:
        """A touch on a button of the screen showing (or on one with `token`)."""
        if self.conversation is None or self.conversation.ended:
            self.new_session()
        token = token or self.device.on_screen_token or ""
        return self.send(user_event(token, [action], self.clock()))

    def send(self, request: dict[str, Any]) -> Reply:
        conversation = self.conversation or self.new_session()
        reply = self._invoke(conversation.envelope(request))
        conversation.remember(reply.raw)
        self.eliciting = None
        for directive in reply.raw.get("response", {}).get("directives") or []:
            if self.device.screen:
                self.screen = follow(self.screen, directive)
                self.device.on_screen_token = directive.get("token", self.device.on_screen_token)
            if directive.get("type") == "Dialog.ElicitSlot":
                self.eliciting = directive
            if (
                directive.get("type") == "Connections.SendRequest"
                and directive.get("name") == "AskFor"
            ):
                self.asking_permission = directive
            if directive.get("uri") == OFFER_AUTOMATION:
                self.offering = directive
        return reply

    def _invoke(self, body: dict[str, Any]) -> Reply:
        raw = self.handler(body, self.context())
        response = raw.get("response") or {}
        reprompt = (response.get("reprompt") or {}).get("outputSpeech")
        return Reply(
            speech=_text(response.get("outputSpeech")),
            reprompt=_text(reprompt) if reprompt else None,
            ends_session=bool(response.get("shouldEndSession", False)),
            raw=raw,
        )


def _text(output: dict[str, Any] | None) -> str:
    if not output:
        return ""
    return _TAGS.sub("", output.get("ssml") or output.get("text") or "").strip()
