"""Utterance -> intent + slots, read from the skill's own interaction model.

A stand-in for Alexa's language understanding in the local text chat and in conversation
tests. It matches whole sample utterances, so it is stricter than Alexa: a phrase the model
does not list falls back, which is what keeps the model honest. Standard library only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from skill.local import spanish_values

FALLBACK = "AMAZON.FallbackIntent"

# The model JSON lists only our extensions of built-in intents; Alexa already knows these.
_BUILT_INS = """
AMAZON.YesIntent: yes | yeah | yep | yup | sure | okay | alright | please do | please |
    yes please | sounds good | go ahead | of course | definitely | why not | do it |
    sí | claro | vale | dale | sí por favor | de acuerdo | está bien | por supuesto
AMAZON.NoIntent: no | nope | nah | no thanks | no thank you | not now | not really | maybe later |
    no gracias | ahora no | todavía no
AMAZON.StopIntent: stop | quit | exit | shut up | goodbye | bye | that's all | be quiet |
    para | detente | adiós | basta | salir
AMAZON.CancelIntent: cancel | never mind | forget it | cancel that | cancela | olvídalo
AMAZON.HelpIntent: help | help me | i need help | what can i say | what can you do |
    how does this work | ayuda | ayúdame | qué puedo decir | qué puedes hacer
AMAZON.RepeatIntent: repeat | repeat that | say that again | what was that | come again | pardon |
    repite | repítelo | otra vez
AMAZON.NextIntent: next | skip | skip this step | siguiente | sigue | el siguiente
AMAZON.PreviousIntent: previous | anterior | atrás
AMAZON.StartOverIntent: restart | empieza de nuevo | desde el principio
AMAZON.NavigateHomeIntent: home | go home | main menu | inicio | menú principal
"""
# Alexa's built-in intents need no samples in a model; these are the words the local matcher
# takes for them, in English and Spanish (no locale has a phrase of the other language).
BUILT_IN_SAMPLES: dict[str, tuple[str, ...]] = {
    intent.strip(): tuple(p.strip() for p in phrases.split("|"))
    for intent, phrases in (
        line.split(":", 1) for line in _BUILT_INS.replace("|\n", "|").strip().splitlines()
    )
}

# Written forms a speech recogniser may give for the same words; samples use the right side.
_SPELLINGS = {
    "what is": "what's",
    "when is": "when's",
    "where is": "where's",
    "that is": "that's",
    "it is": "it's",
    "i am": "i'm",
    "let us": "let's",
    "i would": "i'd",
    "i have got": "i've got",
    "whats": "what's",
    "whens": "when's",
    "its": "it's",
    "lets": "let's",
    "im": "i'm",
    "tonights": "tonight's",
    "ok": "okay",
    "all right": "alright",
    "nevermind": "never mind",
    "oclock": "o'clock",
}
_SPELLING_RE = re.compile(r"\b(" + "|".join(sorted(_SPELLINGS, key=len, reverse=True)) + r")\b")
_SLOT_RE = re.compile(r"\{(\w+)\}")
_WORDS = r"[\w']+(?: [\w']+)*?"  # one or more whole words, as few as possible

# AMAZON.DURATION: Alexa sends ISO 8601 ("ten minutes" -> "PT10M"), "?" for words it can't read.
_NUMBER_WORDS = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen | twenty thirty forty fifty sixty seventy eighty ninety
"""
_ONES, _TENS = (words.split() for words in _NUMBER_WORDS.split("|"))
_NUMBERS = {"a": 1, "an": 1, "zero": 0} | {w: n for n, w in enumerate(_ONES, 1)}
_NUMBERS |= {w: 10 * n for n, w in enumerate(_TENS, 2)}
_COUNT = rf"(?:{'|'.join(_TENS)})(?: (?:{'|'.join(_ONES[:9])}))?|{'|'.join(_ONES)}|\d+|an?|zero"

# AMAZON.NUMBER: Alexa sends digits ("forty five" -> "45", "a hundred" -> "100"), "?" for words
# it can't read. Whole numbers in words up to the thousands ("one hundred and twenty", "twelve
# hundred", "two thousand five hundred"), or in digits ("1,000" is "1 000" once normalised).
_SCALES = {"hundred": 100, "thousand": 1000}
_ONE_TO_99 = rf"(?:{'|'.join(_TENS)})(?: (?:{'|'.join(_ONES[:9])}))?|{'|'.join(_ONES)}"
_ONE_TO_999 = rf"(?:(?:{_ONE_TO_99}|an?) hundred(?: (?:and )?(?:{_ONE_TO_99}))?|{_ONE_TO_99})"
_NUMBER = (
    rf"(?:{_ONE_TO_999}|an?) thousand(?: (?:and )?{_ONE_TO_999})?|{_ONE_TO_999}|zero"
    r"|\d{1,3}(?: \d{3})+|\d+"
)
_DURATION_PART = re.compile(  # "forty five minutes", "one hundred minutes", "half an hour"
    rf"(?:^| (?:and )?)(?:(?P<count>{_ONE_TO_999}|\d+|an?|zero)(?: and a half)?"
    r"|(?:an? )?half(?: an?)?) (?P<unit>hour|minute|second)s?(?: and a half)?"
)
_SMALLER_UNIT = {"H": "M", "M": "S"}

# AMAZON.TIME: Alexa sends "HH:MM" on a 24-hour clock and reads a bare hour as the morning one
# ("nine" -> "09:00", "nine pm" -> "21:00"); a part of the day as a period ("evening" -> "EV");
# "?" for words it can't read. Normalised text has "21:00" as "21 00" and "p.m." as "p m".
_ONE_TO_NINE = "|".join(_ONES[:9])
_MINUTES = (  # after the hour: "thirty", "forty five", "fifteen", "oh five", "30"
    rf"(?:{'|'.join(_TENS[:4])})(?: (?:{_ONE_TO_NINE}))?|{'|'.join(_ONES[9:])}"
    rf"|oh? (?:{_ONE_TO_NINE})|\d{{2}}"
)
_HOUR = rf"{'|'.join(_ONES[:12])}|\d{{1,2}}"
_TIME = re.compile(
    # "quarter to ten", "twenty five past nine", "half past eight"
    rf"(?:(?:(?:a )?(?P<part>half|quarter)|(?P<count>{_COUNT})(?: minutes?)?)"
    rf" (?P<way>past|after|to|till|before|of) (?P<of_hour>{_HOUR})"
    # "half nine": half past nine, as said in Britain
    rf"|half (?P<half_hour>{_HOUR})"
    # "nine", "nine o'clock", "eight thirty", "21 00", "2100"
    rf"|(?P<hour>{_HOUR})(?: (?P<minute>{_MINUTES})| o'clock)?|(?P<digits>\d{{3,4}}))"
    r"(?: (?P<meridiem>am|a m|pm|p m|in the (?:morning|afternoon|evening|night)|at night|tonight))?"
    r"|(?:twelve )?(?P<named>noon|midday|midnight)"
    r"|(?P<period>(?:(?:in the|this) )?(?:morning|afternoon|evening)|(?:(?:at|in the) )?night)"
)
_AFTER_NOON = {
    "pm", "p m", "in the afternoon", "in the evening", "in the night", "at night", "tonight"
}  # fmt: skip
_PERIODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MINUTES_PER_DAY = 24 * 60

# How many words a slot may take: a duration ends on its unit, so "start a {duration}
# {timerKind} timer" splits "ten minute mask" after "minute" (the longest such duration).
# A time is one of the shapes above (or any one word, which Alexa would send as "?"), so
# "remind me at {time} {reminderKind}" splits "nine pm every night" after "pm".
_SLOT_WORDS = {
    "AMAZON.DURATION": r"(?:[\w']+ )*(?:hours?|minutes?|seconds?|half)",
    "AMAZON.TIME": re.sub(r"\(\?P<\w+>", "(?:", _TIME.pattern) + r"|[\w']+",
    # A number is only number words (or any one word, sent as "?"): "under {budget} dollars".
    "AMAZON.NUMBER": rf"{_NUMBER}|[\w']+",
}
MODEL_ROOT = Path(__file__).resolve().parents[2] / "interaction_models"


def normalise(text: str) -> str:
    """Lowercase, no punctuation but inner apostrophes, single spaces, one spelling per word."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    text = re.sub(r"(\d)([ap]m)\b", r"\1 \2", text)  # "9pm" -> "9 pm"
    text = " ".join(text.split())
    return _SPELLING_RE.sub(lambda m: _SPELLINGS[m.group(1)], text)


@dataclass(frozen=True)
class SlotMatch:
    name: str
    value: str | None
    resolved_id: str | None
    resolved_name: str | None
    status: str | None
    # The slot type, for the entity-resolution authority in slots_json(); not part of equality.
    slot_type: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class IntentMatch:
    intent: str
    slots: dict[str, SlotMatch]


@dataclass(frozen=True)
class _Pattern:
    intent: str
    regex: re.Pattern[str]
    literal_words: int


class InteractionModel:
    def __init__(self, data: dict, language_code: str = "en") -> None:
        # Alexa reads numbers, durations and times in the words of the model's language.
        spanish = language_code == "es"
        self._values = _SPANISH_VALUES if spanish else _BUILT_IN_VALUES
        self._slot_words = spanish_values.SLOT_WORDS if spanish else _SLOT_WORDS
        language = data["interactionModel"]["languageModel"]
        self.invocation_name: str = language["invocationName"]
        self._intents: dict[str, dict] = {i["name"]: i for i in language["intents"]}
        types = language.get("types", [])
        self._types: dict[str, list[dict]] = {t["name"]: t["values"] for t in types}
        self._lookup = {name: _synonym_table(values) for name, values in self._types.items()}
        self._patterns = [
            _compile(intent, sample, self._slot_types_of(intent), self._slot_words)
            for intent, samples in self._all_samples().items()
            for sample in samples
        ]

    @classmethod
    def load(cls, locale: str = "en-US", root: Path | None = None) -> InteractionModel:
        path = (root or MODEL_ROOT) / "interactionModels" / "custom" / f"{locale}.json"
        return cls(json.loads(path.read_text(encoding="utf-8")), locale.partition("-")[0])

    def custom_intents(self) -> dict[str, list[str]]:
        return {
            name: list(intent.get("samples", []))
            for name, intent in self._intents.items()
            if not name.startswith("AMAZON.")
        }

    def slot_types(self) -> dict[str, list[dict]]:
        return dict(self._types)

    def add_sample(self, intent: str, sample: str) -> None:
        """One more way to say an intent, without compiling the whole model again."""
        self._patterns.append(
            _compile(intent, sample, self._slot_types_of(intent), self._slot_words)
        )

    def remove_sample(self, intent: str, sample: str) -> None:
        gone = _compile(intent, sample, self._slot_types_of(intent), self._slot_words)
        self._patterns = [p for p in self._patterns if p != gone]

    def match(self, utterance: str) -> IntentMatch:
        text = normalise(utterance)
        best: tuple[tuple[int, int, int], IntentMatch] | None = None
        for pattern in self._patterns:
            found = pattern.regex.fullmatch(text)
            if not found:
                continue
            slots = self._slots(pattern.intent, found.groupdict())
            captured = sum(len(v.split()) for v in found.groupdict().values())
            unresolved = sum(s.status == "ER_SUCCESS_NO_MATCH" for s in slots.values())
            # Alexa sends out-of-domain speech to Fallback rather than into a slot. Approximate
            # that: an unknown value counts only with at least as many carrier words around it.
            if unresolved and captured > pattern.literal_words:
                continue
            rank = (unresolved, captured, -pattern.literal_words)
            if best is None or rank < best[0]:
                best = (rank, IntentMatch(pattern.intent, slots))
        return best[1] if best else IntentMatch(FALLBACK, {})

    def match_slot(self, intent: str, slot: str, utterance: str) -> SlotMatch | None:
        """The answer to Alexa asking for one slot (Dialog.ElicitSlot), matched against that
        slot's own samples in the model; None when it doesn't fill the slot readably."""
        text = normalise(utterance)
        declared = self._intents.get(intent, {}).get("slots", [])
        samples: list[str] = next((s.get("samples", []) for s in declared if s["name"] == slot), [])
        for sample in samples:
            found = _compile(
                intent, sample, self._slot_types_of(intent), self._slot_words
            ).regex.fullmatch(text)
            value = found.groupdict().get(slot) if found else None
            if value is not None:
                filled = self._resolve(slot, self._slot_types_of(intent)[slot], value)
                if filled.value not in (None, "?") and filled.status != "ER_SUCCESS_NO_MATCH":
                    return filled
        return None

    def _all_samples(self) -> dict[str, list[str]]:
        samples = {name: list(i.get("samples", [])) for name, i in self._intents.items()}
        for name, extra in BUILT_IN_SAMPLES.items():
            samples.setdefault(name, [])
            samples[name] += [s for s in extra if s not in samples[name]]
        return samples

    def _slot_types_of(self, intent: str) -> dict[str, str]:
        return {s["name"]: s["type"] for s in self._intents.get(intent, {}).get("slots", [])}

    def _slots(self, intent: str, values: dict[str, str]) -> dict[str, SlotMatch]:
        return {
            name: self._resolve(name, slot_type, values.get(name))
            for name, slot_type in self._slot_types_of(intent).items()
        }

    def _resolve(self, name: str, slot_type: str, value: str | None) -> SlotMatch:
        if value is not None and slot_type in self._values:
            return SlotMatch(name, self._values[slot_type](value), None, None, None, slot_type)
        if value is None or slot_type not in self._lookup:
            return SlotMatch(name, value, None, None, None, slot_type)
        hit = self._lookup[slot_type].get(value)
        if hit is None:
            return SlotMatch(name, value, None, None, "ER_SUCCESS_NO_MATCH", slot_type)
        return SlotMatch(name, value, hit[0], hit[1], "ER_SUCCESS_MATCH", slot_type)


def _synonym_table(values: list[dict]) -> dict[str, tuple[str, str]]:
    table = {}
    for value in values:
        canonical = value["name"]["value"]
        for word in [canonical, *value["name"].get("synonyms", [])]:
            table[normalise(word)] = (value["id"], canonical)
    return table


def _compile(
    intent: str, sample: str, slot_types: dict[str, str], slot_words: dict[str, str]
) -> _Pattern:
    pieces, literal_words = [], 0
    for i, part in enumerate(_SLOT_RE.split(sample)):
        if i % 2:  # odd parts are slot names
            pieces.append(f"(?P<{part}>{slot_words.get(slot_types.get(part, ''), _WORDS)})")
        elif literal := normalise(part):
            pieces.append(re.escape(literal))
            literal_words += len(literal.split())
    return _Pattern(intent, re.compile(" ".join(pieces)), literal_words)


def parse_duration(words: str) -> str:
    """A spoken duration as Alexa fills AMAZON.DURATION: "two and a half minutes" -> "PT2M30S".

    Hours, minutes and seconds counted in words up to the hundreds, in digits or with "a"/"an",
    plus "half an hour" and "and a half"; "?" for anything else, as Alexa sends.
    """
    text, pos, amounts = normalise(words), 0, Counter[str]()
    while pos < len(text):
        part = _DURATION_PART.match(text, pos)
        if part is None:
            return "?"
        unit, said = part["unit"][0].upper(), part.group().split()
        if count := part["count"]:
            amounts[unit] += _number(count)
        if "half" in said:
            if unit not in _SMALLER_UNIT or said.count("half") > 1:
                return "?"
            amounts[_SMALLER_UNIT[unit]] += 30
        pos = part.end()
    return "PT" + "".join(f"{amounts[u]}{u}" for u in "HMS" if u in amounts) if amounts else "?"


def parse_time(words: str) -> str:
    """A spoken time as Alexa fills AMAZON.TIME: "half past eight" -> "08:30", "9 pm" -> "21:00".

    Hours alone are read as morning ones ("nine" -> "09:00") unless "pm", "in the evening" or
    "at night" says otherwise; "noon", "midnight"; "morning", "afternoon", "evening" and
    "night" as the periods "MO", "AF", "EV", "NI"; "?" for anything else, as Alexa sends.
    """
    found = _TIME.fullmatch(re.sub(r"^at ", "", normalise(words)))
    if found is None:
        return "?"
    if period := found["period"]:
        return _PERIODS[period.split()[-1]]
    if named := found["named"]:
        return "00:00" if named == "midnight" else "12:00"
    moment = _minutes_since_midnight(found)
    return "?" if moment is None else "{:02}:{:02}".format(*divmod(moment, 60))


def parse_number(words: str) -> str:
    """A spoken number as Alexa fills AMAZON.NUMBER: "one hundred and twenty" -> "120".

    Whole numbers in words up to the thousands, with "a"/"an" for one ("a hundred"), and in
    digits ("150", "$30"); "?" for anything else, as Alexa sends.
    """
    text = normalise(words)
    if not re.fullmatch(_NUMBER, text):
        return "?"
    if (digits := text.replace(" ", "")).isdigit():
        return str(int(digits))
    total = current = 0
    for word in text.split():
        if word == "thousand":
            total, current = total + current * _SCALES[word], 0
        elif word == "hundred":
            current *= _SCALES[word]
        else:  # "and" and "zero" add nothing
            current += _NUMBERS.get(word, 0)
    return str(total + current)


def _minutes_since_midnight(found: re.Match[str]) -> int | None:
    if digits := found["digits"]:
        hour, minute = divmod(int(digits), 100)
    elif half_hour := found["half_hour"]:
        hour, minute = _number(half_hour), 30
    else:
        hour, minute = _number(found["hour"] or found["of_hour"]), _number(found["minute"] or "0")
    if hour > 23 or minute > 59:
        return None
    if meridiem := found["meridiem"]:
        if not 1 <= hour <= 12:
            return None
        hour %= 12
        # "twelve at night" is midnight and "two at night" the small hours.
        if meridiem in _AFTER_NOON and not (meridiem.endswith("night") and hour < 5):
            hour += 12
    moment = hour * 60 + minute
    if way := found["way"]:  # "quarter to ten": fifteen minutes before ten
        offset = {"half": 30, "quarter": 15}.get(found["part"] or "") or _number(found["count"])
        forward = way in {"past", "after"}
        if not 1 <= offset <= 59 or (found["part"] == "half" and not forward):
            return None
        moment += offset if forward else -offset
    return moment % _MINUTES_PER_DAY


def _number(said: str) -> int:
    """ "forty five" -> 45, "oh five" -> 5, "12" -> 12: words the patterns above let through."""
    if said.isdigit():
        return int(said)
    if "hundred" in said.split():
        return int(parse_number(said))
    return sum(_NUMBERS.get(word, 0) for word in said.split())


# Amazon's slot types whose value Alexa rewrites from the words said.
_BUILT_IN_VALUES = {
    "AMAZON.DURATION": parse_duration,
    "AMAZON.TIME": parse_time,
    "AMAZON.NUMBER": parse_number,
}
_SPANISH_VALUES = {
    "AMAZON.DURATION": spanish_values.parse_duration,
    "AMAZON.TIME": spanish_values.parse_time,
    "AMAZON.NUMBER": spanish_values.parse_number,
}


def split_invocation(text: str, invocation_name: str) -> tuple[str, str]:
    """Separate the invocation from what the user asks of the skill.

    ("launch", "") for "open pore coach" / "launch pore coach" / "start pore coach" (and the
    Spanish "abre ...");
    ("oneshot", rest) for "ask pore coach (to|for|about|if|whether)? <rest>",
    "tell pore coach (to|that)? <rest>" and "open pore coach and <rest>", and the Spanish
    "pregúntale a ... <rest>", "pídele a ... que <rest>";
    ("", text) when the text names no invocation. A leading "alexa" is dropped.
    """
    words = re.sub(r"^(hey )?alexa ", "", normalise(text))
    name = re.escape(normalise(invocation_name))
    launch = rf"((open|launch|start|begin|use|run|abre|abrir|inicia|usa) )?{name}( please)?"
    if re.fullmatch(rf"{launch}|ask {name}|pregúntale a {name}", words):
        return "launch", ""
    oneshot = (
        rf"ask {name} ((to|for|about|if|whether) )?(?P<rest>.+)",
        rf"tell {name} ((to|that) )?(?P<rest>.+)",
        rf"(open|launch|start|use) {name} (and|to) (?P<rest>.+)",
        # Spanish: "pregúntale a entrenador de poros qué me toca", "pídele a ... que ..."
        rf"(pregúntale|pregunta|pídele|pide|dile) a {name} ((que|si) )?(?P<rest>.+)",
        rf"(abre|usa) {name} y (?P<rest>.+)",
    )
    for pattern in oneshot:
        if found := re.fullmatch(pattern, words):
            return "oneshot", found.group("rest")
    return "", text


def slots_json(match: IntentMatch, skill_id: str) -> dict:
    """request.intent.slots as Alexa sends it for this match."""
    return {name: _slot_json(slot, skill_id) for name, slot in match.slots.items()}


def _slot_json(slot: SlotMatch, skill_id: str) -> dict:
    if slot.value is None:
        return {"name": slot.name, "confirmationStatus": "NONE"}
    body: dict = {
        "name": slot.name,
        "value": slot.value,
        "confirmationStatus": "NONE",
        "source": "USER",
    }
    if slot.status is None:
        return body
    authority: dict = {
        "authority": f"amzn1.er-authority.echo-sdk.{skill_id}.{slot.slot_type}",
        "status": {"code": slot.status},
    }
    if slot.status == "ER_SUCCESS_MATCH":
        authority["values"] = [{"value": {"name": slot.resolved_name, "id": slot.resolved_id}}]
    body["resolutions"] = {"resolutionsPerAuthority": [authority]}
    return body
