"""Every routine question, for every skin type, one-shot and in a session: short and spoken."""

from __future__ import annotations

import pytest

from skill.routine import SkinType
from skill.routine.questions import Topic

# One way of asking each topic (tests/unit/test_questions.py holds the others).
ASKED = {
    Topic.PORES: "can i shrink my pores",
    Topic.MASK_TIME: "how long do i leave the mask on",
    Topic.MASK_FREQUENCY: "how often should i do a mask",
    Topic.LOTION_FREQUENCY: "how often should i use the lotion",
    Topic.SERUM_FREQUENCY: "how often should i use the serum",
    Topic.RESULTS: "how long until i see results",
    Topic.CLAY: "what clay should i use",
    Topic.TOWEL: "should the towel be hot",
    Topic.PATCH_TEST: "should i do a patch test",
    Topic.SUNSCREEN: "do i need sunscreen",
}
SKINS = [None, *SkinType]
MOST_WORDS = 35  # a reply with nothing else in it
MOST_WORDS_WITH_A_QUESTION_AGAIN = 45  # the answer, then the question that was open


def words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("skin", SKINS)
@pytest.mark.parametrize("topic", list(Topic))
def test_a_one_shot_answer_is_short_and_ends_the_session(alexa, topic, skin) -> None:
    if skin:
        alexa.say(f"ask pore coach my skin is {skin.value}")
    reply = alexa.say(f"ask pore coach {ASKED[topic]}")
    assert words(reply.speech) <= MOST_WORDS, reply.speech
    if topic is Topic.LOTION_FREQUENCY and skin is None:  # it depends: the skin type is asked
        assert not reply.ends_session and reply.speech.endswith("?") and reply.reprompt
    else:
        assert reply.ends_session and not reply.speech.endswith("?"), reply.speech


@pytest.mark.parametrize("skin", SKINS)
@pytest.mark.parametrize("topic", list(Topic))
def test_in_a_session_an_answer_and_its_offer_stay_short(alexa, topic, skin) -> None:
    if skin:
        alexa.say(f"ask pore coach my skin is {skin.value}")
    alexa.say("ask pore coach for help")
    reply = alexa.say(ASKED[topic])
    assert words(reply.speech) <= MOST_WORDS, reply.speech
    assert reply.ends_session is not reply.speech.endswith("?"), reply.speech
    if not reply.ends_session:
        assert reply.reprompt


@pytest.mark.parametrize("topic", list(Topic))
def test_inside_a_walk_the_answer_comes_back_to_the_step(alexa, topic) -> None:
    alexa.say("ask pore coach my skin is combination")
    alexa.say("yes")  # "Ready for step one?"
    alexa.say("next")
    step_three = alexa.say("next")  # the hot towel, which offers its timer
    reply = alexa.say(ASKED[topic])
    assert words(reply.speech) <= MOST_WORDS_WITH_A_QUESTION_AGAIN, reply.speech
    assert reply.speech.endswith(step_three.reprompt or ""), reply.speech
    assert not reply.ends_session
    assert "Step four" in alexa.say("next").speech


def test_a_topic_alexa_could_not_resolve_hears_the_topics_in_a_breath(alexa) -> None:
    reply = alexa.say("ask pore coach how often should i eat pizza")
    assert words(reply.speech) <= MOST_WORDS, reply.speech
    assert not reply.ends_session and reply.reprompt
