"""Prices the way a person says them in US English: "about a hundred and forty dollars"."""

from __future__ import annotations

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
LARGEST_SPOKEN_PRICE = 9999


def _under_hundred(number: int) -> str:
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"


def _scale(count: int, unit: str) -> str:
    """One of a unit is "a hundred" or "a thousand"; more is "two hundred"."""
    return f"a {unit}" if count == 1 else f"{_ONES[count]} {unit}"


def number_words(number: int) -> str:
    """0 to 9999 in words: 95 -> "ninety-five", 140 -> "a hundred and forty"."""
    if not 0 <= number <= LARGEST_SPOKEN_PRICE:
        raise ValueError(f"no words for {number}")
    thousands, rest = divmod(number, 1000)
    hundreds, tail = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append(_scale(thousands, "thousand"))
    if hundreds:
        parts.append(_scale(hundreds, "hundred"))
    if tail or not parts:
        tail_words = _under_hundred(tail)
        parts.append(f"and {tail_words}" if parts else tail_words)
    return " ".join(parts)


def spoken_dollars(amount_usd: int) -> str:
    """An amount as said: "zero dollars", "one dollar", "forty dollars" (a budget can be 0)."""
    return f"{number_words(amount_usd)} {'dollar' if amount_usd == 1 else 'dollars'}"


def spoken_price(price_usd: int) -> str:
    """Say "about forty dollars": "about", because the article's prices may have moved since."""
    if price_usd < 1:
        raise ValueError(f"a price to speak is at least one dollar, not {price_usd}")
    return f"about {spoken_dollars(price_usd)}"
