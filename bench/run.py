"""`make bench`: the skill's cost against a minimal ask-sdk skill, measured in the same run.

Two numbers matter on Lambda: the cold start (imports) and a warm turn. Each is reported as a
ratio to a baseline measured here, on the same machine, in the same run, so the numbers can be
compared across machines:
- cold start: `import skill.app` vs. importing what any ask-sdk skill on DynamoDB must
  (ask_sdk_core's builder and boto3);
- warm turn: "what's tonight" through our lambda_handler vs. a bare CustomSkillBuilder skill whose
  one handler reads one DynamoDB item, both on moto and the same process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import boto3
from moto import mock_aws

COLD_RUNS = 15
WARM_RUNS = 300


def cold_start(statement: str) -> float:
    """Median seconds for a fresh interpreter to run `statement` (both pay the interpreter)."""
    times = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True, env=os.environ | {
            "PYTHONDONTWRITEBYTECODE": "1"})  # fmt: skip
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm(turn: Callable[[], object]) -> float:
    for _ in range(20):
        turn()
    times = []
    for _ in range(WARM_RUNS):
        start = time.perf_counter()
        turn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline_skill():
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import CustomSkillBuilder
    from ask_sdk_core.utils import is_intent_name

    client = boto3.client("dynamodb")

    class Tonight(AbstractRequestHandler):
        def can_handle(self, handler_input):
            return is_intent_name("TonightIntent")(handler_input)

        def handle(self, handler_input):
            client.get_item(TableName="bench", Key={"user": {"S": "u"}, "profile": {"S": "p"}})
            return handler_input.response_builder.speak("Tonight: serum.").response

    builder = CustomSkillBuilder()
    builder.add_request_handler(Tonight())
    return builder.create()


def main() -> None:
    os.environ.update(
        AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
        STATE_STORE="dynamodb", TABLE_NAME="bench", POWERTOOLS_LOG_LEVEL="ERROR",
        USER_KEY_SECRET="bench-user-key-0123456789-0123456789",
    )  # fmt: skip
    # Imports plus building the skill and its DynamoDB client: what a cold start pays before
    # the first request is handled.
    ours_cold = cold_start("import skill.app; skill.app.skill()")
    base_cold = cold_start(
        "import ask_sdk_core.skill_builder, boto3; boto3.client('dynamodb');"
        "ask_sdk_core.skill_builder.CustomSkillBuilder().create()"
    )

    from ask_sdk_model import RequestEnvelope

    from skill.app import lambda_handler
    from skill.local.alexa_api import AlexaApiStandIn
    from skill.local.driver import LambdaContext, LocalAlexa
    from skill.local.envelopes import Conversation, Device, intent_request
    from skill.local.runtime import quiet

    with AlexaApiStandIn() as api, mock_aws():
        os.environ["REQUESTS_CA_BUNDLE"] = str(api.ca_bundle)
        boto3.client("dynamodb").create_table(
            TableName="bench", BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "user", "KeyType": "HASH"},
                       {"AttributeName": "profile", "KeyType": "RANGE"}],
            AttributeDefinitions=[{"AttributeName": "user", "AttributeType": "S"},
                                  {"AttributeName": "profile", "AttributeType": "S"}],
        )  # fmt: skip
        # Both take the same new-session envelope (one state read), already matched to an intent.
        handler = quiet(lambda_handler, verbose=False)  # EMF metrics go to stdout
        alexa = LocalAlexa(handler, Device(api_endpoint=api.endpoint))
        alexa.say("ask pore coach to set my skin type to oily")
        tonight = Conversation(alexa.device).envelope(intent_request("TonightIntent"))
        assert "serum" in handler(tonight, LambdaContext())["response"]["outputSpeech"]["ssml"]
        skill = baseline_skill()

        def ours() -> object:
            return handler(tonight, LambdaContext())

        def baseline() -> object:
            body = skill.serializer.deserialize(json.dumps(tonight), RequestEnvelope)
            return skill.serializer.serialize(skill.invoke(body, LambdaContext()))

        ours_warm, base_warm = warm(ours), warm(baseline)

    print(f"{'measure':<26}{'pore coach':>12}{'baseline':>12}{'ratio':>8}")
    print(f"{'cold start (import), ms':<26}{ours_cold * 1e3:>12.1f}{base_cold * 1e3:>12.1f}"
          f"{ours_cold / base_cold:>8.2f}")  # fmt: skip
    print(f"{'warm turn (median), ms':<26}{ours_warm * 1e3:>12.2f}{base_warm * 1e3:>12.2f}"
          f"{ours_warm / base_warm:>8.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
