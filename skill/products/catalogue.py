"""The products the article names and its home-made mask, read once from catalogue.json.

The article gives each product's brand, name and price; which skin types a product suits, and the
one-line reason spoken with it, are Pore Coach's own judgement (the article is silent on them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any

from skill.routine import SkinType, StepKind

CATALOGUE_FILE = "catalogue.json"


class ProductKind(StrEnum):
    """Values are stored and matched by the interaction model's slot, so they must never change."""

    SERUM = "serum"
    CLAY_MASK = "clay_mask"
    REFINING_LOTION = "refining_lotion"
    HOME_MADE = "home_made"


@dataclass(frozen=True)
class Product:
    id: str  # a stable slug, stored for users ("last suggested", "owned"): never change one
    brand: str | None  # None for the home-made mask
    name: str  # as the article names it, without the brand
    kind: ProductKind
    price_usd: int | None  # as the article gives it; None for the home-made mask
    skin_types: frozenset[SkinType]  # ours, not the article's
    step: StepKind | None  # the routine step it serves
    reason: str  # one short line for the ear, in our own words
    spoken_name: str  # brand and name, written the way Alexa should say them
    aliases: tuple[str, ...]  # how people say it; matched by product_by_alias
    source: str  # "article": named, and priced, by the seed article

    @property
    def home_made(self) -> bool:
        return self.kind is ProductKind.HOME_MADE

    def suits(self, skin_type: SkinType | None) -> bool | None:
        """None when the skin type is not known yet."""
        return None if skin_type is None else skin_type in self.skin_types


@dataclass(frozen=True)
class Recipe:
    """The article's home-made mask, with quantities as they are spoken ("a quarter cup")."""

    product_id: str  # the home-made Product in the catalogue
    clay: str  # "clay from a pharmacy"
    clay_colours: tuple[str, ...]  # any of them works
    clay_amount: str
    liquid: str  # the best liquid: orange blossom water
    liquid_amount: str
    alternatives: tuple[str, ...]  # other liquids that work
    minutes: int  # how long it stays on the skin


@cache
def _data() -> dict[str, Any]:
    text = files(__package__).joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def _product(entry: dict[str, Any]) -> Product:
    step = entry["step"]
    return Product(
        id=entry["id"],
        brand=entry["brand"],
        name=entry["name"],
        kind=ProductKind(entry["kind"]),
        price_usd=entry["price_usd"],
        skin_types=frozenset(SkinType(value) for value in entry["skin_types"]),
        step=None if step is None else StepKind(step),
        reason=entry["reason"],
        spoken_name=entry["spoken_name"],
        aliases=tuple(entry["aliases"]),
        source=entry["source"],
    )


def _check(products: tuple[Product, ...]) -> None:
    """A broken data file fails at the first read, not halfway through a conversation."""
    ids = [product.id for product in products]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{CATALOGUE_FILE}: product ids repeat")
    for product in products:
        if (product.price_usd is None) != product.home_made:
            raise ValueError(f"{CATALOGUE_FILE}: {product.id}: only home-made has no price")


@cache
def catalogue() -> tuple[Product, ...]:
    """Every product, in the data file's order, loaded once per process."""
    products = tuple(_product(entry) for entry in _data()["products"])
    _check(products)
    return products


@cache
def home_made_recipe() -> Recipe:
    entry = _data()["home_made_recipe"]
    recipe = Recipe(
        product_id=entry["product_id"],
        clay=entry["clay"],
        clay_colours=tuple(entry["clay_colours"]),
        clay_amount=entry["clay_amount"],
        liquid=entry["liquid"],
        liquid_amount=entry["liquid_amount"],
        alternatives=tuple(entry["alternatives"]),
        minutes=entry["minutes"],
    )
    if product_by_id(recipe.product_id) is None:
        raise ValueError(f"{CATALOGUE_FILE}: the recipe's product {recipe.product_id} is missing")
    return recipe


def product_by_id(product_id: str | None) -> Product | None:
    """None for an unknown id (say, one stored before a product left the catalogue)."""
    return next((product for product in catalogue() if product.id == product_id), None)


def product_for_step(owned_ids: Iterable[str], step: StepKind) -> Product | None:
    """The user's own product for a routine step, if they told us one."""
    for product_id in owned_ids:
        product = product_by_id(product_id)
        if product and product.step is step:
            return product
    return None
