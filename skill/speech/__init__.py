"""Phrases by key. Handlers ask for a phrase; its words live in one file per locale."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, time
from xml.sax.saxutils import escape

from skill.speech import en_US

_LOCALES = {"en-US": en_US}


class Speech:
    def __init__(self, locale: str | None, seed: str = "") -> None:
        self._words = _LOCALES.get(locale or "", en_US)
        # Seeded per request: varied across turns, reproducible in tests.
        self._random = random.Random(seed)

    def say(self, key: str, **values: object) -> str:
        """One variant of the phrase, values SSML-escaped."""
        variant = self._random.choice(self._words.PHRASES[key])
        return variant.format(**{k: escape(str(v)) for k, v in values.items()})

    def join(self, *parts: str) -> str:
        return " ".join(part for part in parts if part)

    def weekday(self, number: int) -> str:
        return self._words.WEEKDAYS[number]

    def day_name(self, day: date, today: date) -> str:
        """'tonight', 'tomorrow', a weekday within the week, else the weekday and date."""
        delta = (day - today).days
        if delta == 0:
            return "tonight"
        if delta == 1:
            return "tomorrow"
        return self.weekday(day.weekday())

    def clock_time(self, moment: time) -> str:
        """21:00 -> "9 pm", 20:30 -> "8:30 pm", 00:00 -> "midnight": how people say times."""
        if moment == time(0, 0):
            return "midnight"
        if moment == time(12, 0):
            return "noon"
        hour = moment.hour % 12 or 12
        minutes = f":{moment.minute:02d}" if moment.minute else ""
        return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"

    def ordinal(self, number: int) -> str:
        words = self._words.ORDINALS
        return words[number - 1] if 0 < number <= len(words) else str(number)

    def listing(self, items: Iterable[str], last_joiner: str = "and") -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        # "a, b and c", but "a, b, then c": a pause before a step in time reads naturally.
        joiner = f", {last_joiner} " if last_joiner == "then" else f" {last_joiner} "
        return f"{', '.join(items[:-1])}{joiner}{items[-1]}"

    def nights(self, weekdays: Iterable[int]) -> str:
        return self.listing(self.weekday(n) for n in weekdays)
