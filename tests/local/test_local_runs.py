"""The local runs as a user meets them: `make chat` and `make invoke`, run as their own processes
(stdin in, screen out), and the driver both share, on the real handler and the loopback APIs.

The chat runs on the machine's clock: what these tests check doesn't depend on the hour.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from skill.config import Settings
from skill.local.chat import parse_span, recheck_time_zone
from skill.local.chat_lines import ENGLISH, SPANISH, lines_for
from skill.local.driver import LocalAlexa, SessionNotOpen
from skill.state.sqlite import SQLiteStore
from skill.state.store import UserKey

ROOT = Path(__file__).resolve().parents[2]
CHAT_USER = "amzn1.ask.account.LOCALUSER"
ENDED = '(The session has ended: start with "open pore coach" or "ask pore coach ...".)'


def run(module: str, *args: str, cwd: Path, stdin: str = "", **env: str):
    """One run of `python -m skill.local.<module>`, with none of the test run's settings."""
    settings = {
        "PATH": os.environ["PATH"],
        "HOME": str(cwd),
        "PYTHONWARNINGS": "ignore::SyntaxWarning",  # ask-sdk-model's docstrings, at first compile
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", f"skill.local.{module}", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=settings,
        timeout=60,
    )


def chat(cwd: Path, *lines: str, args: tuple[str, ...] = (), **env: str) -> list[str]:
    """What the chat printed, one line a list entry."""
    done = run("chat", *args, cwd=cwd, stdin="".join(f"{line}\n" for line in lines), **env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def chat_state(path: Path):
    """The chat user's state in the chat's SQLite file, through the skill's own store."""
    secret = Settings.from_env({"STATE_STORE": "sqlite"}).user_key_secret
    assert secret is not None
    return SQLiteStore(str(path)).load(UserKey.for_ids(secret, CHAT_USER)).state


def said(lines: list[str]) -> list[str]:
    return [line for line in lines if "alexa> " in line]


# 1. After a session ends, a line that doesn't name the skill is not sent to it.


def test_a_line_naming_no_skill_is_not_sent_once_the_session_has_ended(
    alexa: LocalAlexa, table
) -> None:
    # Given a user who set their skin type, then walked away from the session
    alexa.say("ask pore coach to set my skin type to oily")
    alexa.end_session()
    # When they say something that doesn't name the skill
    with pytest.raises(SessionNotOpen) as refused:
        alexa.say("my skin is dry")
    # Then they are told how to reach the skill, and the skill never heard it
    assert str(refused.value) == ENDED
    assert table(alexa.device).state.skin_type == "oily"
    # And naming the skill still reaches it
    assert "oily" in alexa.say("ask pore coach what's my skin type").speech


def test_a_line_naming_no_skill_is_not_sent_before_any_session(alexa: LocalAlexa, table) -> None:
    # Given a device no one has spoken to yet
    # When the first thing said doesn't name the skill
    with pytest.raises(SessionNotOpen, match="No session is open"):
        alexa.say("my skin is dry")
    # Then nothing is stored
    assert table(alexa.device).version == 0


def test_walking_away_from_alexas_question_leaves_it_unanswered(alexa: LocalAlexa) -> None:
    # Given Alexa asking for the timers permission
    alexa.say("ask pore coach to start my mask timer")
    assert alexa.asking_permission is not None
    # When the user walks away, then says something that names no skill
    alexa.end_session()
    # Then it isn't taken as the answer: no session is open to hear it
    with pytest.raises(SessionNotOpen):
        alexa.say("yes")


def test_a_line_the_chat_does_not_send_is_said_on_screen(tmp_path: Path) -> None:
    # Given a chat whose session has ended
    # When the user then says something that doesn't name the skill, and then asks by name
    screen = chat(
        tmp_path,
        "ask pore coach to set my skin type to oily",
        "/end",
        "my skin is dry",
        "ask pore coach what's my skin type",
    )
    # Then one short line says it wasn't sent, and the skill never heard it
    [refusal] = [line for line in screen if "has ended" in line]
    assert refusal.endswith(ENDED)
    assert "oily" in said(screen)[-1]
    assert chat_state(tmp_path / ".pore-coach/state.sqlite3").skin_type == "oily"


# 2. --time-zone applies to an existing user; without it, the locale's usual zone does.


def test_the_chats_time_zone_replaces_the_one_an_existing_user_has(tmp_path: Path) -> None:
    stored = tmp_path / ".pore-coach/state.sqlite3"
    # Given a user whose zone the skill checked today, in Kolkata
    chat(tmp_path, "ask pore coach what's tonight", args=("--time-zone", "Asia/Kolkata"))
    assert chat_state(stored).time_zone == "Asia/Kolkata"
    # When the chat is started again with another zone
    chat(tmp_path, "ask pore coach what's tonight", args=("--time-zone", "Europe/Paris"))
    # Then the skill uses the new one at once, not tomorrow
    assert chat_state(stored).time_zone == "Europe/Paris"
    # And a chat started without a zone is back on the locale's usual one, not the last run's
    screen = chat(tmp_path, "ask pore coach what's tonight")
    assert chat_state(stored).time_zone == "America/New_York"
    assert "(Device: en-US, time zone America/New_York.)" in screen


def test_a_chat_without_a_zone_takes_its_locales_usual_one(tmp_path: Path) -> None:
    # Given a chat in India, with no zone given
    screen = chat(tmp_path, "ask pore coach what's tonight", args=("--locale=en-IN",))
    # Then the device is in India's zone, and the chat says so
    assert chat_state(tmp_path / ".pore-coach/state.sqlite3").time_zone == "Asia/Kolkata"
    assert "(Device: en-IN, time zone Asia/Kolkata.)" in screen


def test_a_rechecked_zone_reaches_a_dynamodb_user_too(alexa: LocalAlexa, api, table) -> None:
    # Given a user whose zone the skill checked today, in Los Angeles
    alexa.say("ask pore coach what's tonight")
    assert table(alexa.device).state.time_zone == "America/Los_Angeles"
    # When the chat starts with the device in another zone
    api.time_zone = "Asia/Kolkata"
    recheck_time_zone(alexa.device.user_id)
    alexa.say("ask pore coach what's tonight")
    # Then the next turn takes it
    assert table(alexa.device).state.time_zone == "Asia/Kolkata"


def test_without_a_recheck_the_zone_waits_for_the_next_day(alexa: LocalAlexa, api, table) -> None:
    # Given the same user, and a device that moved, with no recheck
    alexa.say("ask pore coach what's tonight")
    api.time_zone = "Asia/Kolkata"
    alexa.say("ask pore coach what's tonight")
    # Then the skill keeps the zone it checked today, as it does on Alexa
    assert table(alexa.device).state.time_zone == "America/Los_Angeles"


# 3. `make invoke` uses its own user and store, never the chat's.


def test_invoke_never_touches_the_chats_state(tmp_path: Path) -> None:
    # Given a chat user with a routine
    chat(tmp_path, "ask pore coach to set my skin type to oily")
    # When an envelope that deletes its user's data is invoked
    done = run("invoke", str(ROOT / "events/skill-disabled.json"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == "1.0"
    # Then the chat's user still has their routine
    assert chat_state(tmp_path / ".pore-coach/state.sqlite3").skin_type == "oily"


def test_each_invoke_starts_from_an_empty_store(tmp_path: Path) -> None:
    # Given an earlier invoke that set the skin type
    run("invoke", str(ROOT / "events/set-skin-type.json"), cwd=tmp_path)
    # When another invoke asks for it in a new session (no state carried: the store is read)
    event = json.loads((ROOT / "events/get-skin-type.json").read_text())
    event["session"].update(new=True, attributes={})
    asking = tmp_path / "ask-skin-type.json"
    asking.write_text(json.dumps(event))
    done = run("invoke", str(asking), cwd=tmp_path)
    # Then the skill doesn't know it: an envelope gets the same answer however often it is sent
    speech = json.loads(done.stdout)["response"]["outputSpeech"]["ssml"]
    assert "I don't know yet" in speech, speech
    # And nothing was left in the chat's store
    assert not (tmp_path / ".pore-coach").exists()


# 4. A missing file or setting prints one clear line, not a traceback.

DYNAMODB = {"AWS_DEFAULT_REGION": "us-east-1"}


@pytest.mark.parametrize(
    ("module", "args", "env", "says"),
    [
        ("invoke", ["nope.json"], {}, "No such file: nope.json"),
        ("invoke", [], {}, "make invoke EVENT=events/"),
        ("invoke", ["broken.json"], {}, "broken.json is not JSON"),
        ("invoke", ["list.json"], {}, "list.json is not an Alexa request envelope"),
        ("invoke", ["--time-zone", "Mars/Olympus", str(ROOT / "events/help.json")], {}, "Mars"),
        ("chat", ["--dynamodb"], {**DYNAMODB, "USER_KEY_SECRET": "k" * 32}, "TABLE_NAME"),
        ("chat", ["--dynamodb"], {**DYNAMODB, "TABLE_NAME": "t"}, "USER_KEY_SECRET"),
        (
            "chat",
            ["--dynamodb"],
            {**DYNAMODB, "TABLE_NAME": "t", "USER_KEY_SECRET": "short"},
            "USER_KEY_SECRET must be at least 32 characters",
        ),
        ("chat", ["--time-zone", "Mars/Olympus"], {}, "Unknown time zone 'Mars/Olympus'"),
        ("chat", [], {"SQLITE_PATH": "a-file/state.sqlite3"}, "a-file/state.sqlite3"),
        ("chat", [], {"SQLITE_PATH": "."}, "SQLITE_PATH"),
        ("chat", ["--reset"], {"SQLITE_PATH": "."}, "SQLITE_PATH"),
    ],
)
def test_a_missing_file_or_setting_prints_one_clear_line(
    tmp_path: Path, module: str, args: list[str], env: dict[str, str], says: str
) -> None:
    # Given a broken envelope, a list that is no envelope, and a file where a folder should be
    (tmp_path / "broken.json").write_text('{"version": "1.0",')
    (tmp_path / "list.json").write_text("[]")
    (tmp_path / "a-file").write_text("")
    # When the chat or invoke is started with what is wrong
    done = run(module, *args, cwd=tmp_path, **env)
    # Then it stops with one line that says what, and no traceback
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr + done.stdout


# 5. The chat's own lines are in the locale's language.


@pytest.mark.parametrize("locale", ["es-US", "es-MX", "es-ES"])
def test_a_spanish_chat_frames_the_skill_in_spanish(tmp_path: Path, locale: str) -> None:
    # Given a chat on a Spanish device
    # When the user asks for a timer, says no to Alexa's question, then speaks to no skill
    screen = chat(
        tmp_path,
        "abre entrenador de poros y pon el temporizador de mascarilla",
        "no",
        "hola",
        args=(f"--locale={locale}",),
    )
    # Then the chat's banner, Alexa's question and its notices are Spanish too
    assert screen[0].startswith("Entrenador de Poros, chat local.")
    question = "¿Permites que Entrenador de Poros ponga temporizadores? Di sí o no."
    assert f"alexa> (Alexa pregunta) {question}" in screen
    assert "(sesión terminada)" in screen
    assert (
        '(La sesión ha terminado: empieza con "abre entrenador de poros" o '
        '"pregúntale a entrenador de poros ...".)'
    ) in screen


def test_the_chats_lines_follow_the_locales_language() -> None:
    assert lines_for("es-MX") is SPANISH
    assert lines_for("en-IN") is ENGLISH
    assert lines_for("fr-FR") is ENGLISH  # a language without lines of its own: English


# 6. What the chat shows and takes: piped lines, cards, /task.


def test_piped_lines_are_echoed_after_the_prompt(tmp_path: Path) -> None:
    # When the chat's input is piped in
    screen = chat(tmp_path, "ask pore coach what's my skin type")
    # Then the transcript shows what the user said, on its own line, before the answer
    at = screen.index("you> ask pore coach what's my skin type")
    assert screen[at + 1].startswith("alexa> ")


def test_cards_the_skill_sends_are_shown(tmp_path: Path) -> None:
    # When the skill suggests a product, then Alexa's consent prompt goes unanswered
    screen = chat(
        tmp_path,
        "ask pore coach to suggest a product",
        "/end",
        "ask pore coach to start my mask timer",
        "maybe",
    )
    # Then the product's card shows its title and content, and Alexa's consent card is named
    assert any(re.fullmatch(r"\(card\) [^:]+: About \$\d+\.", line) for line in screen), screen
    assert (
        "(card) Pore Coach asks for permission to set timers. In the chat, /allow timers gives it."
    ) in screen


def test_task_with_nothing_on_offer_says_so_and_sends_nothing(tmp_path: Path) -> None:
    # Given an open session, and no timer that offered to take the user back
    # When the user types /task
    screen = chat(tmp_path, "open pore coach", "/task")
    # Then the chat says there is nothing to accept, and the skill heard nothing
    assert "(No timer has offered to take you back, so there is nothing to accept.)" in screen
    assert len(said(screen)) == 1  # the launch's answer only


# 7. Permissions last between runs, and switch as in the Alexa app.


def test_permissions_last_between_runs_and_switch_as_in_the_alexa_app(tmp_path: Path) -> None:
    asks = "alexa> (Alexa asks) Do you allow Pore Coach to set timers? Say yes or no."
    # Given a user who allowed timers by voice
    chat(tmp_path, "ask pore coach to start my mask timer", "yes")
    # When a later run starts a timer
    screen = chat(tmp_path, "ask pore coach to start my towel timer")
    # Then Alexa doesn't ask again: the permission is still given
    assert asks not in screen
    assert "timer started" in said(screen)[-1]
    # And after the switch goes off, Alexa asks; after a no, the switch is the way back
    screen = chat(
        tmp_path,
        "/deny timers",
        "ask pore coach to start my mask timer",
        "no",
        "/allow timers",
        "ask pore coach to start my mask timer",
    )
    assert asks in screen
    assert "(Pore Coach may now set timers, as if switched on in the Alexa app.)" in screen
    assert "timer started" in said(screen)[-1]
    # And --reset forgets them with everything else
    chat(tmp_path, args=("--reset",))
    assert not (tmp_path / ".pore-coach/permissions.json").exists()


# 8. /advance moves the chat's clock: days pass, and what falls due goes off.


def test_advance_moves_the_clock_and_what_falls_due_goes_off(tmp_path: Path) -> None:
    # Given a nightly reminder and a mask timer, both allowed
    screen = chat(
        tmp_path,
        "/allow reminders",
        "/allow timers",
        "ask pore coach to remind me every night at nine",
        "yes",
        "ask pore coach to start my mask timer",
        "/advance 30m",
        "/advance 2d",
    )
    # Then half an hour on, the timer has gone off; two days on, the reminder has
    half_hour, two_days = (
        next(at for at, line in enumerate(screen) if line.startswith(f"({span} later: it is now"))
        for span in ("30m", "2d")
    )
    assert "(Echo) Clay mask timer is done." in screen[half_hour:two_days]
    assert any(line.startswith("(Echo) Reminder: ") for line in screen[two_days:])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1d", timedelta(days=1)),
        ("2h", timedelta(hours=2)),
        ("30m", timedelta(minutes=30)),
        ("1d 2h", timedelta(days=1, hours=2)),
        ("", None),
        ("0m", None),
        ("tomorrow", None),
        ("-1d", None),
        ("999999999d", None),
    ],
)
def test_advance_takes_days_hours_and_minutes(text: str, span: timedelta | None) -> None:
    assert parse_span(text) == span
