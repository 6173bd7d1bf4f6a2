"""Durations and amounts as Alexa may send them, read without ever raising."""

from __future__ import annotations

from datetime import timedelta

import pytest

from skill.services.durations import LONGEST, parse_duration
from skill.speech.en import spoken_dollars


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("P3W", timedelta(weeks=3)),
        ("P1W2D", timedelta(days=9)),
        ("P1Y", timedelta(days=365.25)),
        ("P1M", timedelta(days=30.44)),
        ("PT99999999999999999999H", LONGEST),
        ("P" + "9" * 5000 + "D", LONGEST),
        ("PT" + "9" * 5000 + ".9S", LONGEST),
    ],
)
def test_long_durations_parse_and_absurd_ones_are_held_at_the_longest(text, duration) -> None:
    assert parse_duration(text) == duration


@pytest.mark.parametrize("text", ["-PT5M", "PT١٠M", "P²D", "PT5M ", "P1Y1Y"])
def test_durations_alexa_never_sends_do_not_parse(text) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("amount", "words"),
    [(0, "zero dollars"), (1, "one dollar"), (40, "forty dollars"), (9999, "nine thousand")],
)
def test_amounts_are_spoken_from_zero(amount, words) -> None:
    assert spoken_dollars(amount).startswith(words)
