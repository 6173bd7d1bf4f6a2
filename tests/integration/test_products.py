"""Product suggestions through the real handler: the card, honesty, and no unprompted selling."""

from __future__ import annotations

from skill.products import catalogue


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
