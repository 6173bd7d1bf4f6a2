"""Reading slots the way Alexa fills them: entity resolution first, then nothing."""

from __future__ import annotations

from datetime import time

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model.slu.entityresolution import StatusCode


def resolved_id(handler_input: HandlerInput, slot_name: str) -> str | None:
    """The entity-resolution id of a custom slot, or None when unfilled or not matched."""
    slot = get_slot(handler_input, slot_name)
    if slot is None or slot.resolutions is None:
        return None
    for authority in slot.resolutions.resolutions_per_authority or []:
        if authority.status.code == StatusCode.ER_SUCCESS_MATCH and authority.values:
            return authority.values[0].value.id
    return None


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
