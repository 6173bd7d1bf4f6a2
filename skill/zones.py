"""Each locale's usual time zone: the night's zone when the device's own can't be had.

Not speech: a zone says where a user probably is, not how they talk. A locale missing here takes
its language's US zone, then en-US's, as a device with an unknown locale does.
"""

from __future__ import annotations

_FALLBACK_LOCALE = "en-US"

DEFAULT_ZONES: dict[str, str] = {
    "en-US": "America/New_York",
    "en-GB": "Europe/London",
    "en-CA": "America/Toronto",
    "en-AU": "Australia/Sydney",
    "en-IN": "Asia/Kolkata",
    "es-US": "America/New_York",
    "es-MX": "America/Mexico_City",
    "es-ES": "Europe/Madrid",
}


def default_time_zone(locale: str | None) -> str:
    """The locale's usual zone: "en-GB" or "en_gb" -> Europe/London, "es-AR" -> es-US's."""
    language, _, country = (locale or "").replace("_", "-").partition("-")
    for name in (f"{language}-{country.upper()}", f"{language}-US"):
        if name in DEFAULT_ZONES:
            return DEFAULT_ZONES[name]
    return DEFAULT_ZONES[_FALLBACK_LOCALE]
