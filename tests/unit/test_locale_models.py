"""Every locale against en-US: the same intents, slots and value ids (so the code resolves the same
ids whatever the locale), at least as many ways to say each thing, in the locale's own words, and
a manifest entry whose example phrases work as written. Then the deployment files."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from skill.local.nlu import InteractionModel, normalise, split_invocation

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "interaction_models"
CUSTOM = PACKAGE / "interactionModels" / "custom"
LOCALES = sorted(path.stem for path in CUSTOM.glob("*.json"))
OTHER_LOCALES = [locale for locale in LOCALES if locale != "en-US"]
INTERACTION = {
    locale: json.loads((CUSTOM / f"{locale}.json").read_text(encoding="utf-8"))["interactionModel"]
    for locale in LOCALES
}
MODELS = {locale: InteractionModel.load(locale) for locale in LOCALES}
MANIFEST = json.loads((PACKAGE / "skill.json").read_text(encoding="utf-8"))["manifest"]
PUBLISHING = MANIFEST["publishingInformation"]
INVOCATION_NAMES = {"en": "pore coach", "es": "entrenador de poros"}
# Said in the description of every locale, in its language.
NOT_MEDICAL_ADVICE = {
    "en": ("not medical advice", "dermatologist"),
    "es": ("no es consejo médico", "dermatólogo"),
}
# Outside the US the article's prices are said to be US dollars.
US_DOLLARS = {"en": "US dollars", "es": "dólares estadounidenses"}
# Example phrases as the manifest lists them, with the intent each one asks for (None: it opens
# the skill). Any locale's phrases are checked without being listed here; these are pinned.
EXAMPLE_PHRASES = {
    "en-US": {
        "Alexa, open pore coach": None,
        "Alexa, ask pore coach what's tonight": "TonightIntent",
        "Alexa, ask pore coach when is my next mask night": "NextMaskNightIntent",
    },
    "en-GB": {
        "Alexa, open pore coach": None,
        "Alexa, ask pore coach what's tonight": "TonightIntent",
        "Alexa, ask pore coach when's my next mask night": "NextMaskNightIntent",
    },
    "en-CA": {
        "Alexa, open pore coach": None,
        "Alexa, ask pore coach what's tonight": "TonightIntent",
        "Alexa, ask pore coach what are my mask nights": "GetMaskNightsIntent",
    },
    "en-AU": {
        "Alexa, open pore coach": None,
        "Alexa, ask pore coach what's on tonight": "TonightIntent",
        "Alexa, ask pore coach is tonight a mask night": "IsMaskNightIntent",
    },
    "en-IN": {
        "Alexa, open pore coach": None,
        "Alexa, ask pore coach what is tonight's routine": "TonightIntent",
        "Alexa, ask pore coach when is my next mask night": "NextMaskNightIntent",
    },
    "es-US": {
        "Alexa, abre entrenador de poros": None,
        "Alexa, pregúntale a entrenador de poros qué me toca esta noche": "TonightIntent",
        "Alexa, pregúntale a entrenador de poros cuándo es mi próxima noche de mascarilla": (
            "NextMaskNightIntent"
        ),
    },
    "es-MX": {
        "Alexa, abre entrenador de poros": None,
        "Alexa, pregúntale a entrenador de poros qué me toca esta noche": "TonightIntent",
        "Alexa, pregúntale a entrenador de poros cuándo me toca la próxima mascarilla": (
            "NextMaskNightIntent"
        ),
    },
    "es-ES": {
        "Alexa, abre entrenador de poros": None,
        "Alexa, pregúntale a entrenador de poros qué me toca esta noche": "TonightIntent",
        "Alexa, pregúntale a entrenador de poros cuáles son mis noches de mascarilla": (
            "GetMaskNightsIntent"
        ),
    },
}
# A locale's own words: each must reach its intent with these slot ids in that locale's model.
LOCAL_WORDS = {
    "en-GB": [
        ("start the flannel timer", "StartTimerIntent", {"timerKind": "TOWEL"}),
        ("how hot should the flannel be", "RoutineQuestionIntent", {"topic": "TOWEL"}),
        ("i'll give tonight a miss", "SkipTonightIntent", {}),
        ("how do i minimise my pores", "RoutineQuestionIntent", {"topic": "PORES"}),
        ("what mask should i buy under thirty dollars", "SuggestProductIntent", {}),
        ("that's a bit pricey", "CheaperProductIntent", {}),
        (
            "what mask should i buy under twenty pounds",
            "SuggestProductIntent",
            {"currency": "POUNDS"},
        ),
        ("a face pack for less than ten quid", "SuggestProductIntent", {"currency": "POUNDS"}),
    ],
    "en-CA": [
        ("start the facecloth timer", "StartTimerIntent", {"timerKind": "TOWEL"}),
        ("what colour should the clay be", "RoutineQuestionIntent", {"topic": "CLAY"}),
        ("i'm going to skip tonight", "SkipTonightIntent", {}),
        (
            "what's a good mask under thirty five bucks",
            "SuggestProductIntent",
            {"productKind": "CLAY_MASK", "currency": "DOLLARS"},
        ),
    ],
    "en-AU": [
        ("start the face washer timer", "StartTimerIntent", {"timerKind": "TOWEL"}),
        ("how hot should the face washer be", "RoutineQuestionIntent", {"topic": "TOWEL"}),
        ("remind me this arvo at four", "SetReminderIntent", {}),
        ("what serum do you reckon", "SuggestProductIntent", {"productKind": "SERUM"}),
        ("chuck a timer on", "StartTimerIntent", {}),
        ("got a good serum under fifty bucks", "SuggestProductIntent", {"currency": "DOLLARS"}),
    ],
    "en-IN": [
        ("what is tonight's routine", "TonightIntent", {}),
        ("kindly set a reminder for nine pm", "SetReminderIntent", {}),
        ("suggest me a face pack", "SuggestProductIntent", {"productKind": "CLAY_MASK"}),
        ("is multani mitti good for pores", "RoutineQuestionIntent", {"topic": "CLAY"}),
        ("i'm having oily skin", "SetSkinTypeIntent", {"skinType": "OILY"}),
        ("how much time is remaining", "TimerStatusIntent", {}),
        (
            "suggest me a face pack under two thousand rupees",
            "SuggestProductIntent",
            {"productKind": "CLAY_MASK", "currency": "RUPEES"},
        ),
    ],
    "es-US": [
        ("¿Qué me toca esta noche?", "TonightIntent", {}),
        ("ponme un temporizador para la mascarilla", "StartTimerIntent", {"timerKind": "MASK"}),
        ("pon el temporizador de la toallita", "StartTimerIntent", {"timerKind": "TOWEL"}),
        (
            "recuérdame todas las noches a las nueve",
            "SetReminderIntent",
            {"reminderKind": "NIGHTLY"},
        ),
        ("cuánto tiempo me dejo la mascarilla", "RoutineQuestionIntent", {"topic": "MASK_TIME"}),
        ("cada cuánto debo usar el tónico", "RoutineQuestionIntent", {"topic": "LOTION_FREQUENCY"}),
        ("qué mascarilla compro por menos de treinta dólares", "SuggestProductIntent", {}),
        (
            "cambia mis noches de mascarilla al martes y al sábado",
            "SetMaskNightsIntent",
            {"firstNight": "TU", "secondNight": "SA"},
        ),
        ("tengo la piel grasosa", "SetSkinTypeIntent", {"skinType": "OILY"}),
        (
            "compré la mascarilla de kiehl's",
            "OwnProductIntent",
            {"productName": "kiehls-rare-earth-pore-cleansing-mask"},
        ),
        ("se me olvidó la mascarilla", "MissedMaskIntent", {}),
        ("no sé", "NotSureIntent", {}),
    ],
    "es-MX": [
        ("¿Qué me toca esta noche?", "TonightIntent", {}),
        ("hoy me da flojera", "SkipTonightIntent", {}),
        ("ponme un timer para la mascarilla", "StartTimerIntent", {"timerKind": "MASK"}),
        ("traigo la piel grasosa", "SetSkinTypeIntent", {"skinType": "OILY"}),
        ("está carísimo", "CheaperProductIntent", {}),
        (
            "recomiéndame una mascarilla de menos de quinientos pesos",
            "SuggestProductIntent",
            {"productKind": "CLAY_MASK", "currency": "PESOS"},
        ),
        ("otra", "AnotherProductIntent", {}),
    ],
    "es-ES": [
        ("¿Qué me toca esta noche?", "TonightIntent", {}),
        ("se me ha olvidado la mascarilla", "MissedMaskIntent", {}),
        ("cómo de caliente debe estar la toalla", "RoutineQuestionIntent", {"topic": "TOWEL"}),
        (
            "pon mis noches de mascarilla el lunes por la noche y el jueves",
            "SetMaskNightsIntent",
            {"firstNight": "MO", "secondNight": "TH"},
        ),
        ("hoy paso de la rutina", "SkipTonightIntent", {}),
        ("una mascarilla de hasta treinta euros", "SuggestProductIntent", {"currency": "EUROS"}),
        (
            "he comprado la mascarilla de hauschka",
            "OwnProductIntent",
            {"productName": "dr-hauschka-cleansing-clay-mask"},
        ),
    ],
}
# Words for currencies other than the dollar, in either language.
OTHER_CURRENCIES = re.compile(
    r"\b(quids?|pounds?|rupees?|euros?|pesos?|loonies?|libras?|rupias?|esterlinas?|varos)\b"
)
DOLLAR_WORDS = re.compile(r"\b(dollars?|dólar(es)?|bucks?)\b")
SLOT = re.compile(r"\{(\w+)\}")

per_other_locale = pytest.mark.parametrize("locale", OTHER_LOCALES)
per_locale = pytest.mark.parametrize("locale", LOCALES)


def language_of(locale: str) -> str:
    return locale.split("-")[0]


def intents(locale: str) -> dict[str, dict]:
    return {i["name"]: i for i in INTERACTION[locale]["languageModel"]["intents"]}


def slot_types(locale: str) -> dict[str, list[dict]]:
    return {t["name"]: t["values"] for t in INTERACTION[locale]["languageModel"]["types"]}


def written(text: str) -> str:
    """A sample as Alexa compares two of them: case and spacing aside."""
    return " ".join(text.lower().split())


def test_the_manifest_lists_exactly_the_locales_that_have_a_model():
    assert set(PUBLISHING["locales"]) == set(LOCALES)


def test_the_skill_is_offered_in_the_countries_of_its_locales():
    assert PUBLISHING["isAvailableWorldwide"] is False
    countries = PUBLISHING["distributionCountries"]
    assert len(countries) == len(set(countries))
    assert set(countries) == {locale.split("-")[1] for locale in LOCALES}


@per_other_locale
def test_every_intent_has_the_slots_of_en_us(locale):
    def slots(of: str) -> dict[str, list[tuple[str, str]]]:
        return {
            name: [(s["name"], s["type"]) for s in intent.get("slots", [])]
            for name, intent in intents(of).items()
        }

    assert slots(locale) == slots("en-US")


@per_other_locale
def test_every_slot_type_has_the_value_ids_of_en_us(locale):
    def ids(of: str) -> dict[str, list[str]]:
        return {name: [v["id"] for v in values] for name, values in slot_types(of).items()}

    assert ids(locale) == ids("en-US")
    for values in slot_types(locale).values():
        assert all(value["name"]["value"] and value["name"]["synonyms"] for value in values)


@per_other_locale
def test_every_intent_has_at_least_as_many_samples_as_in_en_us(locale):
    def counts(of: str) -> dict[str, int]:
        return {name: len(intent.get("samples", [])) for name, intent in intents(of).items()}

    short = {
        name: (count, counts("en-US")[name])
        for name, count in counts(locale).items()
        if count < counts("en-US")[name]
    }
    assert short == {}


@per_other_locale
def test_the_dialog_and_its_prompts_are_those_of_en_us_in_the_locales_words(locale):
    def shape(of: str) -> list:
        return [
            (
                intent["name"],
                intent["delegationStrategy"],
                [
                    (s["name"], s["type"], s["elicitationRequired"], s["prompts"])
                    for s in intent["slots"]
                ],
            )
            for intent in INTERACTION[of]["dialog"]["intents"]
        ]

    assert shape(locale) == shape("en-US")
    prompts = {p["id"]: p["variations"] for p in INTERACTION[locale]["prompts"]}
    assert set(prompts) == {p["id"] for p in INTERACTION["en-US"]["prompts"]}
    for variations in prompts.values():
        assert variations and all(v["type"] == "PlainText" and v["value"] for v in variations)
    for name, intent in intents("en-US").items():
        for slot in intent.get("slots", []):
            theirs = next(s for s in intents(locale)[name]["slots"] if s["name"] == slot["name"])
            assert len(theirs.get("samples", [])) >= len(slot.get("samples", [])), slot["name"]
            for sample in theirs.get("samples", []):
                assert set(SLOT.findall(sample)) == {slot["name"]}, sample


@per_locale
def test_no_sample_is_written_twice(locale):
    """Alexa refuses a model with one sample twice, in one intent or in two."""
    said = Counter(
        written(sample)
        for intent in intents(locale).values()
        for sample in intent.get("samples", [])
    )
    assert {sample: n for sample, n in said.items() if n > 1} == {}
    for intent in intents(locale).values():
        for slot in intent.get("slots", []):
            slot_said = Counter(written(sample) for sample in slot.get("samples", []))
            assert {s: n for s, n in slot_said.items() if n > 1} == {}, slot["name"]


@per_locale
def test_samples_have_matching_braces_around_declared_slots_only(locale):
    for name, intent in intents(locale).items():
        declared = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            assert sample.count("{") == sample.count("}") == len(SLOT.findall(sample)), sample
            assert set(SLOT.findall(sample)) <= declared, (name, sample)
            assert len(SLOT.findall(sample)) == len(set(SLOT.findall(sample))), sample


@per_locale
def test_the_invocation_name_is_the_languages_in_two_or_more_lowercase_words(locale):
    name = INTERACTION[locale]["languageModel"]["invocationName"]
    assert name == INVOCATION_NAMES[language_of(locale)]
    assert name == name.lower() and len(name.split()) >= 2
    assert MODELS[locale].invocation_name == name


@per_locale
def test_the_publishing_information_is_complete_in_the_locales_language(locale):
    entry = PUBLISHING["locales"][locale]
    language = language_of(locale)
    assert entry["name"] and entry["summary"] and entry["keywords"]
    assert len(entry["summary"]) <= 160 and len(entry["description"]) <= 4000
    assert len(entry["keywords"]) <= 30 and len(set(entry["keywords"])) == len(entry["keywords"])
    assert all(phrase in entry["description"] for phrase in NOT_MEDICAL_ADVICE[language])
    if locale in EXAMPLE_PHRASES:
        assert entry["examplePhrases"] == list(EXAMPLE_PHRASES[locale])
    if locale != "en-US":
        assert US_DOLLARS[language] in entry["description"]


EXAMPLES = [
    (locale, phrase)
    for locale in LOCALES
    for phrase in PUBLISHING["locales"][locale]["examplePhrases"]
]
# Words that may join the invocation name to the request: "ask pore coach to ...".
JOINERS = re.compile(r"^(?:to|for|about|if|whether|si|que) ")


def asked_of(locale: str, phrase: str) -> str:
    """What an example phrase asks once "Alexa, <launch words> <invocation name>" is said."""
    return JOINERS.sub("", phrase.split(f" {MODELS[locale].invocation_name}", 1)[1].strip())


def intent_of(locale: str, phrase: str) -> str | None:
    """The intent whose sample the phrase asks as written; None when it only opens the skill."""
    asked = normalise(asked_of(locale, phrase))
    if not asked:
        return None
    owners = [
        name
        for name, samples in MODELS[locale].custom_intents().items()
        if asked in {normalise(sample) for sample in samples}
    ]
    assert len(owners) == 1, (phrase, owners)
    return owners[0]


@pytest.mark.parametrize(("locale", "phrase"), EXAMPLES)
def test_an_example_phrase_asks_a_sample_of_its_locale_as_written(locale, phrase):
    assert phrase.startswith("Alexa, ") and f" {MODELS[locale].invocation_name}" in phrase
    intent = intent_of(locale, phrase)
    if intent is not None:
        assert MODELS[locale].match(asked_of(locale, phrase)).intent == intent
    if phrase in EXAMPLE_PHRASES.get(locale, {}):
        assert intent == EXAMPLE_PHRASES[locale][phrase]


@pytest.mark.parametrize(("locale", "phrase"), EXAMPLES)
def test_example_phrases_resolve_as_written_in_their_own_locale(locale, phrase):
    model, intent = MODELS[locale], intent_of(locale, phrase)
    kind, rest = split_invocation(phrase, model.invocation_name)
    assert kind == ("launch" if intent is None else "oneshot")
    if intent is not None:
        assert model.match(rest).intent == intent


@pytest.mark.parametrize(
    ("locale", "utterance", "intent", "slots"),
    [(locale, *case) for locale in OTHER_LOCALES for case in LOCAL_WORDS.get(locale, [])],
)
def test_the_locales_own_words_are_understood(locale, utterance, intent, slots):
    found = MODELS[locale].match(utterance)
    assert found.intent == intent
    assert {name: slot.resolved_id for name, slot in found.slots.items() if name in slots} == slots
    assert all(slot.status != "ER_SUCCESS_NO_MATCH" for slot in found.slots.values()), found


# What Alexa would send for words the local matcher (skill.local.nlu) does not read yet: the
# British "half nine", Spanish times, numbers and durations, and Spanish yes and no.
READ_AS_ALEXA_READS_THEM = [  # the locale's own numbers, times and durations
    ("en-GB", "remind me every night at half nine", "SetReminderIntent", ("time", "09:30")),
    (
        "es-US",
        "recuérdame todas las noches a las nueve de la noche",
        "SetReminderIntent",
        ("time", "21:00"),
    ),
    (
        "es-US",
        "qué mascarilla compro por menos de treinta dólares",
        "SuggestProductIntent",
        ("budget", "30"),
    ),
    (
        "es-US",
        "ponme un temporizador de diez minutos para la mascarilla",
        "StartTimerIntent",
        ("duration", "PT10M"),
    ),
]


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [("sí", "AMAZON.YesIntent"), ("no gracias", "AMAZON.NoIntent"),
     ("siguiente", "AMAZON.NextIntent"), ("ayuda", "AMAZON.HelpIntent"),
     ("para", "AMAZON.StopIntent"), ("cancela", "AMAZON.CancelIntent")],
)  # fmt: skip
def test_the_spanish_built_in_words_are_read_locally(utterance, intent):
    assert MODELS["es-US"].match(utterance).intent == intent


@pytest.mark.parametrize(
    ("locale", "utterance", "intent", "slot"),
    [case for case in READ_AS_ALEXA_READS_THEM if case[0] in LOCALES],
)
def test_words_alexa_reads_in_the_locale_are_read_locally(locale, utterance, intent, slot):
    found = MODELS[locale].match(utterance)
    assert found.intent == intent
    if slot is not None:
        assert found.slots[slot[0]].value == slot[1]


@per_locale
def test_other_currencies_are_heard_only_as_currencies_never_as_dollars(locale):
    """The article's prices are US dollars: "under twenty pounds" must be heard (so the skill can
    say the prices are US dollars), never read as twenty dollars, and no sample names one."""
    model = json.loads(json.dumps(INTERACTION[locale]))
    language = model["languageModel"]
    currencies = {v["id"]: v["name"] for v in slot_types(locale)["Currency"]}
    language["types"] = [t for t in language["types"] if t["name"] != "Currency"]
    assert OTHER_CURRENCIES.findall(json.dumps(model, ensure_ascii=False).lower()) == []
    for value_id, name in currencies.items():
        words = [name["value"], *name["synonyms"]]
        dollars = [word for word in words if DOLLAR_WORDS.search(word)]
        assert dollars == (words if value_id == "DOLLARS" else []), value_id
        assert not any(OTHER_CURRENCIES.search(word) for word in dollars), value_id
    said = [s for s in intents(locale)["SuggestProductIntent"]["samples"] if "{currency}" in s]
    assert said and all(re.search(r"\{(budget|budgetAtMost)\} \{currency\}", s) for s in said)


def test_ask_deploy_finds_the_skill_package():
    resources = json.loads((ROOT / "ask-resources.json").read_text(encoding="utf-8"))
    assert resources["askcliResourcesVersion"] == "2020-03-31"
    profile = resources["profiles"]["default"]
    # The code is deployed by SAM: no code and no infrastructure for the ASK CLI to deploy.
    assert profile == {"skillMetadata": {"src": "./interaction_models"}}
    assert (ROOT / profile["skillMetadata"]["src"] / "skill.json").is_file()


def test_the_workflow_runs_the_readmes_test_command_on_every_push_and_pull_request():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "test.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    assert uses["actions/checkout"]["uses"] == "actions/checkout@v4"
    python = uses["actions/setup-python"]
    assert python["uses"] == "actions/setup-python@v5"
    assert str(python["with"]["python-version"]) == "3.13"
    assert python["with"]["cache"] == "pip"
    assert python["with"]["cache-dependency-path"] == "requirements-dev.lock"
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert any(step.get("run", "").strip() == "make test" for step in steps)


@pytest.mark.parametrize(
    ("locale", "utterance", "intent"),
    [
        # After "pídele a entrenador de poros que …" Alexa hears the subjunctive.
        ("es-US", "me recuerde todas las noches a las nueve", "SetReminderIntent"),
        ("es-US", "continúe mi rutina", "StartWalkIntent"),
        ("es-MX", "me recomiende una mascarilla", "SuggestProductIntent"),
        ("es-MX", "pause el temporizador", "PauseTimerIntent"),
        ("es-ES", "reanude el temporizador", "ResumeTimerIntent"),
        ("es-ES", "cancele el temporizador", "CancelTimerIntent"),
        ("es-US", "cambie mis noches de mascarilla al martes y al sábado", "SetMaskNightsIntent"),
        ("es-ES", "borre mis datos", "ForgetMeIntent"),
        ("es-US", "reanuda mi rutina", "StartWalkIntent"),
        ("es-MX", "cómo hago una mascarilla casera", "HomeMadeMaskIntent"),
        ("es-ES", "más barata", "CheaperProductIntent"),
        ("es-US", "ponme un temporizador de diez minutos para la mascarilla", "StartTimerIntent"),
        # A skin type named with a hedge, a correction or local words around it.
        ("en-US", "i think it's dry", "SetSkinTypeIntent"),
        ("en-US", "no dry", "SetSkinTypeIntent"),
        ("en-IN", "my skin is very oily yaar", "SetSkinTypeIntent"),
        ("es-ES", "creo que seca", "SetSkinTypeIntent"),
        # Everyday phrasings.
        ("en-US", "why does the towel need to be warm", "RoutineQuestionIntent"),
        ("en-GB", "how long is left on the towel", "TimerStatusIntent"),
        ("en-US", "how many minutes left on my mask", "TimerStatusIntent"),
        ("en-CA", "change my skin type", "SetSkinTypeIntent"),
        ("en-AU", "what step am i on", "AMAZON.RepeatIntent"),
        ("en-IN", "i bought a mask from the drugstore", "OwnProductIntent"),
        ("es-MX", "en qué paso voy", "AMAZON.RepeatIntent"),
        # Local words, built-in intents included.
        ("es-ES", "venga", "AMAZON.YesIntent"),
        ("en-GB", "go on then", "AMAZON.YesIntent"),
        ("en-GB", "cheers", "AMAZON.YesIntent"),
        ("en-GB", "no ta", "AMAZON.NoIntent"),
        ("en-GB", "carry on with my routine", "StartWalkIntent"),
        ("en-AU", "yeah nah", "AMAZON.NoIntent"),
        # Tomorrow's plan, a product's price or one no longer used, last night's mask, resume.
        ("es-ES", "qué me toca mañana", "TomorrowIntent"),
        ("es-MX", "cada cuánto me pongo la mascarilla", "RoutineQuestionIntent"),
        ("en-US", "i missed my mask last night", "MissedMaskIntent"),
        ("en-GB", "i don't have the kiehl's mask anymore", "DropProductIntent"),
        ("en-US", "how much is the kiehl's mask", "ProductPriceIntent"),
        ("en-US", "resume", "ResumeTimerIntent"),
    ],
)
def test_the_way_people_say_it_in_each_locale_reaches_the_intent(locale, utterance, intent):
    assert MODELS[locale].match(utterance).intent == intent
