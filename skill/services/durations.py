"""ISO 8601 durations, the form Alexa uses for AMAZON.DURATION slots and the Timers API."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(
    r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$",
    re.ASCII,
)
# Seconds in each unit; a year and a month as the calendar's average, close enough to say
# "that's too long" for a timer.
_SECONDS = {
    "years": 365.25 * 86400,
    "months": 30.44 * 86400,
    "weeks": 7 * 86400,
    "days": 86400,
    "hours": 3600,
    "minutes": 60,
    "seconds": 1,
}
# Longer than anything the skill times; "PT99999999999999999999H" is held here rather than
# overflowing a timedelta.
LONGEST = timedelta(days=3660)


def parse_duration(text: object) -> timedelta | None:
    """PT10M -> 10 minutes; None for anything else (Alexa sends "?" for words it can't read).
    Absurdly long ones come back as LONGEST, so a caller still hears that they are too long."""
    if not isinstance(text, str):
        return None
    match = _DURATION.match(text)
    if not match or text == "P" or text.endswith("T"):
        return None
    # float() takes any number of digits (int() refuses thousands of them); too many is inf.
    seconds = sum(
        float(value) * _SECONDS[unit] for unit, value in match.groupdict().items() if value
    )
    return LONGEST if seconds >= LONGEST.total_seconds() else timedelta(seconds=seconds)


def format_duration(span: timedelta) -> str:
    """10 minutes -> PT10M; 2 minutes 30 seconds -> PT2M30S."""
    seconds = int(span.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT" + "".join(
        f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if value
    )
    return text if text != "PT" else "PT0S"
