"""Reading slots the way Alexa fills them: entity resolution first, then nothing.

Every reader here answers None for what it can't use, so a handler only ever sees values it
can act on (a stale model, an edited one, or Alexa's own "?" must never become an error).
"""

from __future__ import annotations

from datetime import time
from enum import StrEnum
from typing import TypeVar

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model.slu.entityresolution import StatusCode

Member = TypeVar("Member", bound=StrEnum)
# More digits than any amount a person would say; int() of thousands of them is refused anyway.
_MOST_DIGITS = 9


def resolved_id(handler_input: HandlerInput, slot_name: str) -> str | None:
    """The entity-resolution id of a custom slot, or None when unfilled or not matched."""
    slot = get_slot(handler_input, slot_name)
    if slot is None or slot.resolutions is None:
        return None
    for authority in slot.resolutions.resolutions_per_authority or []:
        status = getattr(authority.status, "code", None)
        value = authority.values[0].value if authority.values else None
        if status == StatusCode.ER_SUCCESS_MATCH and value is not None and value.id:
            return value.id
    return None


def resolved_member(
    handler_input: HandlerInput, slot_name: str, kind: type[Member]
) -> Member | None:
    """The resolved id as one of our own values (ids are those values in capitals); None for an
    id the skill doesn't know."""
    entity_id = resolved_id(handler_input, slot_name)
    try:
        return kind(entity_id.lower()) if entity_id else None
    except ValueError:
        return None


def whole_number(handler_input: HandlerInput, slot_name: str) -> int | None:
    """AMAZON.NUMBER as a whole number of at most nine digits; None for "?", "²", "3.5", "-5"
    or a number too long to mean anything."""
    value = (slot_value(handler_input, slot_name) or "").strip()
    if not (value.isascii() and value.isdigit()) or len(value) > _MOST_DIGITS:
        return None
    return int(value)


def slot_value(handler_input: HandlerInput, slot_name: str) -> str | None:
    """The raw value Alexa heard or filled (an ISO 8601 duration for AMAZON.DURATION)."""
    slot = get_slot(handler_input, slot_name)
    return slot.value if slot is not None else None


# Parts of the day Alexa may fill AMAZON.TIME with, as the clock time a person would mean.
_PERIODS = {"EV": time(20, 0), "NI": time(21, 0), "MO": time(8, 0), "AF": time(14, 0)}


def clock_time(value: str | None) -> time | None:
    """AMAZON.TIME ("21:30", "09:00", "EV") as a time; None when unfilled or unreadable ("?")."""
    if value in _PERIODS:
        return _PERIODS[value]
    try:
        hour, minute = (int(part) for part in (value or "").split(":"))
        return time(hour, minute)
    except ValueError:
        return None
