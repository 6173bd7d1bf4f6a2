"""A text conversation with the real skill: `make chat`.

Say "open pore coach" or "ask pore coach what's tonight"; then answer as you would aloud.
State is kept in a local SQLite file between runs (--reset starts afresh).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from skill.local.runtime import DEFAULT_SQLITE_PATH, local_skill, quiet

BANNER = """Pore Coach, local chat. Try: "ask pore coach what's tonight" or "open pore coach".
Type /end to walk away from a session, /quit (or Ctrl-D) to leave."""


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if options.reset:
        Path(os.environ.get("SQLITE_PATH", DEFAULT_SQLITE_PATH)).unlink(missing_ok=True)
    with local_skill(options.dynamodb, options.time_zone, options.verbose) as api:
        from skill.app import lambda_handler
        from skill.local.driver import LocalAlexa
        from skill.local.envelopes import Device

        handler = quiet(lambda_handler, options.verbose)
        alexa = LocalAlexa(handler, Device(api_endpoint=api.endpoint, user_id=options.user))
        print(BANNER)
        return converse(alexa)


def converse(alexa) -> int:
    while True:
        try:
            text = input("\nyou> ").strip()
        except EOFError:
            print()
            return 0
        if not text:
            continue
        if text in ("/quit", "/exit"):
            return 0
        if text == "/end":
            alexa.end_session()
            print("(session ended)")
            continue
        reply = alexa.say(text)
        print(f"alexa> {reply.speech}")
        if reply.ends_session:
            print("(session ended)")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make chat ARGS=", description=__doc__)
    parser.add_argument("--reset", action="store_true", help="forget everything stored locally")
    parser.add_argument(
        "--dynamodb",
        action="store_true",
        help="keep state in DynamoDB (TABLE_NAME and the standard AWS settings) instead of SQLite",
    )
    parser.add_argument("--time-zone", default="America/Los_Angeles", help="the device's time zone")
    parser.add_argument("--user", default="amzn1.ask.account.LOCALUSER", help="Alexa user id")
    parser.add_argument("--verbose", action="store_true", help="show the skill's logs and metrics")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
