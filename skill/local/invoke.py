"""Send one request envelope through the real lambda_handler: `make invoke EVENT=events/x.json`.

The envelope's apiEndpoint is pointed at the local stand-in, so the Settings API answers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from skill.local.runtime import local_skill, quiet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make invoke EVENT=", description=__doc__)
    parser.add_argument("event", type=Path, help="a JSON request envelope, e.g. events/*.json")
    parser.add_argument("--time-zone", default="America/Los_Angeles")
    parser.add_argument("--dynamodb", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args(argv)
    event = json.loads(options.event.read_text())
    with local_skill(options.dynamodb, options.time_zone, options.verbose) as api:
        from skill.app import lambda_handler
        from skill.local.driver import LambdaContext

        event["context"]["System"]["apiEndpoint"] = api.endpoint
        reply = quiet(lambda_handler, options.verbose)(event, LambdaContext())
        print(json.dumps(reply, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
