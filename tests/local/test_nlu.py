"""Local utterance matching: what a person says -> the intent and slots Alexa would send."""

import json

import pytest

from skill.local import spanish_values
from skill.local.nlu import (
    IntentMatch,
    InteractionModel,
    SlotMatch,
    normalise,
    parse_duration,
    parse_number,
    parse_time,
    slots_json,
    split_invocation,
)

MODEL = InteractionModel.load()
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"

# utterance -> (intent, {slot: resolved id}); "?" stands for ER_SUCCESS_NO_MATCH.
PHRASES = {
    "what's tonight": ("TonightIntent", {}),
    "What is on tonight?": ("TonightIntent", {}),
    "what do I do tonight": ("TonightIntent", {}),
    "tonight's plan": ("TonightIntent", {}),
    "my skin is greasy": ("SetSkinTypeIntent", {"skinType": "OILY"}),
    "I have combo skin": ("SetSkinTypeIntent", {"skinType": "COMBINATION"}),
    "it's flaky": ("SetSkinTypeIntent", {"skinType": "DRY"}),
    "sensitive": ("SetSkinTypeIntent", {"skinType": "SENSITIVE"}),
    "I'm thick skinned": ("SetSkinTypeIntent", {"skinType": "THICK"}),
    "change my skin type to easily irritated": ("SetSkinTypeIntent", {"skinType": "SENSITIVE"}),
    "average skin": ("SetSkinTypeIntent", {"skinType": "NORMAL"}),
    "my skin is purple": ("SetSkinTypeIntent", {"skinType": "?"}),
    "what's my skin type": ("GetSkinTypeIntent", {}),
    "walk me through it": ("StartWalkIntent", {}),
    "let's begin": ("StartWalkIntent", {}),
    "where was I": ("StartWalkIntent", {}),
    "when's my next mask": ("NextMaskNightIntent", {}),
    "is tonight a mask night": ("IsMaskNightIntent", {}),
    "which nights are mask nights": ("GetMaskNightsIntent", {}),
    "make my mask nights tuesdays and saturdays": (
        "SetMaskNightsIntent",
        {"firstNight": "TU", "secondNight": "SA"},
    ),
    "move my masks to Wed and sunday night": (
        "SetMaskNightsIntent",
        {"firstNight": "WE", "secondNight": "SU"},
    ),
    "monday and thursday": ("SetMaskNightsIntent", {"firstNight": "MO", "secondNight": "TH"}),
    "order a pizza": ("AMAZON.FallbackIntent", {}),
    "purple": ("AMAZON.FallbackIntent", {}),
    "yes": ("AMAZON.YesIntent", {}),
    "OK": ("AMAZON.YesIntent", {}),
    "no thanks": ("AMAZON.NoIntent", {}),
    "stop": ("AMAZON.StopIntent", {}),
    "never mind": ("AMAZON.CancelIntent", {}),
    "what can I say": ("AMAZON.HelpIntent", {}),
    "say that again": ("AMAZON.RepeatIntent", {}),
    "next": ("AMAZON.NextIntent", {}),
    "I'm done": ("AMAZON.NextIntent", {}),
    "go back": ("AMAZON.PreviousIntent", {}),
    "start again from the top": ("AMAZON.StartOverIntent", {}),
    "go home": ("AMAZON.NavigateHomeIntent", {}),
}


# utterance -> (intent, {slot: resolved id, or the ISO 8601 value for "duration"}); None: unfilled.
TIMER_PHRASES = {
    "start a ten minute mask timer": (
        "StartTimerIntent",
        {"timerKind": "MASK", "duration": "PT10M"},
    ),
    "Start a 2-minute hot towel timer": (
        "StartTimerIntent",
        {"timerKind": "TOWEL", "duration": "PT2M"},
    ),
    "set a two and a half minute towel timer": (
        "StartTimerIntent",
        {"timerKind": "TOWEL", "duration": "PT2M30S"},
    ),
    "set my clay mask timer for twelve minutes": (
        "StartTimerIntent",
        {"timerKind": "MASK", "duration": "PT12M"},
    ),
    "set a timer for half an hour": ("StartTimerIntent", {"timerKind": None, "duration": "PT30M"}),
    "start a fifteen minute timer": ("StartTimerIntent", {"timerKind": None, "duration": "PT15M"}),
    "start my washcloth timer": ("StartTimerIntent", {"timerKind": "TOWEL", "duration": None}),
    "time my steam": ("StartTimerIntent", {"timerKind": "TOWEL", "duration": None}),
    "start a timer for my face mask": ("StartTimerIntent", {"timerKind": "MASK"}),
    "start the timer": ("StartTimerIntent", {"timerKind": None, "duration": None}),
    "set a timer": ("StartTimerIntent", {"timerKind": None, "duration": None}),
    "set my mask timer for a purple minute": (
        "StartTimerIntent",
        {"timerKind": "MASK", "duration": "?"},
    ),
    "start the pizza timer": ("StartTimerIntent", {"timerKind": "?"}),
    "how long is left": ("TimerStatusIntent", {"timerKind": None}),
    "how much longer": ("TimerStatusIntent", {"timerKind": None}),
    "how long is left on my mask": ("TimerStatusIntent", {"timerKind": "MASK"}),
    "is my masque done": ("TimerStatusIntent", {"timerKind": "MASK"}),
    "check my hot towel timer": ("TimerStatusIntent", {"timerKind": "TOWEL"}),
    "pause it": ("PauseTimerIntent", {"timerKind": None}),
    "pause my towel timer": ("PauseTimerIntent", {"timerKind": "TOWEL"}),
    "hold the timer": ("PauseTimerIntent", {"timerKind": None}),
    "resume my clay timer": ("ResumeTimerIntent", {"timerKind": "MASK"}),
    "unpause the timer": ("ResumeTimerIntent", {"timerKind": None}),
    "start the timer again": ("ResumeTimerIntent", {"timerKind": None}),
    "cancel my mud mask timer": ("CancelTimerIntent", {"timerKind": "MASK"}),
    "stop the timer": ("CancelTimerIntent", {"timerKind": None}),
    "turn off the timer": ("CancelTimerIntent", {"timerKind": None}),
    # The phrases the timer intents must leave alone.
    "resume my routine": ("StartWalkIntent", {}),
    "continue my routine": ("StartWalkIntent", {}),
    "start over": ("AMAZON.StartOverIntent", {}),
    "restart": ("AMAZON.StartOverIntent", {}),
    "cancel": ("AMAZON.CancelIntent", {}),
}


# utterance -> (intent, {slot: resolved id, or the AMAZON.TIME value for "time"}); None: unfilled.
REMINDER_PHRASES = {
    "remind me every night at nine": (
        "SetReminderIntent",
        {"time": "09:00", "reminderKind": "NIGHTLY"},
    ),
    "remind me on mask nights at eight": (
        "SetReminderIntent",
        {"time": "08:00", "reminderKind": "MASK"},
    ),
    "remind me tonight at half past eight": (
        "SetReminderIntent",
        {"time": "08:30", "reminderKind": None},
    ),
    # A time before the kind ends where the time does: it never takes the kind's words.
    "remind me at nine every night": (
        "SetReminderIntent",
        {"time": "09:00", "reminderKind": "NIGHTLY"},
    ),
    "Remind me at 9 p.m. every night": (
        "SetReminderIntent",
        {"time": "21:00", "reminderKind": "NIGHTLY"},
    ),
    "remind me at nine in the evening daily": (
        "SetReminderIntent",
        {"time": "21:00", "reminderKind": "NIGHTLY"},
    ),
    "remind me at 9:30pm on my mask nights": (
        "SetReminderIntent",
        {"time": "21:30", "reminderKind": "MASK"},
    ),
    "remind me at quarter to ten the mask nights": (
        "SetReminderIntent",
        {"time": "09:45", "reminderKind": "MASK"},
    ),
    "remind me at nine at night": ("SetReminderIntent", {"time": "21:00", "reminderKind": None}),
    "set a reminder for 21:00": ("SetReminderIntent", {"time": "21:00", "reminderKind": None}),
    "set a nightly reminder for eight thirty": (
        "SetReminderIntent",
        {"time": "08:30", "reminderKind": "NIGHTLY"},
    ),
    "set a clay mask nights reminder at 10 pm": (
        "SetReminderIntent",
        {"time": "22:00", "reminderKind": "MASK"},
    ),
    "give me a reminder at noon every day": (
        "SetReminderIntent",
        {"time": "12:00", "reminderKind": "NIGHTLY"},
    ),
    "remind me to do my routine at nine o'clock": (
        "SetReminderIntent",
        {"time": "09:00", "reminderKind": None},
    ),
    "remind me each night": ("SetReminderIntent", {"time": None, "reminderKind": "NIGHTLY"}),
    "set a reminder": ("SetReminderIntent", {"time": None, "reminderKind": None}),
    "remind me at purple": ("SetReminderIntent", {"time": "?", "reminderKind": None}),
    "remind me on pizza nights at nine": (
        "SetReminderIntent",
        {"time": "09:00", "reminderKind": "?"},
    ),
    "what reminders do I have": ("ListRemindersIntent", {}),
    "when will you remind me": ("ListRemindersIntent", {}),
    "do I have a reminder set": ("ListRemindersIntent", {}),
    "stop reminding me": ("CancelRemindersIntent", {"reminderKind": None}),
    "cancel my reminders": ("CancelRemindersIntent", {"reminderKind": None}),
    "no more reminders": ("CancelRemindersIntent", {"reminderKind": None}),
    "stop my mask night reminder": ("CancelRemindersIntent", {"reminderKind": "MASK"}),
    "turn off my nightly reminder": ("CancelRemindersIntent", {"reminderKind": "NIGHTLY"}),
    "stop reminding me on mask nights": ("CancelRemindersIntent", {"reminderKind": "MASK"}),
    # The phrases the reminder intents must leave alone.
    "remind me of my skin type": ("GetSkinTypeIntent", {}),
    "set a timer": ("StartTimerIntent", {"timerKind": None, "duration": None}),
    "cancel the timer": ("CancelTimerIntent", {"timerKind": None}),
    "stop": ("AMAZON.StopIntent", {}),
    "cancel": ("AMAZON.CancelIntent", {}),
}


KIEHLS = "kiehls-rare-earth-pore-cleansing-mask"
CLINIQUE = "clinique-pore-refining-solutions-correcting-serum"

# utterance -> (intent, {slot: resolved id, or the AMAZON.NUMBER value for "budget"}); None:
# unfilled, "?" for ER_SUCCESS_NO_MATCH (or, for "budget", a number Alexa can't read).
PRODUCT_PHRASES = {
    "suggest a product": ("SuggestProductIntent", {"productKind": None, "budget": None}),
    "suggest a serum": ("SuggestProductIntent", {"productKind": "SERUM", "budget": None}),
    "suggest anything": ("SuggestProductIntent", {"productKind": "ANY", "budget": None}),
    "what mask should I buy under thirty dollars": (
        "SuggestProductIntent",
        {"productKind": "CLAY_MASK", "budget": "30"},
    ),
    "What mask should I buy under $30?": (
        "SuggestProductIntent",
        {"productKind": "CLAY_MASK", "budget": "30"},
    ),
    "recommend something under forty-five dollars": (
        "SuggestProductIntent",
        {"productKind": None, "budget": "45"},
    ),
    "a lotion under one hundred and twenty dollars": (
        "SuggestProductIntent",
        {"productKind": "REFINING_LOTION", "budget": "120"},
    ),
    "what toner do you recommend": ("SuggestProductIntent", {"productKind": "REFINING_LOTION"}),
    "which serum is best for me": ("SuggestProductIntent", {"productKind": "SERUM"}),
    "I need a new face mask": ("SuggestProductIntent", {"productKind": "CLAY_MASK"}),
    "what should I buy": ("SuggestProductIntent", {"productKind": None, "budget": None}),
    "what's a good serum under a hundred dollars": (
        "SuggestProductIntent",
        {"productKind": "SERUM", "budget": "100"},
    ),
    "what mask should I buy under purple dollars": (
        "SuggestProductIntent",
        {"productKind": "CLAY_MASK", "budget": "?"},
    ),
    "suggest a pizza": ("SuggestProductIntent", {"productKind": "?", "budget": None}),
    "another one": ("AnotherProductIntent", {}),
    "something else": ("AnotherProductIntent", {}),
    "what's another option": ("AnotherProductIntent", {}),
    "what else do you have": ("AnotherProductIntent", {}),
    "something cheaper": ("CheaperProductIntent", {}),
    "that's too expensive": ("CheaperProductIntent", {}),
    "is there a cheaper option?": ("CheaperProductIntent", {}),
    "How do I make a mask at home?": ("HomeMadeMaskIntent", {}),
    "what's the recipe": ("HomeMadeMaskIntent", {}),
    "DIY mask": ("HomeMadeMaskIntent", {}),
    "I bought the keels mask": ("OwnProductIntent", {"productName": KIEHLS}),
    "I bought the Kiehl's mask": ("OwnProductIntent", {"productName": KIEHLS}),
    "I'm using the Clinique one": ("OwnProductIntent", {"productName": CLINIQUE}),
    "i use clinique": ("OwnProductIntent", {"productName": CLINIQUE}),
    "I've got Dr. Hauschka": (
        "OwnProductIntent",
        {"productName": "dr-hauschka-cleansing-clay-mask"},
    ),
    "I have got the La Prairie lotion": (
        "OwnProductIntent",
        {"productName": "la-prairie-cellular-refining-lotion"},
    ),
    "my serum is the perry cone": (
        "OwnProductIntent",
        {"productName": "perricone-md-intensive-pore-minimizer"},
    ),
    "I just got the T-Zone": (
        "OwnProductIntent",
        {"productName": "murad-t-zone-pore-refining-gel"},
    ),
    "I bought the Mila Moursi Refining Lotion": (
        "OwnProductIntent",
        {"productName": "mila-moursi-refining-lotion"},
    ),
    "i bought a car": ("OwnProductIntent", {"productName": "?"}),
    "what products do I use": ("ListOwnedProductsIntent", {}),
    "which products have I told you about": ("ListOwnedProductsIntent", {}),
    "what do I use": ("ListOwnedProductsIntent", {}),
    # The phrases the product intents must leave alone.
    "next one": ("AMAZON.NextIntent", {}),
    "what's next": ("AMAZON.NextIntent", {}),
    "what else": ("AMAZON.FallbackIntent", {}),
    "what do I use tonight": ("TonightIntent", {}),
    "what's in my routine tonight": ("TonightIntent", {}),
    "I have dry skin": ("SetSkinTypeIntent", {"skinType": "DRY"}),
    "I've got oily skin": ("SetSkinTypeIntent", {"skinType": "OILY"}),
    "when's my next mask": ("NextMaskNightIntent", {}),
    "start a ten minute mask timer": ("StartTimerIntent", {"timerKind": "MASK"}),
}


@pytest.mark.parametrize("utterance", PHRASES)
def test_what_people_say_reaches_the_right_intent(utterance):
    intent, slot_ids = PHRASES[utterance]

    match = MODEL.match(utterance)

    assert match.intent == intent
    for name, expected in slot_ids.items():
        slot = match.slots[name]
        if expected == "?":
            assert (slot.status, slot.resolved_id) == ("ER_SUCCESS_NO_MATCH", None)
        else:
            assert (slot.status, slot.resolved_id) == ("ER_SUCCESS_MATCH", expected)


@pytest.mark.parametrize("utterance", TIMER_PHRASES)
def test_timer_phrases_reach_the_timer_intents(utterance):
    intent, expected = TIMER_PHRASES[utterance]

    match = MODEL.match(utterance)

    assert match.intent == intent
    for name, want in expected.items():
        slot = match.slots[name]
        if name == "duration" or slot.value is None:
            assert slot.value == want, name
        else:
            assert (slot.resolved_id or "?") == want, name


@pytest.mark.parametrize("utterance", REMINDER_PHRASES)
def test_reminder_phrases_reach_the_reminder_intents(utterance):
    intent, expected = REMINDER_PHRASES[utterance]

    match = MODEL.match(utterance)

    assert match.intent == intent
    assert set(match.slots) >= set(expected)
    for name, want in expected.items():
        slot = match.slots[name]
        if name in {"time", "duration"} or slot.value is None:
            assert slot.value == want, name
        else:
            assert (slot.resolved_id or "?") == want, name


@pytest.mark.parametrize("utterance", PRODUCT_PHRASES)
def test_product_phrases_reach_the_product_intents(utterance):
    intent, expected = PRODUCT_PHRASES[utterance]

    match = MODEL.match(utterance)

    assert match.intent == intent
    assert set(match.slots) >= set(expected)
    for name, want in expected.items():
        slot = match.slots[name]
        if name == "budget" or slot.value is None:
            assert slot.value == want, name
        elif want == "?":
            assert (slot.status, slot.resolved_id) == ("ER_SUCCESS_NO_MATCH", None), name
        else:
            assert (slot.status, slot.resolved_id) == ("ER_SUCCESS_MATCH", want), name


@pytest.mark.parametrize(
    ("spoken", "value"),
    [
        ("thirty", "30"),
        ("forty five", "45"),
        ("twenty-three", "23"),
        ("seventeen", "17"),
        ("ninety nine", "99"),
        ("a hundred", "100"),
        ("one hundred", "100"),
        ("one hundred and twenty", "120"),
        ("a hundred fifty", "150"),
        ("two hundred and five", "205"),
        ("nine hundred ninety nine", "999"),
        ("twelve hundred", "1200"),
        ("a thousand", "1000"),
        ("two thousand five hundred", "2500"),
        ("one thousand and five", "1005"),
        ("zero", "0"),
        ("150", "150"),
        ("$30", "30"),
        ("1,000", "1000"),
        ("Forty.", "40"),
        # What Alexa can't read.
        ("purple", "?"),
        ("", "?"),
        ("a", "?"),
        ("hundred", "?"),
        ("thirty thirty", "?"),
        ("five forty", "?"),
        ("forty dollars", "?"),
        ("one hundred and", "?"),
        ("and", "?"),
    ],
)
def test_parse_number_gives_what_alexa_puts_in_a_number_slot(spoken, value):
    assert parse_number(spoken) == value


def test_a_budget_takes_only_the_number_words():
    match = MODEL.match("recommend a serum under one hundred and twenty dollars")

    assert match.intent == "SuggestProductIntent"
    assert (match.slots["productKind"].resolved_id, match.slots["budget"].value) == ("SERUM", "120")


def test_a_resolved_alias_beats_a_shorter_unknown_value():
    # "the clinique one" is an alias; "clinique one" (after "i'm using the") is not.
    slot = MODEL.match("i'm using the clinique one").slots["productName"]

    assert (slot.value, slot.resolved_id) == ("the clinique one", CLINIQUE)


def test_slots_json_for_a_budget_carries_the_digits_and_no_resolutions():
    slots = slots_json(MODEL.match("what mask should i buy under thirty dollars"), SKILL_ID)

    assert slots["budget"] == {
        "name": "budget",
        "value": "30",
        "confirmationStatus": "NONE",
        "source": "USER",
    }
    authority = slots["productKind"]["resolutions"]["resolutionsPerAuthority"][0]
    assert authority["authority"].endswith(".ProductKind")
    assert authority["values"] == [{"value": {"name": "mask", "id": "CLAY_MASK"}}]


def test_slots_json_for_a_product_name_uses_the_product_name_authority():
    slot = slots_json(MODEL.match("i bought the keels mask"), SKILL_ID)["productName"]

    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert slot["value"] == "keels"
    assert authority["authority"].endswith(".ProductName")
    assert authority["values"] == [
        {"value": {"name": "kiehl's rare earth pore cleansing mask", "id": KIEHLS}}
    ]


@pytest.mark.parametrize(
    ("spoken", "value"),
    [
        # A bare hour is the morning one, as Alexa reads it.
        ("nine", "09:00"),
        ("nine o'clock", "09:00"),
        ("at 9", "09:00"),
        ("9", "09:00"),
        ("twelve", "12:00"),
        ("9 am", "09:00"),
        ("nine a.m.", "09:00"),
        ("seven in the morning", "07:00"),
        # Words that put it after noon.
        ("9 pm", "21:00"),
        ("9pm", "21:00"),
        ("nine p.m.", "21:00"),
        ("nine in the evening", "21:00"),
        ("nine at night", "21:00"),
        ("nine tonight", "21:00"),
        ("three in the afternoon", "15:00"),
        ("twelve pm", "12:00"),
        ("twelve am", "00:00"),
        ("twelve at night", "00:00"),
        ("two at night", "02:00"),
        # Minutes.
        ("half past eight", "08:30"),
        ("eight thirty", "08:30"),
        ("eight oh five", "08:05"),
        ("nine forty five", "09:45"),
        ("quarter past nine", "09:15"),
        ("a quarter past nine", "09:15"),
        ("quarter to ten", "09:45"),
        ("twenty five past nine", "09:25"),
        ("ten minutes to nine", "08:50"),
        ("quarter to one", "00:45"),
        ("quarter to twelve at night", "23:45"),
        ("ten to ten pm", "21:50"),
        ("seven forty five in the evening", "19:45"),
        ("nine thirty p.m.", "21:30"),
        # Digits, on either clock.
        ("21:00", "21:00"),
        ("2100", "21:00"),
        ("9:30", "09:30"),
        ("930", "09:30"),
        ("10:30 pm", "22:30"),
        ("10:30 PM.", "22:30"),
        ("00:15", "00:15"),
        # Named times and parts of the day.
        ("noon", "12:00"),
        ("twelve noon", "12:00"),
        ("midday", "12:00"),
        ("midnight", "00:00"),
        ("in the evening", "EV"),
        ("evening", "EV"),
        ("this evening", "EV"),
        ("night", "NI"),
        ("at night", "NI"),
        ("morning", "MO"),
        ("in the morning", "MO"),
        ("afternoon", "AF"),
        # What Alexa can't read.
        ("purple", "?"),
        ("", "?"),
        ("nine purple", "?"),
        ("25:00", "?"),
        ("9:75", "?"),
        ("21 pm", "?"),
        ("0 am", "?"),
        ("thirteen", "?"),
        ("half to nine", "?"),
        ("sixty past nine", "?"),
        ("quarter past", "?"),
        ("pm", "?"),
        ("ten minutes", "?"),
    ],
)
def test_parse_time_gives_what_alexa_puts_in_a_time_slot(spoken, value):
    assert parse_time(spoken) == value


@pytest.mark.parametrize(
    ("spoken", "iso"),
    [
        ("ten minutes", "PT10M"),
        ("ten minute", "PT10M"),
        ("two and a half minutes", "PT2M30S"),
        ("one hundred minutes", "PT100M"),
        ("a hundred and twenty minutes", "PT120M"),
        ("an hour", "PT1H"),
        ("half an hour", "PT30M"),
        ("a half hour", "PT30M"),
        ("an hour and a half", "PT1H30M"),
        ("a minute and a half", "PT1M30S"),
        ("half a minute", "PT30S"),
        ("ninety seconds", "PT90S"),
        ("forty five minutes", "PT45M"),
        ("twenty-one minutes", "PT21M"),
        ("seventeen minutes", "PT17M"),
        ("ninety nine seconds", "PT99S"),
        ("12 minutes", "PT12M"),
        ("a minute", "PT1M"),
        ("one hour and ten minutes", "PT1H10M"),
        ("two hours ten minutes and five seconds", "PT2H10M5S"),
        ("Ten Minutes.", "PT10M"),
        ("a purple minute", "?"),
        ("ten", "?"),
        ("minutes", "?"),
        ("ten minutes and", "?"),
        ("five forty minutes", "?"),
        ("half a second", "?"),
        ("two days", "?"),
        ("", "?"),
    ],
)
def test_parse_duration_gives_what_alexa_puts_in_a_duration_slot(spoken, iso):
    assert parse_duration(spoken) == iso


def test_a_duration_before_the_timer_kind_ends_on_its_unit():
    match = MODEL.match("start a one hour and ten minute mask timer")

    assert match.intent == "StartTimerIntent"
    assert (match.slots["duration"].value, match.slots["timerKind"].resolved_id) == (
        "PT1H10M",
        "MASK",
    )


def test_a_literal_sample_beats_a_slot_sample():
    # "{skinType}" alone could swallow anything; the literal built-in wins.
    assert MODEL.match("done").intent == "AMAZON.NextIntent"
    assert MODEL.match("tonight").intent == "TonightIntent"


def test_a_match_carries_exactly_its_intents_slots():
    assert MODEL.match("what's tonight").slots == {}
    match = MODEL.match("greasy skin")
    expected = SlotMatch("skinType", "greasy", "OILY", "oily", "ER_SUCCESS_MATCH")
    assert match.slots == {"skinType": expected}
    assert MODEL.match("never mind").slots == {}


def test_fallback_carries_no_slots():
    assert MODEL.match("what's the weather") == IntentMatch("AMAZON.FallbackIntent", {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open pore coach", ("launch", "")),
        ("Alexa, open Pore Coach.", ("launch", "")),
        ("launch pore coach", ("launch", "")),
        ("start pore coach", ("launch", "")),
        ("alexa ask pore coach what's tonight", ("oneshot", "what's tonight")),
        ("Ask Pore Coach to walk me through it", ("oneshot", "walk me through it")),
        ("ask pore coach for tonight's plan", ("oneshot", "tonight's plan")),
        ("ask pore coach if tonight is a mask night", ("oneshot", "tonight is a mask night")),
        ("tell pore coach that my skin is dry", ("oneshot", "my skin is dry")),
        ("tell pore coach my skin is dry", ("oneshot", "my skin is dry")),
        ("what's tonight", ("", "what's tonight")),
        ("open the pod bay doors", ("", "open the pod bay doors")),
    ],
)
def test_split_invocation(text, expected):
    assert split_invocation(text, "pore coach") == expected


def test_oneshot_rest_reaches_the_intent():
    kind, rest = split_invocation("Alexa, ask pore coach when is my next mask night", "pore coach")
    assert (kind, MODEL.match(rest).intent) == ("oneshot", "NextMaskNightIntent")


def test_normalise_folds_spellings_and_punctuation():
    assert normalise("  What IS   on, tonight?! ") == "what's on tonight"
    assert normalise("It\u2019s 'greasy'") == "it's greasy"
    assert normalise("t-zone") == "t zone"


def test_slots_json_for_a_resolved_custom_slot():
    slots = slots_json(MODEL.match("my skin is greasy"), SKILL_ID)

    assert slots == {
        "skinType": {
            "name": "skinType",
            "value": "greasy",
            "confirmationStatus": "NONE",
            "source": "USER",
            "resolutions": {
                "resolutionsPerAuthority": [
                    {
                        "authority": f"amzn1.er-authority.echo-sdk.{SKILL_ID}.SkinType",
                        "status": {"code": "ER_SUCCESS_MATCH"},
                        "values": [{"value": {"name": "oily", "id": "OILY"}}],
                    }
                ]
            },
        }
    }


def test_slots_json_for_an_unknown_value_has_no_values():
    slot = slots_json(MODEL.match("my skin is purple"), SKILL_ID)["skinType"]

    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert slot["value"] == "purple"
    assert authority["status"] == {"code": "ER_SUCCESS_NO_MATCH"}
    assert "values" not in authority


def test_slots_json_for_weekdays_uses_the_weekday_authority():
    slots = slots_json(MODEL.match("make my mask nights tuesday and saturday"), SKILL_ID)

    first = slots["firstNight"]["resolutions"]["resolutionsPerAuthority"][0]
    assert first["authority"].endswith(".Weekday")
    assert first["values"] == [{"value": {"name": "tuesday", "id": "TU"}}]
    assert slots["secondNight"]["value"] == "saturday"


def test_slots_json_for_a_duration_carries_the_iso_value_and_no_resolutions():
    slots = slots_json(MODEL.match("start a ten minute mask timer"), SKILL_ID)

    assert slots["duration"] == {
        "name": "duration",
        "value": "PT10M",
        "confirmationStatus": "NONE",
        "source": "USER",
    }
    assert slots["timerKind"]["resolutions"]["resolutionsPerAuthority"][0]["values"] == [
        {"value": {"name": "mask", "id": "MASK"}}
    ]


def test_slots_json_for_an_unreadable_duration_is_a_question_mark():
    slots = slots_json(MODEL.match("start a purple minute timer"), SKILL_ID)

    assert slots["duration"]["value"] == "?"
    assert slots["timerKind"] == {"name": "timerKind", "confirmationStatus": "NONE"}


def test_slots_json_for_a_time_carries_the_clock_value_and_no_resolutions():
    slots = slots_json(MODEL.match("remind me on mask nights at nine pm"), SKILL_ID)

    assert slots["time"] == {
        "name": "time",
        "value": "21:00",
        "confirmationStatus": "NONE",
        "source": "USER",
    }
    authority = slots["reminderKind"]["resolutions"]["resolutionsPerAuthority"][0]
    assert authority["authority"].endswith(".ReminderKind")
    assert authority["values"] == [{"value": {"name": "mask nights", "id": "MASK"}}]


def test_slots_json_for_a_period_and_an_unreadable_time():
    evening = slots_json(MODEL.match("remind me at evening"), SKILL_ID)["time"]
    unreadable = slots_json(MODEL.match("remind me at purple"), SKILL_ID)["time"]

    assert (evening["value"], unreadable["value"]) == ("EV", "?")
    assert "resolutions" not in unreadable


def test_slots_json_for_unfilled_and_built_in_slots():
    match = IntentMatch(
        "SomeIntent",
        {
            "empty": SlotMatch("empty", None, None, None, None, "SkinType"),
            "when": SlotMatch("when", "tomorrow", None, None, None, "AMAZON.DATE"),
        },
    )

    assert slots_json(match, SKILL_ID) == {
        "empty": {"name": "empty", "confirmationStatus": "NONE"},
        "when": {
            "name": "when",
            "value": "tomorrow",
            "confirmationStatus": "NONE",
            "source": "USER",
        },
    }


def test_load_from_an_explicit_root(tmp_path):
    custom = tmp_path / "interactionModels" / "custom"
    custom.mkdir(parents=True)
    model = {
        "interactionModel": {
            "languageModel": {
                "invocationName": "test skill",
                "intents": [{"name": "HelloIntent", "samples": ["hello there"]}],
                "types": [],
            }
        }
    }
    (custom / "en-GB.json").write_text(json.dumps(model))

    loaded = InteractionModel.load("en-GB", root=tmp_path)

    assert loaded.invocation_name == "test skill"
    assert loaded.match("Hello there!").intent == "HelloIntent"
    assert loaded.match("yes").intent == "AMAZON.YesIntent"


@pytest.mark.parametrize(
    ("spoken", "number", "duration", "at"),
    [
        ("cuarenta y cinco", "45", "?", "?"),
        ("veintidós", "22", "?", "22:00"),
        ("ciento veinte", "120", "?", "?"),
        ("diez minutos", "?", "PT10M", "?"),
        ("dos minutos y medio", "?", "PT2M30S", "?"),
        ("media hora", "?", "PT30M", "?"),
        ("una hora y media", "?", "PT1H30M", "?"),
        ("a las nueve", "?", "?", "09:00"),
        ("a las nueve de la noche", "?", "?", "21:00"),
        ("las ocho y media de la noche", "?", "?", "20:30"),
        ("las diez menos cuarto", "?", "?", "09:45"),
        ("21 30", "2130", "?", "21:30"),
        ("por la noche", "?", "?", "NI"),
    ],
)
def test_spanish_numbers_durations_and_times_are_read_as_alexa_reads_them(
    spoken, number, duration, at
):
    assert spanish_values.parse_number(spoken) == number
    assert spanish_values.parse_duration(spoken) == duration
    assert spanish_values.parse_time(spoken) == at


def test_half_nine_is_half_past_nine_as_said_in_britain():
    assert parse_time("half nine") == "09:30"
    assert parse_time("half nine pm") == "21:30"
    assert parse_time("half past eight") == "08:30"
