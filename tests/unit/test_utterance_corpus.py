"""How people talk to a speaker, checked against each locale's model with the local matcher.

`tests/utterances/<locale>.yaml` lists, intent by intent, phrasings written the way people speak
(hedges, fillers, politeness, corrections, local idiom, the Spanish subjunctive after "que"),
each with the slot values Alexa should send: a custom slot's value id ("OILY"), a built-in
slot's value as Alexa writes it ("PT10M", "21:00", "40"). A line may carry the invocation
("ask pore coach to ...", "pídele a entrenador de poros que ..."); the rest is what is matched.
The models grow until every line reaches its intent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from skill.local.nlu import InteractionModel, normalise, split_invocation

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "utterances"
MODELS_DIR = ROOT / "interaction_models" / "interactionModels" / "custom"
LOCALES = sorted(path.stem for path in MODELS_DIR.glob("*.json"))
# The built-in intents people use inside the skill's questions and walk, ten ways each at least.
BUILT_INS_PEOPLE_USE = (
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.HelpIntent",
    "AMAZON.NextIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.PreviousIntent",
)
PER_CUSTOM_INTENT = 25
PER_BUILT_IN = 10


def corpus(locale: str) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """{intent: [(utterance, {slot: expected value})]} as the locale's file lists it."""
    data = yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))
    lines: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for intent, entries in data.items():
        lines[intent] = []
        for entry in entries:
            said, slots = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
            lines[intent].append((str(said), {k: str(v) for k, v in (slots or {}).items()}))
    return lines


def heard(model: InteractionModel, said: str) -> str:
    """The words matched against the model: a one-shot's request without its invocation."""
    kind, rest = split_invocation(said, model.invocation_name)
    return rest if kind == "oneshot" else said


CASES = [
    pytest.param(locale, intent, said, slots, id=f"{locale}:{intent}:{said}")
    for locale in LOCALES
    if (CORPUS / f"{locale}.yaml").exists()
    for intent, lines in corpus(locale).items()
    for said, slots in lines
]
MODELS = {locale: InteractionModel.load(locale) for locale in LOCALES}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_a_corpus_with_enough_phrasings_for_each_intent(locale):
    lines = corpus(locale)
    wanted = dict.fromkeys(MODELS[locale].custom_intents(), PER_CUSTOM_INTENT)
    wanted |= dict.fromkeys(BUILT_INS_PEOPLE_USE, PER_BUILT_IN)
    short = {
        intent: len({normalise(said) for said, _ in lines.get(intent, [])})
        for intent, least in wanted.items()
        if len({normalise(said) for said, _ in lines.get(intent, [])}) < least
    }
    assert not short, f"{locale}: too few distinct phrasings {short}"


@pytest.mark.parametrize("locale", LOCALES)
def test_no_phrasing_is_listed_twice_or_under_two_intents(locale):
    model = MODELS[locale]
    said = Counter(normalise(heard(model, s)) for ls in corpus(locale).values() for s, _ in ls)
    assert not [words for words, times in said.items() if times > 1]


@pytest.mark.parametrize(("locale", "intent", "said", "slots"), CASES)
def test_each_phrasing_reaches_its_intent_with_its_slot_values(locale, intent, said, slots):
    match = MODELS[locale].match(heard(MODELS[locale], said))
    assert match.intent == intent
    got = {
        name: slot.resolved_id or slot.value
        for name, slot in match.slots.items()
        if slot.value is not None
    }
    assert got == slots
