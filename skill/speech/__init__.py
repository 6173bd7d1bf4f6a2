"""Phrases by key, and every word the skill says, from one module per language and country.

A locale's words come from its country's module, then its language's, the first that has a name
wins: en-GB reads en_GB.py, then en.py; es-MX reads es_MX.py, then es.py. The language's module
has every name, a country's only what it says its own way (en.py is international English and
en_US.py says "dollars" and "moisturizer"). A language without a module speaks as en-US does.
Adding a locale is its module here, its zone in skill/zones.py, its interaction model and its
manifest entry: nothing else names locales.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
from collections.abc import Iterable
from datetime import date, time
from functools import lru_cache
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

_PACKAGE = __name__
_FALLBACK_LOCALE = "en-US"


class Words:
    """A locale's chain of speech modules, and its phrases merged along it."""

    def __init__(self, modules: tuple[ModuleType, ...]) -> None:
        self.modules = modules
        self.phrases: dict[str, tuple[str, ...]] = {}
        for module in reversed(modules):
            self.phrases.update(getattr(module, "PHRASES", {}))

    def __getattr__(self, name: str) -> Any:
        """A table or a function (WEEKDAYS, clock_time, ...), from the first module with it."""
        for module in self.modules:
            if hasattr(module, name):
                return getattr(module, name)
        raise AttributeError(f"no speech module of this locale has {name}")

    def product(self, product_id: str, field: str) -> str | None:
        for module in self.modules:
            words = getattr(module, "PRODUCTS", {}).get(product_id, {})
            if field in words:
                return str(words[field])
        return None


def _module(name: str) -> ModuleType | None:
    if importlib.util.find_spec(f"{_PACKAGE}.{name}") is None:
        return None
    return importlib.import_module(f"{_PACKAGE}.{name}")


@lru_cache(maxsize=64)  # bounded: the locale comes from the request
def words_for(locale: str | None) -> Words:
    language, _, country = (locale or "").replace("_", "-").partition("-")
    base = _module(language) if language.isidentifier() else None
    if base is None:
        return words_for(_FALLBACK_LOCALE)
    own = f"{language}_{country.upper()}"
    country_module = _module(own) if own.isidentifier() else None
    return Words((country_module, base) if country_module else (base,))


class Speech:
    def __init__(self, locale: str | None, seed: str = "") -> None:
        self._words = words_for(locale)
        # Seeded per request: varied across turns, reproducible in tests.
        self._random = random.Random(seed)

    def say(self, key: str, **values: object) -> str:
        """One variant of the phrase, values SSML-escaped."""
        variant = self._random.choice(self._words.phrases[key])
        return variant.format(**{k: escape(str(v)) for k, v in values.items()})

    def join(self, *parts: str) -> str:
        return " ".join(part for part in parts if part)

    def weekday(self, number: int) -> str:
        return str(self._words.WEEKDAYS[number])

    def day_name(self, day: date, today: date) -> str:
        """'tonight', 'tomorrow', else the weekday: as the language puts it in a sentence."""
        delta = (day - today).days
        words = self._words.DAY_WORDS
        if delta == 0:
            return str(words["tonight"])
        if delta == 1:
            return str(words["tomorrow"])
        return self.on_weekday(day.weekday())

    def on_weekday(self, number: int) -> str:
        """A weekday as a sentence puts it: "Wednesday", "el miércoles"."""
        return str(self._words.DAY_WORDS["weekday"]).format(weekday=self.weekday(number))

    def tomorrow(self) -> str:
        return str(self._words.DAY_WORDS["tomorrow"])

    def capitalised(self, text: str) -> str:
        """The first letter up, the rest as it is (brands keep their capitals)."""
        return text[:1].upper() + text[1:]

    def clock_time(self, moment: time) -> str:
        return str(self._words.clock_time(moment.hour, moment.minute))

    def ordinal(self, number: int) -> str:
        words = self._words.ORDINALS
        return str(words[number - 1]) if 0 < number <= len(words) else str(number)

    def listing(self, items: Iterable[str], last_joiner: str = "and") -> str:
        """Items joined as the language does; `last_joiner` is "and", "or" or "then"."""
        return str(self._words.listing(items, self._words.JOINERS[last_joiner]))

    def nights(self, weekdays: Iterable[int]) -> str:
        return self.listing(self.weekday(n) for n in weekdays)

    def skin(self, skin_type: str) -> str:
        return str(self._words.SKIN_TYPES[skin_type])

    def dollars(self, amount_usd: int) -> str:
        """An amount in US dollars, with the currency named as this locale's users need it."""
        return str(self._words.spoken_dollars(amount_usd, self._words.CURRENCY))

    def price(self, price_usd: int) -> str:
        return str(self._words.spoken_price(price_usd, self._words.CURRENCY))

    def product(self, product_id: str, field: str, default: str) -> str:
        """A product's words (`reason`, `spoken_name`) in this language. The catalogue holds the
        article's, in English (the default); other languages translate them (PRODUCTS)."""
        return self._words.product(product_id, field) or default

    def recipe(self, field: str, default: Any) -> Any:
        """The home-made mask's words (HOME_MADE_RECIPE), or the catalogue's English."""
        try:
            return self._words.HOME_MADE_RECIPE[field]
        except AttributeError:
            return default


words_for(_FALLBACK_LOCALE)  # at init: the words most requests need
