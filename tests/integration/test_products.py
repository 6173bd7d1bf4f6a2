"""Product suggestions through the real handler: the card, honesty, and no unprompted selling."""

from __future__ import annotations

import pytest

from skill import app
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.products import catalogue

# How people say they have a product (OwnProductIntent's samples), each naming Dr. Hauschka's.
HAUSCHKA_PHRASINGS = [
    "i bought the dr. hauschka mask",
    "i use the hauschka mask",
    "i've got the dr hauschka",
    "i have the dr hauschka mask",
    "i just got the hauschka mask",
    "my mask is dr hauschka",
]


def test_a_suggestion_puts_a_card_in_the_alexa_app_without_links(alexa) -> None:
    alexa.say("ask pore coach to set my skin type to dry")
    reply = alexa.say("ask pore coach to suggest a serum")
    card = reply.card
    assert card["type"] == "Simple"
    assert card["title"] == "Clinique Pore Refining Solutions Correcting Serum"
    assert card["content"].startswith("About $43.")
    assert "http" not in card["content"] and "www" not in card["content"]


def test_never_the_same_product_twice_in_a_row_across_sessions(alexa) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    first = alexa.say("ask pore coach to suggest a lotion").speech
    second = alexa.say("ask pore coach to suggest a lotion").speech
    third = alexa.say("ask pore coach to suggest a lotion").speech
    assert "La Prairie" in first and "Mila Moursi" in second and "La Prairie" in third


def test_prices_are_the_articles(alexa) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    reply = alexa.say("ask pore coach to suggest a lotion")
    assert "about ninety-five dollars" in reply.speech
    reply = alexa.say("another one")
    assert "Mila Moursi Refining Lotion, about a hundred and forty dollars" in reply.speech


def test_no_product_is_named_unless_asked(alexa) -> None:
    names = [product.brand for product in catalogue() if product.brand]
    said = [
        alexa.say(words).speech
        for words in (
            "ask pore coach what's tonight",
            "oily",
            "yes",
            "next",
            "next",
            "next",
            "next",
            "ask pore coach when is my next mask night",
            "ask pore coach help",
            "open pore coach",
        )
    ]
    assert not [line for line in said if any(name in line for name in names)]


def test_nothing_is_cheaper_than_the_home_made_mask(alexa) -> None:
    alexa.say("ask pore coach how do i make a mask at home")
    alexa.say("ask pore coach to suggest a mask under twenty dollars")
    reply = alexa.say("something cheaper")
    assert reply.speech == "That's the cheapest I know of."


def test_your_mask_is_the_last_one_you_swapped_to(alexa) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.say("ask pore coach i'm using the homemade mask")
    assert "Shall I swap it for Kiehl's?" in alexa.say("ask pore coach i bought keels").speech
    alexa.say("yes")
    assert alexa.say("ask pore coach what products do i use").speech == (
        "You use Kiehl's Rare Earth Pore Cleansing Mask."
    )


def test_a_budget_beyond_any_price_is_no_budget(alexa) -> None:
    reply = alexa.say("ask pore coach what mask should i buy under 20000 dollars")
    assert "Sorry" not in reply.speech and "Mask" in reply.speech


def test_no_to_an_offer_in_the_walk_goes_back_to_the_step(alexa) -> None:
    alexa.say("ask pore coach what's tonight")
    alexa.say("oily")
    alexa.say("yes")
    alexa.say("suggest a serum")
    reply = alexa.say("no")
    assert "Say next" in reply.speech and not reply.ends_session


@pytest.mark.parametrize("phrasing", HAUSCHKA_PHRASINGS)
def test_a_second_mask_is_asked_about_however_it_is_said(alexa, table, device, phrasing) -> None:
    alexa.say("ask pore coach i bought the kiehl's mask")
    reply = alexa.say(f"ask pore coach {phrasing}")
    assert reply.speech == "You use the Kiehl's mask now. Shall I swap it for Dr. Hauschka?"
    assert not reply.ends_session
    assert table(device).state.owned == {"clay_mask": "kiehls-rare-earth-pore-cleansing-mask"}
    alexa.say("yes")
    assert table(device).state.owned == {"clay_mask": "dr-hauschka-cleansing-clay-mask"}
    reply = alexa.say(f"ask pore coach {phrasing}")
    assert reply.speech == "I already have you down for the Dr. Hauschka mask."
    assert reply.ends_session


# --- The kind, the price and the cheapest: what the user said holds ------------------------


def _speaker(api, clock, locale: str) -> LocalAlexa:
    """A user of `locale`, with that locale's interaction model, through the real handler."""
    device = Device(api_endpoint=api.endpoint, locale=locale, user_id=f"amzn1.ask.account.{locale}")
    return LocalAlexa(app.lambda_handler, device=device, clock=clock)


def test_the_kind_asked_is_the_kind_named_and_under_is_strictly_under(alexa) -> None:
    reply = alexa.say("ask pore coach what's a good mask for under forty dollars")
    assert alexa.last_match.slots["productKind"].resolved_id == "CLAY_MASK"
    assert reply.speech.startswith(
        "Under forty dollars: Kiehl's Rare Earth Pore Cleansing Mask, about twenty-three dollars."
    )
    assert "Murad" not in reply.speech


def test_another_one_keeps_the_budget_and_under_fifty_leaves_fifty_out(alexa) -> None:
    assert "Kiehl's" in alexa.say("ask pore coach what's a good mask under fifty dollars").speech
    reply = alexa.say("another one")
    assert "Hauschka" not in reply.speech and "clay mask at home" in reply.speech


@pytest.mark.parametrize("words", ["up to fifty dollars", "about fifty dollars"])
def test_up_to_and_about_let_the_amount_itself_in(alexa, words) -> None:
    reply = alexa.say(f"ask pore coach what's a good mask for {words}")
    assert reply.speech.startswith("Up to fifty dollars: Kiehl's Rare Earth Pore Cleansing Mask")
    assert (
        "Doctor Hauschka Cleansing Clay Mask, about fifty dollars"
        in alexa.say("another one").speech
    )


def test_cheaper_than_the_last_one_names_again_the_only_cheaper_one(alexa) -> None:
    assert "Murad" in alexa.say("ask pore coach to suggest a serum").speech  # $40
    assert "Clinique" in alexa.say("another one").speech  # $43
    reply = alexa.say("something cheaper")
    assert "cheapest" not in reply.speech
    assert "Murad T-Zone Pore Refining Gel, about forty dollars" in reply.speech


def test_a_one_shot_cheaper_after_a_fifty_dollar_mask_is_a_cheaper_mask(alexa) -> None:
    alexa.say("ask pore coach to suggest a mask")  # Kiehl's, $23
    assert "about fifty dollars" in alexa.say("another one").speech  # Dr. Hauschka
    alexa.say("no")
    reply = alexa.say("ask pore coach for something cheaper")
    assert "Kiehl's Rare Earth Pore Cleansing Mask, about twenty-three dollars" in reply.speech
    assert "cheapest" not in reply.speech and "serum" not in reply.speech


def test_another_one_after_stepping_down_stays_under_the_price_turned_down(alexa) -> None:
    alexa.say("ask pore coach to set my skin type to oily")
    assert "ninety-five" in alexa.say("ask pore coach to suggest a product").speech
    assert "Murad" in alexa.say("yes").speech  # cheaper: $40
    assert "twenty-three" in alexa.say("something cheaper").speech  # Kiehl's
    reply = alexa.say("another one")
    assert "hundred" not in reply.speech and "clay mask at home" in reply.speech


def test_a_budget_lasts_the_session(alexa) -> None:
    alexa.say("ask pore coach what's a good mask under fifty dollars")
    assert "Under fifty dollars: Murad" in alexa.say("what serum should i get").speech
    assert "Clinique" in alexa.say("another one").speech
    reply = alexa.say("another one")
    assert "Perricone" not in reply.speech and "under fifty dollars" in reply.speech


def test_in_mexico_otra_keeps_the_budget(aws, api, clock) -> None:
    alexa = _speaker(api, clock, "es-MX")
    first = alexa.say(
        "pregúntale a entrenador de poros recomiéndame una mascarilla de menos de 50 dólares"
    )
    assert first.speech.startswith("Por menos de cincuenta dólares estadounidenses: Kiehl's")
    reply = alexa.say("otra")
    assert alexa.last_match.intent == "AnotherProductIntent"
    assert "Hauschka" not in reply.speech and "en casa" in reply.speech
    assert reply.raw["sessionAttributes"]["productRun"]["budget"] == 50


@pytest.mark.parametrize(
    ("locale", "words", "heard"),
    [
        ("en-GB", "ask pore coach what mask should i buy under twenty pounds", "US dollars"),
        ("en-IN", "ask pore coach suggest a mask under two thousand rupees", "US dollars"),
        ("en-AU", "ask pore coach what's a good serum under thirty euros", "US dollars"),
        ("es-MX", "pregúntale a entrenador de poros qué mascarilla compro por menos de 500 pesos",
         "dólares estadounidenses"),
    ],
)  # fmt: skip
def test_a_budget_in_another_currency_is_answered_in_us_dollars(
    aws, api, clock, locale, words, heard
):
    alexa = _speaker(api, clock, locale)
    reply = alexa.say(words)
    assert alexa.last_match.intent == "SuggestProductIntent"
    lead = {"en": "I only know prices in US dollars.", "es": "Solo conozco los precios en dólares"}
    assert reply.speech.startswith(lead[locale[:2]])
    assert heard in reply.speech and not reply.ends_session
    assert reply.raw["sessionAttributes"]["productRun"]["budget"] is None


def test_bucks_are_dollars(aws, api, clock) -> None:
    alexa = _speaker(api, clock, "en-CA")
    reply = alexa.say("ask pore coach what's a good mask under thirty five bucks")
    assert alexa.last_match.slots["currency"].resolved_id == "DOLLARS"
    assert reply.speech.startswith("Under thirty-five US dollars: Kiehl's")
