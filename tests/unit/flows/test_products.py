"""Product suggestions on fake turns: the kind, the budget and "cheaper" hold across a session.

One Turn plays a whole session here: the flows read and change its session attributes (the run
of suggestions) and the user's state (the last product named) as consecutive requests would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from skill.flows import products
from skill.flows.products import MAX_BUDGET_USD
from skill.flows.reply import Reply
from skill.flows.turn import Turn
from skill.products import Budget, Currency, Product, ProductKind, catalogue, product_by_id
from skill.routine import SkinType
from skill.speech import Speech
from skill.state.model import UserState
from tests.test_conversations import word_count
from tests.unit.flows.turns import turn

MODELS = Path(__file__).resolve().parents[3] / "interaction_models" / "interactionModels"
LOCALES = sorted(path.stem for path in (MODELS / "custom").glob("*.json"))
SERUM, MASK, LOTION = ProductKind.SERUM, ProductKind.CLAY_MASK, ProductKind.REFINING_LOTION
MURAD, CLINIQUE = (
    "murad-t-zone-pore-refining-gel",
    "clinique-pore-refining-solutions-correcting-serum",
)
KIEHLS, HAUSCHKA = "kiehls-rare-earth-pore-cleansing-mask", "dr-hauschka-cleansing-clay-mask"
HOME = "home-made-clay-mask"


def session(skin: SkinType | None = None, locale: str = "en-US") -> Turn:
    return turn(UserState(skin_type=skin.value if skin else None), locale=locale)


def named(t: Turn) -> str | None:
    return t.user.state.last_suggestion


def test_under_forty_a_mask_is_a_mask_under_forty() -> None:
    t = session()
    reply = products.suggest_requested(t, MASK, Budget(40), Currency.DOLLARS)
    assert named(t) == KIEHLS and reply.speech.startswith("Under forty dollars: Kiehl's")


def test_under_fifty_leaves_fifty_out_and_another_one_keeps_it() -> None:
    t = session()
    products.suggest_requested(t, MASK, Budget(50), None)
    products.answer(t)
    assert named(t) == HOME  # not Dr. Hauschka at fifty


def test_up_to_fifty_lets_fifty_in() -> None:
    t = session()
    products.suggest_requested(t, MASK, Budget(50, included=True), None)
    reply = products.answer(t)
    assert named(t) == HAUSCHKA and reply.speech.startswith("Up to fifty dollars:")


def test_cheaper_than_the_last_one_may_be_one_named_before_in_the_run() -> None:
    t = session()
    products.suggest_requested(t, SERUM, None, None)  # Murad, $40
    products.answer(t)  # Clinique, $43
    reply = products.answer(t, cheaper=True)
    assert named(t) == MURAD
    assert reply.speech.startswith("Cheaper than that, just the one I named before: Murad")
    assert "Want another one?" in reply.speech  # nothing cheaper that is new


def test_another_one_after_cheaper_stays_under_the_price_turned_down() -> None:
    t = session(SkinType.OILY)
    products.suggest_requested(t, None, None, None)  # La Prairie, $95
    products.answer(t, cheaper=True)  # Murad, $40
    products.answer(t, cheaper=True)  # Kiehl's, $23
    assert named(t) == KIEHLS
    reply = products.answer(t)
    assert named(t) == HOME and "hundred" not in reply.speech


def test_a_one_shot_cheaper_is_the_same_kind_for_less() -> None:
    t = session()
    t.user.state.last_suggestion = HAUSCHKA  # named in an earlier session; this one is new
    products.answer(t, cheaper=True)
    assert named(t) == KIEHLS
    assert t.session.product_run.kind == MASK.value


def test_a_budget_lasts_the_session_until_another_is_said() -> None:
    t = session()
    products.suggest_requested(t, MASK, Budget(50), None)
    products.suggest_requested(t, SERUM, None, None)
    assert t.session.product_run.budget == 50
    products.answer(t)
    assert named(t) == CLINIQUE
    reply = products.answer(t)  # Perricone is $55
    assert reply.speech == "That's every one I know of under fifty dollars."
    products.suggest_requested(t, SERUM, Budget(60), None)
    assert t.session.product_run.budget == 60


def test_a_budget_in_pounds_is_answered_in_us_dollars_without_it() -> None:
    t = session(locale="en-GB")
    products.suggest_requested(t, MASK, Budget(50), None)
    reply = products.suggest_requested(t, LOTION, Budget(20), Currency.POUNDS)
    assert reply.speech.startswith("I only know prices in US dollars. ")
    assert "US dollars" in reply.speech.removeprefix("I only know prices in US dollars.")
    assert t.session.product_run.budget is None  # and no exchange rate made up


def test_in_spanish_a_budget_in_pesos_is_answered_in_us_dollars() -> None:
    t = session(locale="es-MX")
    reply = products.suggest_requested(t, MASK, Budget(500), Currency.PESOS)
    assert reply.speech.startswith("Solo conozco los precios en dólares estadounidenses.")
    assert "unos veintitrés dólares estadounidenses" in reply.speech


# --- Properties: any session, any locale --------------------------------------------------


@dataclass
class Said:
    """What the user has said in this session, as a listener would keep track of it."""

    budget: Budget | None = None
    kind: ProductKind | None = None
    run: tuple[str, ...] = ()  # named since the last request for a suggestion
    below: int | None = None  # the lowest price turned down with "cheaper" in this run


PRICES = sorted({p.price_usd for p in catalogue() if p.price_usd is not None})
amounts = st.one_of(st.sampled_from(PRICES), st.integers(0, 160), st.just(MAX_BUDGET_USD))
requests = st.one_of(
    st.tuples(
        st.just("suggest"),
        st.sampled_from([None, SERUM, MASK, LOTION]),
        st.one_of(st.none(), st.builds(Budget, amounts, st.booleans())),
        st.sampled_from([None, *Currency]),
    ),
    st.just(("another",)),
    st.just(("cheaper",)),
)


def reaches(kind: ProductKind | None, product: Product) -> bool:
    if kind is None:
        return True
    return product.kind is kind or (kind is MASK and product.home_made)


def cheaper_known(kind: ProductKind | None, last: Product, budget: Budget | None) -> bool:
    """A product of the kind, within the budget, for any skin, priced under the last one."""
    return any(
        reaches(kind, p)
        and p.id != last.id
        and (p.price_usd is None or (budget is None or budget.allows(p.price_usd)))
        and (p.price_usd is None or (last.price_usd is not None and p.price_usd < last.price_usd))
        for p in catalogue()
    )


@settings(max_examples=100, derandomize=True, database=None, deadline=None)
@given(
    st.sampled_from(LOCALES),
    st.sampled_from([None, *SkinType]),
    st.lists(requests, min_size=1, max_size=7),
)
def test_every_reply_keeps_to_the_kind_the_budget_and_cheaper(locale, skin, said_in_order):
    t, said = session(skin, locale), Said()
    cheapest = Speech(locale).say("suggest_nothing_cheaper")
    in_dollars = Speech(locale).say("prices_in_us_dollars")
    for request in said_in_order:
        before = product_by_id(named(t))
        cheaper = request[0] == "cheaper"
        if request[0] == "suggest":
            _, kind, budget, currency = request
            foreign = currency not in (None, Currency.DOLLARS)
            if foreign or (budget is not None and budget.usd >= MAX_BUDGET_USD):
                said.budget = None
            elif budget is not None:
                said.budget = budget
            said.kind, said.run, said.below = kind, (), None
            reply = products.suggest_requested(t, kind, budget, currency)
            assert reply.speech.startswith(in_dollars) is foreign
        elif cheaper:
            if before and before.price_usd is not None:
                if said.kind is None and not said.run:  # a one-shot: the same kind for less
                    said.kind = before.kind
                below = before.price_usd
                said.below = below if said.below is None else min(said.below, below)
            reply = products.answer(t, cheaper=True)
        else:
            reply = products.answer(t)
        check(t, reply, said, before, cheaper, cheapest)


def check(
    t: Turn, reply: Reply, said: Said, before: Product | None, cheaper: bool, cheapest: str
) -> None:
    # The budget said lasts the session; a new one (or one in another currency) replaces it
    run = t.session.product_run
    assert (run.budget, run.budget_included) == (
        (said.budget.usd, said.budget.included) if said.budget else (None, False)
    )
    assert reply.speech and word_count(reply.speech) <= 45
    grew = len(run.suggested) > len(said.run)
    if not grew:
        # "That's the cheapest" only when nothing of the kind costs less within the budget
        if reply.speech.endswith(cheapest):
            assert before is not None
            assert before.home_made or not cheaper_known(said.kind, before, said.budget)
        return
    now = product_by_id(run.suggested[-1])
    assert now is not None and named(t) == now.id
    said.run = run.suggested
    skin = t.user.state.skin_type
    assert now.suits(SkinType(skin) if skin else None) is not False
    assert reaches(said.kind, now)  # the kind asked is the kind named
    if now.price_usd is None:
        return
    if said.budget is not None:
        assert said.budget.allows(now.price_usd)  # under is strictly under; up to includes
    if cheaper and before is not None and before.price_usd is not None:
        assert now.price_usd < before.price_usd  # cheaper than the last one named
    if said.below is not None:
        assert now.price_usd < said.below  # after "cheaper", another one stays under it
