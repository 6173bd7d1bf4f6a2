class MustNotAcknowledge(Exception):
    """Lambda must report an error so Alexa retries or refuses; never turned into speech."""
