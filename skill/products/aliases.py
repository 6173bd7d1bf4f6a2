"""Which product someone means when they name it their own way ("keels", "the Clinique one")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from skill.products.catalogue import Product, catalogue

_POSSESSIVE = re.compile(r"['\u2019\u2018`]s\b")
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normalise(words: str) -> str:
    """Lower case; accents, possessive "'s" and apostrophes dropped; other punctuation as spaces.

    "Kiehl's" -> "kiehl", "Dr. Hauschka's" -> "dr hauschka", "T-Zone" -> "t zone". Possessives
    go so that "Mila Moursi's lotion" still holds "mila moursi".
    """
    plain = _APOSTROPHES.sub("", _POSSESSIVE.sub("", words.lower()))
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def names_for(product: Product) -> frozenset[str]:
    """Every normalised phrase that names this product: its aliases, brand and spoken name.

    Not the bare name: "Refining Lotion" (Mila Moursi's) is also part of La Prairie's.
    """
    phrases = [*product.aliases, product.spoken_name]
    if product.brand is not None:
        phrases.append(product.brand)
    return frozenset(normalised for normalised in map(normalise, phrases) if normalised)


@cache
def _phrases() -> tuple[tuple[str, Product], ...]:
    return tuple((phrase, product) for product in catalogue() for phrase in names_for(product))


def product_by_alias(words: str) -> Product | None:
    """The one product whose alias, brand or spoken name is in the words, as whole words.

    "keels", "the kiehl's mask", "I bought the Clinique one" each name one product. None when no
    product is named ("the mask", "a serum") or when more than one is ("Kiehl's or Murad").
    """
    padded = f" {normalise(words)} "
    named = {product.id: product for phrase, product in _phrases() if f" {phrase} " in padded}
    if len(named) != 1:
        return None
    return next(iter(named.values()))
