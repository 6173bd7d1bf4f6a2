"""Spanish speech held to the English: the same phrases and fields, and Spanish numbers, times,
lists and prices said the way a Spanish speaker says them."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

import skill.products
from skill.routine import SkinType
from skill.speech import en as en_US
from skill.speech import es
from skill.speech import es as es_catalogue
from tests.test_conversations import MAX_WORDS, word_count

CATALOGUE = json.loads((Path(skill.products.__file__).parent / "catalogue.json").read_text())


def _fields(variant: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(variant) if field is not None}


def _variants(phrases: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(key, variant) for key, variants in phrases.items() for variant in variants]


def test_spanish_has_every_english_phrase_and_no_other() -> None:
    assert es.PHRASES.keys() == en_US.PHRASES.keys()


@pytest.mark.parametrize("key", sorted(en_US.PHRASES))
def test_each_variant_takes_the_english_fields(key: str) -> None:
    english = {frozenset(_fields(variant)) for variant in en_US.PHRASES[key]}
    spanish = es.PHRASES[key]
    assert 1 <= len(spanish) <= len(en_US.PHRASES[key])
    for variant in spanish:
        assert frozenset(_fields(variant)) in english, variant


def _longest_values() -> dict[str, object]:
    """For each field, the longest Spanish the skill gives it (see tests/test_reply_length.py)."""
    serum = "Clinique Pore Refining Solutions Correcting Serum"
    say = {key: variants[0] for key, variants in es.PHRASES.items()}
    wednesday = es.DAY_WORDS["weekday"].format(weekday="miércoles")
    time = es.clock_time(20, 45)
    nights = es.listing(["miércoles", "sábado"])
    recipe = es_catalogue.HOME_MADE_RECIPE
    price = es.spoken_price(1999)
    return {
        "alternatives": es.listing(recipe["alternatives"], last_joiner=es.JOINERS["or"]),
        "ask_skin": say["ask_skin"],
        "brand": "Perricone MD",
        "budget": es.spoken_dollars(1999),
        "clay_amount": recipe["clay_amount"],
        "colours": es.listing(recipe["clay_colours"], last_joiner=es.JOINERS["or"]),
        "a_length": es.timer_length(30, article=True),
        "before": time,
        "count": 30,
        "days": 30,
        "current": "sérum Perricone MD",
        "day": wednesday,
        "day_of_month": say["day_of_month"].format(day=30),
        "first": "miércoles",
        "items": es.listing(
            ["mascarilla de arcilla", "loción afinadora", "sérum"], es.JOINERS["then"]
        ),
        "kind": "mascarilla",
        "label": "toalla caliente",
        "left": "menos de un minuto",
        "length": es.timer_length(30, article=False),
        "liquid": recipe["liquid"],
        "liquid_amount": recipe["liquid_amount"],
        "mask": say["mask_next_clause"].format(day=wednesday),
        "minutes": 30,
        "name": "toalla caliente",
        "new": "Perricone MD",
        "next": say["step_hot_towel"],
        "nights": nights,
        "night": "miércoles",
        "number": "siete",
        "plain": time,
        "price": price,
        "product": f"{serum}, {price}",
        "products": es.listing(
            [serum, "Doctor Hauschka Cleansing Clay Mask", "La Prairie Cellular Refining Lotion"]
        ),
        "skin": "sensible",
        "span": "menos de un minuto",
        "starting": say["reminder_starting"].format(day=wednesday),
        "step": "siete",
        "steps": 9,
        "recent": 10,
        "streak": 30,
        "week": 7,
        "lotion": "la loción solo una vez esta semana",
        "text": say["step_hot_towel"],
        "time": time,
        "tonight": say["tonight_serum_lotion_start"],
        "weekday": "miércoles",
        "when": say["reminder_when_mask"].format(nights=nights, time=time),
    }


def test_no_spanish_phrase_is_over_the_limit_whatever_fills_it() -> None:
    values = _longest_values()
    long = [
        f"{key}: {text}"
        for key, variant in _variants(es.PHRASES)
        if word_count(text := variant.format(**values)) > MAX_WORDS
    ]
    assert not long, "\n".join(long)


def test_spanish_is_about_as_short_as_the_english() -> None:
    """Spanish runs longer than English; a few words more than the longest English variant (the
    skill's name, "Entrenador de Poros" against "Pore Coach", counted as the one name it is)."""
    for key, variants in es.PHRASES.items():
        english = max(word_count(variant) for variant in en_US.PHRASES[key])
        for variant in variants:
            said = variant.replace("Entrenador de Poros", "Poros")
            assert word_count(said) <= english * 1.25 + 3, f"{key}: {variant}"


def test_day_words_are_never_contracted() -> None:
    """{day} brings its own article ("el miércoles"): after "de" or "a" it would need "del"/"al"."""
    for key, variant in _variants(es.PHRASES):
        assert not re.search(r"\b(de|a) \{day\}", variant), f"{key}: {variant}"


def test_bare_weekdays_get_their_article_from_the_phrase() -> None:
    for key, variant in _variants(es.PHRASES):
        for field in ("weekday", "first", "night"):
            for before in re.findall(rf"(\w+) \{{{field}\}}", variant):
                assert before in ("el", "del"), f"{key}: {variant}"


def test_every_skin_type_has_its_word() -> None:
    assert es.SKIN_TYPES.keys() == {skin.value for skin in SkinType}


def test_tonight_tomorrow_and_a_weekday() -> None:
    assert es.DAY_WORDS["tonight"] == "esta noche"
    assert es.DAY_WORDS["tomorrow"] == "mañana"
    assert es.DAY_WORDS["weekday"].format(weekday=es.WEEKDAYS[2]) == "el miércoles"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "cero"),
        (1, "uno"),
        (10, "diez"),
        (15, "quince"),
        (16, "dieciséis"),
        (20, "veinte"),
        (21, "veintiuno"),
        (22, "veintidós"),
        (29, "veintinueve"),
        (30, "treinta"),
        (31, "treinta y uno"),
        (43, "cuarenta y tres"),
        (99, "noventa y nueve"),
        (100, "cien"),
        (101, "ciento uno"),
        (140, "ciento cuarenta"),
        (200, "doscientos"),
        (500, "quinientos"),
        (555, "quinientos cincuenta y cinco"),
        (700, "setecientos"),
        (900, "novecientos"),
        (1000, "mil"),
        (1001, "mil uno"),
        (1100, "mil cien"),
        (2000, "dos mil"),
        (2500, "dos mil quinientos"),
        (9999, "nueve mil novecientos noventa y nueve"),
    ],
)
def test_number_words(number: int, words: str) -> None:
    assert es.number_words(number) == words


@pytest.mark.parametrize("number", [-1, 10_000])
def test_no_words_outside_the_range(number: int) -> None:
    with pytest.raises(ValueError):
        es.number_words(number)


def test_steps_are_counted_in_words() -> None:
    assert tuple(es.number_words(n) for n in range(1, 11)) == es.ORDINALS


@pytest.mark.parametrize(
    ("hour", "minute", "said"),
    [
        (21, 0, "las nueve de la noche"),
        (20, 30, "las ocho y media de la noche"),
        (7, 15, "las siete y cuarto de la mañana"),
        (0, 0, "medianoche"),
        (12, 0, "mediodía"),
        (13, 0, "la una de la tarde"),
        (18, 10, "las seis y diez de la tarde"),
        (19, 0, "las siete de la noche"),
        (21, 45, "las nueve y cuarenta y cinco de la noche"),
        (0, 30, "las doce y media de la noche"),
        (1, 5, "la una y cinco de la madrugada"),
        (12, 30, "las doce y media de la tarde"),
    ],
)
def test_clock_time(hour: int, minute: int, said: str) -> None:
    assert es.clock_time(hour, minute) == said


@pytest.mark.parametrize(("hour", "minute"), [(24, 0), (9, 60), (-1, 0)])
def test_no_such_time(hour: int, minute: int) -> None:
    with pytest.raises(ValueError):
        es.clock_time(hour, minute)


@pytest.mark.parametrize(
    ("items", "joiner", "said"),
    [
        ([], "y", ""),
        (["sérum"], "y", "sérum"),
        (["lunes", "jueves"], "y", "lunes y jueves"),
        (["mascarilla", "loción", "sérum"], "y", "mascarilla, loción y sérum"),
        (["sérum", "hidratante"], "y", "sérum e hidratante"),
        (["agua", "Isabel"], "y", "agua e Isabel"),
        (["agua", "hielo"], "y", "agua y hielo"),  # "hie-" sounds "ye": no change
        (["blanca", "roja", "verde"], "o", "blanca, roja o verde"),
        (
            ["el jugo de aloe vera", "otra agua floral"],
            "o",
            "el jugo de aloe vera u otra agua floral",
        ),
        (["siete", "ocho"], "o", "siete u ocho"),
        (["mujer", "hombre"], "o", "mujer u hombre"),
        (["mascarilla", "loción", "sérum"], "y luego", "mascarilla, loción y luego sérum"),
    ],
)
def test_listing(items: list[str], joiner: str, said: str) -> None:
    assert es.listing(items, last_joiner=joiner) == said


def test_listing_joins_with_y_unless_told() -> None:
    assert es.listing(iter(["lunes", "jueves"])) == "lunes y jueves"


@pytest.mark.parametrize(
    ("usd", "said"),
    [
        (1, "alrededor de un dólar estadounidense"),
        (21, "unos veintiún dólares estadounidenses"),
        (23, "unos veintitrés dólares estadounidenses"),
        (40, "unos cuarenta dólares estadounidenses"),
        (55, "unos cincuenta y cinco dólares estadounidenses"),
        (95, "unos noventa y cinco dólares estadounidenses"),
        (100, "unos cien dólares estadounidenses"),
        (101, "unos ciento un dólares estadounidenses"),
        (140, "unos ciento cuarenta dólares estadounidenses"),
        (1000, "unos mil dólares estadounidenses"),
    ],
)
def test_spoken_price(usd: int, said: str) -> None:
    assert es.spoken_price(usd) == said


def test_a_budget_can_be_nothing_or_one_dollar() -> None:
    assert es.spoken_dollars(0) == "cero dólares estadounidenses"
    assert es.spoken_dollars(1) == "un dólar estadounidense"
    assert es.spoken_dollars(31) == "treinta y un dólares estadounidenses"


def test_no_price_below_a_dollar() -> None:
    with pytest.raises(ValueError):
        es.spoken_price(0)


def test_every_product_has_its_reason_in_spanish_and_only_fields_it_has() -> None:
    products = {product["id"]: product for product in CATALOGUE["products"]}
    assert es_catalogue.PRODUCTS.keys() == products.keys()
    for product_id, fields in es_catalogue.PRODUCTS.items():
        assert "reason" in fields, product_id
        assert fields.keys() <= products[product_id].keys(), product_id


def test_the_brandless_mask_has_a_spanish_name() -> None:
    home_made = es_catalogue.PRODUCTS["home-made-clay-mask"]
    assert home_made["spoken_name"] == "mascarilla de arcilla casera"
    assert es.PHRASES["product_the"][0].format(name=home_made["spoken_name"]) == (
        "la mascarilla de arcilla casera"
    )


def test_the_recipe_says_every_spoken_field_in_spanish() -> None:
    english = CATALOGUE["home_made_recipe"]
    spanish = es_catalogue.HOME_MADE_RECIPE
    spoken = {field for field, value in english.items() if isinstance(value, str | list)}
    assert spanish.keys() == spoken - {"product_id"}
    for field, value in spanish.items():
        if isinstance(english[field], list):
            assert len(value) == len(english[field]), field


def test_the_recipe_reads_as_spanish() -> None:
    recipe = es_catalogue.HOME_MADE_RECIPE
    said = es.PHRASES["recipe"][0].format(
        clay_amount=recipe["clay_amount"],
        liquid_amount=recipe["liquid_amount"],
        liquid=recipe["liquid"],
        minutes=10,
        alternatives=es.listing(recipe["alternatives"], last_joiner="o").capitalize(),
    )
    assert said.startswith(
        "Mezcla un cuarto de taza de arcilla de farmacia, de cualquier color, con un cuarto de "
        "taza de agua de azahar. Déjala 10 minutos. El jugo de aloe vera u otra agua floral "
        "también sirven."
    )
