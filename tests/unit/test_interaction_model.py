"""The interaction model and the manifest: the checks a certification reviewer would make."""

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from skill.flows.evening import START_TONIGHT
from skill.flows.timers import RESUME_TASK
from skill.local.nlu import BUILT_IN_SAMPLES, InteractionModel, normalise, split_invocation
from skill.products import Currency
from skill.routine.questions import Topic

PACKAGE = Path(__file__).resolve().parents[2] / "interaction_models"
LOCALES = sorted(path.stem for path in (PACKAGE / "interactionModels" / "custom").glob("*.json"))
LANGUAGES = {
    locale: json.loads(
        (PACKAGE / "interactionModels" / "custom" / f"{locale}.json").read_text(encoding="utf-8")
    )["interactionModel"]["languageModel"]
    for locale in LOCALES
}
MODELS = {locale: InteractionModel.load(locale) for locale in LOCALES}
LANGUAGE = LANGUAGES["en-US"]
MODEL = MODELS["en-US"]
MANIFEST = json.loads((PACKAGE / "skill.json").read_text(encoding="utf-8"))["manifest"]
EN_US = MANIFEST["publishingInformation"]["locales"]["en-US"]
TASK_FILE = PACKAGE / "tasks" / "ResumeRoutine.1.json"
CATALOGUE = json.loads(
    (PACKAGE.parent / "skill" / "products" / "catalogue.json").read_text(encoding="utf-8")
)

CUSTOM_INTENTS = {
    "TonightIntent": set(),
    "SetSkinTypeIntent": {"skinType"},
    "GetSkinTypeIntent": set(),
    "StartWalkIntent": set(),
    "NextMaskNightIntent": set(),
    "GetMaskNightsIntent": set(),
    "SetMaskNightsIntent": {"firstNight", "secondNight", "thirdNight"},
    "IsMaskNightIntent": set(),
    "IsMaskNightTomorrowIntent": set(),
    "MissedMaskIntent": {"when"},
    "TomorrowIntent": set(),
    "ProgressIntent": set(),
    "RoutineDoneIntent": {"when"},
    "IrritationIntent": set(),
    "SkinFineIntent": set(),
    "SkinCheckInIntent": {"change"},
    "AddToRoutineIntent": set(),
    "RoutineHowToIntent": set(),
    "SkipTonightIntent": set(),
    "StartTimerIntent": {"timerKind", "duration"},
    "TimerStatusIntent": {"timerKind"},
    "PauseTimerIntent": {"timerKind"},
    "ResumeTimerIntent": {"timerKind"},
    "CancelTimerIntent": {"timerKind"},
    "SetReminderIntent": {"time", "reminderKind"},
    "ListRemindersIntent": set(),
    "CancelRemindersIntent": {"reminderKind"},
    "SuggestProductIntent": {"productKind", "budget", "budgetAtMost", "currency"},
    "AnotherProductIntent": set(),
    "CheaperProductIntent": set(),
    "HomeMadeMaskIntent": set(),
    "OwnProductIntent": {"productName"},
    "DropProductIntent": {"productName"},
    "ProductPriceIntent": {"productName"},
    "ListOwnedProductsIntent": set(),
    "ForgetMeIntent": set(),
    "NotSureIntent": set(),
    "RoutineQuestionIntent": {"topic"},
}
# The product intents are new enough that they must each offer at least ten ways in.
PRODUCT_INTENTS = {
    "SuggestProductIntent",
    "AnotherProductIntent",
    "CheaperProductIntent",
    "HomeMadeMaskIntent",
    "OwnProductIntent",
    "DropProductIntent",
    "ProductPriceIntent",
    "ListOwnedProductsIntent",
}
# Amazon's own slot types, with something a person might say for each, per language.
BUILT_IN_SLOT_TYPES = {
    "en": {"AMAZON.DURATION": "ten minutes", "AMAZON.TIME": "nine pm", "AMAZON.NUMBER": "thirty"},
    "es": {"AMAZON.DURATION": "diez minutos", "AMAZON.TIME": "nueve", "AMAZON.NUMBER": "treinta"},
}
TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"
REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
# The event names the skill manifest schema accepts for reminders (SMAPI EventNameType).
REMINDER_EVENTS = {
    "REMINDER_CREATED",
    "REMINDER_UPDATED",
    "REMINDER_DELETED",
    "REMINDER_STARTED",
    "REMINDER_STATUS_CHANGED",
}
BUILT_IN_INTENTS = {
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.NextIntent",
    "AMAZON.PreviousIntent",
    "AMAZON.StartOverIntent",
}
EXAMPLE_PHRASES = {
    "Alexa, open pore coach": ("launch", None),
    "Alexa, ask pore coach what's tonight": ("oneshot", "TonightIntent"),
    "Alexa, ask pore coach when is my next mask night": ("oneshot", "NextMaskNightIntent"),
}
SLOT = re.compile(r"\{(\w+)\}")


def intents_by_name(locale: str = "en-US") -> dict[str, dict]:
    return {intent["name"]: intent for intent in LANGUAGES[locale]["intents"]}


def language_of(locale: str) -> str:
    return locale.split("-")[0]


per_locale = pytest.mark.parametrize("locale", LOCALES)


def test_invocation_name_is_two_lowercase_words():
    assert LANGUAGE["invocationName"] == "pore coach"
    assert MODEL.invocation_name == "pore coach"


@per_locale
def test_the_model_declares_exactly_the_agreed_intents(locale):
    assert set(intents_by_name(locale)) == set(CUSTOM_INTENTS) | BUILT_IN_INTENTS
    assert set(MODELS[locale].custom_intents()) == set(CUSTOM_INTENTS)


@per_locale
@pytest.mark.parametrize("intent", sorted(CUSTOM_INTENTS))
def test_every_custom_intent_has_at_least_eight_distinct_samples(locale, intent):
    samples = MODELS[locale].custom_intents()[intent]
    assert len({normalise(s) for s in samples}) >= 8


@per_locale
@pytest.mark.parametrize("intent", sorted(PRODUCT_INTENTS))
def test_every_product_intent_has_at_least_ten_distinct_samples(locale, intent):
    assert len({normalise(s) for s in MODELS[locale].custom_intents()[intent]}) >= 10


@per_locale
def test_samples_are_lowercase_without_punctuation(locale):
    for intent in LANGUAGES[locale]["intents"]:
        for sample in intent.get("samples", []):
            # Letters of any alphabet, apostrophes and spaces: Alexa takes no other punctuation.
            words = SLOT.sub("", sample)
            assert re.fullmatch(r"(?:[^\W\d_]|[' ])*", words) and words == words.lower(), sample
            assert sample == sample.strip() and "  " not in sample, sample


@per_locale
def test_no_sample_belongs_to_two_intents(locale):
    owners = defaultdict(set)
    for intent in LANGUAGES[locale]["intents"]:
        for sample in intent.get("samples", []):
            owners[normalise(sample)].add(intent["name"])
    for intent, phrases in BUILT_IN_SAMPLES.items():
        for phrase in phrases:
            owners[normalise(phrase)].add(intent)
    shared = {sample: names for sample, names in owners.items() if len(names) > 1}
    assert shared == {}


@per_locale
@pytest.mark.parametrize("intent", sorted(CUSTOM_INTENTS))
def test_slots_in_samples_are_declared_and_every_declared_slot_is_used(locale, intent):
    declared = {slot["name"] for slot in intents_by_name(locale)[intent].get("slots", [])}
    samples = MODELS[locale].custom_intents()[intent]
    used = {name for sample in samples for name in SLOT.findall(sample)}
    assert declared == CUSTOM_INTENTS[intent]
    assert used == declared
    for sample in samples:  # braces only around a slot name: no stray, nested or empty ones
        assert "{" not in SLOT.sub("", sample) and "}" not in SLOT.sub("", sample), sample


@per_locale
def test_every_slot_type_used_exists_with_values_and_synonyms(locale):
    types = MODELS[locale].slot_types()
    for intent in LANGUAGES[locale]["intents"]:
        for slot in intent.get("slots", []):
            assert slot["type"] in types or slot["type"] in BUILT_IN_SLOT_TYPES["en"], slot
    for name, values in types.items():
        assert values, name
        assert all(value["name"].get("synonyms") for value in values), name


@per_locale
def test_slot_type_ids_are_the_agreed_ones(locale):
    ids = {name: [v["id"] for v in values] for name, values in MODELS[locale].slot_types().items()}
    assert ids == {
        "SkinType": ["OILY", "THICK", "COMBINATION", "NORMAL", "DRY", "SENSITIVE"],
        "Weekday": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        "TimerKind": ["TOWEL", "MASK"],
        "ReminderKind": ["NIGHTLY", "MASK"],
        "ProductKind": ["SERUM", "CLAY_MASK", "REFINING_LOTION", "ANY"],
        "ProductName": [p["id"] for p in CATALOGUE["products"] if p["kind"] != "home_made"],
        "RoutineTopic": [topic.value.upper() for topic in Topic],
        "Currency": [c.value.upper() for c in Currency if c is not Currency.OTHER],
        "PastNight": ["LAST_NIGHT"],
        "SkinChange": ["BETTER", "SAME", "WORSE"],
    }


@per_locale
def test_product_names_are_the_catalogues_bought_products_with_every_alias(locale):
    bought = [p for p in CATALOGUE["products"] if p["kind"] != "home_made"]
    owners = defaultdict(set)  # an alias two products share names neither
    for product in bought:
        for word in [product["spoken_name"], *product["aliases"]]:
            owners[normalise(word)].add(product["id"])
    values = {v["id"]: v["name"] for v in MODELS[locale].slot_types()["ProductName"]}

    assert list(values) == [product["id"] for product in bought]
    for product in bought:
        name = values[product["id"]]
        assert name["value"] == product["spoken_name"].lower()
        aliases = [a.lower() for a in product["aliases"] if len(owners[normalise(a)]) == 1]
        assert set(aliases) <= set(name["synonyms"]), product["id"]
        assert all(len(owners[normalise(s)]) == 1 for s in name["synonyms"]), product["id"]


@per_locale
def test_no_product_name_is_a_word_for_the_home_made_mask(locale):
    home_made = [p for p in CATALOGUE["products"] if p["kind"] == "home_made"]
    words = {
        normalise(word)
        for value in MODELS[locale].slot_types()["ProductName"]
        for word in [value["name"]["value"], *value["name"]["synonyms"]]
    }
    for product in home_made:
        said = {normalise(w) for w in [product["spoken_name"], *product["aliases"]]}
        assert said & words == set(), product["id"]


@pytest.mark.parametrize(
    "slot_type",
    [
        "SkinType",
        "Weekday",
        "TimerKind",
        "ReminderKind",
        "ProductKind",
        "ProductName",
        "RoutineTopic",
        "Currency",
    ],
)
@per_locale
def test_no_word_resolves_to_two_values(locale, slot_type):
    owners = defaultdict(set)
    for value in MODELS[locale].slot_types()[slot_type]:
        for word in [value["name"]["value"], *value["name"]["synonyms"]]:
            assert word == word.lower(), word
            owners[normalise(word)].add(value["id"])
    assert {word: ids for word, ids in owners.items() if len(ids) > 1} == {}


# How a budget is said decides whether its amount is in: "under forty" leaves forty out
# ({budget}); "up to forty", "about forty", "my budget is forty" let it in ({budgetAtMost}).
STRICTLY_UNDER = re.compile(r"\b(under|less than|below|menos de|por debajo de|no llegue a)\b")
# "Up to", "about", "my budget is", "nothing over", "max", "within"; "hasta", "como mucho", "que no
# pase de", "tengo": the amount itself is let in.
UP_TO = re.compile(
    r"\b(up to|about|budget is|budget's|more than|over|for|max|maximum|within"
    r"|hasta|unos|presupuesto|más de|con|no pase de|como|tengo)\b"
)


@per_locale
def test_under_fills_the_budget_and_up_to_fills_the_budget_at_most(locale):
    samples = intents_by_name(locale)["SuggestProductIntent"]["samples"]
    under = [s for s in samples if "{budget}" in s]
    at_most = [s for s in samples if "{budgetAtMost}" in s]
    assert under and at_most
    assert all(STRICTLY_UNDER.search(s) for s in under), under
    assert not any(STRICTLY_UNDER.search(s) for s in at_most), at_most
    assert all(UP_TO.search(s) for s in at_most), at_most


@per_locale
@pytest.mark.parametrize(
    ("said", "slot", "amount"),
    [("under", "budget", "forty"), ("up to", "budgetAtMost", "forty")],
)
def test_a_budget_and_its_currency_are_read_locally(locale, said, slot, amount):
    if language_of(locale) == "es":
        said = {"under": "de menos de", "up to": "de hasta"}[said]
        text, currency = f"recomiéndame una mascarilla {said} 40 euros", "euros"
    else:
        text, currency = f"a mask {said} {amount} quid", "quid"
    found = MODELS[locale].match(text)
    assert found.intent == "SuggestProductIntent", text
    assert found.slots[slot].value == "40"
    assert found.slots["currency"].resolved_id == ("EUROS" if currency == "euros" else "POUNDS")


def filled_samples(locale: str, intent: str) -> dict[str, str]:
    """Each sample with every slot given a value a person might say, by the slots' types."""
    model = MODELS[locale]
    declared = {s["name"]: s["type"] for s in intents_by_name(locale)[intent].get("slots", [])}
    values = {name: values[0]["name"]["value"] for name, values in model.slot_types().items()}
    values |= BUILT_IN_SLOT_TYPES[language_of(locale)]
    return {
        sample: SLOT.sub(lambda m: values[declared[m.group(1)]], sample)
        for sample in model.custom_intents()[intent]
    }


@per_locale
@pytest.mark.parametrize("intent", sorted(CUSTOM_INTENTS))
def test_every_sample_with_its_slots_filled_reaches_its_own_intent(locale, intent):
    """Numbers, times and durations included: the local matcher reads them in the locale's
    language, as Alexa does."""
    for sample, filled in filled_samples(locale, intent).items():
        assert MODELS[locale].match(filled).intent == intent, sample


@pytest.mark.parametrize("phrase", EXAMPLE_PHRASES)
def test_example_phrases_resolve_exactly_as_written(phrase):
    kind, intent = EXAMPLE_PHRASES[phrase]
    found_kind, rest = split_invocation(phrase, MODEL.invocation_name)
    assert found_kind == kind
    if intent is not None:
        assert MODEL.match(rest).intent == intent
        assert rest in MODEL.custom_intents()[intent]


def test_manifest_publishing_information():
    assert MANIFEST["manifestVersion"] == "1.0"
    assert EN_US["name"] == "Pore Coach"
    assert EN_US["examplePhrases"] == list(EXAMPLE_PHRASES)
    assert EN_US["summary"] and EN_US["keywords"]
    assert "not medical advice" in EN_US["description"]
    assert "dermatologist" in EN_US["description"]
    publishing = MANIFEST["publishingInformation"]
    assert "US" in publishing["distributionCountries"]  # the others: test_locale_models
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert publishing["testingInstructions"]


def test_manifest_privacy_endpoint_and_events():
    assert MANIFEST["privacyAndCompliance"] == {
        "allowsPurchases": False,
        "usesPersonalInfo": False,
        "isChildDirected": False,
        "isExportCompliant": True,
        "containsAds": False,
    }
    arn = MANIFEST["apis"]["custom"]["endpoint"]["uri"]
    assert arn.startswith("arn:aws:lambda:")
    assert MANIFEST["events"]["endpoint"]["uri"] == arn
    assert {"eventName": "SKILL_DISABLED"} in MANIFEST["events"]["subscriptions"]


def test_manifest_asks_only_for_the_timers_and_reminders_permissions():
    assert MANIFEST["permissions"] == [{"name": TIMERS_SCOPE}, {"name": REMINDERS_SCOPE}]


def test_manifest_subscribes_to_reminder_and_permission_events():
    names = [event["eventName"] for event in MANIFEST["events"]["subscriptions"]]

    assert len(names) == len(set(names))
    assert set(names) == REMINDER_EVENTS | {
        "SKILL_DISABLED",
        "SKILL_PERMISSION_ACCEPTED",
        "SKILL_PERMISSION_CHANGED",
    }
    assert set(MANIFEST["events"]) == {"endpoint", "subscriptions"}


@pytest.mark.parametrize(
    ("phrase", "intent"),
    [
        ("remind me every night at nine", "SetReminderIntent"),
        ("remind me on mask nights at eight", "SetReminderIntent"),
        ("what reminders do I have", "ListRemindersIntent"),
        ("stop my mask night reminder", "CancelRemindersIntent"),
        ("stop reminding me", "CancelRemindersIntent"),
    ],
)
def test_the_reminder_phrases_given_to_reviewers_work(phrase, intent):
    assert "reminder" in EN_US["description"]
    assert f'"{phrase}"' in MANIFEST["publishingInformation"]["testingInstructions"]
    assert MODEL.match(phrase).intent == intent


@pytest.mark.parametrize(
    ("phrase", "intent"),
    [
        ("suggest a product", "SuggestProductIntent"),
        ("something cheaper", "CheaperProductIntent"),
        ("another one", "AnotherProductIntent"),
        ("what mask should I buy under thirty dollars", "SuggestProductIntent"),
        ("how do I make a mask at home", "HomeMadeMaskIntent"),
        ("I bought the Kiehl's mask", "OwnProductIntent"),
        ("what products do I use", "ListOwnedProductsIntent"),
    ],
)
def test_the_product_phrases_given_to_reviewers_work(phrase, intent):
    assert "product suggestion" in EN_US["description"]
    assert f'"{phrase}"' in MANIFEST["publishingInformation"]["testingInstructions"]
    assert MODEL.match(phrase).intent == intent


def test_the_tasks_are_declared_and_their_files_are_in_the_package():
    assert MANIFEST["apis"]["custom"]["tasks"] == [
        {"name": RESUME_TASK, "version": "1"},
        {"name": START_TONIGHT, "version": "1"},
    ]
    for task in MANIFEST["apis"]["custom"]["tasks"]:
        assert (PACKAGE / "tasks" / f"{task['name']}.{task['version']}.json").is_file()


@pytest.mark.parametrize(
    ("name", "scope"),
    # A timer's relaunch is ours alone; an evening routine's action must be usable by routines.
    [(RESUME_TASK, "vendor-private"), (START_TONIGHT, "public")],
)
def test_each_task_file_is_an_openapi_3_definition_of_one_post_path(name, scope):
    task = json.loads((PACKAGE / "tasks" / f"{name}.1.json").read_text())

    assert re.fullmatch(r"3\.\d+\.\d+", task["openapi"])
    assert task["info"]["title"]
    assert task["info"]["version"] == "1"
    assert task["info"]["x-amzn-alexa-access-scope"] == scope
    assert list(task["paths"]) == [f"/{name}"]
    path = task["paths"][f"/{name}"]
    assert path["summary"] and path["description"]
    assert set(path) == {"summary", "description", "post"}  # POST is the only method allowed
    assert set(path["post"]["responses"]) >= {"200", "400"}
    assert list(path["post"]["requestBody"]["content"]) == ["application/json"]


def test_start_tonight_takes_no_input_and_is_titled_in_every_locale_of_the_skill():
    """Routines show the title: in the language of each locale the skill speaks."""
    task = json.loads((PACKAGE / "tasks" / f"{START_TONIGHT}.1.json").read_text())
    body = task["paths"][f"/{START_TONIGHT}"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"type": "object", "additionalProperties": False}
    assert all(example["value"] == {} for example in body["examples"].values())
    titles = task["info"]["x-amzn-display-details"]
    assert set(titles) == set(MANIFEST["publishingInformation"]["locales"])
    for locale, shown in titles.items():
        spanish = locale.startswith("es")
        assert shown["title"] and shown["description"]
        assert ("noche" in shown["title"]) is spanish, locale


def test_the_task_input_carries_the_night_and_the_step():
    task = json.loads(TASK_FILE.read_text())
    body = task["paths"][f"/{RESUME_TASK}"]["post"]["requestBody"]["content"]["application/json"]
    ref = body["schema"]["$ref"]
    assert ref.startswith("#/components/schemas/")  # only inline references are allowed
    schema = task["components"]["schemas"][ref.rsplit("/", 1)[1]]

    night, step = schema["properties"]["night"], schema["properties"]["step"]
    assert (night["type"], night["format"], step["type"]) == ("string", "date", "integer")
    assert set(schema["required"]) == {"night", "step"}
    for example in body["examples"].values():
        given = example["value"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", given["night"]), example
        assert isinstance(given["step"], int) and given["step"] >= 0, example


def test_manifest_declares_apl_for_the_viewports_the_layouts_support():
    interfaces = MANIFEST["apis"]["custom"]["interfaces"]
    apl = [i for i in interfaces if i["type"] == "ALEXA_PRESENTATION_APL"]
    assert len(apl) == 1
    shapes = {(v["mode"], v["shape"]) for v in apl[0]["supportedViewports"]}
    assert shapes == {("HUB", "ROUND"), ("HUB", "RECTANGLE"), ("TV", "RECTANGLE")}
    hubs = [v for v in apl[0]["supportedViewports"] if v["shape"] == "RECTANGLE"]
    portrait = [v for v in hubs if v["minHeight"] > v["maxWidth"]]
    assert len(hubs) == 5 and len(portrait) == 1  # landscape small, medium, large; portrait; TV
    for viewport in apl[0]["supportedViewports"]:
        assert viewport["minWidth"] <= viewport["maxWidth"]
        assert viewport["minHeight"] <= viewport["maxHeight"]
