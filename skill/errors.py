"""Errors that must reach Lambda as errors."""


class MustNotAcknowledge(Exception):
    """Lambda must report an error so Alexa retries or refuses; never turned into speech."""
