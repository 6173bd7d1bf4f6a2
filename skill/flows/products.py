"""Product suggestions from the article's catalogue, and the products the user owns.

Suggestions are only ever given when asked for: no product is mentioned anywhere else.
"""

from __future__ import annotations

from functools import partial

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.flows import common
from skill.flows.dialog import Continuations, Dialog, ask_again
from skill.flows.walk import back_to_step, in_walk
from skill.products import (
    Product,
    ProductKind,
    Reason,
    Suggestion,
    home_made_recipe,
    patch_test_due,
    product_by_id,
    suggest,
)
from skill.routine import SkinType
from skill.speech import Speech
from skill.state.changes import OwnProduct, RememberSuggestion

# Session attributes of a run of suggestions: "another one" walks on without repeats.
SUGGESTED = "suggested"  # ids suggested in this run
ASKED_KIND = "suggestKind"  # the kind asked for, if any
ASKED_BUDGET = "suggestBudget"  # the budget asked for, if any

OFFER_CHEAPER, OFFER_ANOTHER, OFFER_RECIPE = "cheaper", "another", "recipe"
OFFERS = (OFFER_CHEAPER, OFFER_ANOTHER, OFFER_RECIPE)  # the offers a yes accepts
MAX_BUDGET_USD = 10_000
ASKED_SWAP = "swapProduct"  # another product is already the user's at that step: replace it?


def reason(say: Speech, product: Product) -> str:
    return say.product(product.id, "reason", product.reason)


def _price(say, product: Product) -> str:
    if product.price_usd is None:
        raise ValueError(f"{product.id} has no price to say")
    return say.say(
        "product_named", name=common.spoken_name(say, product), price=say.price(product.price_usd)
    )


def answer(handler_input: HandlerInput, cheaper: bool = False, new_run: bool = False) -> Response:
    """Suggest the next product of this run, say why in a breath, and offer one more step."""
    attributes = common.session_attributes(handler_input)
    if new_run:
        attributes[SUGGESTED] = []
    state = common.user(handler_input).state
    last = product_by_id(state.last_suggestion)
    if cheaper and last and last.price_usd is None:  # after the home-made mask, nothing is
        return common.tell(
            handler_input, common.speech(handler_input).say("suggest_nothing_cheaper")
        )
    suggestion = suggest(
        kind=ProductKind(attributes[ASKED_KIND]) if attributes.get(ASKED_KIND) else None,
        skin_type=SkinType(state.skin_type) if state.skin_type else None,
        plan=common.tonight_plan(handler_input),
        budget_usd=attributes.get(ASKED_BUDGET),
        cheaper_than=last.price_usd if cheaper and last and last.price_usd else None,
        exclude=frozenset(attributes.get(SUGGESTED, [])),
        last_suggested=state.last_suggestion,
    )
    if suggestion.product is None:
        return common.tell(handler_input, _nothing_left(handler_input, suggestion))
    return _present(handler_input, suggestion, suggestion.product, last)


def _present(
    handler_input: HandlerInput, suggestion: Suggestion, product: Product, last: Product | None
) -> Response:
    say = common.speech(handler_input)
    session = common.user(handler_input)
    attributes = common.session_attributes(handler_input)
    attributes[SUGGESTED] = [*attributes.get(SUGGESTED, []), product.id]
    warn = patch_test_due(product.id, frozenset(session.state.patch_warned))

    session.change(RememberSuggestion(product.id, patch_warned=warn))
    if product.price_usd is None:  # the home-made mask
        opening = say.say(f"suggest_{suggestion.reason_key.value}")
        offer, pending = say.say("offer_recipe"), OFFER_RECIPE
    else:
        opening = _opening(handler_input, suggestion, product, last)
        handler_input.response_builder.set_card(
            SimpleCard(
                title=common.spoken_name(say, product),
                content=f"{say.say('card_price', price=product.price_usd)}\n{reason(say, product)}",
            )
        )
        # Offer cheaper while something cheaper is left; else just another one.
        offer, pending = say.say("offer_cheaper"), OFFER_CHEAPER
        if not _cheaper_left(handler_input, product):
            offer, pending = say.say("offer_another"), OFFER_ANOTHER
    text = say.join(opening, say.say("patch_test") if warn else "", offer)
    return common.ask(handler_input, text, offer, pending=pending)


def _opening(
    handler_input: HandlerInput, suggestion: Suggestion, product: Product, last: Product | None
) -> str:
    say = common.speech(handler_input)
    named = _price(say, product)
    reason = suggestion.reason_key
    if reason is Reason.CHEAPER and last and last.kind is not product.kind and product.step:
        # Nothing of the same kind costs less: say plainly that this is another kind.
        kind = say.say(f"step_name_{product.step.value}")
        return say.say("suggest_cheaper_kind", kind=kind, product=named)
    skin = common.user(handler_input).state.skin_type
    budget = common.session_attributes(handler_input).get(ASKED_BUDGET)
    if reason in (Reason.MOST_FOR_SKIN, Reason.GENTLEST_DAILY, Reason.FITS_SKIN) and skin:
        return say.say(f"suggest_{reason.value}", skin=say.skin(skin), product=named)
    if reason is Reason.FITS_TONIGHT and product.step:
        step = say.say(f"step_name_{product.step.value}")
        return say.say("suggest_fits_tonight", step=step, product=named)
    if reason is Reason.UNDER_BUDGET and budget is not None:
        return say.say("suggest_under_budget", budget=say.dollars(budget), product=named)
    if reason in (Reason.CHEAPER, Reason.EVERY_NIGHT):
        return say.say(f"suggest_{reason.value}", product=named)
    return say.say("suggest_plain", product=named)


def _cheaper_left(handler_input: HandlerInput, product: Product) -> bool:
    attributes = common.session_attributes(handler_input)
    state = common.user(handler_input).state
    left = suggest(
        kind=ProductKind(attributes[ASKED_KIND]) if attributes.get(ASKED_KIND) else None,
        skin_type=SkinType(state.skin_type) if state.skin_type else None,
        budget_usd=attributes.get(ASKED_BUDGET),
        cheaper_than=product.price_usd,
        exclude=frozenset(attributes.get(SUGGESTED, [])),
        last_suggested=product.id,
    )
    return left.product is not None


def _nothing_left(handler_input: HandlerInput, suggestion: Suggestion) -> str:
    say = common.speech(handler_input)
    attributes = common.session_attributes(handler_input)
    budget = attributes.get(ASKED_BUDGET)
    key = f"suggest_{suggestion.reason_key.value}"
    if suggestion.reason_key is Reason.NOTHING_UNDER_BUDGET and attributes.get(SUGGESTED):
        key = "suggest_all_under_budget"  # some were suggested: those were all there is
    return say.say(key, budget=say.dollars(budget) if budget is not None else "")


def recipe(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
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
    return common.tell(handler_input, text)


def suggest_requested(
    handler_input: HandlerInput, kind: ProductKind | None, budget: int | None
) -> Response:
    """A new run of suggestions, of a kind and within a budget when the user named them."""
    attributes = common.session_attributes(handler_input)
    attributes[ASKED_KIND] = kind.value if kind else None
    # Far beyond any price there is, a budget says nothing; and it must stay speakable.
    known = budget is not None and budget < MAX_BUDGET_USD
    attributes[ASKED_BUDGET] = budget if known else None
    return answer(handler_input, new_run=True)


def offer_accepted(handler_input: HandlerInput, offer: str) -> Response:
    if offer == OFFER_RECIPE:
        return recipe(handler_input)
    return answer(handler_input, cheaper=offer == OFFER_CHEAPER)


def _no_thanks(handler_input: HandlerInput) -> Response:
    """No to an offer: mid-walk, back to the step; otherwise goodnight."""
    say = common.speech(handler_input)
    if in_walk(handler_input):
        return back_to_step(handler_input, say.say("timer_offer_declined"))
    return common.tell(handler_input, say.say("goodbye"))


def own(handler_input: HandlerInput, product: Product | None) -> Response:
    """'I bought the Kiehl's mask': the walk then names it at its step. One product a step, so
    another already there is only replaced after a yes."""
    say = common.speech(handler_input)
    if product is None or product.step is None:
        return common.tell(handler_input, say.say("owned_unknown"))
    current = _owned_at(handler_input, product.step.value)
    if current is None:
        return _record(handler_input, product, product.step.value)
    if current.id == product.id:
        return common.tell(
            handler_input, say.say("owned_already", current=_short_name(say, current))
        )
    question = say.say("owned_swap", current=_short_name(say, current), new=_new_name(say, product))
    return common.ask(handler_input, question, question, ASKED_SWAP, product=product.id)


def _owned_at(handler_input: HandlerInput, step: str) -> Product | None:
    return product_by_id(common.user(handler_input).state.owned.get(step))


def _record(handler_input: HandlerInput, product: Product, step: str) -> Response:
    say = common.speech(handler_input)
    common.user(handler_input).change(OwnProduct(step, product.id))
    return common.tell(
        handler_input,
        say.say(
            "owned_recorded",
            product=common.spoken_name(say, product),
            step=say.say(f"step_name_{step}"),
        ),
    )


def _short_name(say: Speech, product: Product) -> str:
    """'Kiehl's mask': the brand and the step, as people name what's on their shelf."""
    if product.brand is None or product.step is None:
        return common.spoken_name(say, product)
    step = say.say(f"step_name_{product.step.value}")
    return say.say("product_short", brand=product.brand, step=step)


def _new_name(say: Speech, product: Product) -> str:
    """The brand alone once the step is clear from the question ('swap it for Dr. Hauschka')."""
    return product.brand or say.say("product_the", name=common.spoken_name(say, product))


def _swap(handler_input: HandlerInput) -> Response:
    """Yes to 'shall I swap it?': the new product replaces the old at its step."""
    product = product_by_id(common.pending_details(handler_input).get("product"))
    if product is None or product.step is None:  # not a question of ours: nothing to change
        return _unchanged(handler_input)
    return _record(handler_input, product, product.step.value)


def _keep(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    product = product_by_id(common.pending_details(handler_input).get("product"))
    current = _owned_at(handler_input, product.step.value) if product and product.step else None
    if current is None:
        return _unchanged(handler_input)
    return common.tell(handler_input, say.say("owned_kept", current=_short_name(say, current)))


def _unchanged(handler_input: HandlerInput) -> Response:
    return common.tell(handler_input, common.speech(handler_input).say("owned_unchanged"))


def _swap_help(handler_input: HandlerInput) -> Response:
    return ask_again(handler_input, common.speech(handler_input).say("owned_swap_help"))


def list_owned(handler_input: HandlerInput) -> Response:
    say = common.speech(handler_input)
    owned = [product_by_id(i) for i in common.user(handler_input).state.owned.values()]
    names = [common.spoken_name(say, product) for product in owned if product]
    if not names:
        return common.tell(handler_input, say.say("owned_none"))
    return common.tell(handler_input, say.say("owned_list", products=say.listing(names)))


def register(dialog: Dialog) -> None:
    for offer in OFFERS:
        dialog.register(
            offer, Continuations(yes=partial(offer_accepted, offer=offer), no=_no_thanks)
        )
    dialog.register(
        ASKED_SWAP, Continuations(yes=_swap, no=_keep, stop=_unchanged, help=_swap_help)
    )
