"""Real Alexa request envelopes, built as Alexa builds them, for the chat, tests and events/."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000c0ac"
PUBLIC_API_ENDPOINT = "https://api.amazonalexa.com"


@dataclass
class Device:
    """Who is speaking, and to which device; ids shaped like Alexa's."""

    user_id: str = "amzn1.ask.account.LOCALUSER"
    device_id: str = "amzn1.ask.device.LOCALDEVICE"
    person_id: str | None = None
    locale: str = "en-US"
    api_endpoint: str = PUBLIC_API_ENDPOINT
    api_access_token: str = "local-api-access-token"
    skill_id: str = LOCAL_SKILL_ID
    # An Echo Show: it declares APL at this version, and says which document is on screen.
    screen: bool = False
    apl_max_version: str = "2024.3"
    on_screen_token: str | None = None


@dataclass
class Conversation:
    """One Alexa session: keeps its id and the attributes the skill sends back between turns."""

    device: Device = field(default_factory=Device)
    session_id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    attributes: dict[str, Any] | None = None
    ended: bool = False

    def envelope(self, request: dict[str, Any]) -> dict[str, Any]:
        new = self.attributes is None
        session = {
            "new": new,
            "sessionId": self.session_id,
            "application": {"applicationId": self.device.skill_id},
            "attributes": self.attributes or {},
            "user": {"userId": self.device.user_id},
        }
        return envelope(request, self.device, session)

    def remember(self, reply: dict[str, Any]) -> None:
        """Take what the skill answered: its session attributes, and whether it ended."""
        self.attributes = reply.get("sessionAttributes") or {}
        self.ended = bool(reply.get("response", {}).get("shouldEndSession", False))


def envelope(
    request: dict[str, Any], device: Device, session: dict[str, Any] | None
) -> dict[str, Any]:
    interfaces: dict[str, Any] = {}
    system: dict[str, Any] = {
        "application": {"applicationId": device.skill_id},
        "user": {"userId": device.user_id},
        "device": {"deviceId": device.device_id, "supportedInterfaces": interfaces},
        "apiEndpoint": device.api_endpoint,
        "apiAccessToken": device.api_access_token,
    }
    if device.person_id:
        system["person"] = {"personId": device.person_id}
    context: dict[str, Any] = {"System": system}
    if device.screen:  # an Echo Show 8: landscape medium
        interfaces["Alexa.Presentation.APL"] = {"runtime": {"maxVersion": device.apl_max_version}}
        context["Viewport"] = {
            "experiences": [{"canRotate": False, "canResize": False}],
            "mode": "HUB",
            "shape": "RECTANGLE",
            "pixelWidth": 1280,
            "pixelHeight": 800,
            "dpi": 160,
            "currentPixelWidth": 1280,
            "currentPixelHeight": 800,
            "touch": ["SINGLE"],
        }
        if device.on_screen_token:
            context["Alexa.Presentation.APL"] = {
                "token": device.on_screen_token,
                "version": "AplRenderer-2024.3",
                "componentsVisibleOnScreen": [],
            }
    body: dict[str, Any] = {
        "version": "1.0",
        "context": context,
        "request": {"locale": device.locale, **request},
    }
    if session is not None:
        body["session"] = session
    return body


def _base(kind: str, at: datetime | None) -> dict[str, Any]:
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    return {
        "type": kind,
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def launch_request(at: datetime | None = None) -> dict[str, Any]:
    return _base("LaunchRequest", at)


def intent_request(
    name: str, slots: dict[str, Any] | None = None, at: datetime | None = None
) -> dict[str, Any]:
    return {
        **_base("IntentRequest", at),
        "dialogState": "COMPLETED" if slots else "STARTED",
        "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots or {}},
    }


def user_event(token: str, arguments: list[Any], at: datetime | None = None) -> dict[str, Any]:
    """A touch on the screen: a button's SendEvent."""
    return {
        **_base("Alexa.Presentation.APL.UserEvent", at),
        "token": token,
        "arguments": arguments,
        "source": {"type": "TouchWrapper", "handler": "Press", "id": None, "value": None},
        "components": {},
    }


def session_ended_request(reason: str = "USER_INITIATED", at: datetime | None = None) -> dict:
    return {**_base("SessionEndedRequest", at), "reason": reason}


def connections_response(
    name: str, token: str | None, payload: dict[str, Any], code: str = "200",
    at: datetime | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Alexa's answer to a Connections.SendRequest, such as a voice permission request."""
    return {
        **_base("Connections.Response", at),
        "name": name,
        "status": {"code": code, "message": "OK" if code == "200" else "Error"},
        "token": token or "",
        "payload": payload,
    }


def session_resumed_request(
    token: str | None, code: str, result: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Alexa's return to the session after a Connections.StartConnection it ran (a routine
    offered): the connection's status and result."""
    return {
        **_base("SessionResumedRequest", at),
        "cause": {
            "type": "ConnectionCompleted",
            "token": token or "",
            "status": {"code": code, "message": "OK" if code == "200" else "No Content"},
            "result": result,
        },
    }


def skill_event(
    kind: str, at: datetime | None = None, body: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Out-of-session events: AlexaSkillEvent.SkillDisabled, Reminders.ReminderDeleted, ..."""
    event = {**_base(kind, at), "eventCreationTime": _base(kind, at)["timestamp"]}
    return {**event, "body": body} if body is not None else event
