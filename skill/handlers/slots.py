"""Reading slots the way Alexa fills them: entity resolution first, then nothing."""

from __future__ import annotations

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
