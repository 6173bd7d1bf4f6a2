"""Send one request envelope through the real lambda_handler: `make invoke EVENT=events/x.json`.

The envelope's apiEndpoint is pointed at the local stand-in, so the Settings API answers. Each run
has a store of its own, thrown away afterwards, and a user of its own: an envelope meets the
situation it describes (its session attributes say the rest), and never the chat's state.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from skill.local.runtime import local_skill, quiet

# events/ speak for the chat's user: with --dynamodb, SkillDisabled would delete the chat's data.
OWN_USER_SUFFIX = "-INVOKE"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make invoke EVENT=", description=__doc__)
    parser.add_argument(
        "event", type=Path, nargs="?", help="a JSON request envelope, e.g. events/*.json"
    )
    parser.add_argument("--time-zone", default="America/Los_Angeles")
    parser.add_argument("--dynamodb", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args(argv)
    event = read_event(options.event)
    with (
        tempfile.TemporaryDirectory(prefix="pore-coach-invoke-") as scratch,
        local_skill(
            options.dynamodb, options.time_zone, options.verbose, f"{scratch}/state.sqlite3"
        ) as api,
    ):
        from skill.app import lambda_handler
        from skill.local.driver import LambdaContext

        addressed_here(event, api.endpoint)
        reply = quiet(lambda_handler, options.verbose)(event, LambdaContext())
        print(json.dumps(reply, indent=2))
    return 0


def read_event(path: Path | None) -> dict[str, Any]:
    """The envelope in the file, or one line that says what is wrong with it."""
    if path is None:
        raise SystemExit("Which envelope? For instance: make invoke EVENT=events/help.json")
    try:
        event = json.loads(path.read_text())
    except FileNotFoundError:
        raise SystemExit(f"No such file: {path} (events/ has one envelope per intent).") from None
    except OSError as error:
        raise SystemExit(f"Can't read {path}: {error.strerror}.") from None
    except json.JSONDecodeError as error:
        raise SystemExit(
            f"{path} is not JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    except UnicodeDecodeError:
        raise SystemExit(f"{path} is not JSON: it isn't UTF-8 text.") from None
    context = event.get("context") if isinstance(event, dict) else None
    system = context.get("System") if isinstance(context, dict) else None
    if not isinstance(system, dict) or not isinstance(event.get("request"), dict):
        raise SystemExit(
            f"{path} is not an Alexa request envelope: it needs context.System and request."
        )
    return event


def addressed_here(event: dict[str, Any], endpoint: str) -> None:
    """The stand-in answers the Alexa APIs, and the envelope speaks for a user of its own
    (each envelope's user with a suffix, so envelopes of different users stay apart)."""
    system = event["context"]["System"]
    system["apiEndpoint"] = endpoint
    session = event.get("session")
    for holder in (system, session if isinstance(session, dict) else {}):
        user = holder.get("user")
        if isinstance(user, dict) and isinstance(user.get("userId"), str):
            user["userId"] += OWN_USER_SUFFIX


if __name__ == "__main__":
    sys.exit(main())
