"""Slot values Alexa can send that no one would plan for: each gets a short spoken answer."""

from __future__ import annotations

import json

import pytest

from skill.local.alexa_api import TIMERS_SCOPE
from skill.local.driver import LocalAlexa, Reply
from skill.local.envelopes import LOCAL_SKILL_ID, intent_request

HUGE_NUMBER = "9" * 5000


def heard(name: str, value: str) -> dict:
    return {"name": name, "value": value, "confirmationStatus": "NONE"}


def resolved(name: str, value: str, entity_id: str | None, status: str | None = None) -> dict:
    """A custom slot as Alexa resolves it; an id the model doesn't list is what a stale or
    edited model would send."""
    authority = {
        "authority": f"amzn1.er-authority.echo-sdk.{LOCAL_SKILL_ID}.{name}",
        "status": {"code": status or "ER_SUCCESS_MATCH"},
    }
    if entity_id is not None:
        authority["values"] = [{"value": {"name": value, "id": entity_id}}]
    slot = heard(name, value)
    slot["resolutions"] = {"resolutionsPerAuthority": [authority]}
    return slot


def ask(alexa: LocalAlexa, intent: str, *slots: dict) -> Reply:
    alexa.new_session()
    return alexa.send(intent_request(intent, {s["name"]: s for s in slots}, alexa.clock()))


def short_answer(reply: Reply) -> None:
    assert reply.speech, reply.raw
    assert "went wrong" not in reply.speech and "couldn't handle" not in reply.speech
    assert len(reply.speech.split()) <= 45, reply.speech


@pytest.mark.parametrize(
    "budget", ["²", HUGE_NUMBER, "-5", "3.5", "?", "", "١٢", "1e9", "12" * 10, "10000"]
)
def test_a_budget_that_says_nothing_gets_a_plain_suggestion(alexa: LocalAlexa, budget) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    reply = ask(alexa, "SuggestProductIntent", heard("budget", budget))
    short_answer(reply)
    assert not reply.speech.startswith("Under"), reply.speech


def test_a_budget_with_spaces_around_it_still_counts(alexa: LocalAlexa) -> None:
    reply = ask(alexa, "SuggestProductIntent", heard("budget", " 30 "))
    assert reply.speech.startswith("Under thirty dollars")


def test_a_currency_the_model_does_not_know_is_never_taken_for_dollars(alexa: LocalAlexa) -> None:
    doubloons = resolved("currency", "doubloons", None, status="ER_SUCCESS_NO_MATCH")
    reply = ask(alexa, "SuggestProductIntent", heard("budget", "30"), doubloons)
    assert reply.speech.startswith("I only know prices in US dollars."), reply.speech
    assert "Under" not in reply.speech


def test_a_budget_of_zero_dollars_leaves_the_home_made_mask(alexa: LocalAlexa) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    reply = ask(alexa, "SuggestProductIntent", heard("budget", "0"))
    short_answer(reply)
    assert "home-made clay mask" in reply.speech


@pytest.mark.parametrize(
    ("duration", "offered"),
    [
        ("PT99999999999999999999H", "30 minutes"),
        ("P1Y", "30 minutes"),
        ("P2M", "30 minutes"),
        ("P3W", "30 minutes"),
        ("P1DT", None),
        (f"PT{HUGE_NUMBER}S", "30 minutes"),
        (f"PT{HUGE_NUMBER}.5S", "30 minutes"),
        ("PT0.001S", "1 minute"),
        ("garbage", None),
        ("PT", None),
        ("-PT5M", None),
        ("PT١٠M", None),
    ],
)
def test_any_duration_gets_a_timer_or_an_offer(alexa: LocalAlexa, api, duration, offered) -> None:
    api.grant(TIMERS_SCOPE)
    reply = ask(
        alexa,
        "StartTimerIntent",
        resolved("timerKind", "mask", "MASK"),
        heard("duration", duration),
    )
    short_answer(reply)
    if offered:  # too long or too short: the bound is offered
        assert offered in reply.speech and reply.speech.endswith("?")
    else:  # unreadable: the step's own length is offered, never started unasked
        assert "didn't catch how long" in reply.speech and reply.speech.endswith("Want that?")


@pytest.mark.parametrize(
    ("intent", "slot"),
    [
        ("SetSkinTypeIntent", resolved("skinType", "purple", "PURPLE")),
        ("SetSkinTypeIntent", resolved("skinType", "oily", None)),
        ("SetSkinTypeIntent", resolved("skinType", "oily", "OILY", status="ER_SUCCESS_NO_MATCH")),
        ("SetSkinTypeIntent", heard("skinType", "x" * 5000)),
        ("StartTimerIntent", resolved("timerKind", "sauna", "SAUNA")),
        ("TimerStatusIntent", resolved("timerKind", "sauna", "SAUNA")),
        ("SuggestProductIntent", resolved("productKind", "shampoo", "SHAMPOO")),
        ("SuggestProductIntent", resolved("currency", "doubloons", "DOUBLOONS")),
        ("SuggestProductIntent", heard("currency", "ü" * 5000)),
        ("SuggestProductIntent", heard("budgetAtMost", HUGE_NUMBER)),
        ("OwnProductIntent", resolved("productName", "the moon", "MOON")),
        ("OwnProductIntent", heard("productName", "ü" * 5000)),
        ("SetReminderIntent", resolved("reminderKind", "weekly", "WEEKLY")),
        ("SetReminderIntent", heard("time", "25:99")),
        ("SetReminderIntent", heard("time", HUGE_NUMBER)),
        ("SetReminderIntent", heard("time", "??")),
        ("CancelRemindersIntent", resolved("reminderKind", "x", "X")),
    ],
)
def test_a_value_outside_the_model_gets_a_short_answer(alexa: LocalAlexa, api, intent, slot):
    api.grant(TIMERS_SCOPE)
    short_answer(ask(alexa, intent, slot))


@pytest.mark.parametrize(
    ("first", "second"),
    [("FUNDAY", "MO"), ("MO", None), (None, None), ("mo", "th"), ("SU", "SU"), ("SA", "SU")],
)
def test_days_that_are_not_days_are_asked_for_again(alexa: LocalAlexa, first, second) -> None:
    slots = [
        resolved(name, str(day), day)
        for name, day in (("firstNight", first), ("secondNight", second))
        if day is not None
    ]
    reply = ask(alexa, "SetMaskNightsIntent", *slots)
    short_answer(reply)
    assert reply.speech.endswith("?")


def test_an_unknown_skin_type_is_asked_for(alexa: LocalAlexa) -> None:
    reply = ask(alexa, "SetSkinTypeIntent", resolved("skinType", "purple", "PURPLE"))
    assert all(skin in reply.speech for skin in ("oily", "combination", "dry", "sensitive"))
    assert not reply.ends_session


@pytest.mark.parametrize("night", ["soon", 20261123, None, ""])
def test_an_open_question_with_a_bad_detail_still_gets_an_answer(alexa: LocalAlexa, night):
    # Given a session whose open question ("did you get to your Monday mask?") lost its night
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.new_session().attributes = {"pending": {"asked": "missedMask", "night": night}}
    # When the user says yes
    reply = alexa.send(intent_request("AMAZON.YesIntent", at=alexa.clock()))
    # Then they hear tonight's plan
    short_answer(reply)


@pytest.mark.parametrize("slot", ["time", "reminderKind", "somethingElse"])
def test_the_reminder_times_reask_carries_back_only_what_the_skill_needs(
    alexa: LocalAlexa, slot: str
) -> None:
    """Alexa asks for the time within the intent (Dialog.ElicitSlot): the intent it carries back
    holds the nights the skill resolved, never the words as they came in, so a long slot value
    can't make the response larger than Alexa accepts."""
    words = "half past something " * 5000  # about 100 KB
    reply = ask(
        alexa,
        "SetReminderIntent",
        resolved("reminderKind", "mask nights", "MASK"),
        heard(slot, words) if slot != "reminderKind" else heard("time", "?"),
    )
    short_answer(reply)
    [directive] = reply.raw["response"]["directives"]
    assert directive["type"] == "Dialog.ElicitSlot" and directive["slotToElicit"] == "time"
    slots = directive["updatedIntent"]["slots"]
    assert {name: s.get("value") for name, s in slots.items()} == {
        "time": None,
        "reminderKind": "MASK",
    }
    assert len(json.dumps(reply.raw)) < 2_000
    # The time, said next, keeps the mask nights
    assert "on your mask nights" in alexa.say("at half past eight").speech
