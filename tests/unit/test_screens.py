"""Screens on the renderer's output: the documents' bindings resolve against the data the skill
sends, every button is handled, the device and version gates, the walk moved on in place only
while its own document shows, no English on a Spanish screen, and each response well under
Alexa's size limit."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.flows import products, screens, tonight, walk
from skill.flows.conversation import general_help
from skill.flows.screens import Screen
from skill.handlers import apl
from skill.handlers.routes import _TOUCHES
from skill.local.envelopes import Device, envelope, intent_request
from skill.routine import TimerKind
from tests.unit.flows.turns import oily, turn, walking

LOCALES = ("en-US", "es-US")
MAX_RESPONSE_BYTES = 24 * 1024


def screens_of(locale: str) -> dict[str, Screen]:
    """One of each screen the skill draws, and the walk at each of its steps and its end."""
    made: dict[str, Screen] = {}
    at_tonight = turn(walking(0), locale=locale)
    made["tonight"] = tonight.answer_tonight(turn(oily(), locale=locale)).screen
    plan = at_tonight.plan()
    for step in range(len(plan.steps) + 1):
        made[f"walk {step}"] = walk.move_to(turn(walking(0), locale=locale), plan, step).screen
    made["timer"] = screens.timer(at_tonight, plan, TimerKind.MASK, 10)
    made["product"] = products.suggest_requested(
        turn(oily(), locale=locale), None, None, None
    ).screen
    made["recipe"] = products.recipe(turn(oily(), locale=locale)).screen
    made["help"] = general_help(turn(oily(), locale=locale)).screen
    assert all(made.values()), [name for name, screen in made.items() if screen is None]
    return made  # type: ignore[return-value]


def handler_input(screen: bool = True, max_version: str = "2024.3", on_screen: str | None = None):
    device = Device(screen=screen, apl_max_version=max_version, on_screen_token=on_screen)
    body = envelope(intent_request("TonightIntent"), device, None)
    request = DefaultSerializer().deserialize(json.dumps(body), RequestEnvelope)
    return HandlerInput(request_envelope=request)


def bindings(document: dict[str, Any]) -> set[str]:
    """Every `payload.screen.…` path a document reads."""
    text = json.dumps(document)
    return set(re.findall(r"payload\.screen\.([A-Za-z]+)", text))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_binding_resolves_against_the_data_the_skill_sends(locale):
    for name, screen in screens_of(locale).items():
        document = apl.DOCUMENTS[apl.DOCUMENT_OF[screen.kind]]
        data = apl.datasources(screen)["payload"]["screen"]
        assert bindings(document) <= set(data), name
        if screen.kind == "walk":  # indexed by `current`, the end included
            for field in ("bodies", "stepLabels", "stepButtons"):
                assert len(data[field]) == len(data["items"]) + 1, (name, field)
            assert 0 <= data["current"] <= len(data["items"]), name


@pytest.mark.parametrize("locale", LOCALES)
def test_every_button_sends_an_action_the_skill_handles(locale):
    for name, screen in screens_of(locale).items():
        for button in (*screen.buttons, *screen.step_buttons):
            assert button.action == "" or button.action in _TOUCHES, name
            assert bool(button.label) == bool(button.action), name
    for document in apl.DOCUMENTS.values():  # no button sends a literal of its own
        arguments = re.findall(r'"arguments": \[([^\]]*)\]', json.dumps(document))
        assert arguments and all(a.startswith('"${') for a in arguments)


def test_a_device_without_apl_gets_no_directive():
    screen = screens_of("en-US")["tonight"]
    assert apl.directives(handler_input(screen=False), screen) == []


def test_a_device_whose_apl_is_older_than_the_documents_gets_no_directive():
    screen = screens_of("en-US")["tonight"]
    assert apl.directives(handler_input(max_version="1.9"), screen) == []
    assert apl.directives(handler_input(max_version="2023.2"), screen) == []
    assert len(apl.directives(handler_input(max_version="2023.3"), screen)) == 1


def test_the_walk_moves_on_in_place_only_while_its_own_document_shows():
    step = screens_of("en-US")["walk 2"]
    in_place = apl.directives(handler_input(on_screen=step.token), step)
    assert [d.object_type for d in in_place] == ["Alexa.Presentation.APL.ExecuteCommands"]
    commands = in_place[0].commands
    assert [c.object_type for c in commands] == ["SetValue", "ScrollToIndex"]
    assert (commands[0].component_id, commands[0].object_property, commands[0].value) == (
        "walk",
        "current",
        "2",
    )
    for shown in (None, "porecoach.tonight.2026-11-23", "porecoach.walk.2026-11-22"):
        again = apl.directives(handler_input(on_screen=shown), step)
        assert [d.object_type for d in again] == ["Alexa.Presentation.APL.RenderDocument"]


def test_other_screens_are_always_drawn_anew():
    product = screens_of("en-US")["product"]
    drawn = apl.directives(handler_input(on_screen=product.token), product)
    assert [d.object_type for d in drawn] == ["Alexa.Presentation.APL.RenderDocument"]


def strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if value else set()
    if isinstance(value, dict):
        return {s for item in value.values() for s in strings(item)}
    if isinstance(value, list | tuple):
        return {s for item in value for s in strings(item)}
    return set()


def test_a_spanish_screen_carries_no_english_string():
    english, spanish = screens_of("en-US"), screens_of("es-US")
    for name, screen in spanish.items():
        said = strings(apl.datasources(screen)["payload"]["screen"]) - {
            screen.token,
            screen.night,
            screen.kind,
        }
        shared = said & strings(apl.datasources(english[name])["payload"]["screen"])
        # Names are names in every language; "10 min" is the same on both.
        shared = {s for s in shared if not re.fullmatch(r"\d+ min", s)}
        shared -= {b.action for b in (*screen.buttons, *screen.step_buttons)}
        shared -= set(re.findall(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)+", " ".join(shared)))
        assert shared == set(), name


@pytest.mark.parametrize("locale", LOCALES)
def test_every_response_with_a_screen_stays_well_under_alexas_limit(locale):
    serializer = DefaultSerializer()
    for name, screen in screens_of(locale).items():
        for directive in apl.directives(handler_input(), screen):
            size = len(json.dumps(serializer.serialize(directive)).encode())
            assert size < MAX_RESPONSE_BYTES // 2, (name, size)
