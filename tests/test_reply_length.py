"""Replies short enough to follow by ear: nearly all within 35 words, none over 45.

Every conversation in tests/conversations is played again to hear what users hear, and every
phrase is rendered with the longest values it is given, so no combination of words can be long.
"""

from __future__ import annotations

from skill import app
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.products import home_made_recipe
from skill.speech import Speech
from skill.speech.en import PHRASES
from tests.test_conversations import CONVERSATIONS, MAX_WORDS, play, word_count

SHORT = 35  # words: what a reply normally fits in
MOSTLY = 0.95  # the share of replies that must be short


def test_nearly_every_reply_in_the_conversations_is_short(aws, api, clock, table) -> None:
    said: list[str] = []
    for number, path in enumerate(CONVERSATIONS):
        # A user of its own for each conversation, and a fresh Alexa API stand-in.
        api.reset()
        api.clock = clock
        device = Device(user_id=f"amzn1.ask.account.LENGTH{number}", api_endpoint=api.endpoint)
        alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
        alexa.on_consent = api.grant
        said += [reply.speech for reply in play(path, alexa, api, clock, table, device)]
    spoken = [speech for speech in said if speech]
    long = [speech for speech in spoken if word_count(speech) > SHORT]
    assert len(spoken) > 100, "too few replies to judge"
    assert len(long) <= (1 - MOSTLY) * len(spoken), "\n".join(long)


def _longest_values() -> dict[str, object]:
    """For each field a phrase takes, the longest value the skill gives it."""
    say = Speech("en-US")
    recipe = home_made_recipe()
    serum = "Clinique Pore Refining Solutions Correcting Serum"
    return {
        "a_length": say.timer_length(30, article=True),
        "alternatives": say.listing(recipe.alternatives, last_joiner="or").capitalize(),
        "ask_skin": say.say("ask_skin"),
        "before": "9:30 pm",
        "brand": "Perricone MD",
        "budget": "a hundred and forty dollars",
        "clay_amount": recipe.clay_amount,
        "colours": "white, red or green",
        "count": 30,
        "days": 30,
        "current": "Perricone MD serum",
        "day": "Wednesday",
        "day_of_month": say.say("day_of_month", day=30),
        "first": "Wednesday",
        "items": "clay mask, refining lotion, then serum",
        "kind": "lotion",
        "label": "clay mask",
        "left": "less than a minute",
        "length": say.timer_length(30),
        "liquid": recipe.liquid,
        "liquid_amount": recipe.liquid_amount,
        "mask": say.say("mask_next_clause", day="Wednesday"),
        "minutes": 30,
        "name": "clay mask",
        "new": "Perricone MD",
        "next": say.say("step_hot_towel"),
        "nights": "Wednesday and Saturday",
        "night": "Wednesday",
        "number": "seven",
        "plain": "9:30 pm",
        "price": "about a hundred and forty dollars",
        "product": f"{serum}, about forty-three dollars",
        "products": say.listing(
            [serum, "Doctor Hauschka Cleansing Clay Mask", "La Prairie Cellular Refining Lotion"]
        ),
        "skin": "combination",
        "span": "less than a minute",
        "starting": say.say("reminder_starting", day="Wednesday"),
        "step": "seven",
        "steps": 9,
        "recent": 10,
        "streak": 30,
        "week": 7,
        "lotion": "the lotion just once this week",
        "text": say.say("step_hot_towel"),
        "time": "9:30 pm",
        "tonight": say.say("tonight_serum_lotion_start"),
        "weekday": "Wednesday",
        "when": say.say("reminder_when_mask", nights="Wednesday and Saturday", time="9:30 pm"),
    }


def test_no_phrase_is_over_the_limit_whatever_fills_it() -> None:
    values = _longest_values()  # a KeyError names a new field: give it its longest value there
    rendered = [
        f"{key}: {variant.format(**values)}"
        for key, variants in PHRASES.items()
        for variant in variants
    ]
    long = [text for text in rendered if word_count(text.split(": ", 1)[1]) > MAX_WORDS]
    assert not long, "\n".join(long)
