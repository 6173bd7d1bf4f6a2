"""Choosing one product to suggest: by kind, skin type, tonight's plan and budget, never twice.

The rules (ours where the article is silent):

1. Kinds. A kind asked for ("a serum", "a mask", "a lotion") is the only kind looked at; asking
   for a mask also reaches the home-made one, after the bought masks. With no kind ("anything",
   or nothing said) every kind is looked at, the one that does the most for this user first:
   - oily or thick skin: refining lotion (the article has them use it every night of a month);
   - dry or sensitive skin: serum (the gentlest daily step; lotion is only twice a week);
   - combination or normal skin: the kind tonight's plan uses (mask on a mask night, lotion on a
     lotion night, otherwise serum); serum when there is no plan;
   - skin type unknown: serum (every night, whatever the skin).
   The other kinds follow in the order serum, clay mask, refining lotion.
2. Price. A `budget` keeps products strictly under it ("under forty dollars" leaves forty out)
   or, when it is `included` ("up to forty", "about forty"), at or under it; `cheaper_than`
   keeps products strictly below it ("something cheaper" than the last one named). The
   home-made mask passes any budget: it costs next to nothing. Both may be given; both hold.
3. Never again. The product suggested last time (`last_suggested`) is left out, and so is every
   id in `exclude` (the ids already suggested in this run), with one exception: asked for
   something cheaper when the only cheaper ones were named earlier in the run, the best of those
   is named again (`CHEAPER_AGAIN`) rather than claiming nothing is cheaper. When nothing is
   left the suggestion is empty and `exhausted`; "nothing cheaper" only when no product of the
   kinds looked at costs less than `cheaper_than` within the budget (`NOTHING_CHEAPER_FOR_SKIN`
   when some do, but none suits this skin).
4. Order among what is left: bought products before the home-made mask (it is the fallback when
   no bought one fits), then products that list the user's skin type, then the kinds in the order
   of rule 1, then the cheaper one, then the id. No randomness: the same question gets the same
   answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from skill.products.budget import Budget
from skill.products.catalogue import Product, ProductKind, catalogue
from skill.routine import NightPlan, SkinType


class Reason(StrEnum):
    """Why this suggestion: the speech layer says it ("For oily skin, a lotion does the most")."""

    # The kind was chosen for the user (no kind asked for) and this product is of that kind.
    MOST_FOR_SKIN = "most_for_skin"  # oily/thick: refining lotion
    GENTLEST_DAILY = "gentlest_daily"  # dry/sensitive: serum
    FITS_TONIGHT = "fits_tonight"  # combination/normal: tonight's mask, lotion or serum
    EVERY_NIGHT = "every_night"  # skin unknown (or no plan): serum
    # A kind was asked for, or the walk has moved past the first kind.
    FITS_SKIN = "fits_skin"  # it lists the user's skin type
    LOWEST_PRICE = "lowest_price"  # skin unknown, or nothing left lists it: the cheapest left
    # A budget was given.
    UNDER_BUDGET = "under_budget"  # within the budget
    CHEAPER = "cheaper"  # priced under cheaper_than
    CHEAPER_AGAIN = "cheaper_again"  # under cheaper_than, and named earlier in the run: the
    # only cheaper ones were
    # The home-made mask.
    HOME_MADE = "home_made"  # no bought mask left to suggest, or it was asked for
    HOME_MADE_WITHIN_BUDGET = "home_made_within_budget"  # a price limit no bought one meets
    # Nothing to suggest (product is None, exhausted is True).
    ALL_SUGGESTED = "all_suggested"  # every product that fits the question was suggested
    NOTHING_UNDER_BUDGET = "nothing_under_budget"  # some are left, none within the budget
    NOTHING_CHEAPER = "nothing_cheaper"  # no product of the kinds looked at costs less
    NOTHING_CHEAPER_FOR_SKIN = "nothing_cheaper_for_skin"  # those that cost less don't suit it


@dataclass(frozen=True)
class Suggestion:
    product: Product | None
    exhausted: bool
    reason_key: Reason  # a str: see Reason
    kind: ProductKind | None = None  # the product's kind; when exhausted, the kind asked for
    fits_skin: bool | None = None  # None when the skin type is unknown or nothing is suggested


_DEFAULT_ORDER = (ProductKind.SERUM, ProductKind.CLAY_MASK, ProductKind.REFINING_LOTION)


def _then_the_rest(first: ProductKind) -> tuple[ProductKind, ...]:
    return (first, *(kind for kind in _DEFAULT_ORDER if kind is not first))


def _tonights_kind(plan: NightPlan) -> ProductKind:
    if plan.mask:
        return ProductKind.CLAY_MASK
    if plan.lotion:
        return ProductKind.REFINING_LOTION
    return ProductKind.SERUM


def kinds_for(
    skin_type: SkinType | None, plan: NightPlan | None
) -> tuple[tuple[ProductKind, ...], Reason]:
    """With no kind asked for: every kind, the one that does most for this user first (rule 1)."""
    if skin_type in (SkinType.OILY, SkinType.THICK):
        return _then_the_rest(ProductKind.REFINING_LOTION), Reason.MOST_FOR_SKIN
    if skin_type in (SkinType.DRY, SkinType.SENSITIVE):
        return _then_the_rest(ProductKind.SERUM), Reason.GENTLEST_DAILY
    if skin_type is not None and plan is not None:
        return _then_the_rest(_tonights_kind(plan)), Reason.FITS_TONIGHT
    return _then_the_rest(ProductKind.SERUM), Reason.EVERY_NIGHT


def _of_kinds(kinds: tuple[ProductKind, ...]) -> list[Product]:
    """The products of these kinds; the home-made mask comes with clay masks."""
    wanted = set(kinds)
    if ProductKind.CLAY_MASK in wanted:
        wanted.add(ProductKind.HOME_MADE)
    return [product for product in catalogue() if product.kind in wanted]


def _ranked(kinds: tuple[ProductKind, ...], skin_type: SkinType | None) -> list[Product]:
    """Rule 4: bought first, suits the skin, kind order, cheaper, id."""
    position = {kind: index for index, kind in enumerate(kinds)}
    position.setdefault(ProductKind.HOME_MADE, position.get(ProductKind.CLAY_MASK, 0))

    def key(product: Product) -> tuple[bool, bool, int, int, str]:
        return (
            product.home_made,
            product.suits(skin_type) is False,
            position[product.kind],
            product.price_usd or 0,
            product.id,
        )

    # What the catalogue says doesn't suit this skin is never suggested to it.
    fitting = [product for product in _of_kinds(kinds) if product.suits(skin_type) is not False]
    return sorted(fitting, key=key)


def _affordable(product: Product, budget: Budget | None, cheaper_than: int | None) -> bool:
    """Rule 2. No price (the home-made mask) passes any budget."""
    price = product.price_usd
    if price is None:
        return True
    within_budget = budget is None or budget.allows(price)
    cheaper = cheaper_than is None or price < cheaper_than
    return within_budget and cheaper


def _reason(
    product: Product,
    *,
    first_kind: ProductKind,
    kind_reason: Reason | None,
    skin_type: SkinType | None,
    priced: bool,
    cheaper_than: int | None,
    again: bool,
    bought_fits: bool,
) -> Reason:
    if product.home_made:
        return Reason.HOME_MADE_WITHIN_BUDGET if priced and not bought_fits else Reason.HOME_MADE
    if again:
        return Reason.CHEAPER_AGAIN
    if cheaper_than is not None:
        return Reason.CHEAPER
    if priced:
        return Reason.UNDER_BUDGET
    if kind_reason is not None and product.kind is first_kind:
        return kind_reason
    if product.suits(skin_type):
        return Reason.FITS_SKIN
    return Reason.LOWEST_PRICE


def _nothing_left(
    kind: ProductKind | None,
    kinds: tuple[ProductKind, ...],
    skin_type: SkinType | None,
    *,
    fitting: list[Product],
    unseen: list[Product],
    budget: Budget | None,
    cheaper_than: int | None,
) -> Suggestion:
    if cheaper_than is not None:
        unsuited = [p for p in _of_kinds(kinds) if p.suits(skin_type) is False]
        if any(_affordable(p, None, cheaper_than) for p in fitting):
            reason = Reason.NOTHING_UNDER_BUDGET  # cheaper ones there are, over the budget
        elif any(_affordable(p, budget, cheaper_than) for p in unsuited):
            reason = Reason.NOTHING_CHEAPER_FOR_SKIN  # cheaper ones there are, not for this skin
        else:
            reason = Reason.NOTHING_CHEAPER
    elif not unseen:
        reason = Reason.ALL_SUGGESTED
    else:
        reason = Reason.NOTHING_UNDER_BUDGET
    return Suggestion(product=None, exhausted=True, reason_key=reason, kind=kind)


def suggest(
    *,
    kind: ProductKind | None = None,
    skin_type: SkinType | None = None,
    plan: NightPlan | None = None,
    budget: Budget | None = None,
    cheaper_than: int | None = None,
    exclude: frozenset[str] = frozenset(),
    last_suggested: str | None = None,
) -> Suggestion:
    """The one product to suggest now, by the module's rules 1 to 4.

    `plan` is tonight's NightPlan: only combination and normal skin use it, when no kind is asked.
    `budget` and `cheaper_than` are whole US dollars; either, both or neither may be given.
    `exclude` and `last_suggested` are product ids; unknown ids are ignored.
    """
    if kind is None:
        kinds, kind_reason = kinds_for(skin_type, plan)
    else:
        kinds, kind_reason = (kind,), None
    fitting = [product for product in _ranked(kinds, skin_type) if product.id != last_suggested]
    unseen = [product for product in fitting if product.id not in exclude]
    affordable = [p for p in unseen if _affordable(p, budget, cheaper_than)]
    again = False
    if not affordable and cheaper_than is not None:  # rule 3's exception
        affordable = [p for p in fitting if _affordable(p, budget, cheaper_than)]
        again = bool(affordable)
    if not affordable:
        return _nothing_left(
            kind,
            kinds,
            skin_type,
            fitting=fitting,
            unseen=unseen,
            budget=budget,
            cheaper_than=cheaper_than,
        )
    product = affordable[0]
    reason = _reason(
        product,
        first_kind=kinds[0],
        kind_reason=kind_reason,
        skin_type=skin_type,
        priced=budget is not None or cheaper_than is not None,
        cheaper_than=cheaper_than,
        again=again,
        # "Nothing bought fits that" only when true of every bought one, named or not
        bought_fits=any(
            not p.home_made and _affordable(p, budget, cheaper_than)
            for p in _ranked(kinds, skin_type)
        ),
    )
    return Suggestion(
        product=product,
        exhausted=False,
        reason_key=reason,
        kind=product.kind,
        fits_skin=product.suits(skin_type),
    )


def patch_test_due(product_id: str, warned: frozenset[str]) -> bool:
    """Say a patch test is wise the first time a product is suggested, not every time after.

    `warned` holds the ids the user has already been told about; the home-made mask counts too
    (clay and floral water can still irritate).
    """
    return product_id not in warned
