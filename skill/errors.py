"""Errors the skill must not answer with speech."""

from __future__ import annotations


class MustNotAcknowledge(Exception):
    """Lambda must report an error so Alexa retries or refuses; never turned into speech."""
