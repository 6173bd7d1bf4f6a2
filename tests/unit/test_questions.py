"""The routine's questions: the phrasings that reach each topic, and the facts behind them."""

import pytest

from skill.local.nlu import InteractionModel
from skill.routine import SkinType
from skill.routine.questions import LotionSchedule, Topic, lotion_schedule

MODEL = InteractionModel.load()
INTENT = "RoutineQuestionIntent"

# Several forms per topic: "can I ...", "how long ...", "will ...", nouns and verbs.
PHRASINGS = {
    Topic.PORES: [
        "can i shrink my pores",
        "can pores shrink",
        "will my pores get smaller",
        "do pores shrink",
        "how do i shrink my pores",
        "is it possible to shrink pores",
        "how can i make my pores smaller",
        "can i close my pores",
        "why are my pores so big",
        "how do i get rid of big pores",
        "will this shrink my pores",
    ],
    Topic.MASK_TIME: [
        "how long do i leave the mask on",
        "how long should i leave the mask on",
        "how many minutes for the mask",
        "how long does the mask stay on",
        "how many minutes should i keep my mask on",
        "how long can i leave the clay on",
        "when do i take the mask off",
        "how long for the mask",
        "how long do i leave the mask on for",
        "how long should i wear a clay mask",
    ],
    Topic.MASK_FREQUENCY: [
        "how often should i do a mask",
        "how often do i use the mask",
        "how many times a week should i do a clay mask",
        "can i do a mask every night",
        "how many clay masks a week",
        "how often can i use a face mask",
        "should i do my mask every day",
        "how many nights a week do i do the mask",
        "how frequently should i use the clay mask",
    ],
    Topic.LOTION_FREQUENCY: [
        "how often should i use the lotion",
        "how often do i use the refining lotion",
        "can i use the lotion every night",
        "how many times a week should i apply the lotion",
        "how many nights a week do i use the toner",
        "what are my lotion nights",
        "which nights do i use the lotion",
        "should i put on the lotion every day",
        "how long do i use the lotion",
    ],
    Topic.SERUM_FREQUENCY: [
        "how often should i use the serum",
        "do i use the serum every night",
        "should i use serum every day",
        "how often do i apply my serum",
        "can i use the serum every night",
        "how many times a week should i use the pore serum",
        "how many nights a week do i put on serum",
        "how often can i apply serum",
    ],
    Topic.RESULTS: [
        "how long until i see results",
        "when will i see a difference",
        "how long does it take to see results",
        "how soon will i notice a difference",
        "how long before it works",
        "when will it start working",
        "how long until results",
        "how many weeks until i see a change",
        "how long will it take to work",
        "how long for results",
    ],
    Topic.CLAY: [
        "what clay should i use",
        "which clay should i use",
        "what kind of clay should i use",
        "what color clay should i use",
        "can i use any clay",
        "does the color of the clay matter",
        "does it matter which clay i use",
        "what color should the clay be",
        "is kaolin okay to use",
        "is bentonite clay good for pores",
    ],
    Topic.TOWEL: [
        "should the towel be hot",
        "how hot should the towel be",
        "how warm should the washcloth be",
        "does the towel need to be hot",
        "can the towel be too hot",
        "what temperature should the water be",
        "is the hot towel supposed to be hot",
        "how long do i leave the towel on",
        "should the towel be warm or hot",
        "why do i need a warm towel",
    ],
    Topic.PATCH_TEST: [
        "should i do a patch test",
        "what is a patch test",
        "do i need a patch test",
        "why do i need a patch test",
        "should i do a skin test",
        "what's a patch test",
        "do i need to do a patch test",
        "how do i do a patch test",
    ],
    Topic.SUNSCREEN: [
        "do i need sunscreen",
        "should i wear sunscreen",
        "why do i need sunscreen",
        "do i have to wear sunscreen",
        "should i wear spf",
        "what about sunscreen",
        "do i need sun cream",
        "should i put on sunscreen",
    ],
}

# Near neighbours that belong to other intents and must stay there.
ELSEWHERE = {
    "what's the best mask": "SuggestProductIntent",
    "what is the best serum": "SuggestProductIntent",
    "what mask should i use": "SuggestProductIntent",
    "which mask should i use": "SuggestProductIntent",
    "what clay mask should i buy": "SuggestProductIntent",
    "when is my next mask night": "NextMaskNightIntent",
    "do i do a mask tonight": "IsMaskNightIntent",
    "which nights do i use the mask": "GetMaskNightsIntent",
    "what are my mask nights": "GetMaskNightsIntent",
    "how long is left on my mask": "TimerStatusIntent",
    "how long until my mask is done": "TimerStatusIntent",
    "start a ten minute mask timer": "StartTimerIntent",
    "how do i make a mask at home": "HomeMadeMaskIntent",
    "how do i know": "NotSureIntent",
    "how does this work": "AMAZON.HelpIntent",
    "order a pizza": "AMAZON.FallbackIntent",
}


@pytest.mark.parametrize("topic", list(Topic))
def test_every_topic_has_at_least_eight_phrasings(topic):
    assert len(set(PHRASINGS[topic])) >= 8


@pytest.mark.parametrize(
    ("phrase", "topic"), [(p, t) for t, phrases in PHRASINGS.items() for p in phrases]
)
def test_each_phrasing_reaches_its_topic(phrase, topic):
    match = MODEL.match(phrase)
    assert match.intent == INTENT, phrase
    assert match.slots["topic"].resolved_id == topic.value.upper(), phrase


@pytest.mark.parametrize(("phrase", "intent"), ELSEWHERE.items())
def test_neighbouring_phrases_keep_their_own_intents(phrase, intent):
    assert MODEL.match(phrase).intent == intent


def test_a_question_about_something_else_reaches_the_intent_without_a_topic():
    match = MODEL.match("how often should i eat pizza")
    assert match.intent == INTENT
    assert match.slots["topic"].status == "ER_SUCCESS_NO_MATCH"


def test_the_topic_ids_are_the_topics():
    ids = [value["id"] for value in MODEL.slot_types()["RoutineTopic"]]
    assert ids == [topic.value.upper() for topic in Topic]


MONDAY_THURSDAY = (0, 3)


@pytest.mark.parametrize("skin", [SkinType.OILY, SkinType.THICK])
def test_oily_and_thick_skin_take_the_lotion_in_monthly_cycles(skin):
    assert lotion_schedule(skin, MONDAY_THURSDAY) == LotionSchedule(monthly_cycle=True)


@pytest.mark.parametrize(
    ("skin", "weekdays", "beyond"),
    [
        (SkinType.DRY, (1, 4), False),
        (SkinType.SENSITIVE, (1, 4), False),
        (SkinType.COMBINATION, (1, 4, 6), True),
        (SkinType.NORMAL, (1, 4, 6), True),
    ],
)
def test_weekly_lotion_is_the_night_after_each_mask_and_for_some_skins_one_more(
    skin, weekdays, beyond
):
    schedule = lotion_schedule(skin, MONDAY_THURSDAY)
    assert (schedule.monthly_cycle, schedule.weekdays, schedule.beyond_the_masks) == (
        False,
        weekdays,
        beyond,
    )


def test_the_lotion_nights_follow_moved_mask_nights():
    assert lotion_schedule(SkinType.DRY, (1, 5)).weekdays == (2, 6)
