"""What the user hears and what the logs keep when a turn fails in a way nobody foresaw."""

from __future__ import annotations

import json
import re
from functools import cache

from skill import app
from skill.local.driver import LocalAlexa
from skill.state.dynamodb import DynamoDBStore
from tests.conftest import SECRET, TABLE

SPOKEN_WORDS = "my secret skin words"


class BrokenReads(DynamoDBStore):
    """A store with a bug of its own: its error message echoes what it was given."""

    def load(self, key):
        raise RuntimeError(f"cannot read {key.user} after {SPOKEN_WORDS!r}")


def test_an_unforeseen_error_is_apologised_for_and_logged_by_location_only(
    alexa: LocalAlexa, logs, monkeypatch
) -> None:
    # Given a container whose store fails in an unforeseen way
    broken = app.build_skill(app.settings(), BrokenReads(TABLE), SECRET.encode())
    monkeypatch.setattr(app, "skill", cache(lambda: broken))
    # When the user asks for tonight's plan
    reply = alexa.say("ask pore coach what's tonight")
    # Then they hear the short apology, and nothing else
    assert "went wrong" in reply.speech and reply.ends_session
    # And the error is logged with its type and the file:line of each frame, never its message
    output = logs.getvalue()
    [record] = [
        json.loads(line)
        for line in output.splitlines()
        if line.startswith("{") and '"unhandled error"' in line
    ]
    assert record["error_type"] == "RuntimeError"
    frames = record["frames"]
    assert any(re.fullmatch(r"skill/state/session\.py:\d+ in state", f) for f in frames)
    assert any(f.startswith("tests/integration/test_error_answers.py:") for f in frames)
    assert all(re.fullmatch(r"[\w./-]+\.py:\d+ in [\w<>]+", f) for f in frames), frames
    assert SPOKEN_WORDS not in output and "cannot read" not in output
