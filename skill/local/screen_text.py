"""What an Echo Show would show, as a few lines of text for the chat (`--screen`): the header,
the list with the walk's step marked and the done ones ticked, the text, and the buttons to /tap.
It reads the data source the skill sent, and follows the walk's in-place updates."""

from __future__ import annotations

from typing import Any


def follow(screen: dict[str, Any] | None, directive: dict[str, Any]) -> dict[str, Any] | None:
    """The screen after one of the skill's APL directives."""
    if directive.get("type") == "Alexa.Presentation.APL.RenderDocument":
        return dict(directive["datasources"]["payload"]["screen"])
    if directive.get("type") == "Alexa.Presentation.APL.ExecuteCommands" and screen is not None:
        for command in directive.get("commands", []):
            if command.get("type") == "SetValue" and command.get("property") == "current":
                screen = {**screen, "current": int(command["value"])}
    return screen


def render(screen: dict[str, Any]) -> str:
    current = screen.get("current", -1)
    walking = screen["kind"] == "walk"
    subtitle = screen["stepLabels"][current] if walking else screen.get("subtitle", "")
    lines = [f"┌─ {screen['title']}" + (f" · {subtitle}" if subtitle else "")]
    for index, item in enumerate(screen.get("items", [])):
        mark = "✓" if walking and index < current else "▶" if index == current else " "
        lines.append(f"│ {mark} {item}")
    body = screen["bodies"][current] if walking else screen.get("body", "")
    for text in (body, screen.get("footer", "")):
        if text:
            lines.append(f"│ {text}")
    buttons = list(screen.get("buttons", []))
    if walking and screen["stepButtons"][current]["action"]:
        buttons.append(screen["stepButtons"][current])
    if buttons:
        lines.append("│ " + "  ".join(f"[{b['label']}: /tap {b['action']}]" for b in buttons))
    return "\n".join([*lines, "└─"])
