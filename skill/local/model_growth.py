"""Grow each locale's interaction model from its corpus of how people talk (`make grow-models`).

A corpus line (tests/utterances/<locale>.yaml) the local matcher doesn't read as written becomes a
sample of its intent: the words that carry each expected slot value become the slot, the rest
stays as said. A slot word the model doesn't know yet becomes a synonym of its value. What can't
be placed (no words in the line carry the value, or the sample would belong to two intents) is
listed for a person to decide; the corpus test keeps failing on it until then.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from itertools import combinations, product
from pathlib import Path

import yaml  # type: ignore[import-untyped]

from skill.local.nlu import (
    _BUILT_IN_VALUES,
    _SPANISH_VALUES,
    MODEL_ROOT,
    InteractionModel,
    normalise,
    split_invocation,
)

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "utterances"


@dataclass(frozen=True)
class Line:
    intent: str
    said: str
    slots: dict[str, str]


def corpus_lines(locale: str) -> list[Line]:
    data = yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))
    lines = []
    for intent, entries in data.items():
        for entry in entries:
            said, slots = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
            lines.append(Line(intent, str(said), {k: str(v) for k, v in (slots or {}).items()}))
    return lines


def _heard(model: InteractionModel, said: str) -> str:
    kind, rest = split_invocation(said, model.invocation_name)
    return normalise(rest if kind == "oneshot" else said)


def _reads(model: InteractionModel, line: Line) -> bool:
    match = model.match(_heard(model, line.said))
    got = {n: s.resolved_id or s.value for n, s in match.slots.items() if s.value is not None}
    return match.intent == line.intent and got == line.slots


def _spans(words: list[str]) -> list[tuple[int, int]]:
    """Every run of words, longest first."""
    runs = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    return sorted(runs, key=lambda run: run[0] - run[1])


class Grower:
    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.path = MODEL_ROOT / "interactionModels" / "custom" / f"{locale}.json"
        self.doc = json.loads(self.path.read_text(encoding="utf-8"))
        self.language = self.doc["interactionModel"]["languageModel"]
        spanish = locale.startswith("es")
        self.values = _SPANISH_VALUES if spanish else _BUILT_IN_VALUES
        self.undecided: list[str] = []
        self._model = InteractionModel(self.doc, locale.partition("-")[0])

    def model(self) -> InteractionModel:
        return self._model

    def _learn(self, intent: str, sample: str) -> None:
        """The sample, in the model and in the matcher built from it (not built again)."""
        self._intent(intent).setdefault("samples", []).append(sample)
        self._model.add_sample(intent, sample)

    def _forget(self, intent: str, sample: str) -> None:
        self._intent(intent)["samples"].remove(sample)
        self._model.remove_sample(intent, sample)

    def _intent(self, name: str) -> dict:
        intents = self.language["intents"]
        found = next((i for i in intents if i["name"] == name), None)
        if found is None:
            found = {"name": name, "samples": []}
            intents.append(found)
        return found

    def _type_values(self, slot_type: str) -> list[dict]:
        return next(t["values"] for t in self.language["types"] if t["name"] == slot_type)

    def _carries(self, slot_type: str, words: str, expected: str) -> bool:
        if slot_type in self.values:
            return self.values[slot_type](words) == expected
        for value in self._type_values(slot_type):
            names = [value["name"]["value"], *value["name"].get("synonyms", [])]
            if value["id"] == expected and words in {normalise(n) for n in names}:
                return True
        return False

    def grow(self) -> int:
        added = 0
        for line in corpus_lines(self.locale):
            if _reads(self.model(), line):
                continue
            if self._place(line):
                added += 1
        self.path.write_text(
            json.dumps(self.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return added

    def _place(self, line: Line) -> bool:
        """The first sample built from the line that the matcher then reads as the line says."""
        candidates = self._samples(line)
        if candidates is None:
            return False
        for sample in candidates:
            owner = self._owner(sample)
            if owner is not None:
                if owner != line.intent:
                    self.undecided.append(f"{line.intent}: {line.said!r} is a sample of {owner}")
                    return False
                continue
            self._learn(line.intent, sample)
            if _reads(self.model(), line):
                return True
            self._forget(line.intent, sample)
        self.undecided.append(f"{line.intent}: {line.said!r} still read otherwise")
        return False

    def _owner(self, sample: str) -> str | None:
        for intent in self.language["intents"]:
            if sample in intent.get("samples", []):
                return intent["name"]
        return None

    def _samples(self, line: Line) -> list[str] | None:
        """Samples the line could be, each slot's words in braces: the longest words first."""
        words = _heard(self.model(), line.said).split()
        runs: dict[str, list[tuple[int, int]]] = {}
        for slot, expected in line.slots.items():
            slots = self._intent(line.intent).get("slots", [])
            slot_type = next((s["type"] for s in slots if s["name"] == slot), None)
            if slot_type is None:
                self.undecided.append(f"{line.intent}: {line.said!r} names no slot {slot}")
                return None
            runs[slot] = [
                (i, j)
                for i, j in _spans(words)
                if self._carries(slot_type, " ".join(words[i:j]), expected)
            ][:4]
            if not runs[slot]:
                self.undecided.append(f"{line.intent}: {line.said!r} has no words for {slot}")
                return None
        samples = []
        for choice in product(*runs.values()):
            if any(a < d and c < b for (a, b), (c, d) in combinations(choice, 2)):
                continue  # two slots on the same words
            pieces, at = [], 0
            for (i, j), slot in sorted(zip(choice, runs, strict=True)):
                pieces += [*words[at:i], "{" + slot + "}"]
                at = j
            samples.append(" ".join([*pieces, *words[at:]]))
        return samples

    def add_synonym(self, slot_type: str, value_id: str, words: str) -> None:
        value = next(v for v in self._type_values(slot_type) if v["id"] == value_id)
        synonyms = value["name"].setdefault("synonyms", [])
        if normalise(words) not in synonyms:
            synonyms.append(normalise(words))


def balance(locales: list[str]) -> None:
    """No locale has fewer ways to say an intent than en-US: one short borrows the samples of
    the other locales of its language that it doesn't have, in their order."""
    growers = {locale: Grower(locale) for locale in locales}
    wanted = {i["name"]: len(i.get("samples", [])) for i in growers["en-US"].language["intents"]}
    for locale, grower in growers.items():
        language = locale.partition("-")[0]
        siblings = [g for o, g in growers.items() if o.startswith(language) and o != locale]
        for intent in grower.language["intents"]:
            samples = intent.setdefault("samples", [])
            spare = (
                sample
                for sibling in siblings
                for sample in sibling._intent(intent["name"]).get("samples", [])
                if sample not in samples and grower._owner(sample) is None
            )
            while len(samples) < wanted.get(intent["name"], 0) and (sample := next(spare, None)):
                samples.append(sample)
        grower.path.write_text(
            json.dumps(grower.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


def main(locales: list[str]) -> int:
    undecided = 0
    every = sorted(p.stem for p in CORPUS.glob("*.yaml"))
    for locale in locales or every:
        grower = Grower(locale)
        added = grower.grow()
        print(f"{locale}: {added} samples added, {len(grower.undecided)} lines to decide")
        for note in grower.undecided:
            print(f"  {note}")
        undecided += len(grower.undecided)
    balance(every)
    return 1 if undecided else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
