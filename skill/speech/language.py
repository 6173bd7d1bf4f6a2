"""What a language's speech module provides (en.py, es.py): every phrase, table and formatter the
skill speaks with. A country's module (en_GB.py, ...) holds any of these names, of the same kind,
and nothing else; the language's module holds them all.

mypy holds each language module to `Language` (the block at the end: a new language gets its
line there); the tests hold every module, country ones too, to `NAMES` at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import FunctionType, ModuleType
from typing import TYPE_CHECKING, Protocol, cast

# A product's words by field ("reason", "spoken_name", "name"), by the catalogue's product id.
ProductWords = dict[str, dict[str, str]]
# The home-made mask's words by field: "liquid" is a string, "clay_colours" a tuple of them.
RecipeWords = dict[str, str | tuple[str, ...]]


class Language(Protocol):
    """A language module. Read-only: a module's tables are what it says, never written to."""

    @property
    def PHRASES(self) -> dict[str, tuple[str, ...]]:
        """Variants by phrase key; placeholders as in en.py."""

    @property
    def WEEKDAYS(self) -> tuple[str, ...]:
        """Monday first, as a weekday is said bare ("miércoles")."""

    @property
    def ORDINALS(self) -> tuple[str, ...]:
        """Step numbers from one, in words; a larger one is said in digits."""

    @property
    def DAY_WORDS(self) -> dict[str, str]:
        """ "tonight", "tomorrow", and "weekday" with a {weekday} placeholder."""

    @property
    def JOINERS(self) -> dict[str, str]:
        """The word before a listing's last item, for "and", "or" and "then"."""

    @property
    def SKIN_TYPES(self) -> dict[str, str]:
        """Each SkinType value as said after the word for skin."""

    @property
    def CURRENCY(self) -> tuple[str, str]:
        """The article's US dollars named as this language's users need: one, many."""

    @property
    def PRODUCTS(self) -> ProductWords:
        """The catalogue's words in this language; English is the catalogue's own (empty)."""

    @property
    def HOME_MADE_RECIPE(self) -> RecipeWords:
        """The home-made mask's words; English is the catalogue's own (empty)."""

    def listing(self, items: Iterable[str], last_joiner: str) -> str:
        """Items joined as the language does, `last_joiner` (from JOINERS) before the last."""

    def clock_time(self, hour: int, minute: int) -> str:
        """A time of day as said: "9:30 pm", "las nueve y media de la noche"."""

    def spoken_dollars(self, amount_usd: int, currency: tuple[str, str]) -> str:
        """An amount in words with the currency: "forty dollars"."""

    def spoken_price(self, price_usd: int, currency: tuple[str, str]) -> str:
        """A price as said, hedged ("about forty dollars"): prices move."""

    def timer_length(self, minutes: int, article: bool) -> str:
        """A timer's length as the timer phrases take it: "10-minute", with `article` "an 8-minute"
        (English: the article goes by how the number sounds); "10 minutos", "un minuto"."""


# Each name of the protocol and the kind of value a module holds under it.
NAMES: dict[str, type] = {
    "PHRASES": dict,
    "WEEKDAYS": tuple,
    "ORDINALS": tuple,
    "DAY_WORDS": dict,
    "JOINERS": dict,
    "SKIN_TYPES": dict,
    "CURRENCY": tuple,
    "PRODUCTS": dict,
    "HOME_MADE_RECIPE": dict,
    "listing": FunctionType,
    "clock_time": FunctionType,
    "spoken_dollars": FunctionType,
    "spoken_price": FunctionType,
    "timer_length": FunctionType,
}


def wrong_kinds(module: ModuleType) -> dict[str, str]:
    """The protocol's names the module holds something else under: name -> what it holds."""
    return {
        name: type(getattr(module, name)).__name__
        for name, kind in NAMES.items()
        if hasattr(module, name) and not isinstance(getattr(module, name), kind)
    }


def missing(module: ModuleType) -> set[str]:
    """The protocol's names the module lacks: none for a language's module."""
    return {name for name in NAMES if not hasattr(module, name)}


def as_language(module: ModuleType) -> Language:
    """The module as a `Language`, once it holds every name with the right kind."""
    if missing(module) or wrong_kinds(module):
        raise TypeError(
            f"{module.__name__} is no language module: lacks {sorted(missing(module))}, "
            f"wrong kinds {wrong_kinds(module)}"
        )
    return cast(Language, module)


if TYPE_CHECKING:  # mypy holds each language module, and a locale's words, to the protocol
    from skill.speech import Words, en, es

    _ENGLISH: Language = en
    _SPANISH: Language = es

    def _a_locales_words(words: Words) -> Language:
        return words
