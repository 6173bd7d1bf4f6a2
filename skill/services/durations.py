"""ISO 8601 durations, the form Alexa uses for AMAZON.DURATION slots and the Timers API."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(
    r"^P(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(text: object) -> timedelta | None:
    """PT10M -> 10 minutes; None for anything else (Alexa sends "?" for words it can't read)."""
    match = _DURATION.match(text) if isinstance(text, str) else None
    if not match or text == "P" or text.endswith("T"):
        return None
    parts = {name: float(value) for name, value in match.groupdict().items() if value}
    return timedelta(**parts)


def format_duration(span: timedelta) -> str:
    """10 minutes -> PT10M; 2 minutes 30 seconds -> PT2M30S."""
    seconds = int(span.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT" + "".join(
        f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if value
    )
    return text if text != "PT" else "PT0S"
