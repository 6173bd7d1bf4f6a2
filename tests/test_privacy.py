"""Every conversation test again, with the skill's logs at DEBUG: no id, token or word the user
said may appear in them, nor in the metrics."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from skill import app
from skill.local.driver import LocalAlexa
from tests.test_conversations import CONVERSATIONS, play

# Slot values that are also words of the skill's own log lines and metric names.
LOG_VOCABULARY = {"timer", "timers", "reminder", "reminders"}


class Recorder:
    """The real handler, keeping every envelope it was given: what the logs must not repeat."""

    def __init__(self) -> None:
        self.envelopes: list[dict[str, Any]] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.envelopes.append(event)
        return app.lambda_handler(event, context)


def private_values(envelopes: list[dict[str, Any]], said: list[str]) -> set[str]:
    """Ids, tokens and spoken words in what was sent."""
    found = set(said)
    for envelope in envelopes:
        system = envelope["context"]["System"]
        found |= {system["user"]["userId"], system["device"]["deviceId"], system["apiAccessToken"]}
        found |= {(system.get("person") or {}).get("personId", "")}
        found |= {(envelope.get("session") or {}).get("sessionId", "")}
        request = envelope["request"]
        for slot in ((request.get("intent") or {}).get("slots") or {}).values():
            found.add(str(slot.get("value") or ""))
        found.add(str(request.get("token") or ""))
    return {value for value in found if len(value) >= 3 and value.lower() not in LOG_VOCABULARY}


@pytest.mark.parametrize("path", CONVERSATIONS, ids=lambda p: p.stem)
def test_no_conversation_leaks_into_the_logs(
    path: Path, alexa: LocalAlexa, api, clock, table, device, logs, capsys
) -> None:
    # Given the skill logging everything it logs, down to DEBUG
    recorder = Recorder()
    alexa.handler = recorder
    said = [str(turn["say"]) for turn in yaml.safe_load(path.read_text())["turns"] if "say" in turn]
    # When a whole conversation is played
    play(path, alexa, api, clock, table, device)
    # Then neither the logs nor the metrics hold any id, token, slot value or spoken words
    written = logs.getvalue() + capsys.readouterr().out
    assert '"RequestHandled"' in written  # the capture works: the metrics are there
    for value in private_values(recorder.envelopes, said):
        pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
        assert not re.search(pattern, written, re.IGNORECASE), f"{value!r} is in the logs"
