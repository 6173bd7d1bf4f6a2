"""Products Pore Coach can suggest, and how it chooses one: pure domain, no Alexa, no AWS.

The catalogue (catalogue.json, shipped as package data) holds every product the article names,
with the article's prices, and its home-made clay mask recipe.
"""

from skill.products.aliases import normalise, product_by_alias
from skill.products.budget import Budget, Currency
from skill.products.catalogue import (
    Product,
    ProductKind,
    Recipe,
    catalogue,
    home_made_recipe,
    product_by_id,
    product_for_step,
)
from skill.products.suggest import Reason, Suggestion, kinds_for, patch_test_due, suggest

__all__ = [
    "Budget",
    "Currency",
    "Product",
    "ProductKind",
    "Reason",
    "Recipe",
    "Suggestion",
    "catalogue",
    "home_made_recipe",
    "kinds_for",
    "normalise",
    "patch_test_due",
    "product_by_alias",
    "product_by_id",
    "product_for_step",
    "suggest",
]
