"""Product suggestions through the real handler: the card, honesty, and no unprompted selling."""

from __future__ import annotations

import pytest

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
