"""The Alexa API stand-in, driven over real HTTPS the way the skill's service clients drive it."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration, ServiceException
from ask_sdk_model.services.timer_management import (
    AnnounceOperation,
    CreationBehavior,
    DisplayExperience,
    NotificationConfig,
    Status,
    TextToAnnounce,
    TimerManagementServiceClient,
    TimerRequest,
    TriggeringBehavior,
    Visibility,
)

from skill.local.alexa_api import (
    TIMERS_SCOPE,
    AlexaApiStandIn,
    FiredTimer,
    format_duration,
    parse_duration,
)
from tests.local.stand_in_calls import MISSING, call, changed

START = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # the conftest clock's starting point
TIMERS = "/v1/alerts/timers"
TIME_ZONE = "/v2/devices/{}/settings/System.timeZone"


# Fixtures and helpers
@pytest.fixture
def stand_in(api: AlexaApiStandIn) -> AlexaApiStandIn:
    """The shared stand-in, fresh and on the test's clock, where the user consented to timers."""
    api.grant(TIMERS_SCOPE)
    return api


def timer_request(duration: str = "PT10M", label: str = "mask", **operation: Any) -> dict:
    return {
        "duration": duration,
        "timerLabel": label,
        "creationBehavior": {"displayExperience": {"visibility": "VISIBLE"}},
        "triggeringBehavior": {
            "operation": operation or {"type": "NOTIFY_ONLY"},
            "notificationConfig": {"playAudible": True},
        },
    }


def announce(text: str) -> dict:
    return {"type": "ANNOUNCE", "textToAnnounce": [{"locale": "en-US", "text": text}]}


def launch_task(name: str = "amzn1.ask.skill.abc.RinseMask") -> dict:
    return {
        "type": "LAUNCH_TASK",
        "textToConfirm": [{"locale": "en-US", "text": "Time to rinse. Shall I go on?"}],
        "task": {"name": name, "version": "1", "input": {"step": "rinse"}},
    }


def create(stand_in: AlexaApiStandIn, duration: str = "PT10M", label: str = "mask", **op: Any):
    response = call(stand_in, "POST", TIMERS, timer_request(duration, label, **op))
    assert response.status_code == 200, response.text
    return response.json()


def labels(stand_in: AlexaApiStandIn) -> list[str]:
    return [timer["timerLabel"] for timer in call(stand_in, "GET", TIMERS).json()["timers"]]


# Consent
def test_timers_answer_401_until_the_user_grants_the_permission(stand_in, clock) -> None:
    # Given a user who has not consented to timers
    stand_in.revoke(TIMERS_SCOPE)

    # When the skill creates or lists timers
    created = call(stand_in, "POST", TIMERS, timer_request())
    listed = call(stand_in, "GET", TIMERS)

    # Then both are refused the way Alexa refuses them
    for response in (created, listed):
        assert response.status_code == 401
        assert response.json()["code"] == "UNAUTHORIZED"
        assert response.json()["message"]

    # And once the user grants the permission, the same request succeeds
    stand_in.grant(TIMERS_SCOPE)
    assert call(stand_in, "POST", TIMERS, timer_request()).status_code == 200


def test_revoking_the_permission_refuses_calls_again(stand_in) -> None:
    # Given a timer created with consent
    timer = create(stand_in)

    # When the user withdraws consent
    stand_in.revoke(TIMERS_SCOPE)

    # Then even reading that timer is unauthorized
    assert call(stand_in, "GET", f"{TIMERS}/{timer['id']}").status_code == 401


# Create, get, list
def test_a_created_timer_is_on_and_triggers_after_its_duration(stand_in) -> None:
    # When the skill creates a ten-minute timer at 04:00 UTC
    response = call(stand_in, "POST", TIMERS, timer_request("PT10M", "mask"))

    # Then Alexa answers with the TimerResponse
    assert response.status_code == 200
    body = response.json()
    assert uuid.UUID(body.pop("id"))
    assert body == {
        "status": "ON",
        "duration": "PT10M",
        "timerLabel": "mask",
        "triggerTime": "2026-11-24T04:10:00Z",
        "createdTime": "2026-11-24T04:00:00Z",
        "updatedTime": "2026-11-24T04:00:00Z",
    }


def test_getting_a_timer_answers_what_create_answered(stand_in, clock) -> None:
    # Given a timer created two minutes ago
    created = create(stand_in, "PT2M30S")
    clock.advance(minutes=2)

    # When the skill reads it back
    response = call(stand_in, "GET", f"{TIMERS}/{created['id']}")

    # Then it is unchanged: still on, still due at the same time
    assert response.status_code == 200
    assert response.json() == created
    assert created["triggerTime"] == "2026-11-24T04:02:30Z"


def test_the_list_puts_the_shortest_remaining_time_first(stand_in, clock) -> None:
    # Given three timers, one of them paused with the most time left
    create(stand_in, "PT30M", "long")
    create(stand_in, "PT5M", "short")
    paused = create(stand_in, "PT20M", "paused")
    clock.advance(minutes=4)
    call(stand_in, "POST", f"{TIMERS}/{paused['id']}/pause")

    # When the skill lists them
    response = call(stand_in, "GET", TIMERS)

    # Then they come shortest remaining first (1 min, 16 min paused, 26 min), with a count
    assert response.status_code == 200
    body = response.json()
    assert [timer["timerLabel"] for timer in body["timers"]] == ["short", "paused", "long"]
    assert body["totalCount"] == 3
    assert body["nextToken"] is None


# Pause and resume
def test_a_paused_timer_reports_its_remaining_time_and_resumes_from_it(stand_in, clock) -> None:
    # Given a five-minute timer that has run 1 min 57 s
    timer = create(stand_in, "PT5M")
    clock.advance(minutes=1, seconds=57)

    # When the skill pauses it
    paused = call(stand_in, "POST", f"{TIMERS}/{timer['id']}/pause")

    # Then the answer is empty, and the timer keeps 3 min 3 s instead of a trigger time
    assert paused.status_code == 200
    assert paused.content == b""
    body = call(stand_in, "GET", f"{TIMERS}/{timer['id']}").json()
    assert body["status"] == "PAUSED"
    assert "triggerTime" not in body
    assert body["remainingTimeWhenPaused"] == "PT3M3S"
    assert body["updatedTime"] == "2026-11-24T04:01:57Z"

    # And while paused for ten minutes it does not go off
    clock.advance(minutes=10)
    assert stand_in.due_timers() == []

    # When it is resumed at 04:11:57
    resumed = call(stand_in, "POST", f"{TIMERS}/{timer['id']}/resume")

    # Then it triggers 3 min 3 s later, and goes off then
    assert resumed.status_code == 200
    assert resumed.content == b""
    body = call(stand_in, "GET", f"{TIMERS}/{timer['id']}").json()
    assert body["status"] == "ON"
    assert body["triggerTime"] == "2026-11-24T04:15:00Z"
    assert "remainingTimeWhenPaused" not in body
    clock.advance(minutes=3, seconds=2)
    assert stand_in.due_timers() == []
    clock.advance(seconds=1)
    assert [fired.id for fired in stand_in.due_timers()] == [timer["id"]]


def test_pausing_a_paused_timer_or_resuming_a_running_one_changes_nothing(stand_in, clock) -> None:
    # Given one running and one paused timer
    running = create(stand_in, "PT10M", "running")
    paused = create(stand_in, "PT10M", "paused")
    call(stand_in, "POST", f"{TIMERS}/{paused['id']}/pause")
    before = {t["id"]: t for t in call(stand_in, "GET", TIMERS).json()["timers"]}
    clock.advance(minutes=1)

    # When the skill resumes the running one and pauses the paused one
    resumed = call(stand_in, "POST", f"{TIMERS}/{running['id']}/resume")
    paused_again = call(stand_in, "POST", f"{TIMERS}/{paused['id']}/pause")

    # Then both succeed without touching either timer
    assert resumed.status_code == paused_again.status_code == 200
    for timer_id in (running["id"], paused["id"]):
        assert call(stand_in, "GET", f"{TIMERS}/{timer_id}").json() == before[timer_id]


# Cancel
def test_cancelling_a_timer_removes_it(stand_in) -> None:
    # Given two timers
    doomed = create(stand_in, label="doomed")
    create(stand_in, label="kept")

    # When the skill cancels one
    response = call(stand_in, "DELETE", f"{TIMERS}/{doomed['id']}")

    # Then the answer is empty and only the other is left
    assert response.status_code == 200
    assert response.content == b""
    assert call(stand_in, "GET", f"{TIMERS}/{doomed['id']}").status_code == 404
    assert call(stand_in, "DELETE", f"{TIMERS}/{doomed['id']}").status_code == 404
    assert labels(stand_in) == ["kept"]


def test_cancelling_all_timers_removes_every_one(stand_in) -> None:
    # Given a running and a paused timer
    create(stand_in, label="one")
    paused = create(stand_in, label="two")
    call(stand_in, "POST", f"{TIMERS}/{paused['id']}/pause")

    # When the skill cancels all
    response = call(stand_in, "DELETE", TIMERS)

    # Then none is left, and none will go off
    assert response.status_code == 200
    assert response.content == b""
    empty = {"timers": [], "totalCount": 0, "nextToken": None}
    assert call(stand_in, "GET", TIMERS).json() == empty
    assert stand_in.due_timers() == []


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("GET", ""), ("DELETE", ""), ("POST", "/pause"), ("POST", "/resume")],
)
def test_an_unknown_timer_is_not_found(stand_in, method: str, suffix: str) -> None:
    # When the skill addresses a timer that never existed
    response = call(stand_in, method, f"{TIMERS}/{uuid.uuid4()}{suffix}")

    # Then Alexa says so
    assert response.status_code == 404
    assert response.json()["code"] == "TIMER_NOT_FOUND"


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("GET", ""), ("DELETE", ""), ("POST", "/pause"), ("POST", "/resume")],
)
def test_a_timer_that_went_off_is_not_found(stand_in, clock, method: str, suffix: str) -> None:
    # Given a one-minute timer whose minute has passed (nobody has polled for it yet)
    timer = create(stand_in, "PT1M")
    clock.advance(minutes=1)

    # When the skill addresses it
    response = call(stand_in, method, f"{TIMERS}/{timer['id']}{suffix}")

    # Then it is gone from the API, but still reported as having gone off
    assert response.status_code == 404
    assert response.json()["code"] == "TIMER_NOT_FOUND"
    assert [fired.id for fired in stand_in.due_timers()] == [timer["id"]]


# Validation
VALID = timer_request()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("duration", MISSING),
        ("duration", 600),
        ("duration", "10 minutes"),
        ("duration", "P"),
        ("duration", "PT"),
        ("duration", "PT10"),
        ("duration", "pt10m"),
        ("duration", "P1DT"),
        ("duration", "PT0S"),
        ("duration", "PT0H0M"),
        ("duration", "PT2H0M1S"),
        ("duration", "P1D"),
        ("timerLabel", MISSING),
        ("timerLabel", ""),
        ("timerLabel", "   "),
        ("timerLabel", "x" * 51),
        ("timerLabel", 7),
        ("creationBehavior", MISSING),
        ("creationBehavior.displayExperience.visibility", "SHOWN"),
        ("creationBehavior.displayExperience.visibility", MISSING),
        ("triggeringBehavior.operation", MISSING),
        ("triggeringBehavior.operation.type", "SPEAK"),
        ("triggeringBehavior.operation", {"type": "ANNOUNCE"}),
        ("triggeringBehavior.operation", {"type": "ANNOUNCE", "textToAnnounce": []}),
        ("triggeringBehavior.operation", {"type": "ANNOUNCE", "textToAnnounce": "Rinse"}),
        (
            "triggeringBehavior.operation",
            {"type": "ANNOUNCE", "textToAnnounce": [{"locale": "en-US", "text": ""}]},
        ),
        (
            "triggeringBehavior.operation",
            {"type": "ANNOUNCE", "textToAnnounce": [{"text": "Rinse"}]},
        ),
        ("triggeringBehavior.operation", changed(launch_task(), "textToConfirm", MISSING)),
        ("triggeringBehavior.operation", changed(launch_task(), "task", MISSING)),
        ("triggeringBehavior.operation", changed(launch_task(), "task.name", MISSING)),
        ("triggeringBehavior.operation", changed(launch_task(), "task.version", MISSING)),
        ("triggeringBehavior.operation", changed(launch_task(), "task.input", "rinse")),
        ("triggeringBehavior.notificationConfig.playAudible", "true"),
        ("triggeringBehavior.notificationConfig.playAudible", MISSING),
        ("triggeringBehavior.notificationConfig", MISSING),
    ],
)
def test_a_malformed_timer_request_is_a_bad_request(stand_in, path: str, value: Any) -> None:
    # Given a valid request with one thing wrong
    body = changed(VALID, path, value)

    # When the skill sends it
    response = call(stand_in, "POST", TIMERS, body)

    # Then Alexa rejects it with a reason, and creates nothing
    assert response.status_code == 400, (path, value)
    assert response.json()["code"] == "INVALID_REQUEST"
    assert response.json()["message"]
    assert labels(stand_in) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("duration", "PT2H"),
        ("duration", "PT1S"),
        ("duration", "PT1H59M59S"),
        ("duration", "P0DT90M"),
        ("timerLabel", "x" * 50),
        ("creationBehavior.displayExperience.visibility", "HIDDEN"),
        ("triggeringBehavior.operation", announce("Time to rinse your mask.")),
        ("triggeringBehavior.operation", launch_task()),
        ("triggeringBehavior.operation", changed(launch_task(), "task.input", MISSING)),
        ("triggeringBehavior.notificationConfig.playAudible", False),
    ],
)
def test_edge_cases_inside_the_rules_are_accepted(stand_in, path: str, value: Any) -> None:
    # When the skill sends a request at the edge of what is allowed
    response = call(stand_in, "POST", TIMERS, changed(VALID, path, value))

    # Then the timer is created
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "ON"


def test_a_body_that_is_not_an_object_is_a_bad_request(stand_in) -> None:
    # When the skill posts a JSON list
    response = call(stand_in, "POST", TIMERS, [timer_request()])

    # Then it is rejected
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"


def test_label_instead_of_timer_label_is_a_server_error(stand_in) -> None:
    # Given a request that names the label `label`, as it is easy to do
    body = timer_request()
    body["label"] = body.pop("timerLabel")

    # When the skill sends it
    response = call(stand_in, "POST", TIMERS, body)

    # Then Alexa answers 500 (not 400), and creates nothing
    assert response.status_code == 500
    assert labels(stand_in) == []


# Limits
def test_at_most_ten_timers_are_active(stand_in) -> None:
    # Given ten timers, one of them paused
    timers = [create(stand_in, label=f"timer {n}") for n in range(10)]
    call(stand_in, "POST", f"{TIMERS}/{timers[0]['id']}/pause")

    # When the skill creates an eleventh
    refused = call(stand_in, "POST", TIMERS, timer_request(label="eleventh"))

    # Then it is refused
    assert refused.status_code == 400
    assert refused.json()["code"] == "INVALID_REQUEST"

    # And once one is cancelled there is room again
    call(stand_in, "DELETE", f"{TIMERS}/{timers[0]['id']}")
    assert call(stand_in, "POST", TIMERS, timer_request(label="eleventh")).status_code == 200


@pytest.mark.parametrize("paused", [False, True])
def test_a_label_is_taken_while_its_timer_is_active(stand_in, paused: bool) -> None:
    # Given an active (running or paused) timer labelled "mask"
    timer = create(stand_in, label="mask")
    if paused:
        call(stand_in, "POST", f"{TIMERS}/{timer['id']}/pause")

    # When the skill creates another "mask" timer
    response = call(stand_in, "POST", TIMERS, timer_request(label="mask"))

    # Then it is refused, while another label is fine
    assert response.status_code == 400
    assert call(stand_in, "POST", TIMERS, timer_request(label="toner")).status_code == 200


@pytest.mark.parametrize("ending", ["went off", "cancelled", "all cancelled"])
def test_a_label_is_free_again_once_its_timer_is_over(stand_in, clock, ending: str) -> None:
    # Given a "mask" timer that is over
    timer = create(stand_in, "PT10M", "mask")
    if ending == "went off":
        clock.advance(minutes=10)
    elif ending == "cancelled":
        call(stand_in, "DELETE", f"{TIMERS}/{timer['id']}")
    else:
        call(stand_in, "DELETE", TIMERS)

    # When the skill creates a new "mask" timer
    response = call(stand_in, "POST", TIMERS, timer_request(label="mask"))

    # Then it is accepted
    assert response.status_code == 200


def test_concurrent_creates_never_exceed_the_limit(stand_in) -> None:
    # When twenty different timers are created at once while the chat polls
    def create_one(n: int) -> int:
        stand_in.due_timers()
        return call(stand_in, "POST", TIMERS, timer_request(label=f"timer {n}")).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(create_one, range(20)))

    # Then exactly ten were accepted
    assert sorted(statuses) == [200] * 10 + [400] * 10
    assert call(stand_in, "GET", TIMERS).json()["totalCount"] == 10


# Going off
def test_due_timers_go_off_in_trigger_order_and_only_once(stand_in, clock) -> None:
    # Given three timers created in an order different from their trigger order
    rinse = create(stand_in, "PT10M", "rinse", **announce("Time to rinse your mask."))
    task = create(stand_in, "PT5M", "toner", **launch_task())
    create(stand_in, "PT20M", "later")

    # When the clock reaches the second trigger time
    clock.advance(minutes=4, seconds=59)
    assert stand_in.due_timers() == []
    clock.advance(minutes=5, seconds=1)
    fired = stand_in.due_timers()

    # Then both due timers go off, earliest first, with what they were asked to do
    assert fired == [
        FiredTimer(task["id"], "toner", launch_task()),
        FiredTimer(rinse["id"], "rinse", announce("Time to rinse your mask.")),
    ]
    assert fired[0].task == launch_task()["task"]
    assert fired[0].announcement is None
    assert fired[1].announcement == "Time to rinse your mask."
    assert fired[1].task is None

    # And they are gone: not reported again, not listed
    assert stand_in.due_timers() == []
    assert labels(stand_in) == ["later"]


def test_a_notify_only_timer_has_nothing_to_announce(stand_in, clock) -> None:
    # Given a chime-only timer that has gone off
    create(stand_in, "PT1M", "chime")
    clock.advance(minutes=1)

    # When the chat collects it
    [fired] = stand_in.due_timers()

    # Then there is nothing to say or launch
    assert fired.label == "chime"
    assert fired.announcement is None
    assert fired.task is None


def test_fail_makes_timers_calls_answer_the_given_error(stand_in) -> None:
    # Given the timers API is told to fail twice with a body
    stand_in.fail("timers", 504, {"code": "DEVICE_OFFLINE", "message": "offline"}, times=2)

    # When the skill calls it three times
    responses = [call(stand_in, "GET", TIMERS) for _ in range(3)]

    # Then the first two fail that way and the third works
    assert [response.status_code for response in responses] == [504, 504, 200]
    assert responses[0].json() == {"code": "DEVICE_OFFLINE", "message": "offline"}
    assert len(stand_in.calls_to("timers")) == 3
    assert stand_in.calls_to("settings") == []


def test_fail_without_a_body_answers_an_empty_body(stand_in) -> None:
    # Given the timers API is told to fail without a body (even before consent)
    stand_in.revoke(TIMERS_SCOPE)
    stand_in.fail("timers", 500)

    # When the skill creates a timer
    response = call(stand_in, "POST", TIMERS, timer_request())

    # Then it gets the bare status
    assert response.status_code == 500
    assert response.content == b""


# Settings API, unchanged
def test_settings_api_answers_the_time_zone_as_before(stand_in) -> None:
    # Given one device with its own zone
    stand_in.device_time_zones["kitchen"] = "Asia/Kolkata"

    # When the skill asks for two devices' zones
    default = call(stand_in, "GET", TIME_ZONE.format("bedroom"))
    own = call(stand_in, "GET", TIME_ZONE.format("kitchen"))

    # Then each gets its zone, as a JSON string, and the calls are recorded as settings calls
    assert (default.status_code, default.json()) == (200, "America/Los_Angeles")
    assert (own.status_code, own.json()) == (200, "Asia/Kolkata")
    assert [c.path for c in stand_in.calls_to("settings")] == [
        TIME_ZONE.format("bedroom"),
        TIME_ZONE.format("kitchen"),
    ]
    assert stand_in.calls_to("settings")[0].headers["Authorization"] == "Bearer token"
    assert stand_in.calls_to("timers") == []


def test_settings_failures_and_missing_tokens_behave_as_before(stand_in) -> None:
    # Given the settings API is told to fail once, and the timers API is fine
    stand_in.fail("settings", 503, {"code": "SERVICE_UNAVAILABLE", "message": "later"})

    # When the skill asks for the zone, a timer list, the zone again, and the zone with no token
    failed = call(stand_in, "GET", TIME_ZONE.format("bedroom"))
    timers = call(stand_in, "GET", TIMERS)
    again = call(stand_in, "GET", TIME_ZONE.format("bedroom"))
    anonymous = call(stand_in, "GET", TIME_ZONE.format("bedroom"), token=None)

    # Then only the settings call failed, once; without a token it is unauthorized
    assert (failed.status_code, failed.json()["code"]) == (503, "SERVICE_UNAVAILABLE")
    assert timers.status_code == 200
    assert again.status_code == 200
    assert (anonymous.status_code, anonymous.json()["code"]) == (401, "UNAUTHORIZED")
    assert call(stand_in, "GET", "/v1/unknown").status_code == 404


def test_reset_forgets_everything_a_test_set_up(stand_in, clock) -> None:
    # Given a stand-in with state of every kind
    create(stand_in, "PT1M", "mask")
    clock.advance(minutes=1)
    stand_in.time_zone = "Europe/Paris"
    stand_in.device_time_zones["kitchen"] = "Asia/Kolkata"
    stand_in.fail("settings", 500)

    # When it is reset
    stand_in.reset()

    # Then it is as new: no calls, failures, consent, timers or fired timers; the real clock
    assert stand_in.calls == []
    assert stand_in.granted == set()
    assert stand_in.time_zone == "America/Los_Angeles"
    assert stand_in.device_time_zones == {}
    assert abs(stand_in.clock() - datetime.now(UTC)) < timedelta(minutes=1)
    assert stand_in.due_timers() == []
    assert call(stand_in, "GET", TIME_ZONE.format("bedroom")).status_code == 200
    stand_in.grant(TIMERS_SCOPE)
    assert call(stand_in, "GET", TIMERS).json()["totalCount"] == 0


# ISO 8601 durations
@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("PT10M", timedelta(minutes=10)),
        ("PT2M30S", timedelta(minutes=2, seconds=30)),
        ("PT1H", timedelta(hours=1)),
        ("PT3M3S", timedelta(minutes=3, seconds=3)),
        ("PT1H0M5S", timedelta(hours=1, seconds=5)),
        ("P1DT1H", timedelta(days=1, hours=1)),
        ("PT0S", timedelta(0)),
    ],
)
def test_durations_parse(text: str, duration: timedelta) -> None:
    assert parse_duration(text) == duration


@pytest.mark.parametrize("text", ["", "P", "PT", "10M", "PT10", "P1DT", "PT1.5M", None, 5])
def test_non_durations_do_not_parse(text: Any) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (timedelta(minutes=10), "PT10M"),
        (timedelta(minutes=3, seconds=3), "PT3M3S"),
        (timedelta(hours=2), "PT2H"),
        (timedelta(hours=1, seconds=5), "PT1H5S"),
        (timedelta(seconds=59, microseconds=999_999), "PT59S"),
        (timedelta(0), "PT0S"),
    ],
)
def test_durations_format(duration: timedelta, text: str) -> None:
    assert format_duration(duration) == text


# The SDK's own client
@pytest.fixture
def sdk_client(stand_in, monkeypatch: pytest.MonkeyPatch) -> TimerManagementServiceClient:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(stand_in.ca_bundle))
    configuration = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=DefaultApiClient(),
        authorization_value="token",
        api_endpoint=stand_in.endpoint,
    )
    return TimerManagementServiceClient(configuration)


def sdk_timer_request() -> TimerRequest:
    return TimerRequest(
        duration="PT10M",
        timer_label="mask",
        creation_behavior=CreationBehavior(
            display_experience=DisplayExperience(visibility=Visibility.VISIBLE)
        ),
        triggering_behavior=TriggeringBehavior(
            operation=AnnounceOperation(
                text_to_announce=[TextToAnnounce(locale="en-US", text="Time to rinse.")]
            ),
            notification_config=NotificationConfig(play_audible=True),
        ),
    )


def test_the_sdk_client_and_the_stand_in_agree_on_the_wire(stand_in, sdk_client, clock) -> None:
    # When the skill's SDK client creates a timer from its model
    created = sdk_client.create_timer(sdk_timer_request())

    # Then the stand-in received the documented JSON and the SDK read the TimerResponse back
    assert stand_in.calls_to("timers")[0].body == timer_request(
        "PT10M", "mask", **announce("Time to rinse.")
    )
    assert created.status == Status.ON
    assert created.timer_label == "mask"
    assert created.duration == "PT10M"
    assert created.trigger_time == START + timedelta(minutes=10)
    assert created.created_time == START

    # And reading, listing and pausing through the SDK work too
    assert sdk_client.get_timer(created.id).to_dict() == created.to_dict()
    assert sdk_client.get_timers().total_count == 1
    clock.advance(minutes=4)
    assert sdk_client.pause_timer(created.id) is None
    assert sdk_client.get_timer(created.id).remaining_time_when_paused == "PT6M"
    assert sdk_client.resume_timer(created.id) is None
    assert sdk_client.delete_timer(created.id) is None
    assert sdk_client.get_timers().total_count == 0

    # And the timer's announcement is what the SDK sent
    create(stand_in, "PT1M", "toner", **announce("Toner now."))
    clock.advance(minutes=1)
    assert [fired.announcement for fired in stand_in.due_timers()] == ["Toner now."]


def test_the_sdk_client_raises_on_refusals_and_empty_error_bodies(stand_in, sdk_client) -> None:
    # Given no consent
    stand_in.revoke(TIMERS_SCOPE)

    # When the SDK client creates a timer, Then it raises a ServiceException with the 401
    with pytest.raises(ServiceException) as refused:
        sdk_client.create_timer(sdk_timer_request())
    assert refused.value.status_code == 401

    # Given a failure without a body, When the SDK client lists timers, Then it cannot parse it
    stand_in.fail("timers", 500)
    with pytest.raises(SerializationException):
        sdk_client.get_timers()
