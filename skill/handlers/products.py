"""Product suggestions, the home-made mask, and the products the user owns."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.flows import products
from skill.handlers.slots import resolved_id, resolved_member, slot_value, whole_number
from skill.products import ProductKind, product_by_alias, product_by_id


class SuggestProductHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("SuggestProductIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        kind = resolved_member(handler_input, "productKind", ProductKind)  # "ANY" is none
        budget = whole_number(handler_input, "budget")
        return products.suggest_requested(handler_input, kind, budget)


class MoreProductsHandler(AbstractRequestHandler):
    """'Another one' and 'something cheaper' go on from the last suggestion."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AnotherProductIntent")(handler_input) or is_intent_name(
            "CheaperProductIntent"
        )(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        cheaper = is_intent_name("CheaperProductIntent")(handler_input)
        return products.answer(handler_input, cheaper=cheaper)


class HomeMadeMaskHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("HomeMadeMaskIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return products.recipe(handler_input)


class OwnProductHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("OwnProductIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        product = product_by_id(resolved_id(handler_input, "productName")) or product_by_alias(
            slot_value(handler_input, "productName") or ""
        )
        return products.own(handler_input, product)


class ListOwnedProductsHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ListOwnedProductsIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return products.list_owned(handler_input)
