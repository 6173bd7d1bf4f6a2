"""Which evening a moment belongs to, in the user's own time zone."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

EVENING_STARTS_AT_HOUR = 5


def night_of(moment: datetime, time_zone: str) -> date:
    """Someone finishing their routine at 1 am is still doing last night's routine."""
    if moment.utcoffset() is None:
        # A naive time would silently be read as the server's clock, not the user's.
        raise ValueError("night_of needs a timezone-aware datetime")
    local = moment.astimezone(ZoneInfo(time_zone))
    if local.hour < EVENING_STARTS_AT_HOUR:
        return local.date() - timedelta(days=1)
    return local.date()
