"""What a user will spend, as they said it, and the currencies they may say it in.

The catalogue's prices are the article's US dollars and the skill converts nothing: a budget is
kept only when it is said in dollars ("bucks" are dollars too); in any other currency the user
is told the prices are US dollars instead, never given a made-up exchange rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Currency(StrEnum):
    """The interaction model's `Currency` values (their ids, lower-cased), and OTHER."""

    DOLLARS = "dollars"  # dollars, bucks, US dollars, dólares
    POUNDS = "pounds"
    EUROS = "euros"
    RUPEES = "rupees"
    PESOS = "pesos"
    OTHER = "other"  # a word said where a currency goes that the model doesn't know


@dataclass(frozen=True)
class Budget:
    """A price limit in whole US dollars. "Under forty" keeps forty out; "up to forty", "about
    forty" and "my budget is forty" let it in (`included`)."""

    usd: int
    included: bool = False

    def allows(self, price_usd: int) -> bool:
        return price_usd <= self.usd if self.included else price_usd < self.usd

    @property
    def highest(self) -> int:
        """The highest whole-dollar price within it (prices are whole dollars)."""
        return self.usd if self.included else self.usd - 1

    def tighter(self, other: Budget | None) -> Budget:
        """Of two limits that both hold, the one that lets less in."""
        return self if other is None or self.highest <= other.highest else other
