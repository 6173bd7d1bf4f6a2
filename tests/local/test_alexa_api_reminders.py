"""The Reminders API of the Alexa API stand-in, driven over real HTTPS like the skill's client."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration, ServiceException
from ask_sdk_model.services.reminder_management import (
    AlertInfo,
    PushNotification,
    PushNotificationStatus,
    Recurrence,
    ReminderManagementServiceClient,
    ReminderRequest,
    SpokenInfo,
    SpokenText,
    Status,
    Trigger,
    TriggerType,
)

from skill.local.alexa_api import (
    MAX_ACTIVE_REMINDERS,
    REMINDERS_SCOPE,
    TIMERS_SCOPE,
    AlexaApiStandIn,
    FiredReminder,
)
from tests.local.stand_in_calls import MISSING, call, changed

# The conftest clock starts on Monday 23 November 2026, 8 pm in Los Angeles (04:00 UTC on the 24th).
REMINDERS = "/v1/alerts/reminders"
LOS_ANGELES = "America/Los_Angeles"
MONDAYS_AND_THURSDAYS = "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=21;BYMINUTE=0;BYSECOND=0"
EVERY_EVENING = "FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0"
EVERY_MORNING = "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0"
ROUTINE = "Time for your pore routine."


# Fixtures and helpers
@pytest.fixture
def stand_in(api: AlexaApiStandIn) -> AlexaApiStandIn:
    """The shared stand-in, fresh and on the test's clock, where the user consented to reminders."""
    api.grant(REMINDERS_SCOPE)
    return api


def spoken(text: str = ROUTINE) -> dict:
    return {"spokenInfo": {"content": [{"locale": "en-US", "text": text}]}}


def reminder_request(
    *rules: str, zone: str = LOS_ANGELES, text: str = ROUTINE, **recurrence: Any
) -> dict:
    """A recurring reminder, Mondays and Thursdays at 9 pm in Los Angeles unless told otherwise."""
    return {
        "requestTime": "2026-11-23T20:00:00",
        "trigger": {
            "type": "SCHEDULED_ABSOLUTE",
            "timeZoneId": zone,
            "recurrence": {"recurrenceRules": list(rules or [MONDAYS_AND_THURSDAYS]), **recurrence},
        },
        "alertInfo": spoken(text),
        "pushNotification": {"status": "ENABLED"},
    }


def once_request(scheduled_time: str, zone: str = LOS_ANGELES, text: str = ROUTINE) -> dict:
    body = reminder_request(zone=zone, text=text)
    body["trigger"] = {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": scheduled_time,
        "timeZoneId": zone,
    }
    return body


def relative_request(offset: Any, text: str = ROUTINE, **trigger: Any) -> dict:
    body = reminder_request(text=text)
    body["trigger"] = {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": offset, **trigger}
    return body


def create(stand_in: AlexaApiStandIn, body: dict | None = None) -> dict:
    response = call(stand_in, "POST", REMINDERS, body or reminder_request())
    assert response.status_code == 201, response.text
    return response.json()


def rung(stand_in: AlexaApiStandIn) -> list[tuple[str, str]]:
    """What went off since the last look: (local time with its offset, text)."""
    return [(fired.at.isoformat(), fired.text) for fired in stand_in.due_reminders()]


def listed(stand_in: AlexaApiStandIn) -> list[str]:
    return [alert["alertToken"] for alert in call(stand_in, "GET", REMINDERS).json()["alerts"]]


# Consent
@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("POST", "", reminder_request()),
        ("GET", "", None),
        ("GET", "/some-token", None),
        ("PUT", "/some-token", reminder_request()),
        ("DELETE", "/some-token", None),
    ],
)
def test_reminders_answer_401_until_the_user_grants_the_permission(
    stand_in, method: str, suffix: str, body: Any
) -> None:
    # Given a user who has not consented to reminders (but has to timers)
    stand_in.revoke(REMINDERS_SCOPE)
    stand_in.grant(TIMERS_SCOPE)

    # When the skill calls the Reminders API
    response = call(stand_in, method, REMINDERS + suffix, body)

    # Then Alexa refuses it the way it refuses calls without consent
    assert REMINDERS_SCOPE == "alexa::alerts:reminders:skill:readwrite"
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORIZED"
    assert response.json()["message"]


def test_consent_opens_the_api_and_revoking_it_closes_it_again(stand_in) -> None:
    # Given a user who has not consented
    stand_in.revoke(REMINDERS_SCOPE)
    assert call(stand_in, "POST", REMINDERS, reminder_request()).status_code == 401

    # When they grant the permission, Then the skill can create a reminder
    stand_in.grant(REMINDERS_SCOPE)
    reminder = create(stand_in)

    # And when they revoke it, even reading that reminder is refused; so is a call without token
    stand_in.revoke(REMINDERS_SCOPE)
    assert call(stand_in, "GET", f"{REMINDERS}/{reminder['alertToken']}").status_code == 401
    stand_in.grant(REMINDERS_SCOPE)
    assert call(stand_in, "GET", REMINDERS, token=None).status_code == 401


# Create, get, list
def test_a_created_reminder_is_on_and_answers_a_reminder_response(stand_in) -> None:
    # When the skill creates a reminder for Mondays and Thursdays at 9 pm
    response = call(stand_in, "POST", REMINDERS, reminder_request())

    # Then Alexa answers 201 with the ReminderResponse
    assert response.status_code == 201
    body = response.json()
    token = body.pop("alertToken")
    assert uuid.UUID(token)
    assert body == {
        "createdTime": "2026-11-24T04:00:00Z",
        "updatedTime": "2026-11-24T04:00:00Z",
        "status": "ON",
        "version": "1",
        "href": f"/v1/alerts/reminders/{token}",
    }
    assert stand_in.calls_to("reminders")[0].body == reminder_request()


def test_getting_a_reminder_answers_what_was_stored(stand_in, clock) -> None:
    # Given a reminder created an hour ago
    created = create(stand_in)
    clock.advance(hours=1)

    # When the skill reads it back
    response = call(stand_in, "GET", f"{REMINDERS}/{created['alertToken']}")

    # Then it is the stored reminder, trigger included
    assert response.status_code == 200
    assert response.json() == {
        "alertToken": created["alertToken"],
        "createdTime": "2026-11-24T04:00:00Z",
        "updatedTime": "2026-11-24T04:00:00Z",
        "trigger": reminder_request()["trigger"],
        "status": "ON",
        "alertInfo": spoken(),
        "pushNotification": {"status": "ENABLED"},
        "version": "1",
    }
    assert stand_in.reminders == {created["alertToken"]: response.json()}


def test_the_list_holds_every_reminder_in_creation_order(stand_in) -> None:
    # Given no reminder, the list is empty
    assert call(stand_in, "GET", REMINDERS).json() == {
        "totalCount": "0",
        "alerts": [],
        "links": None,
    }

    # When the skill creates two reminders and lists them
    first = create(stand_in)
    second = create(stand_in, reminder_request(EVERY_EVENING, text="Tone."))
    body = call(stand_in, "GET", REMINDERS).json()

    # Then both are there, each as GET answers it, counted as a string
    assert body["totalCount"] == "2"
    assert body["links"] is None
    assert [alert["alertToken"] for alert in body["alerts"]] == [
        first["alertToken"],
        second["alertToken"],
    ]
    for alert in body["alerts"]:
        one = call(stand_in, "GET", f"{REMINDERS}/{alert['alertToken']}").json()
        assert alert == one


def test_the_snapshot_is_a_copy(stand_in) -> None:
    # Given a reminder
    token = create(stand_in)["alertToken"]

    # When a test scribbles on the snapshot
    stand_in.reminders[token]["trigger"]["timeZoneId"] = "Europe/Paris"

    # Then the stored reminder is untouched
    assert stand_in.reminders[token]["trigger"]["timeZoneId"] == LOS_ANGELES


# Update
def test_updating_a_reminder_replaces_it_and_increments_its_version(stand_in, clock) -> None:
    # Given a reminder created ten minutes ago
    token = create(stand_in)["alertToken"]
    clock.advance(minutes=10)

    # When the skill replaces it with a daily morning reminder
    new = reminder_request(EVERY_MORNING, zone="Europe/London", text="Morning cleanse.")
    response = call(stand_in, "PUT", f"{REMINDERS}/{token}", new)

    # Then Alexa answers the ReminderResponse, one version on
    assert response.status_code == 200
    assert response.json() == {
        "alertToken": token,
        "createdTime": "2026-11-24T04:00:00Z",
        "updatedTime": "2026-11-24T04:10:00Z",
        "status": "ON",
        "version": "2",
        "href": f"/v1/alerts/reminders/{token}",
    }

    # And the reminder now is the new one
    stored = call(stand_in, "GET", f"{REMINDERS}/{token}").json()
    assert stored["trigger"] == new["trigger"]
    assert stored["alertInfo"] == spoken("Morning cleanse.")
    assert stored["version"] == "2"

    # And every update counts
    clock.advance(minutes=1)
    assert call(stand_in, "PUT", f"{REMINDERS}/{token}", new).json()["version"] == "3"


# Delete
def test_deleting_a_reminder_removes_it(stand_in, clock) -> None:
    # Given two reminders
    doomed = create(stand_in)["alertToken"]
    kept = create(stand_in)["alertToken"]

    # When the skill deletes one
    response = call(stand_in, "DELETE", f"{REMINDERS}/{doomed}")

    # Then the answer is empty, the reminder is gone, and it never goes off
    assert response.status_code == 200
    assert response.content == b""
    assert call(stand_in, "GET", f"{REMINDERS}/{doomed}").status_code == 404
    assert call(stand_in, "DELETE", f"{REMINDERS}/{doomed}").status_code == 404
    assert listed(stand_in) == [kept]
    clock.advance(hours=2)
    assert [fired.token for fired in stand_in.due_reminders()] == [kept]


@pytest.mark.parametrize(
    ("method", "body"), [("GET", None), ("PUT", reminder_request()), ("DELETE", None)]
)
def test_an_unknown_reminder_is_not_found(stand_in, method: str, body: Any) -> None:
    # When the skill addresses a reminder that never existed
    response = call(stand_in, method, f"{REMINDERS}/{uuid.uuid4()}", body)

    # Then Alexa says so
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"
    assert response.json()["message"]


# Validation
VALID = reminder_request()
RELATIVE = relative_request(600)
ONCE = once_request("2026-11-24T07:30:00")
TOO_LONG = "x" * 251


@pytest.mark.parametrize(
    ("body", "path", "value", "field"),
    [
        (VALID, "requestTime", MISSING, "requestTime"),
        (VALID, "requestTime", "yesterday", "requestTime"),
        (VALID, "requestTime", "2026-11-23", "requestTime"),
        (VALID, "requestTime", "2026-11-23T20:00:00Z", "requestTime"),
        (VALID, "requestTime", "2026-11-23T20:00:00+00:00", "requestTime"),
        (VALID, "requestTime", "2026-13-23T20:00:00", "requestTime"),
        (VALID, "requestTime", 1795492800, "requestTime"),
        (VALID, "trigger", MISSING, "trigger.type"),
        (VALID, "trigger.type", MISSING, "trigger.type"),
        (VALID, "trigger.type", "SCHEDULED_SOMETIME", "trigger.type"),
        (VALID, "trigger.timeZoneId", MISSING, "timeZoneId"),
        (VALID, "trigger.timeZoneId", "", "timeZoneId"),
        (VALID, "trigger.timeZoneId", "Mars/Olympus_Mons", "timeZoneId"),
        (VALID, "trigger.timeZoneId", "america/los_angeles", "timeZoneId"),
        (VALID, "trigger.timeZoneId", "America", "timeZoneId"),
        (VALID, "trigger.timeZoneId", "../etc/passwd", "timeZoneId"),
        (VALID, "trigger.timeZoneId", -8, "timeZoneId"),
        (VALID, "trigger.recurrence", MISSING, "scheduledTime or recurrence"),
        (VALID, "trigger.recurrence", "weekly", "recurrence"),
        (VALID, "trigger.recurrence", {}, "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", [], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", MONDAYS_AND_THURSDAYS, "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", [""], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", [7], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["BYDAY=MO,TH"], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=SOMETIMES"], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=WEEKLY;BYDAY=XX"], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=DAILY;BYHOUR=25"], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=DAILY;FOO=1"], "recurrenceRules"),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=DAILY;INTERVAL=0"], "recurrenceRules"),
        (
            VALID,
            "trigger.recurrence.recurrenceRules",
            [EVERY_EVENING, "every monday"],
            "recurrenceRules",
        ),
        (
            VALID,
            "trigger.recurrence.recurrenceRules",
            [f"DTSTART:20261123T000000\nRRULE:{EVERY_EVENING}"],
            "recurrenceRules",
        ),
        (VALID, "trigger.recurrence.freq", "WEEKLY", "deprecated"),
        (VALID, "trigger.recurrence.byDay", ["MO", "TH"], "deprecated"),
        (VALID, "trigger.recurrence.startDateTime", "next monday", "startDateTime"),
        (VALID, "trigger.recurrence.endDateTime", "2026-12-01T00:00:00Z", "endDateTime"),
        (
            reminder_request(startDateTime="2026-12-01T00:00:00"),
            "trigger.recurrence.endDateTime",
            "2026-11-30T00:00:00",
            "endDateTime",
        ),
        (VALID, "trigger.recurrence", {"freq": "HOURLY"}, "freq"),
        (VALID, "trigger.recurrence", {"freq": "WEEKLY", "byDay": ["XX"]}, "byDay"),
        (VALID, "trigger.recurrence", {"freq": "WEEKLY", "byDay": "MO"}, "byDay"),
        (VALID, "trigger.recurrence", {"freq": "DAILY", "interval": 0}, "interval"),
        (ONCE, "trigger.scheduledTime", "7:30 tomorrow", "scheduledTime"),
        (ONCE, "trigger.scheduledTime", "2026-11-24T07:30:00-08:00", "scheduledTime"),
        (ONCE, "trigger.timeZoneId", MISSING, "timeZoneId"),
        (RELATIVE, "trigger.offsetInSeconds", MISSING, "offsetInSeconds"),
        (RELATIVE, "trigger.offsetInSeconds", 0, "offsetInSeconds"),
        (RELATIVE, "trigger.offsetInSeconds", -60, "offsetInSeconds"),
        (RELATIVE, "trigger.offsetInSeconds", 1.5, "offsetInSeconds"),
        (RELATIVE, "trigger.offsetInSeconds", "soon", "offsetInSeconds"),
        (RELATIVE, "trigger.offsetInSeconds", True, "offsetInSeconds"),
        (RELATIVE, "trigger.timeZoneId", "Nowhere/Special", "timeZoneId"),
        (VALID, "alertInfo", MISSING, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo", MISSING, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content", [], "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content", ROUTINE, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content", [ROUTINE], "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.locale", MISSING, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.text", MISSING, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.text", "", "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.text", "   ", "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.text", 42, "spokenInfo.content"),
        (VALID, "alertInfo.spokenInfo.content.0.text", TOO_LONG, "250"),
        (VALID, "pushNotification.status", "ON", "pushNotification.status"),
        (VALID, "pushNotification.status", MISSING, "pushNotification.status"),
        (VALID, "pushNotification", "ENABLED", "pushNotification.status"),
    ],
)
def test_a_malformed_reminder_request_is_a_bad_request(
    stand_in, body: dict, path: str, value: Any, field: str
) -> None:
    # Given a valid request with one thing wrong
    body = changed(body, path, value)

    # When the skill sends it
    response = call(stand_in, "POST", REMINDERS, body)

    # Then Alexa rejects it, naming the field, and creates nothing
    assert response.status_code == 400, (path, value, response.text)
    assert response.json()["code"] == "INVALID_REQUEST"
    assert field in response.json()["message"]
    assert stand_in.reminders == {}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("requestTime", MISSING),
        ("trigger.timeZoneId", "Mars/Olympus_Mons"),
        ("trigger.recurrence.recurrenceRules", ["FREQ=FORTNIGHTLY"]),
        ("alertInfo.spokenInfo.content.0.text", TOO_LONG),
    ],
)
def test_an_update_is_validated_the_same_way(stand_in, path: str, value: Any) -> None:
    # Given a reminder
    token = create(stand_in)["alertToken"]
    before = stand_in.reminders[token]

    # When the skill replaces it with a malformed request
    response = call(stand_in, "PUT", f"{REMINDERS}/{token}", changed(VALID, path, value))

    # Then Alexa rejects it and the reminder is unchanged, still at version 1
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"
    assert stand_in.reminders[token] == before


@pytest.mark.parametrize(
    ("body", "path", "value"),
    [
        (VALID, "requestTime", "2026-11-23T20:00:05.672"),
        (VALID, "requestTime", "2026-11-23T20:00:05.123456"),
        (VALID, "requestTime", "2026-11-23T20:00"),
        (VALID, "trigger.timeZoneId", "Asia/Kolkata"),
        (VALID, "trigger.timeZoneId", "UTC"),
        (VALID, "trigger.scheduledTime", "2026-11-23T21:00:00"),
        (VALID, "trigger.recurrence.recurrenceRules", [EVERY_EVENING, EVERY_MORNING]),
        (VALID, "trigger.recurrence.recurrenceRules", [f"RRULE:{EVERY_EVENING}"]),
        (VALID, "trigger.recurrence.recurrenceRules", [f"{EVERY_EVENING};INTERVAL=1;"]),
        (VALID, "trigger.recurrence.recurrenceRules", ["FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10"]),
        (VALID, "trigger.recurrence.recurrenceRules", [f"{EVERY_EVENING};UNTIL=20270101T000000Z"]),
        (VALID, "trigger.recurrence.startDateTime", "2026-11-23T00:00:00"),
        (VALID, "trigger.recurrence.endDateTime", "2027-11-23T00:00:00"),
        (VALID, "trigger.recurrence", {"freq": "WEEKLY", "byDay": ["MO", "TH"]}),
        (VALID, "trigger.recurrence", {"freq": "DAILY"}),
        (VALID, "alertInfo.spokenInfo.content.0.text", "x" * 250),
        (VALID, "alertInfo.spokenInfo.content.0", {"locale": "en-US", "ssml": "<speak>Hi</speak>"}),
        (
            VALID,
            "alertInfo.spokenInfo.content",
            [{"locale": "en-US", "text": ROUTINE}, {"locale": "en-GB", "text": ROUTINE}],
        ),
        (VALID, "pushNotification.status", "DISABLED"),
        (VALID, "pushNotification", MISSING),
        (ONCE, "trigger.scheduledTime", "2026-11-24T07:30:00.000"),
        (RELATIVE, "trigger.offsetInSeconds", 1),
        (RELATIVE, "trigger.offsetInSeconds", "7200"),
        (RELATIVE, "trigger.timeZoneId", "Europe/London"),
    ],
)
def test_requests_inside_the_rules_are_accepted(stand_in, body: dict, path: str, value: Any):
    # When the skill sends a request at the edge of what is allowed
    response = call(stand_in, "POST", REMINDERS, changed(body, path, value))

    # Then the reminder is created and on
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "ON"


def test_a_body_that_is_not_an_object_is_a_bad_request(stand_in) -> None:
    # When the skill posts a JSON list
    response = call(stand_in, "POST", REMINDERS, [reminder_request()])

    # Then it is rejected
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"


def test_without_push_notification_the_stored_reminder_has_it_enabled(stand_in) -> None:
    # When the skill leaves pushNotification out
    token = create(stand_in, changed(VALID, "pushNotification", MISSING))["alertToken"]

    # Then Alexa keeps the default
    assert stand_in.reminders[token]["pushNotification"] == {"status": "ENABLED"}


# Limits
def test_at_most_100_reminders_are_active_even_when_created_at_once(stand_in) -> None:
    # When 110 reminders are created at once while the chat polls
    def create_one(n: int) -> requests.Response:
        stand_in.due_reminders()
        return call(stand_in, "POST", REMINDERS, reminder_request(text=f"Reminder {n}"))

    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(create_one, range(110)))

    # Then exactly 100 were accepted and the others refused as one too many
    assert MAX_ACTIVE_REMINDERS == 100
    assert sorted(response.status_code for response in responses) == [201] * 100 + [400] * 10
    refusals = [response.json() for response in responses if response.status_code == 400]
    assert {refusal["code"] for refusal in refusals} == {"MAX_REMINDERS"}
    assert call(stand_in, "GET", REMINDERS).json()["totalCount"] == "100"

    # And once one is deleted there is room again
    token = next(r.json()["alertToken"] for r in responses if r.status_code == 201)
    call(stand_in, "DELETE", f"{REMINDERS}/{token}")
    assert call(stand_in, "POST", REMINDERS, reminder_request()).status_code == 201


def test_completed_reminders_do_not_count_towards_the_limit(stand_in, clock) -> None:
    # Given 99 recurring reminders and one in a minute
    for _ in range(MAX_ACTIVE_REMINDERS - 1):
        create(stand_in)
    soon = create(stand_in, relative_request(60))["alertToken"]
    assert call(stand_in, "POST", REMINDERS, reminder_request()).status_code == 400

    # When that one has gone off
    clock.advance(minutes=1)

    # Then it is completed (still listed), and there is room for another
    assert stand_in.reminders[soon]["status"] == "COMPLETED"
    assert call(stand_in, "POST", REMINDERS, reminder_request()).status_code == 201


# Going off
DST_CHANGES = [
    # zone, the Monday the test starts, and the Mondays and Thursdays at 9 pm over the change
    (
        "America/Los_Angeles",  # clocks go forward on Sunday 14 March 2027
        datetime(2027, 3, 8, 12, 0),
        [
            "2027-03-08T21:00:00-08:00",
            "2027-03-11T21:00:00-08:00",
            "2027-03-15T21:00:00-07:00",
            "2027-03-18T21:00:00-07:00",
        ],
    ),
    (
        "Europe/London",  # clocks go forward on Sunday 28 March 2027
        datetime(2027, 3, 22, 12, 0),
        [
            "2027-03-22T21:00:00+00:00",
            "2027-03-25T21:00:00+00:00",
            "2027-03-29T21:00:00+01:00",
            "2027-04-01T21:00:00+01:00",
        ],
    ),
    (
        "Asia/Kolkata",  # no daylight saving time
        datetime(2027, 3, 8, 12, 0),
        [
            "2027-03-08T21:00:00+05:30",
            "2027-03-11T21:00:00+05:30",
            "2027-03-15T21:00:00+05:30",
            "2027-03-18T21:00:00+05:30",
        ],
    ),
    (
        "Australia/Sydney",  # clocks go back on Sunday 4 April 2027
        datetime(2027, 3, 29, 12, 0),
        [
            "2027-03-29T21:00:00+11:00",
            "2027-04-01T21:00:00+11:00",
            "2027-04-05T21:00:00+10:00",
            "2027-04-08T21:00:00+10:00",
        ],
    ),
]


@pytest.mark.parametrize(("zone", "monday_noon", "expected"), DST_CHANGES)
def test_a_weekly_reminder_goes_off_at_9_pm_local_across_a_dst_change(
    stand_in, clock, zone: str, monday_noon: datetime, expected: list[str]
) -> None:
    # Given a reminder for Mondays and Thursdays at 9 pm, created at noon on a Monday
    clock.now = monday_noon.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    token = create(stand_in, reminder_request(MONDAYS_AND_THURSDAYS, zone=zone))["alertToken"]

    # When the chat polls every hour for eleven days, across the change of clocks
    fired: list[FiredReminder] = []
    for _ in range(11 * 24):
        clock.advance(hours=1)
        fired.extend(stand_in.due_reminders())

    # Then it went off at 9 pm local each time, once each, with the UTC offset of the day
    assert [f.at.isoformat() for f in fired] == expected
    assert {(f.token, f.text, f.at.strftime("%a %H:%M")[4:]) for f in fired} == {
        (token, ROUTINE, "21:00")
    }
    assert [f.at.strftime("%a") for f in fired] == ["Mon", "Thu", "Mon", "Thu"]
    assert all(f.at.tzinfo == ZoneInfo(zone) for f in fired)


def test_a_daily_reminder_goes_off_every_evening(stand_in, clock) -> None:
    # Given a daily 9 pm reminder, created at 8 pm on Monday
    create(stand_in, reminder_request(EVERY_EVENING, text="Evening cleanse."))

    # When three days pass without the chat looking
    clock.advance(days=3)

    # Then the three evenings are reported at once, in order, and only once
    assert rung(stand_in) == [
        ("2026-11-23T21:00:00-08:00", "Evening cleanse."),
        ("2026-11-24T21:00:00-08:00", "Evening cleanse."),
        ("2026-11-25T21:00:00-08:00", "Evening cleanse."),
    ]
    assert rung(stand_in) == []


def test_nothing_goes_off_before_it_is_due(stand_in, clock) -> None:
    # Given the 9 pm reminder, created at 8 pm
    create(stand_in)

    # When it is a second before 9 pm, nothing has gone off; at 9 pm it has
    clock.advance(minutes=59, seconds=59)
    assert stand_in.due_reminders() == []
    clock.advance(seconds=1)
    assert rung(stand_in) == [("2026-11-23T21:00:00-08:00", ROUTINE)]


def test_reminders_from_several_zones_come_earliest_first(stand_in, clock) -> None:
    # Given daily 9 pm reminders in Los Angeles and in Kolkata
    create(stand_in, reminder_request(EVERY_EVENING, text="LA"))
    create(stand_in, reminder_request(EVERY_EVENING, zone="Asia/Kolkata", text="Kolkata"))

    # When a day passes
    clock.advance(days=1)

    # Then both went off, in the order they did
    assert rung(stand_in) == [
        ("2026-11-23T21:00:00-08:00", "LA"),  # 05:00 UTC on the 24th
        ("2026-11-24T21:00:00+05:30", "Kolkata"),  # 15:30 UTC on the 24th
    ]


def test_start_and_end_date_times_bound_the_occurrences(stand_in, clock) -> None:
    # Given a daily 9 pm reminder from Wednesday to Friday morning
    body = reminder_request(
        EVERY_EVENING, startDateTime="2026-11-25T00:00:00", endDateTime="2026-11-27T00:00:00"
    )
    token = create(stand_in, body)["alertToken"]

    # When a week passes
    clock.advance(days=7)

    # Then it went off on Wednesday and Thursday only, and is now completed
    assert [at for at, _ in rung(stand_in)] == [
        "2026-11-25T21:00:00-08:00",
        "2026-11-26T21:00:00-08:00",
    ]
    assert stand_in.reminders[token]["status"] == "COMPLETED"


def test_the_deprecated_recurrence_still_repeats(stand_in, clock) -> None:
    # Given a reminder in the older form: weekly on Mondays and Thursdays from a scheduled time
    body = reminder_request()
    body["trigger"]["scheduledTime"] = "2026-11-23T21:00:00"
    body["trigger"]["recurrence"] = {"freq": "WEEKLY", "byDay": ["MO", "TH"]}
    create(stand_in, body)

    # When a week passes
    clock.advance(days=7)

    # Then it went off on Monday and Thursday at the scheduled time
    assert [at for at, _ in rung(stand_in)] == [
        "2026-11-23T21:00:00-08:00",
        "2026-11-26T21:00:00-08:00",
    ]


def test_one_off_reminders_go_off_once(stand_in, clock) -> None:
    # Given a reminder at 7:30 tomorrow morning and two in ten minutes
    at_half_past_seven = create(stand_in, once_request("2026-11-24T07:30:00", text="Once"))
    create(stand_in, relative_request(600, text="In ten minutes"))
    create(stand_in, relative_request(600, text="In ten, London", timeZoneId="Europe/London"))

    # When a day passes
    clock.advance(days=1)

    # Then each went off once, in its zone (UTC without one), and is now completed
    assert rung(stand_in) == [
        ("2026-11-24T04:10:00+00:00", "In ten minutes"),
        ("2026-11-24T04:10:00+00:00", "In ten, London"),
        ("2026-11-24T07:30:00-08:00", "Once"),
    ]
    assert {reminder["status"] for reminder in stand_in.reminders.values()} == {"COMPLETED"}
    clock.advance(days=7)
    assert stand_in.due_reminders() == []
    assert at_half_past_seven["alertToken"] in listed(stand_in)


def test_an_update_changes_the_occurrences_to_come(stand_in, clock) -> None:
    # Given the Monday and Thursday 9 pm reminder, whose Monday has just gone off unseen
    token = create(stand_in)["alertToken"]
    clock.advance(hours=2)

    # When the skill changes it to every morning at 7
    new = reminder_request(EVERY_MORNING, text="Morning cleanse.")
    assert call(stand_in, "PUT", f"{REMINDERS}/{token}", new).status_code == 200

    # Then Monday's occurrence is still reported as it was, and mornings follow
    clock.advance(days=1, hours=10)  # Wednesday 8 am
    assert rung(stand_in) == [
        ("2026-11-23T21:00:00-08:00", ROUTINE),
        ("2026-11-24T07:00:00-08:00", "Morning cleanse."),
        ("2026-11-25T07:00:00-08:00", "Morning cleanse."),
    ]

    # And Thursday evening no longer rings
    clock.advance(days=1, hours=14)  # Thursday 10 pm
    assert rung(stand_in) == [("2026-11-26T07:00:00-08:00", "Morning cleanse.")]


def test_a_reminder_the_user_removes_goes_quiet_without_an_api_call(stand_in, clock) -> None:
    # Given a reminder that went off on Monday evening
    token = create(stand_in)["alertToken"]
    clock.advance(hours=2)
    assert len(stand_in.due_reminders()) == 1
    calls = len(stand_in.calls)

    # When the user deletes it in the Alexa app
    stand_in.remove_reminder(token)

    # Then it never goes off again, and the skill finds it gone
    clock.advance(days=14)
    assert stand_in.due_reminders() == []
    assert stand_in.reminders == {}
    assert len(stand_in.calls) == calls
    assert call(stand_in, "GET", f"{REMINDERS}/{token}").status_code == 404

    # And removing it twice is a mistake in the test
    with pytest.raises(KeyError):
        stand_in.remove_reminder(token)


def test_reset_forgets_reminders_and_what_they_rang(stand_in, clock) -> None:
    # Given a reminder, one of whose occurrences went off unseen
    token = create(stand_in)["alertToken"]
    clock.advance(hours=2)
    stand_in.remove_reminder(token)

    # When the stand-in is reset
    stand_in.reset()

    # Then there are no reminders, nothing to report, and no consent
    assert stand_in.reminders == {}
    assert stand_in.due_reminders() == []
    assert call(stand_in, "GET", REMINDERS).status_code == 401


# Failures on demand
def test_fail_makes_reminders_calls_answer_the_given_error(stand_in) -> None:
    # Given the Reminders API is told to fail twice with a body
    stand_in.fail("reminders", 503, {"code": "SERVICE_UNAVAILABLE", "message": "later"}, times=2)

    # When the skill creates a reminder three times
    responses = [call(stand_in, "POST", REMINDERS, reminder_request()) for _ in range(3)]

    # Then the first two fail that way, creating nothing, and the third works
    assert [response.status_code for response in responses] == [503, 503, 201]
    assert responses[0].json() == {"code": "SERVICE_UNAVAILABLE", "message": "later"}
    assert len(stand_in.reminders) == 1

    # And the calls are recorded as reminders calls, and only as those
    assert [c.method for c in stand_in.calls_to("reminders")] == ["POST"] * 3
    assert stand_in.calls_to("timers") == stand_in.calls_to("settings") == []


def test_fail_without_a_body_answers_an_empty_body(stand_in) -> None:
    # Given the Reminders API is told to fail without a body (even before consent)
    stand_in.revoke(REMINDERS_SCOPE)
    stand_in.fail("reminders", 500)

    # When the skill deletes a reminder
    response = call(stand_in, "DELETE", f"{REMINDERS}/{uuid.uuid4()}")

    # Then it gets the bare status, once
    assert response.status_code == 500
    assert response.content == b""
    assert call(stand_in, "GET", REMINDERS).status_code == 401


def test_failing_reminders_leaves_timers_alone(stand_in) -> None:
    # Given the Reminders API fails, and the user has consented to timers
    stand_in.fail("reminders", 500, times=5)
    stand_in.grant(TIMERS_SCOPE)

    # When the skill lists timers, Then that works
    assert call(stand_in, "GET", "/v1/alerts/timers").status_code == 200
    assert len(stand_in.calls_to("timers")) == 1
    assert stand_in.calls_to("reminders") == []


# The SDK's own client
@pytest.fixture
def sdk_client(stand_in, monkeypatch: pytest.MonkeyPatch) -> ReminderManagementServiceClient:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(stand_in.ca_bundle))
    configuration = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=DefaultApiClient(),
        authorization_value="token",
        api_endpoint=stand_in.endpoint,
    )
    return ReminderManagementServiceClient(configuration)


def sdk_reminder_request(text: str = ROUTINE, zone: str = LOS_ANGELES) -> ReminderRequest:
    return ReminderRequest(
        request_time=datetime(2026, 11, 23, 20, 0, 0),
        trigger=Trigger(
            object_type=TriggerType.SCHEDULED_ABSOLUTE,
            time_zone_id=zone,
            recurrence=Recurrence(
                recurrence_rules=[MONDAYS_AND_THURSDAYS],
                start_date_time=datetime(2026, 11, 23, 0, 0, 0),
            ),
        ),
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale="en-US", text=text)])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def wire_body(text: str = ROUTINE, zone: str = LOS_ANGELES) -> dict:
    """Exactly what the SDK sends for sdk_reminder_request()."""
    return {
        "requestTime": "2026-11-23T20:00:00",
        "trigger": {
            "type": "SCHEDULED_ABSOLUTE",
            "timeZoneId": zone,
            "recurrence": {
                "startDateTime": "2026-11-23T00:00:00",
                "recurrenceRules": [MONDAYS_AND_THURSDAYS],
            },
        },
        "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": text}]}},
        "pushNotification": {"status": "ENABLED"},
    }


def test_the_sdk_client_and_the_stand_in_agree_on_the_wire(stand_in, sdk_client, clock) -> None:
    # When the skill's SDK client creates a reminder from its model
    created = sdk_client.create_reminder(sdk_reminder_request())

    # Then the stand-in received exactly the documented JSON, and the SDK read the response
    [post] = stand_in.calls_to("reminders")
    assert (post.method, post.path, post.body) == ("POST", REMINDERS, wire_body())
    assert post.headers["Authorization"] == "Bearer token"
    assert uuid.UUID(created.alert_token)
    assert created.status == Status.ON
    assert created.version == "1"
    assert created.href == f"{REMINDERS}/{created.alert_token}"
    assert created.created_time == "2026-11-24T04:00:00Z"

    # And reading it back (with requests: the SDK's get models are broken) shows what it sent
    path = f"{REMINDERS}/{created.alert_token}"
    stored = call(stand_in, "GET", path).json()
    assert stored["trigger"] == wire_body()["trigger"]

    # When the SDK updates it, Then the PUT carries the same shape and the version moves on
    clock.advance(minutes=5)
    updated = sdk_client.update_reminder(created.alert_token, sdk_reminder_request("Tone."))
    put = stand_in.calls_to("reminders")[-1]
    assert (put.method, put.path, put.body) == ("PUT", path, wire_body("Tone."))
    assert updated.version == "2"
    assert updated.updated_time == "2026-11-24T04:05:00Z"

    # And it goes off at 9 pm with the new text
    clock.advance(minutes=55)
    assert rung(stand_in) == [("2026-11-23T21:00:00-08:00", "Tone.")]

    # When the SDK deletes it, Then it answers None and the reminder is gone
    assert sdk_client.delete_reminder(created.alert_token) is None
    assert stand_in.calls_to("reminders")[-1].method == "DELETE"
    assert call(stand_in, "GET", path).status_code == 404


def test_the_sdk_client_raises_on_refusals_and_empty_error_bodies(stand_in, sdk_client) -> None:
    # Given no consent, When the SDK client creates a reminder, Then it raises with the 401
    stand_in.revoke(REMINDERS_SCOPE)
    with pytest.raises(ServiceException) as refused:
        sdk_client.create_reminder(sdk_reminder_request())
    assert refused.value.status_code == 401

    # Given a bad request, Then the 400 arrives as a ServiceException too
    stand_in.grant(REMINDERS_SCOPE)
    with pytest.raises(ServiceException) as bad:
        sdk_client.create_reminder(sdk_reminder_request(zone="Mars/Olympus_Mons"))
    assert bad.value.status_code == 400

    # Given no such reminder, Then deleting it raises with the 404 (undeclared: "Unknown error")
    with pytest.raises(ServiceException) as unknown:
        sdk_client.delete_reminder(str(uuid.uuid4()))
    assert unknown.value.status_code == 404

    # Given a failure without a body, When the SDK deletes a reminder, Then it cannot parse it
    stand_in.fail("reminders", 500)
    with pytest.raises(SerializationException):
        sdk_client.delete_reminder("some-token")
    assert stand_in.reminders == {}
