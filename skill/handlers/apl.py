"""A `Reply`'s screen as APL, for the devices that declare `Alexa.Presentation.APL` and run a
version of it our documents fit. Every other device gets no directive at all.

The documents are JSON files beside this module, read once at init; the data source is the
screen's plain data. The walk moves on in place (`SetValue` on its bound `current`, then
`ScrollToIndex`) while its own document is the one on screen; anything else is rendered anew.
The SDK's APL classes are imported only for a device with a screen: most requests never pay.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.flows.screens import Screen

_HERE = Path(__file__).parent / "documents"
DOCUMENTS: dict[str, dict[str, Any]] = {
    path.stem: json.loads(path.read_text(encoding="utf-8")) for path in _HERE.glob("*.json")
}
# The document each kind of screen is drawn with.
DOCUMENT_OF = {
    "tonight": "panel",
    "timer": "panel",
    "product": "panel",
    "recipe": "panel",
    "help": "panel",
    "progress": "panel",
    "walk": "walk",
}
WALK_ROOT, WALK_LIST = "walk", "steps"


def _version(text: str | None) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in (text or "").split("."))
    except ValueError:
        return ()


def screen_supported(handler_input: HandlerInput, document: str) -> bool:
    """The device declares APL, at a version at least the document's."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    device = getattr(system, "device", None)
    interfaces = getattr(device, "supported_interfaces", None)
    apl = getattr(interfaces, "alexa_presentation_apl", None)
    runtime = getattr(apl, "runtime", None)
    if apl is None:
        return False
    wanted = _version(DOCUMENTS[document]["version"])
    return _version(getattr(runtime, "max_version", None)) >= wanted


def on_screen_token(handler_input: HandlerInput) -> str | None:
    """The token of the document Alexa says is showing, if any."""
    state = getattr(handler_input.request_envelope.context, "alexa_presentation_apl", None)
    return getattr(state, "token", None)


def datasources(screen: Screen) -> dict[str, Any]:
    data = asdict(screen)
    data["stepButtons"] = data.pop("step_buttons")
    data["stepLabels"] = data.pop("step_labels")
    data["token"] = screen.token
    return {"payload": {"screen": data}}


def directives(handler_input: HandlerInput, screen: Screen | None) -> list[Any]:
    if screen is None or not screen_supported(handler_input, DOCUMENT_OF[screen.kind]):
        return []
    from ask_sdk_model.interfaces.alexa.presentation.apl import (
        Align,
        ExecuteCommandsDirective,
        RenderDocumentDirective,
        ScrollToIndexCommand,
        SetValueCommand,
    )

    if screen.kind == "walk" and on_screen_token(handler_input) == screen.token:
        shown = min(screen.current, len(screen.items) - 1)
        commands = [
            # A string to the SDK's model; the bind's type makes it the number again.
            SetValueCommand(
                component_id=WALK_ROOT, object_property="current", value=str(screen.current)
            ),
            ScrollToIndexCommand(component_id=WALK_LIST, index=shown, align=Align.center),
        ]
        return [ExecuteCommandsDirective(commands=commands, token=screen.token)]
    return [
        RenderDocumentDirective(
            token=screen.token,
            document=DOCUMENTS[DOCUMENT_OF[screen.kind]],
            datasources=datasources(screen),
        )
    ]
