"""Writes events/: one real Alexa envelope per intent and edge case (`make events`).

Usable with `sam local invoke -e events/<name>.json` and `make invoke EVENT=events/<name>.json`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skill.flows.evening import OFFER_TOKEN, START_TONIGHT
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
)
from skill.local.nlu import InteractionModel, slots_json
from skill.state.session import PROFILES_ATTRIBUTE
from skill.state.store import ACCOUNT_PROFILE

EVENTS = Path(__file__).resolve().parents[2] / "events"
AT = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # Monday, 8 pm in Los Angeles
# A session that has already read the account's state, as the skill keeps it (per profile).
RETURNING = {
    PROFILES_ATTRIBUTE: {ACCOUNT_PROFILE: {
        "state": {"skin_type": "oily", "mask_nights": [0, 3], "program_start": "2026-11-22",
                  "lotion_cycle_start": "2026-11-22", "masks_done": []},
        "version": 3,
    }},
}  # fmt: skip

# name -> (utterance or request, session attributes or None for a new session)
SPOKEN = {
    "tonight-one-shot": "what's tonight",
    "set-skin-type": "my skin is greasy",
    "set-skin-type-no-match": "my skin is purple",
    "get-skin-type": "what's my skin type",
    "start-walk": "walk me through it",
    "next-step": "next",
    "previous-step": "go back",
    "next-mask-night": "when is my next mask night",
    "get-mask-nights": "what are my mask nights",
    "set-mask-nights": "make my mask nights tuesday and saturday",
    "set-mask-nights-consecutive": "make my mask nights monday and tuesday",
    "set-one-mask-night": "make my mask night tuesday",
    "is-mask-night": "is tonight a mask night",
    "is-mask-night-tomorrow": "is tomorrow a mask night",
    "missed-mask": "i missed my mask night",
    "missed-mask-last-night": "i missed my mask last night",
    "tomorrow": "what's tomorrow",
    "progress": "how am i doing",
    "routine-done": "i did my routine",
    "irritation": "my skin feels irritated",
    "skin-fine": "my skin is fine now",
    "skin-check-in": "it looks better",
    "add-to-routine": "add you to my routine",
    "routine-how-to": "how do i add this to a routine",
    "skip-tonight": "skip tonight",
    "help": "help",
    "stop": "stop",
    "cancel": "cancel",
    "yes": "yes",
    "no": "no",
    "repeat": "repeat",
    "start-over": "start over",
    "navigate-home": "go home",
    "fallback": "order me a pizza",
    "start-mask-timer": "start a ten minute mask timer",
    "timer-status": "how long is left on my mask",
    "pause-timer": "pause the timer",
    "resume-timer": "resume the timer",
    "cancel-timer": "cancel my mask timer",
    "set-reminder": "remind me every night at nine",
    "list-reminders": "what reminders do i have",
    "cancel-reminders": "stop reminding me",
    "suggest-product": "what mask should i buy under thirty dollars",
    "another-product": "another one",
    "cheaper-product": "something cheaper",
    "home-made-mask": "how do i make a mask at home",
    "own-product": "i bought the kiehl's mask",
    "drop-product": "i don't have the kiehl's mask anymore",
    "product-price": "how much is the kiehl's mask",
    "list-owned-products": "what products do i use",
    "forget-me": "forget me",
    "not-sure": "i don't know",
    "routine-question": "how long do i leave the mask on",
    "routine-question-no-match": "how often should i eat pizza",
}


def build() -> dict[str, dict[str, Any]]:
    model = InteractionModel.load()
    device = Device()
    events: dict[str, dict[str, Any]] = {
        "launch-new-user": _new_session(
            Device(user_id="amzn1.ask.account.NEW-USER"), launch_request(AT)
        ),
        "launch-returning-user": _in_session(device, launch_request(AT)),
        "unknown-intent": _in_session(device, intent_request("OrderPizzaIntent", at=AT)),
        "session-ended": _in_session(device, session_ended_request("EXCEEDED_MAX_REPROMPTS", AT)),
        "skill-disabled": envelope(skill_event("AlexaSkillEvent.SkillDisabled", AT), device, None),
        "permission-accepted": _in_session(
            device,
            connections_response(
                "AskFor",
                '{"scope": "alexa::alerts:timers:skill:readwrite", "action": "timer", '
                '"kind": "mask", "minutes": 10}',
                {"status": "ACCEPTED", "permissionScope": "alexa::alerts:timers:skill:readwrite"},
                at=AT,
            ),
        ),
        "launch-after-timer": _new_session(
            device,
            {
                **launch_request(AT),
                "task": {
                    "name": f"{device.skill_id}.ResumeRoutine",
                    "version": "1",
                    "input": {"night": "2026-11-23", "step": 5},
                },
            },
        ),
        "launch-start-tonight": _new_session(
            device,
            {
                **launch_request(AT),
                "task": {"name": f"{device.skill_id}.{START_TONIGHT}", "version": "1", "input": {}},
            },
        ),
        "routine-offer-accepted": _in_session(
            device, session_resumed_request(OFFER_TOKEN, "200", {}, AT)
        ),
        "routine-offer-declined": _in_session(
            device,
            session_resumed_request(
                OFFER_TOKEN,
                "204",
                {"offerAutomationResponse": {"reason": "REJECTED_BY_CUSTOMER"}},
                AT,
            ),
        ),
        "reminder-deleted": envelope(
            skill_event("Reminders.ReminderDeleted", AT, {"alertTokens": ["example-token"]}),
            device,
            None,
        ),
        "recognised-person": _new_session(
            Device(person_id="amzn1.ask.person.EXAMPLE"), intent_request("TonightIntent", at=AT)
        ),
    }
    for name, words in SPOKEN.items():
        match = model.match(words)
        request = intent_request(match.intent, slots_json(match, device.skill_id), AT)
        events[name] = _in_session(device, request)
    return events


SESSION_ID = "amzn1.echo-api.session.EXAMPLE"  # stable, so rebuilding events/ changes nothing


def _new_session(device: Device, request: dict[str, Any]) -> dict[str, Any]:
    return Conversation(device, session_id=SESSION_ID).envelope(request)


def _in_session(device: Device, request: dict[str, Any]) -> dict[str, Any]:
    conversation = Conversation(device, session_id=SESSION_ID)
    conversation.attributes = RETURNING
    return conversation.envelope(request)


def main() -> None:
    EVENTS.mkdir(exist_ok=True)
    for name, body in build().items():
        body["request"]["requestId"] = f"amzn1.echo-api.request.{name}"  # stable across rebuilds
        (EVENTS / f"{name}.json").write_text(json.dumps(body, indent=2) + "\n")


if __name__ == "__main__":
    main()
