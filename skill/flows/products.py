"""Product suggestions from the article's catalogue, and the products the user owns.

Suggestions are only ever given when asked for: no product is mentioned anywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from skill.flows import screens
from skill.flows.dialog import Question, question
from skill.flows.reply import Card, Reply
from skill.flows.turn import ProductRun, Turn
from skill.flows.walk import back_to_step, in_walk, spoken_name
from skill.products import (
    Budget,
    Currency,
    Product,
    ProductKind,
    Reason,
    Suggestion,
    home_made_recipe,
    patch_test_due,
    product_by_id,
    suggest,
)
from skill.routine import SkinType, StepKind
from skill.speech import Speech
from skill.state.changes import DisownProduct, OwnProduct, RememberSuggestion

OFFER_CHEAPER, OFFER_ANOTHER, OFFER_RECIPE = "cheaper", "another", "recipe"
MAX_BUDGET_USD = 10_000

STEP_NAMES = {
    StepKind.SERUM: "step_name_serum",
    StepKind.CLAY_MASK: "step_name_clay_mask",
    StepKind.LOTION: "step_name_lotion",
}
REASONS = {
    Reason.MOST_FOR_SKIN: "suggest_most_for_skin",
    Reason.GENTLEST_DAILY: "suggest_gentlest_daily",
    Reason.FITS_SKIN: "suggest_fits_skin",
    Reason.CHEAPER: "suggest_cheaper",
    Reason.CHEAPER_AGAIN: "suggest_cheaper_again",
    Reason.EVERY_NIGHT: "suggest_every_night",
    Reason.HOME_MADE: "suggest_home_made",
    Reason.HOME_MADE_WITHIN_BUDGET: "suggest_home_made_within_budget",
    Reason.ALL_SUGGESTED: "suggest_all_suggested",
    Reason.NOTHING_UNDER_BUDGET: "suggest_nothing_under_budget",
    Reason.NOTHING_CHEAPER: "suggest_nothing_cheaper",
    Reason.NOTHING_CHEAPER_FOR_SKIN: "suggest_nothing_cheaper_for_skin",
}
# Nothing within the budget: by (the amount itself is included, some were suggested in the run).
NOTHING_WITHIN = {
    (False, False): "suggest_nothing_under_budget",
    (False, True): "suggest_all_under_budget",
    (True, False): "suggest_nothing_up_to_budget",
    (True, True): "suggest_all_up_to_budget",
}
OFFERS = {
    OFFER_CHEAPER: "offer_cheaper",
    OFFER_ANOTHER: "offer_another",
    OFFER_RECIPE: "offer_recipe",
}


def _step_name(say: Speech, step: StepKind) -> str:
    return say.say(STEP_NAMES[step]) if step in STEP_NAMES else say.say("step_name_serum")


def reason(say: Speech, product: Product) -> str:
    return say.product(product.id, "reason", product.reason)


def _price(say: Speech, product: Product) -> str:
    if product.price_usd is None:
        raise ValueError(f"{product.id} has no price to say")
    return say.say(
        "product_named", name=spoken_name(say, product), price=say.price(product.price_usd)
    )


def answer(turn: Turn, cheaper: bool = False, lead: str = "") -> Reply:
    """Suggest the next product of this run, say why in a breath, and offer one more step.

    "Something cheaper" is cheaper than the last one named, and from then on the run stays
    under that price: "another one" after it doesn't jump back up."""
    run = turn.session.product_run
    state = turn.user.state
    last = product_by_id(state.last_suggestion)
    if cheaper and last and last.price_usd is None:  # after the home-made mask, nothing is
        return Reply.tell(turn.say.join(lead, turn.say.say("suggest_nothing_cheaper")))
    cheaper_than = last.price_usd if cheaper and last else None
    if cheaper_than is not None and last is not None:
        if run.kind is None and not run.suggested:
            # Nothing asked in this session ("ask Pore Coach for something cheaper"): cheaper
            # than the last one named is the same kind for less.
            run = replace(run, kind=last.kind.value)
        below = cheaper_than if run.below is None else min(run.below, cheaper_than)
        run = replace(run, below=below)
        turn.session.product_run = run
    budget = _budget(run) if cheaper_than is not None else _within(run)
    suggestion = suggest(
        kind=_kind(run),
        skin_type=_skin(turn),
        plan=turn.plan(),
        budget=budget,
        cheaper_than=cheaper_than,
        exclude=frozenset(run.suggested),
        last_suggested=state.last_suggestion,
    )
    if suggestion.product is None:
        return Reply.tell(turn.say.join(lead, _nothing_left(turn, suggestion, run, budget)))
    return _present(turn, suggestion, suggestion.product, last, budget, lead)


def _kind(run: ProductRun) -> ProductKind | None:
    try:
        return ProductKind(run.kind) if run.kind else None
    except ValueError:
        return None


def _skin(turn: Turn) -> SkinType | None:
    skin = turn.user.state.skin_type
    return SkinType(skin) if skin else None


def _budget(run: ProductRun) -> Budget | None:
    """The budget the user said in this session."""
    return None if run.budget is None else Budget(run.budget, included=run.budget_included)


def _within(run: ProductRun) -> Budget | None:
    """What "another one" must stay within: the budget said, and under any price turned down."""
    said = _budget(run)
    if run.below is None:
        return said
    return Budget(run.below).tighter(said)


def _present(
    turn: Turn,
    suggestion: Suggestion,
    product: Product,
    last: Product | None,
    budget: Budget | None,
    lead: str,
) -> Reply:
    say = turn.say
    session = turn.user
    run = turn.session.product_run
    turn.session.product_run = replace(run, suggested=(*run.suggested, product.id))
    warn = patch_test_due(product.id, frozenset(session.state.patch_warned))
    session.change(RememberSuggestion(product.id, patch_warned=warn))
    card = None
    if product.price_usd is None:  # the home-made mask
        opening = say.say(REASONS.get(suggestion.reason_key, "suggest_home_made"))
        offer = OFFER_RECIPE
    else:
        opening = _opening(turn, suggestion, product, last, budget)
        content = f"{say.say('card_price', price=product.price_usd)}\n{reason(say, product)}"
        card = Card(spoken_name(say, product), content)
        # Offer cheaper while something cheaper not yet named is left; else just another one.
        offer = OFFER_CHEAPER if _cheaper_left(turn, product) else OFFER_ANOTHER
    patch = say.say("patch_test") if warn else ""  # said once, shown as said
    lead = say.join(lead, opening, patch)
    screen = screens.product(
        turn,
        say.say("screen_product_title"),
        spoken_name(say, product),
        say.price(product.price_usd) if product.price_usd else "",
        reason(say, product),
        patch,
    )
    return ProductOffer(offer).ask(turn, lead).with_card(card).with_screen(screen)


def _opening(
    turn: Turn,
    suggestion: Suggestion,
    product: Product,
    last: Product | None,
    budget: Budget | None,
) -> str:
    say = turn.say
    named = _price(say, product)
    why = suggestion.reason_key
    if why is Reason.CHEAPER and last and last.kind is not product.kind and product.step:
        # Nothing of the same kind costs less: say plainly that this is another kind.
        return say.say("suggest_cheaper_kind", kind=_step_name(say, product.step), product=named)
    skin = turn.user.state.skin_type
    if why in (Reason.MOST_FOR_SKIN, Reason.GENTLEST_DAILY, Reason.FITS_SKIN) and skin:
        return say.say(REASONS[why], skin=say.skin(skin), product=named)
    if why is Reason.FITS_TONIGHT and product.step:
        return say.say("suggest_fits_tonight", step=_step_name(say, product.step), product=named)
    if why is Reason.UNDER_BUDGET and budget is not None:
        key = "suggest_up_to_budget" if budget.included else "suggest_under_budget"
        return say.say(key, budget=say.dollars(budget.usd), product=named)
    if why in (Reason.CHEAPER, Reason.CHEAPER_AGAIN, Reason.EVERY_NIGHT):
        return say.say(REASONS[why], product=named)
    return say.say("suggest_plain", product=named)


def _cheaper_left(turn: Turn, product: Product) -> bool:
    """Something cheaper than `product`, within the budget, not yet named in this run."""
    run = turn.session.product_run
    left = suggest(
        kind=_kind(run),
        skin_type=_skin(turn),
        budget=_budget(run),
        cheaper_than=product.price_usd,
        exclude=frozenset(run.suggested),
        last_suggested=product.id,
    )
    return left.product is not None and left.product.id not in run.suggested


def _nothing_left(
    turn: Turn, suggestion: Suggestion, run: ProductRun, budget: Budget | None
) -> str:
    say = turn.say
    why = suggestion.reason_key
    skin = turn.user.state.skin_type
    if why is Reason.NOTHING_UNDER_BUDGET and budget is not None:
        some = bool(run.suggested)  # some were suggested: those were all there is
        key = NOTHING_WITHIN[budget.included, some]
        return say.say(key, budget=say.dollars(budget.usd))
    if why is Reason.NOTHING_CHEAPER_FOR_SKIN and skin:
        return say.say("suggest_nothing_cheaper_for_skin", skin=say.skin(skin))
    if why in (Reason.NOTHING_CHEAPER, Reason.NOTHING_CHEAPER_FOR_SKIN):
        return say.say("suggest_nothing_cheaper")
    return say.say("suggest_all_suggested")


def recipe(turn: Turn) -> Reply:
    say = turn.say
    made = home_made_recipe()
    text = say.say(
        "recipe",
        clay_amount=say.recipe("clay_amount", made.clay_amount),
        liquid_amount=say.recipe("liquid_amount", made.liquid_amount),
        liquid=say.recipe("liquid", made.liquid),
        minutes=made.minutes,
        alternatives=say.capitalised(
            say.listing(say.recipe("alternatives", made.alternatives), last_joiner="or")
        ),
    )
    lines = tuple(f"{n}. {line}" for n, line in enumerate(_sentences(text), 1))
    return Reply.tell(text).with_screen(screens.recipe(turn, say.say("screen_recipe_title"), lines))


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=\.)\s+", text) if part.strip()]


def suggest_requested(
    turn: Turn,
    kind: ProductKind | None,
    budget: Budget | None,
    currency: Currency | None = None,
) -> Reply:
    """A new run of suggestions, of a kind when the user named one. A budget said lasts the
    session; one said in another currency is not kept (the prices are US dollars, and the
    skill converts nothing): the user is told so and hears a suggestion without it."""
    run = turn.session.product_run
    lead = ""
    if currency is not None and currency is not Currency.DOLLARS:
        lead = turn.say.say("prices_in_us_dollars")
        budget = None
    elif budget is None:
        budget = _budget(run)  # the session's, if one was said
    elif budget.usd >= MAX_BUDGET_USD:
        # Far beyond any price there is, a budget says nothing; and it must stay speakable.
        budget = None
    turn.session.product_run = ProductRun(
        kind.value if kind else None,
        budget.usd if budget else None,
        budget_included=budget.included if budget else False,
    )
    return answer(turn, lead=lead)


def own(turn: Turn, product: Product | None) -> Reply:
    """'I bought the Kiehl's mask': the walk then names it at its step. One product a step, so
    another already there is only replaced after a yes."""
    say = turn.say
    if product is None or product.step is None:
        return Reply.tell(say.say("owned_unknown"))
    current = _owned_at(turn, product.step.value)
    if current is None:
        return _record(turn, product, product.step)
    if current.id == product.id:
        return Reply.tell(say.say("owned_already", current=_short_name(say, current)))
    text = say.say("owned_swap", current=_short_name(say, current), new=_new_name(say, product))
    return SwapProduct(product.id).ask(turn, speech=text)


def disown(turn: Turn, product: Product | None) -> Reply:
    """'I don't have the Kiehl's mask anymore': its step is named in general words again."""
    say = turn.say
    if product is None or product.step is None:
        return Reply.tell(say.say("owned_unknown"))
    current = _owned_at(turn, product.step.value)
    if current is None or current.id != product.id:
        return Reply.tell(say.say("disowned_not_owned", product=_short_name(say, product)))
    turn.user.change(DisownProduct(product.step.value, product.id))
    return Reply.tell(
        say.say("disowned", product=_short_name(say, product), step=_step_name(say, product.step))
    )


def price(turn: Turn, product: Product | None) -> Reply:
    """'How much is the Kiehl's mask?': the article's price, in US dollars wherever asked."""
    say = turn.say
    if product is None or product.price_usd is None:
        return Reply.tell(say.say("price_unknown"))
    return Reply.tell(
        say.say("price_of", product=spoken_name(say, product), price=say.price(product.price_usd))
    )


def _owned_at(turn: Turn, step: str) -> Product | None:
    return product_by_id(turn.user.state.owned.get(step))


def _record(turn: Turn, product: Product, step: StepKind) -> Reply:
    say = turn.say
    turn.user.change(OwnProduct(step.value, product.id))
    return Reply.tell(
        say.say("owned_recorded", product=spoken_name(say, product), step=_step_name(say, step))
    )


def _short_name(say: Speech, product: Product) -> str:
    """'Kiehl's mask': the brand and the step, as people name what's on their shelf."""
    if product.brand is None or product.step is None:
        return spoken_name(say, product)
    return say.say("product_short", brand=product.brand, step=_step_name(say, product.step))


def _new_name(say: Speech, product: Product) -> str:
    """The brand alone once the step is clear from the question ('swap it for Dr. Hauschka')."""
    return product.brand or say.say("product_the", name=spoken_name(say, product))


def list_owned(turn: Turn) -> Reply:
    say = turn.say
    owned = [product_by_id(i) for i in turn.user.state.owned.values()]
    names = [spoken_name(say, product) for product in owned if product]
    if not names:
        return Reply.tell(say.say("owned_none"))
    return Reply.tell(say.say("owned_list", products=say.listing(names)))


def _unchanged(turn: Turn) -> Reply:
    return Reply.tell(turn.say.say("owned_unchanged"))


@question("productOffer")
@dataclass(frozen=True)
class ProductOffer(Question):
    """ "Want a cheaper option?", "Want another one?", "Want the recipe?" """

    offer: str = OFFER_ANOTHER

    def __post_init__(self) -> None:
        if self.offer not in OFFERS:
            raise ValueError("not an offer of ours")

    def prompt(self, turn: Turn) -> str:
        return turn.say.say(OFFERS[self.offer])

    def yes(self, turn: Turn) -> Reply:
        if self.offer == OFFER_RECIPE:
            return recipe(turn)
        return answer(turn, cheaper=self.offer == OFFER_CHEAPER)

    def no(self, turn: Turn) -> Reply:
        """Mid-walk, back to the step; otherwise goodnight."""
        if in_walk(turn):
            return back_to_step(turn, turn.say.say("timer_offer_declined"))
        return Reply.tell(turn.say.say("goodbye"))


@question("swapProduct")
@dataclass(frozen=True)
class SwapProduct(Question):
    """Another product is already the user's at that step: "Shall I swap it for ...?" """

    product: str = ""

    def _product(self) -> Product | None:
        found = product_by_id(self.product)
        return found if found and found.step else None

    def prompt(self, turn: Turn) -> str:
        found = self._product()
        current = _owned_at(turn, found.step.value) if found and found.step else None
        if found is None or current is None:
            return turn.say.say("anything_else")
        say = turn.say
        return say.say("owned_swap", current=_short_name(say, current), new=_new_name(say, found))

    def yes(self, turn: Turn) -> Reply:
        """The new product replaces the old at its step."""
        found = self._product()
        if found is None or found.step is None:
            return _unchanged(turn)
        return _record(turn, found, found.step)

    def no(self, turn: Turn) -> Reply:
        found = self._product()
        current = _owned_at(turn, found.step.value) if found and found.step else None
        if current is None:
            return _unchanged(turn)
        return Reply.tell(turn.say.say("owned_kept", current=_short_name(turn.say, current)))

    def stop(self, turn: Turn) -> Reply:
        return _unchanged(turn)

    def help(self, turn: Turn) -> Reply:
        return self.ask(turn, turn.say.say("owned_swap_help"))
