"""One request's path through the skill's own code: which files it enters, how often, and how
often tonight's plan is computed. `make path` (ARGS="--words 'what's tonight'").

A returning user (oily skin, a night under way) says the words as a one-shot in a new session,
on the local store and the loopback Alexa APIs; only the second, measured turn is traced, so
imports and the first read are not counted. A file is "entered" when a function defined in it is
called from a function defined in another file (or from outside the skill): a re-entry of a
helper module is each such call into it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SKILL = ROOT / "skill"


def trace_turn(words: str) -> tuple[Counter[str], Counter[str], int]:
    from skill.local.runtime import local_skill, quiet

    with (
        tempfile.TemporaryDirectory(prefix="pore-coach-path-") as scratch,
        local_skill(False, None, False, f"{scratch}/state.sqlite3") as api,
    ):
        from skill.app import lambda_handler
        from skill.local.driver import LocalAlexa
        from skill.local.envelopes import Device

        alexa = LocalAlexa(quiet(lambda_handler, False), device=Device(api_endpoint=api.endpoint))
        alexa.say("ask pore coach to set my skin type to oily")
        entered: Counter[str] = Counter()
        calls: Counter[str] = Counter()
        plans = 0

        def profile(frame: FrameType, event: str, arg: Any) -> None:
            nonlocal plans
            if event != "call":
                return
            here = frame.f_code.co_filename
            if not here.startswith(str(SKILL)) or here.startswith(str(SKILL / "local")):
                return  # the Lambda's code only: not the local driver that sends the words
            name = Path(here).relative_to(ROOT).as_posix()
            calls[name] += 1
            caller = frame.f_back.f_code.co_filename if frame.f_back else ""  # same file: no entry
            if caller != here:
                entered[name] += 1
            if frame.f_code.co_name == "plan_for" and name.endswith("routine/plan.py"):
                plans += 1

        sys.setprofile(profile)
        try:
            alexa.say(f"ask pore coach {words}")
        finally:
            sys.setprofile(None)
    return entered, calls, plans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make path", description=__doc__)
    parser.add_argument("--words", default="what's tonight")
    options = parser.parse_args(argv)
    entered, calls, plans = trace_turn(options.words)
    print(f"files of skill/ entered: {len(entered)}; entries in all: {sum(entered.values())}")
    print(f"tonight's plan computed: {plans} time(s)")
    width = max(len(name) for name in entered)
    for name, count in sorted(entered.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {name:<{width}}  entered {count:>3}  calls {calls[name]:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
