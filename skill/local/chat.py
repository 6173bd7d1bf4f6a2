"""A text conversation with the real skill: `make chat`.

Say "open pore coach" or "ask pore coach what's tonight"; then answer as you would aloud.
Once a session has ended, a line that doesn't name the skill isn't sent to it, as on Alexa.
State is kept in a local SQLite file between runs, and the permissions given beside it
(--reset starts afresh).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from skill.local import screen_text
from skill.local.alexa_api import REMINDERS_SCOPE, TIMERS_SCOPE
from skill.local.chat_lines import ENGLISH, ChatLines, lines_for
from skill.local.driver import SessionNotOpen
from skill.local.runtime import DEFAULT_SQLITE_PATH, local_skill, quiet
from skill.zones import default_time_zone

# What /allow and /deny name, in either language, and the scope each switches.
SCOPES = {
    "timers": TIMERS_SCOPE,
    "temporizadores": TIMERS_SCOPE,
    "reminders": REMINDERS_SCOPE,
    "recordatorios": REMINDERS_SCOPE,
}
PERMISSIONS_FILE = "permissions.json"
LONGEST_ADVANCE = timedelta(days=366)
_SPAN_PART = re.compile(r"(\d+)([dhm])")
_SPAN_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if options.reset:
        forget_local_state()
    if options.task:
        os.environ["TIMER_TASK_DEPLOYED"] = "true"
    lines = lines_for(options.locale)
    zone = options.time_zone or default_time_zone(options.locale)
    with local_skill(options.dynamodb, zone, options.verbose) as api:
        from skill.app import lambda_handler
        from skill.local.driver import LocalAlexa
        from skill.local.envelopes import Device

        handler = quiet(lambda_handler, options.verbose)
        # One clock for the requests and the stand-in, so timers, reminders and "tonight" agree.
        clock = SpedUpClock(60.0 if options.fast else 1.0)
        api.clock = clock
        permissions = GrantedPermissions(permissions_path(), options.user)
        for scope in permissions.load():
            api.grant(scope)
        device = Device(
            api_endpoint=api.endpoint,
            user_id=options.user,
            locale=options.locale,
            screen=options.screen,
        )
        alexa = LocalAlexa(handler, device, clock=clock)
        chat = Chat(alexa, api, clock, lines, permissions, ZoneInfo(zone))
        alexa.on_consent = chat.allow
        # The device's zone is this run's (--time-zone, else the locale's), not an earlier run's.
        recheck_time_zone(options.user, lines)
        print(lines.banner)
        print(lines.device.format(locale=options.locale, zone=zone))
        stop = threading.Event()
        threading.Thread(target=chat.announce_until, args=(stop,), daemon=True).start()
        try:
            return chat.converse(echo=not sys.stdin.isatty())
        finally:
            stop.set()


def permissions_path() -> Path:
    """Beside the chat's SQLite store: what the user allowed lasts as long as what the skill set."""
    return Path(os.environ.get("SQLITE_PATH", DEFAULT_SQLITE_PATH)).parent / PERMISSIONS_FILE


def forget_local_state() -> None:
    """--reset: the local SQLite file goes, every user's state with it, and their permissions."""
    for path in (Path(os.environ.get("SQLITE_PATH", DEFAULT_SQLITE_PATH)), permissions_path()):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise SystemExit(f"SQLITE_PATH {path} can't be removed ({error}).") from None


def recheck_time_zone(user_id: str, lines: ChatLines = ENGLISH) -> None:
    """Each run's device has the zone the chat was started with. The skill asks the Settings API
    once a week and keeps the answer, so a zone from an earlier run would stay: forget when it
    last asked, and its next turn asks the stand-in."""
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
        print(lines.zone_kept.format(error=type(error).__name__))


class GrantedPermissions:
    """The stand-in's permissions for one user, kept in a JSON file between chat runs."""

    def __init__(self, path: Path, user_id: str) -> None:
        self.path = path
        self.user_id = user_id

    def load(self) -> set[str]:
        return set(self._all().get(self.user_id, []))

    def save(self, scopes: set[str]) -> None:
        everyone = self._all() | {self.user_id: sorted(scopes)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(everyone, indent=2) + "\n")
        except OSError as error:
            print(f"({self.path} can't be written: {error.strerror}.)")

    def _all(self) -> dict[str, list[str]]:
        """Every user's scopes; a missing or unreadable file means none were given."""
        try:
            stored = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return stored if isinstance(stored, dict) else {}


class SpedUpClock:
    """Now, with time since start running `speed` times faster (--fast: a minute a second),
    plus whatever /advance added."""

    def __init__(self, speed: float) -> None:
        self._speed = speed
        self._start = datetime.now(UTC)
        self._started = time.monotonic()
        self._advanced = timedelta(0)

    def __call__(self) -> datetime:
        elapsed = timedelta(seconds=(time.monotonic() - self._started) * self._speed)
        return self._start + elapsed + self._advanced

    def advance(self, span: timedelta) -> None:
        self._advanced += span


def parse_span(text: str) -> timedelta | None:
    """'1d', '2h', '30m' or '1d 2h' as a time span; None for anything else or too long."""
    compact = text.replace(" ", "").lower()
    if not re.fullmatch(r"(\d+[dhm])+", compact):
        return None
    parts = _SPAN_PART.findall(compact)
    if any(len(number) > 6 for number, _ in parts):
        return None
    span = sum((timedelta(**{_SPAN_UNITS[unit]: int(n)}) for n, unit in parts), timedelta(0))
    return span if timedelta(0) < span <= LONGEST_ADVANCE else None


class Chat:
    """The terminal's side of the device: lines typed go to Alexa, what comes back is printed,
    and the chat's own commands (/end, /task, /allow, /deny, /advance) act as the user would
    on the device or in the Alexa app."""

    def __init__(
        self,
        alexa: Any,
        api: Any,
        clock: SpedUpClock,
        lines: ChatLines,
        permissions: GrantedPermissions,
        zone: ZoneInfo,
    ) -> None:
        self.alexa = alexa
        self.api = api
        self.clock = clock
        self.lines = lines
        self.permissions = permissions
        self.zone = zone
        # Held while the clock jumps and what fell due is announced, so each alert prints once,
        # before the next line is read.
        self._announcing = threading.Lock()

    def converse(self, echo: bool) -> int:
        """Read lines until /quit or the end of input. Piped lines are echoed after `you> `,
        so a transcript reads as the conversation it was."""
        while True:
            try:
                text = input("\nyou> ").strip()
            except EOFError:
                print()
                return 0
            if echo:
                print(text)
            if text and not self.handle(text):
                return 0

    def handle(self, text: str) -> bool:
        """One line: a chat command, else words to the device. False when the user leaves."""
        command, _, argument = text.partition(" ")
        if command in ("/quit", "/exit"):
            return False
        if command == "/end":
            self.end_session()
        elif command == "/task":
            self.start_task(argument.strip()) if argument.strip() else self.accept_task()
        elif command in ("/accept", "/decline"):
            self.answer_offer(command == "/accept")
        elif command in ("/allow", "/deny"):
            self.switch_permission(command == "/allow", argument.strip().lower())
        elif command == "/advance":
            self.advance(argument)
        elif command == "/tap":
            self.tap(argument.strip())
        elif command.startswith("/"):
            print(self.lines.unknown_command)
        else:
            self.say(text)
        return True

    def say(self, text: str) -> None:
        try:
            reply = self.alexa.say(text)
        except SessionNotOpen as refused:
            print(refused)
            return
        self.show(reply)

    def tap(self, action: str) -> None:
        """A touch on a button of the screen: only on a device with one, showing something."""
        if not self.alexa.device.screen or self.alexa.screen is None:
            print(self.lines.nothing_to_tap)
            return
        self.show(self.alexa.tap(action))

    def end_session(self, reason: str = "USER_INITIATED") -> None:
        self.alexa.end_session(reason)
        print(self.lines.session_ended)

    def accept_task(self) -> None:
        """Yes to a timer's offer to take the user back; with no offer, nothing is sent."""
        task, self.alexa.pending_task = self.alexa.pending_task, None
        if task is None:
            print(self.lines.no_task_offered)
            return
        self.show(self.alexa.launch_task(task))

    def start_task(self, name: str) -> None:
        """/task StartTonight: the skill's task, as an evening routine starts it."""
        self.show(self.alexa.start_task(name))

    def answer_offer(self, accepted: bool) -> None:
        if self.alexa.offering is None:
            print(self.lines.no_routine_offer)
            return
        self.show(self.alexa.answer_offer(accepted))

    def allow(self, scope: str) -> None:
        """The user consents (by voice or /allow): the stand-in honours it, now and next run."""
        self.api.grant(scope)
        self.permissions.save(set(self.api.granted))

    def switch_permission(self, allowed: bool, name: str) -> None:
        """The Alexa app's permission switch for the skill."""
        scope = SCOPES.get(name)
        if scope is None:
            print(self.lines.which_permission)
            return
        if allowed:
            self.allow(scope)
        else:
            self.api.revoke(scope)
            self.permissions.save(set(self.api.granted))
        what = self.scope_words(scope)
        print((self.lines.allowed if allowed else self.lines.denied).format(what=what))

    def advance(self, argument: str) -> None:
        """Time passes: an open session times out first, then what fell due goes off."""
        span = parse_span(argument)
        if span is None:
            print(self.lines.how_long)
            return
        conversation = self.alexa.conversation
        if conversation is not None and not conversation.ended:
            self.end_session("EXCEEDED_MAX_REPROMPTS")
        with self._announcing:
            self.clock.advance(span)
            now = f"{self.clock().astimezone(self.zone):%Y-%m-%d %H:%M}"
            print(self.lines.time_passed.format(amount=argument.strip(), now=now))
            self._announce_due()

    def show(self, reply: Any) -> None:
        if reply.speech:
            print(f"alexa> {reply.speech}")
        if self.alexa.asking_permission is not None:
            scope = self.alexa.asking_permission["payload"]["permissionScopes"][0]
            question = self.lines.permission_question.format(
                skill=self.lines.skill_name, what=self.scope_words(scope["permissionScope"])
            )
            print(f"alexa> {question}")
        if self.alexa.offering is not None:
            print(self.offer_text(self.alexa.offering))
        if reply.card:
            print(self.card_text(reply.card))
        directives = reply.raw.get("response", {}).get("directives") or []
        if self.alexa.screen and any(
            d["type"].startswith("Alexa.Presentation") for d in directives
        ):
            print(screen_text.render(self.alexa.screen))
        if reply.ends_session and self.alexa.asking_permission is self.alexa.offering is None:
            print(self.lines.session_ended)

    def offer_text(self, directive: dict[str, Any]) -> str:
        """The routine Alexa offers, as its offer would put it: when, and what it starts."""
        offer: dict[str, Any] = directive.get("input", {})
        at = str(offer["automation"]["trigger"]["payload"]["schedule"]["triggerTime"])
        actions: list[dict[str, str]] = list(offer["renderingData"]["operations"].values())
        action = actions[0].get("descriptionPrompt", "") if actions else ""
        return self.lines.routine_offer.format(time=f"{at[:2]}:{at[2:4]}", action=action)

    def card_text(self, card: dict[str, Any]) -> str:
        """A card as the Alexa app would show it: a title and its text, or a consent request."""
        if card.get("type") == "AskForPermissionsConsent":
            scopes = card.get("permissions") or []
            return self.lines.consent_card.format(
                skill=self.lines.skill_name,
                what=", ".join(self.scope_words(scope) for scope in scopes),
                command=", ".join(f"/allow {self.scope_name(scope)}" for scope in scopes),
            )
        content = card.get("content") or card.get("text") or ""
        return self.lines.card.format(
            title=card.get("title") or "", content=content.strip().replace("\n", "\n    ")
        )

    def scope_words(self, scope: str) -> str:
        return self.lines.reminders if scope == REMINDERS_SCOPE else self.lines.timers

    @staticmethod
    def scope_name(scope: str) -> str:
        return "reminders" if scope == REMINDERS_SCOPE else "timers"

    def announce_until(self, stop: threading.Event) -> None:
        """The Echo's side of timers and reminders, as time runs: a look four times a second."""
        while not stop.wait(0.25):
            with self._announcing:
                if self._announce_due():
                    print("\nyou> ", end="", flush=True)

    def _announce_due(self) -> bool:
        """Say what went off since the last look, as the Echo would; True if anything did."""
        reminders, timers = self.api.due_reminders(), self.api.due_timers()
        for reminder in reminders:
            print(f"\n{self.lines.reminder_went_off.format(text=reminder.text)}", flush=True)
        for fired in timers:
            print(f"\n{self.lines.timer_done.format(label=fired.label)}", flush=True)
            if fired.announcement:
                print(f"(Echo) {fired.announcement}", flush=True)
            elif fired.task:
                text = fired.operation.get("textToConfirm", [{}])[0].get("text", "")
                print(self.lines.task_offer.format(text=text), flush=True)
                self.alexa.pending_task = fired.task
        return bool(reminders or timers)


def model_locales() -> list[str]:
    """The locales the skill package has an interaction model for."""
    from skill.local.nlu import MODEL_ROOT

    return sorted(path.stem for path in (MODEL_ROOT / "interactionModels" / "custom").glob("*"))


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make chat ARGS=", description=__doc__)
    parser.add_argument(
        "--reset", action="store_true", help="forget everything stored locally, permissions too"
    )
    parser.add_argument(
        "--dynamodb",
        action="store_true",
        help="keep state in DynamoDB (TABLE_NAME and the standard AWS settings) instead of SQLite",
    )
    parser.add_argument(
        "--time-zone",
        help="the device's time zone (default: the locale's usual one, such as Asia/Kolkata for "
        "en-IN); the skill takes it at once, even for a user it knows",
    )
    parser.add_argument("--user", default="amzn1.ask.account.LOCALUSER", help="Alexa user id")
    parser.add_argument(
        "--locale",
        default="en-US",
        choices=model_locales(),
        help="the device's locale: its interaction model, its speech and the chat's own lines "
        "(default en-US)",
    )
    parser.add_argument("--verbose", action="store_true", help="show the skill's logs and metrics")
    parser.add_argument(
        "--screen",
        action="store_true",
        help="an Echo Show: after each reply, what the screen shows, with buttons to /tap",
    )
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
