"""Routine reminders through the SDK's Reminders client, over HTTPS to the loopback stand-in."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from skill import app
from skill.local.alexa_api import REMINDERS_SCOPE, STALLED
from skill.local.driver import LocalAlexa
from skill.local.envelopes import Device
from skill.state.changes import ForgetReminders, RecordReminder
from skill.state.model import UserState
from tests.conftest import fresh_skill

NIGHTLY_PLAIN = "FREQ=WEEKLY;BYDAY=TU,WE,FR,SA,SU;BYHOUR=21;BYMINUTE=0;BYSECOND=0"
NIGHTLY_MASK = "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=21;BYMINUTE=0;BYSECOND=0"
MASK_NIGHT_TEXT = "Tonight is a clay-mask night. Ask Pore Coach to walk you through it."


def rules(api) -> dict[str, str]:
    """What Alexa holds: token -> recurrence rule."""
    return {
        token: body["trigger"]["recurrence"]["recurrenceRules"][0]
        for token, body in api.reminders.items()
    }


def stored_tokens(table, device) -> set[str]:
    return {kept["token"] for kept in table(device).state.reminders.values()}


def given_nightly_reminders_at_nine(alexa, api) -> None:
    """The user has consented, asked for a reminder every night at nine, and confirmed it."""
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")


def test_a_nightly_reminder_is_confirmed_then_asks_consent_then_set(alexa, api, table) -> None:
    # When the user asks for a nightly reminder at nine
    reply = alexa.say("ask pore coach to remind me every night at nine")
    # Then the skill restates it, in the evening, and asks before setting anything
    assert reply.speech == (
        "Taking that as evening, for your night routine. I'll remind you at 9 pm every night, "
        "and on mask nights I'll say so. Shall I set that?"
    )
    assert not api.calls_to("reminders")
    # When they confirm, Alexa is asked for the reminders permission, carrying the reminder
    reply = alexa.say("yes")
    directive = reply.raw["response"]["directives"][0]
    assert directive["payload"]["permissionScopes"][0]["permissionScope"] == REMINDERS_SCOPE
    assert json.loads(directive["token"])["question"]["clock"] == "21:00"
    # And when they consent, both alerts are created and recorded
    reply = alexa.say("yes")
    assert reply.speech == "Done. You'll hear the first one tonight at 9 pm."
    assert sorted(rules(api).values()) == sorted([NIGHTLY_PLAIN, NIGHTLY_MASK])
    assert stored_tokens(table, alexa.device) == set(api.reminders)


def test_the_request_body_is_the_documented_shape(alexa, api) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me on mask nights at half past eight")
    alexa.say("yes")
    [body] = [c.body for c in api.calls_to("reminders") if c.method == "POST"]
    assert body == {
        "requestTime": "2026-11-23T20:00:00",
        "trigger": {
            "type": "SCHEDULED_ABSOLUTE",
            "timeZoneId": "America/Los_Angeles",
            "recurrence": {
                "startDateTime": "2026-11-23T20:00:00",
                "recurrenceRules": ["FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=20;BYMINUTE=30;BYSECOND=0"],
            },
        },
        "alertInfo": {
            "spokenInfo": {
                "content": [
                    {
                        "locale": "en-US",
                        "text": MASK_NIGHT_TEXT,
                    }
                ]
            }
        },
        "pushNotification": {"status": "ENABLED"},
    }


@pytest.mark.parametrize(
    ("zone", "utc"),
    [
        ("America/Los_Angeles", datetime(2026, 11, 24, 4, 0, tzinfo=UTC)),
        ("Europe/London", datetime(2026, 11, 23, 19, 0, tzinfo=UTC)),
        ("Asia/Kolkata", datetime(2026, 11, 23, 14, 30, tzinfo=UTC)),
        ("Australia/Sydney", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
    ],
)
def test_reminders_go_off_at_nine_in_the_devices_zone(aws, api, clock, table, zone, utc) -> None:
    # Given a device in `zone` at 7 pm local on Monday 23 November
    device = Device(
        api_endpoint=api.endpoint, device_id=f"amzn1.ask.device.{zone.replace('/', '-')}"
    )
    api.device_time_zones[device.device_id] = zone
    api.grant(REMINDERS_SCOPE)
    clock.now = utc
    alexa = LocalAlexa(app.lambda_handler, device=device, clock=clock)
    alexa.say("ask pore coach to remind me every night at 9 pm")
    reply = alexa.say("yes")
    assert "tonight at 9 pm" in reply.speech
    assert {b["trigger"]["timeZoneId"] for b in api.reminders.values()} == {zone}
    # Then over the next week it goes off at 9 pm local every night, saying so on mask nights
    clock.advance(days=7)
    fired = api.due_reminders()
    assert len(fired) == 7
    assert all(f.at.astimezone(ZoneInfo(zone)).hour == 21 for f in fired)
    assert sum("clay-mask night" in f.text for f in fired) == 2


def test_what_reminders_i_have_and_stopping_them(alexa, api, table) -> None:
    api.grant(REMINDERS_SCOPE)
    assert "don't have any reminders" in alexa.say("ask pore coach what reminders do i have").speech
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")
    assert alexa.say("ask pore coach what reminders do i have").speech == "One every night at 9 pm."
    alexa.say("ask pore coach to remind me on mask nights at eight")
    alexa.say("yes")
    reply = alexa.say("ask pore coach what reminders do i have")
    assert reply.speech == "Mask nights at 8 pm, and the other nights at 9 pm."
    assert len(api.reminders) == 2  # the mask alert was moved, not duplicated
    reply = alexa.say("ask pore coach to stop my mask night reminder")
    assert "Mask nights go back to your 9 pm reminder" in reply.speech
    assert len(api.reminders) == 2 and stored_tokens(table, alexa.device) == set(api.reminders)
    reply = alexa.say("ask pore coach to stop reminding me")
    assert "cancelled your reminders" in reply.speech
    assert api.reminders == {} and table(alexa.device).state.reminders == {}


def test_moving_mask_nights_moves_the_reminders(alexa, api, table) -> None:
    given_nightly_reminders_at_nine(alexa, api)
    before = set(api.reminders)
    reply = alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    # One every night at nine still: nothing the user would notice moved, so nothing is said
    assert "reminder" not in reply.speech.lower()
    assert set(api.reminders) == before  # updated in place
    assert sorted(rules(api).values()) == sorted(
        [
            "FREQ=WEEKLY;BYDAY=MO,WE,TH,FR,SU;BYHOUR=21;BYMINUTE=0;BYSECOND=0",
            "FREQ=WEEKLY;BYDAY=TU,SA;BYHOUR=21;BYMINUTE=0;BYSECOND=0",
        ]
    )


def test_moving_mask_nights_with_a_mask_night_reminder_of_its_own_says_so(alexa, api) -> None:
    given_nightly_reminders_at_nine(alexa, api)
    alexa.say("ask pore coach to remind me on mask nights at ten")
    alexa.say("yes")
    reply = alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    assert "Your reminders have moved with them." in reply.speech
    assert sorted(rules(api).values()) == sorted(
        [
            "FREQ=WEEKLY;BYDAY=MO,WE,TH,FR,SU;BYHOUR=21;BYMINUTE=0;BYSECOND=0",
            "FREQ=WEEKLY;BYDAY=TU,SA;BYHOUR=22;BYMINUTE=0;BYSECOND=0",
        ]
    )


def test_a_reminder_deleted_in_the_alexa_app_is_forgotten(alexa, api, table) -> None:
    given_nightly_reminders_at_nine(alexa, api)
    mask_token = table(alexa.device).state.reminders["mask"]["token"]
    api.remove_reminder(mask_token)
    reply = alexa.event("Reminders.ReminderDeleted", {"alertTokens": [mask_token]})
    assert reply.speech == ""
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    assert "other nights" not in alexa.say("ask pore coach what reminders do i have").speech


def test_a_refusal_is_respected_for_a_week(alexa, api, clock, table) -> None:
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")
    reply = alexa.say("no")
    assert "ask Alexa to remind you every night at 9 pm" in reply.speech
    reply = alexa.say("ask pore coach to remind me every night at nine")
    assert "directives" not in reply.raw["response"] and reply.ends_session
    assert table(alexa.device).state.reminders == {}
    clock.advance(days=7)
    alexa.say("ask pore coach to remind me every night at nine")
    reply = alexa.say("yes")
    assert reply.raw["response"]["directives"][0]["name"] == "AskFor"


@pytest.mark.parametrize(
    ("status", "body", "heard"),
    [
        (400, {"code": "INVALID_REQUEST", "message": "bad"}, "couldn't set that reminder"),
        (403, {"code": "FORBIDDEN", "message": "no"}, "don't work on this device"),
        (429, {"code": "RATE_EXCEEDED", "message": "slow"}, "busy"),
        (500, {"code": "INTERNAL_ERROR", "message": "oops"}, "didn't answer"),
        (503, {"code": "UNAVAILABLE", "message": "later"}, "didn't answer"),
        (500, None, "didn't answer"),
    ],
)
def test_every_reminders_api_failure_is_spoken_and_nothing_half_recorded(
    alexa, api, table, status, body, heard
) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    api.fail("reminders", status, body, times=1)
    reply = alexa.say("yes")
    assert heard in reply.speech
    # The first alert failed and was not recorded; the second was never tried
    assert table(alexa.device).state.reminders == {} and api.reminders == {}


def test_a_half_done_nightly_reminder_keeps_only_what_alexa_holds(alexa, api, table) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    reply = alexa.say("yes")
    assert len(api.reminders) == 2
    alexa.say("ask pore coach to remind me every night at ten")
    api.fail("reminders", 500, {"code": "INTERNAL_ERROR", "message": "x"}, times=2)
    reply = alexa.say("yes")
    assert "didn't answer" in reply.speech
    assert stored_tokens(table, alexa.device) == set(api.reminders)


@pytest.mark.parametrize(
    ("words", "heard"),
    [
        ("ask pore coach to remind me every night", "What time"),
        ("ask pore coach to remind me every night at half past ten", "10:30 pm every night"),
        ("ask pore coach to remind me every night at 21:15", "9:15 pm every night"),
    ],
)
def test_spoken_times(alexa, words, heard) -> None:
    assert heard in alexa.say(words).speech


def test_a_reminders_api_that_does_not_answer_in_time_is_spoken(alexa, api, monkeypatch) -> None:
    monkeypatch.setenv("ALEXA_API_TIMEOUT_SECONDS", "0.3")
    fresh_skill()
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    api.stall("reminders")
    reply = alexa.say("yes")
    assert "didn't answer" in reply.speech
    assert api.reminders == {}
    api.release()


def test_a_reminder_alexa_lost_is_made_again_when_the_nights_move(alexa, api, table) -> None:
    # Given nightly reminders, one of which Alexa no longer has (no event reached us)
    given_nightly_reminders_at_nine(alexa, api)
    lost = table(alexa.device).state.reminders["mask"]["token"]
    api.remove_reminder(lost)
    # When the mask nights move, the update answers 404 and the reminder is created afresh
    reply = alexa.say("ask pore coach to make my mask nights tuesday and saturday")
    assert "couldn't move your reminders" not in reply.speech
    assert lost not in api.reminders and len(api.reminders) == 2
    assert stored_tokens(table, alexa.device) == set(api.reminders)


def test_asked_after_nine_it_says_the_first_one_is_tomorrow(alexa, api, clock) -> None:
    clock.advance(hours=2)  # Monday 10 pm in Los Angeles
    reply = alexa.say("ask pore coach to remind me tonight at nine")
    assert reply.speech.endswith(
        "I'll remind you at 9 pm every night, starting tomorrow, and on mask nights I'll say so. "
        "Shall I set that?"
    )
    reply = alexa.say("ask pore coach to remind me on mask nights at nine")
    assert "on your mask nights, starting Thursday." in reply.speech


def test_a_missing_time_is_asked_for_within_the_intent(alexa, api) -> None:
    api.grant(REMINDERS_SCOPE)
    reply = alexa.say("ask pore coach to remind me on mask nights")
    [directive] = reply.raw["response"]["directives"]
    assert directive["type"] == "Dialog.ElicitSlot" and directive["slotToElicit"] == "time"
    assert reply.speech.startswith("What time should I remind you?")
    # The answer comes back in the same intent, the mask nights kept
    reply = alexa.say("at half past eight")
    assert reply.speech == (
        "Taking that as evening, for your night routine. I'll remind you at 8:30 pm on your mask "
        "nights. Shall I set that?"
    )


@pytest.mark.parametrize("words", ["at noon", "at 2 am", "at 4"])
def test_only_evening_times_are_taken(alexa, words) -> None:
    reply = alexa.say(f"ask pore coach to remind me every night {words}")
    assert "pick an evening time" in reply.speech
    assert reply.raw["response"]["directives"][0]["type"] == "Dialog.ElicitSlot"


def test_no_reminder_is_set_in_a_guessed_time_zone(alexa, api, table) -> None:
    api.grant(REMINDERS_SCOPE)
    api.fail("settings", 503, {"code": "UNAVAILABLE", "message": "later"})
    alexa.say("ask pore coach to remind me every night at nine")
    reply = alexa.say("yes")
    assert "couldn't get your device's time zone" in reply.speech
    assert api.reminders == {} and table(alexa.device).state.reminders == {}


def test_if_the_second_alert_fails_the_first_is_taken_back(alexa, api, table) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    original = api.answer

    def second_post_fails(call, seen=[]):  # noqa: B006 - counts POSTs across calls
        if call.method == "POST" and call.path == "/v1/alerts/reminders":
            seen.append(call)
            if len(seen) == 2:
                api.calls.append(call)
                return 429, {"code": "RATE_EXCEEDED", "message": "slow down"}
        return original(call)

    api.answer = second_post_fails
    try:
        reply = alexa.say("yes")
    finally:
        del api.answer
    assert "busy" in reply.speech
    assert api.reminders == {} and table(alexa.device).state.reminders == {}


def test_reminders_belong_to_the_account_whoever_speaks(aws, api, clock, table) -> None:
    api.grant(REMINDERS_SCOPE)
    alice = LocalAlexa(app.lambda_handler, Device(api_endpoint=api.endpoint), clock=clock)
    bob = LocalAlexa(
        app.lambda_handler,
        Device(api_endpoint=api.endpoint, person_id="amzn1.ask.person.BOB"),
        clock=clock,
    )
    alice.say("ask pore coach to remind me every night at nine")
    alice.say("yes")
    assert bob.say("ask pore coach what reminders do i have").speech == "One every night at 9 pm."
    assert "cancelled" in bob.say("ask pore coach to stop reminding me").speech
    assert api.reminders == {} and table(alice.device).state.reminders == {}


def test_stop_reminding_me_also_removes_reminders_we_lost_track_of(alexa, api, table) -> None:
    # Given reminders at Alexa that our state doesn't know (a write that failed, say)
    given_nightly_reminders_at_nine(alexa, api)
    alexa.event("Reminders.ReminderDeleted", {"alertTokens": list(api.reminders)})
    assert table(alexa.device).state.reminders == {} and len(api.reminders) == 2
    # When the user says stop, every one of the skill's reminders goes
    assert "cancelled" in alexa.say("ask pore coach to stop reminding me").speech
    assert api.reminders == {}
    reply = alexa.say("ask pore coach to stop reminding me")
    assert reply.speech == "You don't have any reminders from Pore Coach."


class AlexaDoesItButAnswers:
    """The next `times` creates take effect at the stand-in, but the skill hears `status`
    instead (STALLED: no answer before its timeout): how a create that timed out, or failed
    with a 5xx or an empty body, can still have made a reminder at Alexa."""

    def __init__(self, api, status: int, body=None, times: int = 1, then_fail_next: int = 0):
        self.api, self.status, self.body, self.times = api, status, body, times
        self.then_fail_next = then_fail_next  # the calls after it answer 503 (Alexa still down)

    def __enter__(self):
        original = self.api.answer

        def answer(call):
            reply = original(call)
            if self.times and (call.method, call.path) == ("POST", "/v1/alerts/reminders"):
                self.times -= 1
                if self.then_fail_next:
                    self.api.fail("reminders", 503, None, times=self.then_fail_next)
                return self.status, self.body
            return reply

        self.api.answer = answer
        return self

    def __exit__(self, *exc_info) -> None:
        del self.api.answer
        self.api.release()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (STALLED, None),  # timed out
        (500, {"code": "INTERNAL_ERROR", "message": "oops"}),
        (503, None),  # a 5xx with an empty body
        (201, None),  # created, but the answer had no body to read the token from
    ],
    ids=["timeout", "5xx", "5xx-empty-body", "201-empty-body"],
)
def test_a_create_that_failed_but_went_through_is_kept_not_doubled(
    alexa, api, table, monkeypatch, status, body
) -> None:
    monkeypatch.setenv("ALEXA_API_TIMEOUT_SECONDS", "0.3")
    fresh_skill()
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    # When the first alert is made at Alexa but the skill gets no clear answer
    with AlexaDoesItButAnswers(api, status, body):
        reply = alexa.say("yes")
    # Then the skill finds it, keeps it, and says the reminder is set: two alerts, not three
    assert reply.speech == "Done. You'll hear the first one tonight at 9 pm."
    assert sorted(rules(api).values()) == sorted([NIGHTLY_PLAIN, NIGHTLY_MASK])
    assert stored_tokens(table, alexa.device) == set(api.reminders)


def test_a_retry_after_an_unanswered_create_makes_no_second_reminder(
    alexa, api, table, monkeypatch
) -> None:
    monkeypatch.setenv("ALEXA_API_TIMEOUT_SECONDS", "0.3")
    fresh_skill()
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me every night at nine")
    # Given a create that went through unanswered, and Alexa down when the skill looked for it
    with AlexaDoesItButAnswers(api, STALLED, then_fail_next=1):
        reply = alexa.say("yes")
    assert "didn't answer" in reply.speech
    assert len(api.reminders) == 1 and table(alexa.device).state.reminders == {}
    # When the user asks again, the one Alexa already holds doesn't stay beside the new one
    alexa.say("ask pore coach to remind me every night at nine")
    reply = alexa.say("yes")
    assert reply.speech == "Done. You'll hear the first one tonight at 9 pm."
    assert sorted(rules(api).values()) == sorted([NIGHTLY_PLAIN, NIGHTLY_MASK])
    assert stored_tokens(table, alexa.device) == set(api.reminders)


def test_an_unrecorded_reminder_at_another_time_is_replaced_not_left_ringing(
    alexa, api, table
) -> None:
    # Given nightly reminders at nine that our record lost (a write that failed, say)
    given_nightly_reminders_at_nine(alexa, api)
    alexa.event("Reminders.ReminderDeleted", {"alertTokens": list(api.reminders)})
    # When the user sets them again at ten, the lost ones go: they'd ring beside the new ones
    alexa.say("ask pore coach to remind me every night at ten")
    reply = alexa.say("yes")
    assert reply.speech.startswith("Done.")
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    assert sorted(rules(api).values()) == sorted(
        [NIGHTLY_PLAIN.replace("21", "22"), NIGHTLY_MASK.replace("21", "22")]
    )


class ListUnavailable:
    """Alexa answers 503 to the skill's list of reminders; every other call as usual."""

    def __init__(self, api) -> None:
        self.api = api

    def __enter__(self):
        original = self.api.answer

        def answer(call):
            if (call.method, call.path) == ("GET", "/v1/alerts/reminders"):
                self.api.calls.append(call)
                return 503, None
            return original(call)

        self.api.answer = answer
        return self

    def __exit__(self, *exc_info) -> None:
        del self.api.answer


@pytest.mark.parametrize("listing", ["unavailable", "available"])
def test_a_token_another_device_recorded_meanwhile_is_deleted_at_alexa_after_the_save(
    alexa, api, clock, table, listing
) -> None:
    # Given two devices of one account, each in a session that has read the same routine
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to set my skin type to oily")
    kitchen = LocalAlexa(
        app.lambda_handler,
        Device(api_endpoint=api.endpoint, device_id="amzn1.ask.device.KITCHEN"),
        clock=clock,
    )
    alexa.say("open pore coach")
    kitchen.say("open pore coach")
    alexa.say("remind me every night at nine")
    kitchen.say("remind me every night at ten")
    # When the first device sets reminders at nine...
    alexa.say("yes")
    at_nine = stored_tokens(table, alexa.device)
    # ...and the second, not seeing them (Alexa's list unavailable), sets its own at ten
    with ListUnavailable(api):
        reply = kitchen.say("yes")
    assert reply.speech.startswith("Done.")
    # Then its write, replayed on the first device's, deleted the reminders it replaced
    assert not at_nine & set(api.reminders)
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    assert sorted(rules(api).values()) == sorted(
        [NIGHTLY_PLAIN.replace("21", "22"), NIGHTLY_MASK.replace("21", "22")]
    )


def short(reply) -> str:
    """A reply a person can say in a breath or two."""
    assert len(reply.speech.split()) <= 35, reply.speech
    return reply.speech


def given_split_reminders_then_permission_revoked(alexa, api) -> None:
    """Reminders at nine with mask nights at eight, then the user turns reminders off for Pore
    Coach in the Alexa app: Alexa answers 401 to every call, and holds the reminders still."""
    given_nightly_reminders_at_nine(alexa, api)
    alexa.say("ask pore coach to remind me on mask nights at eight")
    alexa.say("yes")
    api.revoke(REMINDERS_SCOPE)


@pytest.mark.parametrize(
    "words", ["what reminders do i have", "do i have any reminders", "when will you remind me"]
)
def test_with_the_permission_revoked_the_recorded_reminders_are_not_told_as_fact(
    alexa, api, table, words
) -> None:
    given_split_reminders_then_permission_revoked(alexa, api)
    reply = alexa.say(f"ask pore coach {words}")
    speech = short(reply)
    assert "9 pm" not in speech and "8 pm" not in speech
    assert speech.startswith("Reminders are switched off for Pore Coach")
    assert "can't check" in speech and "Alexa app" in speech and "allow reminders" in speech
    assert reply.ends_session
    # The record stays: once the permission is back, the reminders are Pore Coach's again
    assert len(table(alexa.device).state.reminders) == 2


@pytest.mark.parametrize(
    "words", ["stop reminding me", "cancel my reminders", "turn off my reminders"]
)
def test_stopping_with_the_permission_revoked_clears_the_record_and_points_to_the_app(
    alexa, api, table, words
) -> None:
    given_split_reminders_then_permission_revoked(alexa, api)
    speech = short(alexa.say(f"ask pore coach to {words}"))
    assert "switched off" in speech and "Alexa app's reminders list" in speech
    assert table(alexa.device).state.reminders == {}
    # They may still ring: the skill can't say there are none, and says where to look
    listed = alexa.say("ask pore coach what reminders do i have").speech
    assert "can't check" in listed and "don't have any" not in listed
    again = alexa.say("ask pore coach to stop reminding me").speech
    assert "Alexa app's reminders list" in again and "don't have any" not in again
    # Once the permission is back, Alexa's own list says: none are left
    api.grant(REMINDERS_SCOPE)
    assert "don't have any reminders" in alexa.say("ask pore coach what reminders do i have").speech
    assert table(alexa.device).state.reminders_unchecked is False


@pytest.mark.parametrize("words", ["stop my mask night reminder", "cancel my mask night reminder"])
def test_stopping_the_mask_night_one_with_the_permission_revoked_clears_its_record(
    alexa, api, table, words
) -> None:
    given_split_reminders_then_permission_revoked(alexa, api)
    speech = short(alexa.say(f"ask pore coach to {words}"))
    assert "switched off" in speech and "Alexa app's reminders list" in speech
    assert set(table(alexa.device).state.reminders) == {"plain"}


def test_setting_a_reminder_with_the_permission_revoked_asks_for_it_again(
    alexa, api, table
) -> None:
    given_split_reminders_then_permission_revoked(alexa, api)
    assert alexa.say("ask pore coach to remind me every night at ten").speech.endswith(
        "Shall I set that?"
    )
    reply = alexa.say("yes")
    directive = reply.raw["response"]["directives"][0]
    assert directive["payload"]["permissionScopes"][0]["permissionScope"] == REMINDERS_SCOPE
    reply = alexa.say("yes")
    assert reply.speech == "Done. You'll hear the first one tonight at 10 pm."
    # The reminders Alexa still held were moved, not doubled
    assert len(api.reminders) == 2
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    reply = alexa.say("ask pore coach what reminders do i have")
    assert reply.speech == "One every night at 10 pm."


def test_a_revoked_permission_refused_again_leaves_no_record_stuck(alexa, api, table) -> None:
    given_split_reminders_then_permission_revoked(alexa, api)
    alexa.say("ask pore coach to remind me every night at ten")
    alexa.say("yes")
    assert "ask Alexa to remind you" in alexa.say("no").speech
    assert "Alexa app" in alexa.say("ask pore coach to stop reminding me").speech
    assert table(alexa.device).state.reminders == {}


def test_a_listed_reminder_alexa_no_longer_holds_is_forgotten(alexa, api, table) -> None:
    # Given reminders, one deleted in the Alexa app without the event reaching the skill
    given_nightly_reminders_at_nine(alexa, api)
    api.remove_reminder(table(alexa.device).state.reminders["mask"]["token"])
    # Then the list says only what Alexa holds, and the record follows
    reply = alexa.say("ask pore coach what reminders do i have")
    assert reply.speech == "One on the nights without a mask, at 9 pm."
    assert stored_tokens(table, alexa.device) == set(api.reminders)


@pytest.mark.parametrize(
    ("words", "heard"),
    [
        ("remind me every night at nine", "ask Alexa to remind you every night at 9 pm"),
        ("set a reminder for nine pm", "ask Alexa to remind you every night at 9 pm"),
        ("remind me on mask nights at eight", "remind you on Monday and Thursday at 8 pm"),
        ("remind me every night", "ask Alexa"),
    ],
)
def test_after_a_refusal_a_reminder_request_says_at_once_that_reminders_are_off(
    alexa, api, table, words, heard
) -> None:
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")
    alexa.say("no")
    reply = alexa.say(f"ask pore coach to {words}")
    speech = short(reply)
    assert speech.startswith("Reminders are switched off for Pore Coach")
    assert "Alexa app" in speech and heard in speech
    assert "?" not in speech and reply.ends_session
    assert "directives" not in reply.raw["response"]
    assert table(alexa.device).state.reminders == {}


def test_after_a_refusal_then_allowing_reminders_in_the_app_they_are_set_as_usual(
    alexa, api, table
) -> None:
    alexa.say("ask pore coach to remind me every night at nine")
    alexa.say("yes")
    alexa.say("no")
    api.grant(REMINDERS_SCOPE)  # the user allowed reminders in the Alexa app since
    assert alexa.say("ask pore coach to remind me every night at nine").speech.endswith(
        "Shall I set that?"
    )
    assert alexa.say("yes").speech == "Done. You'll hear the first one tonight at 9 pm."
    assert stored_tokens(table, alexa.device) == set(api.reminders)


@pytest.mark.parametrize(
    "words",
    [
        "stop my mask night reminder",
        "cancel my mask night reminder",
        "turn off my mask nights reminder",
        "remove my mask night reminder",
    ],
)
def test_stopping_the_mask_night_reminder_falls_back_to_the_nightly_time(
    alexa, api, table, words
) -> None:
    given_nightly_reminders_at_nine(alexa, api)
    alexa.say("ask pore coach to remind me on mask nights at eight")
    alexa.say("yes")
    reply = alexa.say(f"ask pore coach to {words}")
    assert reply.speech == "Done. Mask nights go back to your 9 pm reminder."
    assert sorted(rules(api).values()) == sorted([NIGHTLY_PLAIN, NIGHTLY_MASK])
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    assert alexa.say("ask pore coach what reminders do i have").speech == "One every night at 9 pm."


def test_stopping_the_mask_part_of_a_nightly_reminder_keeps_the_other_nights(
    alexa, api, table
) -> None:
    given_nightly_reminders_at_nine(alexa, api)
    reply = alexa.say("ask pore coach to stop my mask night reminder")
    assert reply.speech == (
        "Done. Mask nights now have no reminder; the other nights keep theirs at 9 pm."
    )
    assert list(rules(api).values()) == [NIGHTLY_PLAIN]
    assert stored_tokens(table, alexa.device) == set(api.reminders)
    reply = alexa.say("ask pore coach what reminders do i have")
    assert reply.speech == "One on the nights without a mask, at 9 pm."
    reply = alexa.say("ask pore coach to stop my mask night reminder")
    assert reply.speech == (
        "You don't have a mask-night reminder. The other nights have one at 9 pm."
    )


def test_stopping_the_only_mask_night_reminder_leaves_mask_nights_without_one(
    alexa, api, table
) -> None:
    api.grant(REMINDERS_SCOPE)
    alexa.say("ask pore coach to remind me on mask nights at eight")
    alexa.say("yes")
    reply = alexa.say("ask pore coach to stop my mask night reminder")
    assert reply.speech == "Done. Mask nights now have no reminder."
    assert api.reminders == {} and table(alexa.device).state.reminders == {}
    assert "don't have any reminders" in alexa.say("ask pore coach what reminders do i have").speech


def test_recording_a_reminder_only_records(api) -> None:
    # A change may be replayed on another device's write: it records, and calls nothing
    state = UserState(reminders={"plain": {"token": "theirs", "time": "22:00"}})
    RecordReminder("plain", "ours", "21:00")(state)
    ForgetReminders(("gone",))(state)
    assert state.reminders == {"plain": {"token": "ours", "time": "21:00"}}
    ForgetReminders(("ours",))(state)
    assert state.reminders == {} and not api.calls
