"""What an Alexa service call came to, in the terms the flows speak about.

Every way a call can fail is caught here, once: an HTTP status the model declares
(ServiceException), an undeclared one or an empty body (SerializationException), or no answer
(ApiClientException). Nothing above the services sees an SDK exception.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from ask_sdk_core.exceptions import ApiClientException, SerializationException
from ask_sdk_model.services import ServiceException

from skill.observability import logger

T = TypeVar("T")

SERVICE_FAILURES = (ServiceException, SerializationException, ApiClientException)


class Outcome(StrEnum):
    OK = "ok"
    NO_PERMISSION = "no_permission"  # 401: ask for consent
    BAD_REQUEST = "bad_request"  # 400
    NOT_SUPPORTED = "not_supported"  # 403: this device can't
    NOT_FOUND = "not_found"  # 404: gone off, or cancelled elsewhere
    THROTTLED = "throttled"  # 429
    DEVICE_OFFLINE = "device_offline"  # 504
    FAILED = "failed"  # 5xx, timeouts, empty or unreadable answers

    @classmethod
    def of(cls, error: Exception) -> Outcome:
        return (
            BY_STATUS.get(error.status_code, cls.FAILED)
            if isinstance(error, ServiceException)
            else cls.FAILED
        )


BY_STATUS = {
    400: Outcome.BAD_REQUEST,
    401: Outcome.NO_PERMISSION,
    403: Outcome.NOT_SUPPORTED,
    404: Outcome.NOT_FOUND,
    429: Outcome.THROTTLED,
    504: Outcome.DEVICE_OFFLINE,
}


def call(api: str, action: str, request: Callable[[], T]) -> tuple[Outcome, T | None]:
    try:
        return Outcome.OK, request()
    except SERVICE_FAILURES as error:
        outcome = Outcome.of(error)
        logged_failure(api, action, outcome)
        return outcome, None


def logged_failure(api: str, action: str, outcome: Outcome) -> None:
    logger.warning(
        "alexa api failed", extra={"api": api, "action": action, "outcome": outcome.value}
    )


def reason(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__} {status}" if status else type(error).__name__
