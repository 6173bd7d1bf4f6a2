"""Every locale the skill has a model for speaks wholly in its own words: every phrase the code
asks for, with the English placeholders; its own time zone default; prices said honestly.
(tests/integration/test_locale_replies.py hears them through the real lambda_handler.)"""

from __future__ import annotations

import re
import string
from datetime import time
from pathlib import Path

import pytest

from skill.speech import Speech, default_time_zone, en, words_for

ROOT = Path(__file__).resolve().parents[2]
SKILL = ROOT / "skill"
LOCALES = sorted(p.stem for p in (ROOT / "interaction_models/interactionModels/custom").glob("*"))
SAID_KEYS = re.compile(r"""\.say\(\s*["']([a-z_0-9]+)["']""")


def fields(variant: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(variant) if name}


def test_every_model_locale_has_its_own_speech_module() -> None:
    assert {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US"} <= set(LOCALES)
    for locale in LOCALES:
        own = words_for(locale).modules[0].__name__.rpartition(".")[2]
        assert own == locale.replace("-", "_")


def test_every_phrase_the_code_asks_for_is_in_english() -> None:
    asked = {
        key
        for source in SKILL.rglob("*.py")
        if "local" not in source.parts
        for key in SAID_KEYS.findall(source.read_text(encoding="utf-8"))
    }
    assert asked and asked - set(en.PHRASES) == set()


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_every_phrase_with_the_english_placeholders(locale: str) -> None:
    phrases = words_for(locale).phrases
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
