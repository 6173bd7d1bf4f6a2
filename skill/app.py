"""The Lambda entry point. The skill is built once per container, during Lambda's init: with
SnapStart that work is in the snapshot, and without it init runs at full speed before the first
request is waiting on it."""

from __future__ import annotations

import encodings.idna  # noqa: F401 - the first connection's host name needs it: load it at init
import json
import os
from functools import cache
from typing import Any, cast

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope, Response, ResponseEnvelope
from ask_sdk_model.ui import PlainTextOutputSpeech
from aws_lambda_powertools.utilities.typing import LambdaContext

from skill import deadline
from skill.config import ConfigError, Settings, settings
from skill.errors import MustNotAcknowledge
from skill.handlers import events
from skill.handlers.errors import CatchAllHandler, StoreUnavailableHandler
from skill.handlers.interceptors import BuildTurn, CountRequest, SaveUserSession
from skill.handlers.routes import RoutedHandler
from skill.observability import logger, metrics
from skill.services.api_client import TimeoutApiClient
from skill.speech import Speech
from skill.state.store import StateStore
from skill.user_key import UserKeyFetch


class RequestForAnotherSkill(MustNotAcknowledge):
    """An envelope addressed to another skill: no answer, so Lambda reports an error."""


def build_skill(config: Settings, store: StateStore, user_key: bytes) -> CustomSkill:
    api_client = TimeoutApiClient(
        config.alexa_api_timeout_seconds, allow_loopback=not config.on_lambda
    )
    # No `builder.skill_id`: lambda_handler refuses other skills' requests before the SDK sees
    # them, and raises where the SDK's own check would only be turned into speech.
    builder = CustomSkillBuilder(api_client=api_client)
    # Skill events first: they come out of session and answer no one. Then the route table.
    builder.add_request_handler(events.SkillDisabledHandler(store, user_key))
    builder.add_request_handler(events.ReminderGoneHandler(store, user_key))
    builder.add_request_handler(events.OtherEventHandler())
    builder.add_request_handler(RoutedHandler())
    builder.add_global_request_interceptor(CountRequest())
    builder.add_global_request_interceptor(BuildTurn(store, user_key))
    builder.add_global_response_interceptor(SaveUserSession())
    builder.add_exception_handler(StoreUnavailableHandler())
    builder.add_exception_handler(CatchAllHandler())
    return builder.create()


def make_store(config: Settings) -> StateStore:
    """Imported lazily: the local store must not pay for boto3, nor Lambda for sqlite."""
    if config.store == "sqlite":
        from skill.state.sqlite import SQLiteStore

        return SQLiteStore(config.sqlite_path)
    from skill.state.dynamodb import DynamoDBStore

    return DynamoDBStore(config.table_name)


@cache
def skill() -> CustomSkill:
    config = settings()
    user_key = UserKeyFetch(config)  # from SSM while the store's client is made
    store = make_store(config)
    return build_skill(config, store, user_key.key())


_serializer = DefaultSerializer()


def _build_at_init() -> None:
    """On Lambda a misconfigured function fails its init, loudly, on every request. Elsewhere
    (tests, the local tools) the settings may come after the import: the skill is then built
    by the first request."""
    try:
        skill()
    except ConfigError:
        if "AWS_LAMBDA_FUNCTION_NAME" in os.environ:
            raise


_build_at_init()


@logger.inject_lambda_context(correlation_id_path="request.requestId", log_event=False)
@metrics.log_metrics(raise_on_empty_metrics=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    with deadline.turn(context):
        return _answer(event, context)


def _answer(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    the_skill = skill()  # a misconfigured function fails loudly, on every request
    try:
        envelope = _serializer.deserialize(json.dumps(event), RequestEnvelope)
        _refuse_other_skills(envelope, settings().skill_id)
        response = the_skill.invoke(request_envelope=envelope, context=context)
    except MustNotAcknowledge:
        raise  # Lambda reports an error: Alexa delivers the request again, or refuses it
    except Exception as error:  # noqa: BLE001 - the last line of defence: Alexa must get an answer
        # Reached only for what the SDK does not route to our exception handlers:
        # a malformed envelope.
        logger.error("request rejected", extra={"error_type": type(error).__name__})
        metrics.add_metric(name="RequestRejected", unit="Count", value=1)
        response = _apology(event)
    return cast(dict[str, Any], _serializer.serialize(response))  # an object, as it was built


def _refuse_other_skills(envelope: RequestEnvelope, skill_id: str | None) -> None:
    """Alexa's certification expects an error, not an answer, for another skill's request."""
    if skill_id is None:
        return  # local runs and tests only: on Lambda the skill id is required
    context = envelope.context
    application = context.system.application if context and context.system else None
    if getattr(application, "application_id", None) != skill_id:
        metrics.add_metric(name="OtherSkillRefused", unit="Count", value=1)
        raise RequestForAnotherSkill("request for another skill")


def _apology(event: Any) -> ResponseEnvelope:
    """In the request's language when the envelope still says it, else in US English."""
    request = event.get("request") if isinstance(event, dict) else None
    locale = request.get("locale") if isinstance(request, dict) else None
    text = Speech(locale if isinstance(locale, str) else None).say("request_rejected")
    speech = PlainTextOutputSpeech(text=text)
    return ResponseEnvelope(
        version="1.0", response=Response(output_speech=speech, should_end_session=True)
    )
