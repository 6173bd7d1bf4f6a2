"""A text conversation with the real skill: `make chat`.

Say "open pore coach" or "ask pore coach what's tonight"; then answer as you would aloud.
Once a session has ended, a line that doesn't name the skill isn't sent to it, as on Alexa.
State is kept in a local SQLite file between runs (--reset starts afresh).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from skill.local.driver import SessionNotOpen
from skill.local.runtime import DEFAULT_SQLITE_PATH, local_skill, quiet

BANNER = """Pore Coach, local chat. Try: "ask pore coach what's tonight" or "open pore coach".
Type /end to walk away from a session, /quit (or Ctrl-D) to leave. Timers and reminders
really go off (--fast makes a minute last a second)."""


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if options.reset:
        forget_local_state()
    if options.task:
        os.environ["TIMER_TASK_DEPLOYED"] = "true"
    with local_skill(options.dynamodb, options.time_zone, options.verbose) as api:
        from skill.app import lambda_handler
        from skill.local.driver import LocalAlexa
        from skill.local.envelopes import Device

        handler = quiet(lambda_handler, options.verbose)
        # One clock for the requests and the stand-in, so timers, reminders and "tonight" agree.
        clock = SpedUpClock(60.0 if options.fast else 1.0)
        api.clock = clock
        device = Device(api_endpoint=api.endpoint, user_id=options.user, locale=options.locale)
        alexa = LocalAlexa(handler, device, clock=clock)
        alexa.on_consent = api.grant
        if options.time_zone:
            recheck_time_zone(options.user)
        print(BANNER)
        stop = threading.Event()
        threading.Thread(target=announce_timers, args=(alexa, api, stop), daemon=True).start()
        try:
            return converse(alexa)
        finally:
            stop.set()


def forget_local_state() -> None:
    """--reset: the local SQLite file goes, and every user's state with it."""
    path = Path(os.environ.get("SQLITE_PATH", DEFAULT_SQLITE_PATH))
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise SystemExit(f"SQLITE_PATH {path} can't be removed ({error}).") from None


def recheck_time_zone(user_id: str) -> None:
    """A zone given on the command line is the device's zone from now on. The skill asks the
    Settings API once a day, so forget the day it last asked: its next turn asks the stand-in."""
    from skill.app import make_store
    from skill.config import settings
    from skill.state.changes import AskTimeZoneAgain
    from skill.state.store import StoreError, UserKey, save_changes
    from skill.user_key import UserKeyFetch

    config = settings()
    store = make_store(config)
    try:
        for key in store.profiles(UserKey.for_user(UserKeyFetch(config).key(), user_id)):
            save_changes(store, key, store.load(key), [AskTimeZoneAgain()])
    except StoreError as error:
        print(f"(The stored time zone stays: the store answered {type(error).__name__}.)")


class SpedUpClock:
    """Now, with time since start running `speed` times faster (--fast: a minute a second)."""

    def __init__(self, speed: float) -> None:
        self._speed = speed
        self._start = datetime.now(UTC)
        self._started = time.monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=(time.monotonic() - self._started) * self._speed)


def announce_timers(alexa, api, stop: threading.Event) -> None:
    """The Echo's side of timers and reminders: when one goes off, say what it was told to."""
    while not stop.wait(0.25):
        for reminder in api.due_reminders():
            print(f"\n(Echo) Reminder: {reminder.text}\n\nyou> ", end="", flush=True)
        for fired in api.due_timers():
            print(f"\n(Echo) {fired.label} timer is done.", flush=True)
            if fired.announcement:
                print(f"(Echo) {fired.announcement}", flush=True)
            elif fired.task:
                text = fired.operation.get("textToConfirm", [{}])[0].get("text", "")
                print(f"(Echo) {text}  [say /task to accept]", flush=True)
                alexa.pending_task = fired.task
            print("\nyou> ", end="", flush=True)


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
        if text == "/task" and getattr(alexa, "pending_task", None):
            reply = alexa.launch_task(alexa.pending_task)
            alexa.pending_task = None
        else:
            try:
                reply = alexa.say(text)
            except SessionNotOpen as refused:
                print(refused)
                continue
        show(alexa, reply)


def show(alexa, reply) -> None:
    if reply.speech:
        print(f"alexa> {reply.speech}")
    if alexa.asking_permission is not None:
        scope = alexa.asking_permission["payload"]["permissionScopes"][0]["permissionScope"]
        what = "reminders" if "reminders" in scope else "timers"
        print(f"alexa> (Alexa asks) Do you allow Pore Coach to set {what}? Say yes or no.")
    if reply.card and reply.card.get("type") == "AskForPermissionsConsent":
        print("(A card in the Alexa app asks for the permission.)")
    if reply.ends_session and alexa.asking_permission is None:
        print("(session ended)")


def model_locales() -> list[str]:
    """The locales the skill package has an interaction model for."""
    from skill.local.nlu import MODEL_ROOT

    return sorted(path.stem for path in (MODEL_ROOT / "interactionModels" / "custom").glob("*"))


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make chat ARGS=", description=__doc__)
    parser.add_argument("--reset", action="store_true", help="forget everything stored locally")
    parser.add_argument(
        "--dynamodb",
        action="store_true",
        help="keep state in DynamoDB (TABLE_NAME and the standard AWS settings) instead of SQLite",
    )
    parser.add_argument(
        "--time-zone",
        help="the device's time zone (default America/Los_Angeles); the skill takes it at once, "
        "even for a user it knows",
    )
    parser.add_argument("--user", default="amzn1.ask.account.LOCALUSER", help="Alexa user id")
    parser.add_argument(
        "--locale",
        default="en-US",
        choices=model_locales(),
        help="the device's locale: its interaction model and its speech (default en-US)",
    )
    parser.add_argument("--verbose", action="store_true", help="show the skill's logs and metrics")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="time runs sixty times faster, for timers and reminders (a minute is a second)",
    )
    parser.add_argument(
        "--task",
        action="store_true",
        help="timers offer to bring you back to the walk (LAUNCH_TASK) instead of announcing",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
