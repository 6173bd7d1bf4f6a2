"""What every handler needs: the user's state, tonight's date, speech, and how to answer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.envelope import request_of
from skill.products import Product
from skill.routine import NightPlan, night_of, plan_for
from skill.services.alexa import device_time_zone
from skill.speech import Speech, default_time_zone
from skill.state.changes import RememberTimeZone
from skill.state.session import UserSession

USER_SESSION = "userSession"  # request attribute holding the UserSession
SPEECH = "speech"  # request attribute holding the Speech
PENDING = "pending"  # session attribute: what a yes or no would answer
LAST_SPEECH = "lastSpeech"  # session attribute: for "repeat"
ZONE_CHECKED = "zoneChecked"  # session attribute: the Settings API was asked this session
# A device's zone changes when its owner moves: asked again after a week, not every day, so a
# returning user's first turn of the day costs no Settings API call and no write.
ZONE_KEPT = timedelta(days=7)

# Pending questions a yes/no answers.
ASKED_WALK = "walk"
ASKED_SKIN = "skin"
ASKED_RENEW = "renew"
ASKED_TIMER = "timer"
ASKED_REMINDER = "reminder"
ASKED_MISSED_MASK = "missedMask"
ASKED_STEP = "step"  # a walk step waiting for "next"


def user(handler_input: HandlerInput) -> UserSession:
    return cast(UserSession, handler_input.attributes_manager.request_attributes[USER_SESSION])


def speech(handler_input: HandlerInput) -> Speech:
    attributes = handler_input.attributes_manager.request_attributes
    if SPEECH not in attributes:
        request = request_of(handler_input)
        attributes[SPEECH] = Speech(request.locale, seed=request.request_id or "")
    return cast(Speech, attributes[SPEECH])


def spoken_name(say: Speech, product: Product) -> str:
    """Brands and product names are names in every language; the home-made mask is not."""
    return say.product(product.id, "spoken_name", product.spoken_name)


def session_attributes(handler_input: HandlerInput) -> dict[str, Any]:
    """Session attributes, or a throwaway dict for out-of-session requests (which have none)."""
    if handler_input.request_envelope.session is None:
        return {}
    attributes = handler_input.attributes_manager.session_attributes
    return {} if attributes is None else attributes


def now(handler_input: HandlerInput) -> datetime:
    """The request's own timestamp: Alexa's clock, and a fixed one in tests."""
    stamp = request_of(handler_input).timestamp
    if stamp is None:
        return datetime.now(UTC)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def time_zone(handler_input: HandlerInput) -> str:
    """The device's zone, asked of the Settings API at most once a session and once a week."""
    state = user(handler_input).state
    attributes = session_attributes(handler_input)
    today = now(handler_input).date()
    checked = state.time_zone_checked
    stale = checked is None or today - date.fromisoformat(checked) >= ZONE_KEPT
    if stale and not attributes.get(ZONE_CHECKED):
        attributes[ZONE_CHECKED] = True
        zone = device_time_zone(handler_input)
        if zone:
            user(handler_input).change(RememberTimeZone(zone, today.isoformat()))
    return state.time_zone or default_time_zone(request_of(handler_input).locale)


def zone_from_device(handler_input: HandlerInput) -> bool:
    """Whether the time zone in use came from the device, now or on an earlier day."""
    time_zone(handler_input)
    return user(handler_input).state.time_zone is not None


def tonight(handler_input: HandlerInput):
    return night_of(now(handler_input), time_zone(handler_input))


def tonight_plan(handler_input: HandlerInput) -> NightPlan:
    return plan_for(user(handler_input).state.routine(), tonight(handler_input))


def ask(
    handler_input: HandlerInput,
    text: str,
    reprompt: str,
    pending: str | None = None,
    **details: object,
) -> Response:
    """Speak and keep the session open. `pending` names the question a yes or no answers;
    `details` travel with it (what a yes would start) and go when the next answer replaces it."""
    attributes = session_attributes(handler_input)
    attributes[LAST_SPEECH] = text
    if pending:
        profile = user(handler_input).profile
        attributes[PENDING] = {"asked": pending, "question": reprompt, **details, "for": profile}
    else:
        attributes.pop(PENDING, None)
    return handler_input.response_builder.speak(text).ask(reprompt).response


def tell(handler_input: HandlerInput, text: str) -> Response:
    """Speak and end the session."""
    attributes = session_attributes(handler_input)
    attributes[LAST_SPEECH] = text
    attributes.pop(PENDING, None)
    return handler_input.response_builder.speak(text).set_should_end_session(True).response


def pending(handler_input: HandlerInput) -> str | None:
    """The question a yes or no would answer, if one is open."""
    return pending_details(handler_input).get("asked")


def pending_details(handler_input: HandlerInput) -> dict:
    """The open question, if the voice speaking now is the one it was asked of: in a shared
    home another voice's "yes" must not answer it."""
    value = session_attributes(handler_input).get(PENDING)
    if not isinstance(value, dict) or value.get("for") != user(handler_input).profile:
        return {}
    return value
