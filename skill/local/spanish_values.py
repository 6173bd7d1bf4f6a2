"""Numbers, durations and times said in Spanish, read as Alexa fills Amazon's slot types.

AMAZON.NUMBER gets digits ("cuarenta" -> "40"), AMAZON.DURATION ISO 8601 ("diez minutos" ->
"PT10M"), AMAZON.TIME a 24-hour "HH:MM" with a bare hour read as the morning one ("a las nueve"
-> "09:00", "a las nueve de la noche" -> "21:00"); "?" for words Alexa couldn't read.
"""

from __future__ import annotations

import re
import unicodedata

_UNITS = """
cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis
diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco
veintiseis veintisiete veintiocho veintinueve
"""
_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa"
_HUNDREDS = "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos"
_WORDS = {word: value for value, word in enumerate(_UNITS.split())}
_WORDS |= {"un": 1, "una": 1, "veintiun": 21, "veintiuna": 21, "cien": 100, "ciento": 100}
_WORDS |= {word: 10 * n for n, word in enumerate(_TENS.split(), 3)}
_WORDS |= {word: 100 * n for n, word in enumerate(_HUNDREDS.split(), 2)} | {"novecientos": 900}


# The words as they are written (the matcher keeps accents), for the slot patterns.
_ACCENTED = {"dieciseis": "dieciséis", "veintidos": "veintidós", "veintitres": "veintitrés",
             "veintiseis": "veintiséis", "veintiun": "veintiún"}  # fmt: skip
_NUMBER_WORD = "|".join(sorted({*_WORDS, *_ACCENTED.values(), "mil"}, key=len, reverse=True))
_NUMBER_SAID = rf"(?:(?:{_NUMBER_WORD}) (?:y )?)*(?:{_NUMBER_WORD})"
_DAY_PART = (
    r"(?: horas| en punto)?(?: (?:de|en|por) la (?:noche|tarde|ma\wana|madrugada)| [ap] ?m)?"
)
# What a slot of each type can hold in Spanish: the shapes above, or any one word (sent as "?").
SLOT_WORDS = {
    "AMAZON.DURATION": r"(?:[\w']+ )*(?:horas?|minutos?|segundos?|medi[ao])",
    "AMAZON.TIME": (
        rf"(?:{_NUMBER_SAID})(?: (?:y media|y cuarto|menos cuarto|y (?:{_NUMBER_SAID})))?"
        rf"{_DAY_PART}|\d{{1,2}}(?: \d{{2}})?|(?:(?:por|en) )?la (?:noche|tarde|ma\wana)"
        r"|[\w']+"
    ),
    "AMAZON.NUMBER": rf"{_NUMBER_SAID}|\d+|[\w']+",
}


def plain(text: str) -> str:
    """Lowercase, without accents: "veintidós" and "veintidos" are the same word to the ear."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").strip()


def number(words: str) -> int | None:
    """ "cuarenta y cinco" -> 45, "ciento veinte" -> 120, "dos mil" -> 2000, "30" -> 30."""
    text = plain(words).replace("$", " ").strip()
    if text.replace(" ", "").isdigit():
        return int(text.replace(" ", ""))
    total = current = 0
    seen = False
    for word in text.split():
        if word == "y":
            continue
        if word == "mil":
            total, current = total + (current or 1) * 1000, 0
        elif word in _WORDS:
            current += _WORDS[word]
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(words: str) -> str:
    found = number(words)
    return "?" if found is None else str(found)


_UNIT_LETTER = {"hora": "H", "minuto": "M", "segundo": "S"}
_DURATION = re.compile(
    r"(?:(?P<count>[\w ]+?) )?(?P<unit>hora|minuto|segundo)s?(?P<half> y medi[ao])?"
)


def parse_duration(words: str) -> str:
    """ "diez minutos" -> PT10M, "dos minutos y medio" -> PT2M30S, "media hora" -> PT30M,
    "una hora y media" -> PT1H30M."""
    text = plain(words)
    if text in ("media hora", "una media hora"):
        return "PT30M"
    amounts: dict[str, int] = {}
    for part in re.split(r" y (?=(?:\w+ )*?(?:horas?|minutos?|segundos?)\b)", text):
        found = _DURATION.fullmatch(part)
        if found is None:
            return "?"
        count = number(found["count"]) if found["count"] else 1
        if count is None:
            return "?"
        unit = _UNIT_LETTER[found["unit"]]
        amounts[unit] = amounts.get(unit, 0) + count
        if found["half"]:
            smaller = {"H": "M", "M": "S"}.get(unit)
            if smaller is None:
                return "?"
            amounts[smaller] = amounts.get(smaller, 0) + 30
    return "PT" + "".join(f"{amounts[u]}{u}" for u in "HMS" if u in amounts) if amounts else "?"


_PART_OF_DAY = {
    "de la manana": "am",
    "am": "am",
    "a m": "am",
    "pm": "pm",
    "p m": "pm",
    "de la madrugada": "am",
    "de la tarde": "pm",
    "de la noche": "pm",
    "en la noche": "pm",
    "por la noche": "pm",
    "en la tarde": "pm",
    "por la tarde": "pm",
}
_MINUTES_AFTER = {"y media": 30, "y cuarto": 15, "menos cuarto": -15}
_PERIODS = {"manana": "MO", "tarde": "AF", "noche": "NI"}


def parse_time(words: str) -> str:
    """ "a las nueve de la noche" -> "21:00", "las nueve y media" -> "09:30", "21:30"."""
    text = re.sub(r"^(?:a )?(?:las |la )?", "", plain(words))
    named = _NAMED.get(text) or _PERIODS.get(re.sub(r"^(?:por |en )?(?:la )?", "", text))
    if named:
        return named
    if found := re.fullmatch(r"(\d{1,2})(?: (\d{2}))?", text):
        on_the_clock = int(found[1]), int(found[2] or 0)
        readable = on_the_clock[0] < 24 and on_the_clock[1] < 60
        return "{:02}:{:02}".format(*on_the_clock) if readable else "?"
    text, half = _part_of_day(re.sub(r" (?:horas|en punto)$", "", text))
    text, offset = _clock_words(text) or _minutes_of(text)
    hour = number(text)
    # A 24-hour clock ("veintidos treinta") names no part of the day.
    if hour is None or offset is None or not 0 <= hour <= (12 if half else 23):
        return "?"
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return "{:02}:{:02}".format(*divmod((hour * 60 + offset) % (24 * 60), 60))


_NAMED = {"mediodia": "12:00", "medio dia": "12:00", "medianoche": "00:00"}


def _part_of_day(text: str) -> tuple[str, str | None]:
    """ "nueve de la noche" -> ("nueve", "pm")."""
    for said, half in _PART_OF_DAY.items():
        if text.endswith(f" {said}"):
            return text[: -len(said) - 1], half
    return text, None


def _clock_words(text: str) -> tuple[str, int] | None:
    """ "veintidos treinta" -> ("veintidos", 30), "nueve quince" -> ("nueve", 15): an hour and its
    minutes said one after the other, as a clock reads."""
    hour, _, minutes = text.partition(" ")
    if not minutes or minutes.split()[0] in {"y", "menos"} or number(hour) is None:
        return None
    minute = number(minutes)
    return (hour, minute) if minute is not None and 0 < minute < 60 else None


def _minutes_of(text: str) -> tuple[str, int | None]:
    """ "nueve y media" -> ("nueve", 30), "diez menos cuarto" -> ("diez", -15); None when the
    minutes can't be read."""
    for said, minutes in _MINUTES_AFTER.items():
        if text.endswith(f" {said}"):
            return text[: -len(said) - 1], minutes
    if found := re.fullmatch(r"(.+?) y (.+)", text):
        minute = number(found[2])
        return found[1], (minute if minute is not None and 0 < minute < 60 else None)
    return text, 0
