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
from typing import TypeVar, cast
from xml.sax.saxutils import escape

from skill.speech.language import ProductWords, as_language, wrong_kinds

_PACKAGE = __name__
_FALLBACK_LOCALE = "en-US"
T = TypeVar("T")


class Words:
    """A locale's words, a `Language` of its own: each name from its country's module when that
    has it, else from its language's; phrases, and each product's words, merged key by key.

    `modules` is the chain: the country's module (when there is one) first, the language's last.
    """

    def __init__(self, modules: tuple[ModuleType, ...]) -> None:
        *countries, base = modules
        language = as_language(base)
        for module in countries:
            if wrong_kinds(module):
                raise TypeError(f"{module.__name__} holds {wrong_kinds(module)}")
        self.modules = modules
        self._countries = tuple(countries)
        self.PHRASES: dict[str, tuple[str, ...]] = dict(language.PHRASES)
        self.PRODUCTS: ProductWords = dict(language.PRODUCTS)
        for module in reversed(countries):
            self.PHRASES.update(getattr(module, "PHRASES", {}))
            for product_id, words in getattr(module, "PRODUCTS", {}).items():
                self.PRODUCTS[product_id] = {**self.PRODUCTS.get(product_id, {}), **words}
        self.WEEKDAYS = self._first("WEEKDAYS", language.WEEKDAYS)
        self.ORDINALS = self._first("ORDINALS", language.ORDINALS)
        self.DAY_WORDS = self._first("DAY_WORDS", language.DAY_WORDS)
        self.JOINERS = self._first("JOINERS", language.JOINERS)
        self.SKIN_TYPES = self._first("SKIN_TYPES", language.SKIN_TYPES)
        self.CURRENCY = self._first("CURRENCY", language.CURRENCY)
        self.HOME_MADE_RECIPE = self._first("HOME_MADE_RECIPE", language.HOME_MADE_RECIPE)
        self.listing = self._first("listing", language.listing)
        self.clock_time = self._first("clock_time", language.clock_time)
        self.spoken_dollars = self._first("spoken_dollars", language.spoken_dollars)
        self.spoken_price = self._first("spoken_price", language.spoken_price)
        self.timer_length = self._first("timer_length", language.timer_length)

    def _first(self, name: str, language_own: T) -> T:
        """The first country module's `name` (of the language's kind: checked above), else the
        language's own."""
        for module in self._countries:
            if hasattr(module, name):
                return cast(T, getattr(module, name))
        return language_own

    def product(self, product_id: str, field: str) -> str | None:
        return self.PRODUCTS.get(product_id, {}).get(field)


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
        variant = self._random.choice(self._words.PHRASES[key])
        return variant.format(**{k: escape(str(v)) for k, v in values.items()})

    def join(self, *parts: str) -> str:
        return " ".join(part for part in parts if part)

    def weekday(self, number: int) -> str:
        return self._words.WEEKDAYS[number]

    def day_name(self, day: date, today: date) -> str:
        """'tonight', 'tomorrow', else the weekday: as the language puts it in a sentence."""
        delta = (day - today).days
        words = self._words.DAY_WORDS
        if delta == 0:
            return words["tonight"]
        if delta == 1:
            return words["tomorrow"]
        return self.on_weekday(day.weekday())

    def on_weekday(self, number: int) -> str:
        """A weekday as a sentence puts it: "Wednesday", "el miércoles"."""
        return self._words.DAY_WORDS["weekday"].format(weekday=self.weekday(number))

    def tomorrow(self) -> str:
        return self._words.DAY_WORDS["tomorrow"]

    def capitalised(self, text: str) -> str:
        """The first letter up, the rest as it is (brands keep their capitals)."""
        return text[:1].upper() + text[1:]

    def clock_time(self, moment: time) -> str:
        return self._words.clock_time(moment.hour, moment.minute)

    def timer_length(self, minutes: int, article: bool = False) -> str:
        """ "10-minute" ("a 10-minute", "an 8-minute" with `article`); "10 minutos", "un minuto"."""
        return self._words.timer_length(minutes, article)

    def ordinal(self, number: int) -> str:
        words = self._words.ORDINALS
        return words[number - 1] if 0 < number <= len(words) else str(number)

    def listing(self, items: Iterable[str], last_joiner: str = "and") -> str:
        """Items joined as the language does; `last_joiner` is "and", "or" or "then"."""
        return self._words.listing(items, self._words.JOINERS[last_joiner])

    def nights(self, weekdays: Iterable[int]) -> str:
        return self.listing(self.weekday(n) for n in weekdays)

    def skin(self, skin_type: str) -> str:
        return self._words.SKIN_TYPES[skin_type]

    def dollars(self, amount_usd: int) -> str:
        """An amount in US dollars, with the currency named as this locale's users need it."""
        return self._words.spoken_dollars(amount_usd, self._words.CURRENCY)

    def price(self, price_usd: int) -> str:
        return self._words.spoken_price(price_usd, self._words.CURRENCY)

    def product(self, product_id: str, field: str, default: str) -> str:
        """A product's words (`reason`, `spoken_name`) in this language. The catalogue holds the
        article's, in English (the default); other languages translate them (PRODUCTS)."""
        return self._words.product(product_id, field) or default

    def recipe(self, field: str, default: T) -> T:
        """The home-made mask's words (HOME_MADE_RECIPE), or the catalogue's English: a string
        or a tuple of them, of the kind of the default."""
        words = self._words.HOME_MADE_RECIPE.get(field, default)
        if not isinstance(words, type(default)):
            raise TypeError(f"the recipe's {field} is a {type(words).__name__}")
        return words


words_for(_FALLBACK_LOCALE)  # at init: the words most requests need
