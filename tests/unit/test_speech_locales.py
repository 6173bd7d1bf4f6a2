"""Every locale the skill has a model for speaks wholly in its own words: every phrase, with
the English placeholders (every phrase the code asks for: test_speech_keys.py), from its country's
module and its language's, each held to the Language protocol; its own time zone default; prices
said honestly. (tests/integration/test_locale_replies.py hears them through lambda_handler.)"""

from __future__ import annotations

import importlib
import pkgutil
import string
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import skill.speech
from skill.speech import Speech, en, words_for
from skill.speech.language import NAMES, missing, wrong_kinds
from skill.zones import DEFAULT_ZONES, default_time_zone

ROOT = Path(__file__).resolve().parents[2]
LOCALES = sorted(p.stem for p in (ROOT / "interaction_models/interactionModels/custom").glob("*"))
SPEECH_MODULES = sorted(
    name for _, name, _ in pkgutil.iter_modules(skill.speech.__path__) if name != "language"
)


def fields(variant: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(variant) if name}


def test_every_model_locale_has_its_own_speech_module() -> None:
    assert {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US"} <= set(LOCALES)
    for locale in LOCALES:
        chain = [module.__name__.rpartition(".")[2] for module in words_for(locale).modules]
        # Its country's module, then its language's: no other country's words (en_US's) reach it.
        assert chain == [locale.replace("-", "_"), locale.partition("-")[0]]


@pytest.mark.parametrize("name", SPEECH_MODULES)
def test_every_speech_module_holds_the_language_protocols_names(name: str) -> None:
    """A language's module holds every name of the protocol; a country's some of them, and no
    other (a misspelt name would be silently unused); each of the right kind."""
    module = importlib.import_module(f"skill.speech.{name}")
    assert wrong_kinds(module) == {}
    if "_" in name:
        public = {n for n in vars(module) if not n.startswith("_") and n != "annotations"}
        assert public <= set(NAMES), public - set(NAMES)
    else:
        assert missing(module) == set()
        assert module.PHRASES and all(isinstance(v, tuple) for v in module.PHRASES.values())


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_every_phrase_with_the_english_placeholders(locale: str) -> None:
    phrases = words_for(locale).PHRASES
    assert set(en.PHRASES) - set(phrases) == set()
    for key, variants in en.PHRASES.items():
        english = {frozenset(fields(variant)) for variant in variants}
        for variant in phrases[key]:
            assert frozenset(fields(variant)) in english, (locale, key, variant)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_every_table_and_formatter(locale: str) -> None:
    words = words_for(locale)
    for name in ("WEEKDAYS", "ORDINALS", "DAY_WORDS", "JOINERS", "SKIN_TYPES", "CURRENCY"):
        assert getattr(words, name)
    say = Speech(locale)
    assert say.clock_time(time(21, 0)) and say.nights([0, 3]) and say.price(40)
    assert {say.skin(kind) for kind in en.SKIN_TYPES}


@pytest.mark.parametrize(
    ("locale", "zone"),
    [
        ("en-US", "America/New_York"),
        ("en-GB", "Europe/London"),
        ("en-CA", "America/Toronto"),
        ("en-AU", "Australia/Sydney"),
        ("en-IN", "Asia/Kolkata"),
        ("es-US", "America/New_York"),
        ("es-MX", "America/Mexico_City"),
        ("es-ES", "Europe/Madrid"),
        ("de-DE", "America/New_York"),
        (None, "America/New_York"),
    ],
)
def test_the_locales_zone_is_the_default(locale: str | None, zone: str) -> None:
    assert default_time_zone(locale) == zone


def test_every_model_locale_has_a_real_zone_of_its_own() -> None:
    assert set(LOCALES) <= set(DEFAULT_ZONES)
    for zone in DEFAULT_ZONES.values():
        ZoneInfo(zone)


@pytest.mark.parametrize(
    ("locale", "price", "time_said", "nights"),
    [
        ("en-US", "about forty dollars", "9:30 pm", "Monday and Thursday"),
        ("en-GB", "about forty US dollars", "9:30 pm", "Monday and Thursday"),
        ("en-AU", "about forty US dollars", "9:30 pm", "Monday and Thursday"),
        ("en-IN", "about forty US dollars", "9:30 pm", "Monday and Thursday"),
        ("en-CA", "about forty US dollars", "9:30 pm", "Monday and Thursday"),
        ("es-US", "unos cuarenta dólares estadounidenses", "las nueve y media de la noche",
         "lunes y jueves"),
        ("xx-YY", "about forty dollars", "9:30 pm", "Monday and Thursday"),
    ],
)  # fmt: skip
def test_prices_times_and_lists_as_the_locale_says_them(locale, price, time_said, nights) -> None:
    say = Speech(locale)
    assert (say.price(40), say.clock_time(time(21, 30)), say.nights([0, 3])) == (
        price,
        time_said,
        nights,
    )


def test_the_towel_is_each_countrys_own() -> None:
    towel = {locale: Speech(locale).say("step_hot_towel") for locale in LOCALES}
    assert "washcloth" in towel["en-US"] and "flannel" in towel["en-GB"]
    assert "face washer" in towel["en-AU"] and "toallita" in towel["es-US"]
