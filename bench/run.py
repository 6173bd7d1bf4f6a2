"""`make bench`: Pore Coach beside the stack the Alexa samples teach, measured in one run.

Three stacks, each in fresh processes started as Lambda starts a function (import the handler
module, then invoke it), interleaved so that a busy moment of the machine falls on all of them:
- `sample`: `CustomSkillBuilder` + `ask-sdk-dynamodb-persistence-adapter` (bench/sample_stack.py),
  the baseline every ratio is taken against;
- `pore_coach`: `skill.app`, on DynamoDB with the Alexa API stand-in;
- `floor`: a bare ask-sdk-core skill that stores nothing (bench/floor_stack.py).
DynamoDB is a moto server on loopback behind a proxy that counts each operation; the Alexa APIs
are the loopback stand-in, which counts its calls. Every process answers a returning user's
launch first (its first response), then plays the same scripted mask-night conversation, with
both timers, for further returning users (the warm turns).

Figures: process start → init done, start → first response, the first response alone (what a
user feels after a SnapStart restore), warm p50/p99, peak RSS after the first response, DynamoDB
and Alexa API calls, and the zipped and unzipped package (bench/package.py). Ratios are to the
sample stack. `--quick` proves the benchmark works (CI); its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3

from bench.package import PackageSize, package_sizes, without_bytecode_note
from skill.local.alexa_api import TIMERS_SCOPE, AlexaApiStandIn
from skill.local.envelopes import Device, envelope, intent_request, launch_request
from tests.faults import DynamoDBFaults, dynamodb_behind_proxy

STACKS = {"sample": "bench.sample_stack", "pore_coach": "skill.app", "floor": "bench.floor_stack"}
BASELINE = "sample"
TABLE, SAMPLE_TABLE = "bench", "bench-sample"
USER_KEY_SECRET = "bench-user-key-0123456789-0123456789"
# Sunday evening, then Monday evening in Los Angeles: a returning user's first mask night.
SUNDAY_EVENING = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
MONDAY_EVENING = SUNDAY_EVENING + timedelta(days=1)
# The mask night as a user says it: the walk, both timers (each ends the session and moves the
# walk on to the step its end announces; the user comes back with "Alexa, ask Pore Coach next"
# or "repeat"), to the last step.
MASK_NIGHT = (
    "LaunchRequest",
    "AMAZON.YesIntent",  # Ready for step one?
    "AMAZON.NextIntent",
    "AMAZON.NextIntent",  # the hot towel: want a 2-minute timer?
    "AMAZON.YesIntent",  # timer started, session ends; the walk moves to the cool splash
    "AMAZON.NextIntent",  # a new session: the clay mask, want a 10-minute timer?
    "AMAZON.YesIntent",  # the walk moves to the cold splash
    "AMAZON.RepeatIntent",  # a new session: the cold splash again
    "AMAZON.NextIntent",
    "AMAZON.NextIntent",
    "AMAZON.NextIntent",
    "AMAZON.NextIntent",
)
DYNAMODB_OPERATIONS = ("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query")


@dataclass
class Calls:
    """What one process asked of DynamoDB and the Alexa APIs."""

    dynamodb: dict[str, int] = field(default_factory=dict)
    alexa: int = 0

    @classmethod
    def since(cls, before: Calls, after: Calls) -> Calls:
        return cls(
            {op: after.dynamodb[op] - before.dynamodb[op] for op in DYNAMODB_OPERATIONS},
            after.alexa - before.alexa,
        )


@dataclass
class Run:
    """One fresh process of one stack."""

    start_to_init_ms: float
    start_to_first_ms: float
    first_after_init_ms: float
    init_cpu_ms: float
    first_cpu_ms: float
    peak_rss_mib: float
    warm_ms: list[float]
    first_calls: Calls
    warm_calls: Calls
    warm_turns: int
    first_reply: str
    replies: list[list[str]]


class Bench:
    def __init__(self, dynamodb: DynamoDBFaults, api: AlexaApiStandIn, workdir: Path) -> None:
        self.dynamodb, self.api, self.workdir = dynamodb, api, workdir
        self.users = 0

    def counters(self) -> Calls:
        return Calls(
            {op: self.dynamodb.count(op) for op in DYNAMODB_OPERATIONS}, len(self.api.calls)
        )

    def workload(self, stack: str, conversations: int) -> Path:
        """A returning user's launch, then `conversations` mask nights, each a user of its own."""
        devices = [self.returning_user(stack) for _ in range(conversations + 1)]
        first = _envelope(devices[0], launch_request(MONDAY_EVENING))
        played = [mask_night(device, night) for night, device in enumerate(devices[1:])]
        path = self.workdir / f"{stack}-{self.users}.json"
        path.write_text(json.dumps({"first": first, "conversations": played}))
        return path

    def returning_user(self, stack: str) -> Device:
        self.users += 1
        device = Device(
            user_id=f"amzn1.ask.account.BENCH{self.users:05d}",
            device_id=f"amzn1.ask.device.BENCH{self.users:05d}",
            api_endpoint=self.api.endpoint,
        )
        if stack == "pore_coach":
            _tell_skin_type(device)
        elif stack == "sample":
            boto3.client("dynamodb", endpoint_url=self.dynamodb.upstream).put_item(
                TableName=SAMPLE_TABLE,
                Item={"id": {"S": device.user_id}, "attributes": {"M": {"visits": {"N": "3"}}}},
            )
        return device

    def run(self, stack: str, workload: Path, conversations: int) -> Run:
        read, write = os.pipe()
        self.api.reset()
        self.api.grant(TIMERS_SCOPE)
        self.api.clock = lambda: MONDAY_EVENING
        before = self.counters()
        spawned = time.monotonic_ns()
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.child", STACKS[stack], str(workload), str(spawned),
             str(write)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, pass_fds=(write,), text=True,
        )  # fmt: skip
        os.close(write)
        assert child.stdin
        warm: dict[str, list[Any]] = {"warm_ms": [], "replies": []}
        with os.fdopen(read) as reports:
            first = json.loads(reports.readline())
            after_first = self.counters()
            for night in range(conversations):
                # Each mask night a quarter of an hour after the last: the timers of the one
                # before have rung at the stand-in, as on a real device.
                self.api.clock = lambda night=night: conversation_start(night)
                child.stdin.write("go\n")
                child.stdin.flush()
                played = json.loads(reports.readline())
                warm["warm_ms"] += played["warm_ms"]
                warm["replies"].append(played["replies"])
        if child.wait() != 0:
            raise SystemExit(f"the {stack} process failed")
        return Run(
            start_to_init_ms=first["start_to_init_ms"],
            start_to_first_ms=first["start_to_first_ms"],
            first_after_init_ms=first["first_after_init_ms"],
            init_cpu_ms=first["init_cpu_ms"],
            first_cpu_ms=first["first_cpu_ms"],
            peak_rss_mib=first["peak_rss_mib"],
            warm_ms=warm["warm_ms"],
            first_calls=Calls.since(before, after_first),
            warm_calls=Calls.since(after_first, self.counters()),
            warm_turns=len(warm["warm_ms"]),
            first_reply=first["first_reply"],
            replies=warm["replies"],
        )


def _envelope(device: Device, request: dict[str, Any]) -> dict[str, Any]:
    """A request in a session whose id and attributes the child fills in, turn by turn."""
    return envelope(request, device, {"application": {"applicationId": device.skill_id},
                                      "user": {"userId": device.user_id}})  # fmt: skip


def conversation_start(night: int) -> datetime:
    return MONDAY_EVENING + timedelta(minutes=15 * (night + 1))


def mask_night(device: Device, night: int) -> list[dict[str, Any]]:
    start = conversation_start(night)
    at = (start + timedelta(seconds=20 * turn) for turn in range(len(MASK_NIGHT)))
    return [
        _envelope(device, launch_request(moment) if name == "LaunchRequest" else
                  intent_request(name, at=moment))
        for name, moment in zip(MASK_NIGHT, at, strict=True)
    ]  # fmt: skip


def _tell_skin_type(device: Device) -> None:
    """The user met the skill last night: Pore Coach stores the skin type, as on first use."""
    from skill.app import lambda_handler
    from skill.local.driver import LocalAlexa
    from skill.local.runtime import quiet

    alexa = LocalAlexa(quiet(lambda_handler, verbose=False), device, clock=lambda: SUNDAY_EVENING)
    reply = alexa.say("ask pore coach to set my skin type to oily")
    assert "oily" in reply.speech, reply.speech


@contextmanager
def services() -> Iterator[tuple[DynamoDBFaults, AlexaApiStandIn]]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request
    with ExitStack() as stack:
        dynamodb, endpoint = stack.enter_context(dynamodb_behind_proxy())
        api = stack.enter_context(AlexaApiStandIn())
        os.environ.update(
            AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench",
            AWS_SECRET_ACCESS_KEY="bench", AWS_ENDPOINT_URL_DYNAMODB=endpoint,
            STATE_STORE="dynamodb", TABLE_NAME=TABLE, SAMPLE_TABLE_NAME=SAMPLE_TABLE,
            USER_KEY_SECRET=USER_KEY_SECRET,
            POWERTOOLS_LOG_LEVEL="ERROR", REQUESTS_CA_BUNDLE=str(api.ca_bundle),
        )  # fmt: skip
        client = boto3.client("dynamodb", endpoint_url=dynamodb.upstream)
        for name, keys in ((TABLE, ("user", "profile")), (SAMPLE_TABLE, ("id",))):
            client.create_table(
                TableName=name, BillingMode="PAY_PER_REQUEST",
                KeySchema=[{"AttributeName": key, "KeyType": kind}
                           for key, kind in zip(keys, ("HASH", "RANGE"), strict=False)],
                AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"} for key in keys],
            )  # fmt: skip
        yield dynamodb, api


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summarise(runs: list[Run]) -> dict[str, Any]:
    def spread(values: list[float]) -> dict[str, float]:
        return {"median": statistics.median(values), "min": min(values), "max": max(values)}

    warm = [ms for run in runs for ms in run.warm_ms]
    turns = sum(run.warm_turns for run in runs)
    return {
        "processes": len(runs),
        "start_to_init_ms": spread([run.start_to_init_ms for run in runs]),
        "start_to_first_response_ms": spread([run.start_to_first_ms for run in runs]),
        "first_response_after_init_ms": spread([run.first_after_init_ms for run in runs]),
        "cpu_to_init_ms": spread([run.init_cpu_ms for run in runs]),
        "cpu_to_first_response_ms": spread([run.first_cpu_ms for run in runs]),
        "warm_turns": turns,
        "warm_p50_ms": percentile(warm, 0.50),
        "warm_p99_ms": percentile(warm, 0.99),
        "peak_rss_mib": spread([run.peak_rss_mib for run in runs]),
        "launch_dynamodb_calls": runs[0].first_calls.dynamodb,
        "launch_alexa_calls": runs[0].first_calls.alexa,
        "dynamodb_calls_per_turn": {
            op: sum(run.warm_calls.dynamodb[op] for run in runs) / turns
            for op in DYNAMODB_OPERATIONS
        },
        "alexa_calls_per_turn": sum(run.warm_calls.alexa for run in runs) / turns,
    }


FIGURES = (
    ("process start → init done, ms", lambda s: s["start_to_init_ms"]["median"]),
    ("process start → first response, ms", lambda s: s["start_to_first_response_ms"]["median"]),
    ("first response after init, ms", lambda s: s["first_response_after_init_ms"]["median"]),
    ("CPU to init done, ms", lambda s: s["cpu_to_init_ms"]["median"]),
    ("CPU to first response, ms", lambda s: s["cpu_to_first_response_ms"]["median"]),
    ("warm turn p50, ms", lambda s: s["warm_p50_ms"]),
    ("warm turn p99, ms", lambda s: s["warm_p99_ms"]),
    ("peak RSS after the first response, MiB", lambda s: s["peak_rss_mib"]["median"]),
    ("DynamoDB reads on the launch", lambda s: s["launch_dynamodb_calls"]["GetItem"]),
    ("DynamoDB writes on the launch", lambda s: s["launch_dynamodb_calls"]["PutItem"]
     + s["launch_dynamodb_calls"]["UpdateItem"]),
    ("DynamoDB calls per warm turn", lambda s: sum(s["dynamodb_calls_per_turn"].values())),
    ("Alexa API calls per warm turn", lambda s: s["alexa_calls_per_turn"]),
)  # fmt: skip
PACKAGE_FIGURES = (
    ("zipped package without the boto3 stack, MiB", lambda p: p.zipped_without_boto3_mib),
    ("unzipped package without the boto3 stack, MiB", lambda p: p.unzipped_without_boto3_mib),
    ("zipped package, MiB", lambda p: p.zipped_mib),
)


def table(results: dict[str, dict[str, Any]], packages: dict[str, PackageSize]) -> str:
    names = list(results)
    rows = [(label, [figure(results[name]) for name in names]) for label, figure in FIGURES]
    rows += [(label, [figure(packages[name]) for name in names]) for label, figure in
             PACKAGE_FIGURES if packages]  # fmt: skip
    width = max(len(label) for label, _ in rows)
    header = f"{'figure':<{width}}" + "".join(f"{name:>12}" for name in names)
    lines = [header + f"{'ratio':>8}", "-" * (len(header) + 8)]
    for label, values in rows:
        base, ours = values[names.index(BASELINE)], values[names.index("pore_coach")]
        ratio = f"{ours / base:>8.2f}" if base else f"{'–':>8}"
        lines.append(f"{label:<{width}}" + "".join(f"{value:>12.2f}" for value in values) + ratio)
    return "\n".join(lines)


def markdown(results: dict[str, dict[str, Any]], packages: dict[str, PackageSize]) -> str:
    """The README's table: the baseline, Pore Coach, their ratio, and the floor."""
    rows = [(label, figure, results) for label, figure in FIGURES]
    rows += [(label, figure, packages) for label, figure in PACKAGE_FIGURES if packages]
    lines = []
    for label, figure, source in rows:
        base, ours, floor = (figure(source[name]) for name in (BASELINE, "pore_coach", "floor"))
        ratio = f"{ours / base:.2f}" if base else "–"
        lines.append(f"| {label} | {base:.1f} | {ours:.1f} | {ratio} | {floor:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="prove it works: 2 processes each")
    parser.add_argument("--processes", type=int, default=15, help="fresh processes per stack")
    parser.add_argument("--conversations", type=int, default=4, help="mask nights per process")
    parser.add_argument("--json", type=Path, default=Path(".bench/results.json"))
    parser.add_argument("--no-package", action="store_true", help="skip building the packages")
    parser.add_argument("--markdown", action="store_true", help="also print the README's rows")
    args = parser.parse_args()
    processes, conversations = (2, 1) if args.quick else (args.processes, args.conversations)
    # The timing sets the environment (the stand-in's CA) for its processes; the builds, after
    # it so that their writes don't leave the timed imports an emptier file cache, get the
    # environment as it was.
    environment = dict(os.environ)
    order = random.Random(0)
    runs: dict[str, list[Run]] = {stack: [] for stack in STACKS}
    with services() as (dynamodb, api), tempfile.TemporaryDirectory() as workdir:
        bench = Bench(dynamodb, api, Path(workdir))
        for stack in STACKS:  # once each, untimed: the bytecode and the file cache are warm
            bench.run(stack, bench.workload(stack, 1), 1)
        for _ in range(processes):
            stacks = list(STACKS)
            order.shuffle(stacks)  # interleaved, in a different order each round
            for stack in stacks:
                workload = bench.workload(stack, conversations)
                runs[stack].append(bench.run(stack, workload, conversations))
    check_pore_coach(runs["pore_coach"])
    packages = {} if args.no_package else package_sizes(list(STACKS), environment)
    results = {stack: summarise(stack_runs) for stack, stack_runs in runs.items()}
    print(table(results, packages))
    if note := without_bytecode_note(packages, environment):
        print(f"\n{note}")
    print(f"\n{processes} fresh processes per stack, interleaved; {conversations} mask nights of "
          f"{len(MASK_NIGHT)} turns each after the first response. Ratios: pore_coach / "
          f"{BASELINE}.")  # fmt: skip
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.machine(), "cpus": os.cpu_count()},
        "quick": args.quick,
        "baseline": BASELINE,
        "stacks": results,
        "packages": {name: vars(size) for name, size in packages.items()},
    }  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"JSON: {args.json}")
    if args.markdown:
        print(markdown(results, packages))


def check_pore_coach(runs: list[Run]) -> None:
    """The figures are only worth having if the skill said what a user would hear."""
    run = runs[0]
    assert "mask night" in run.first_reply, run.first_reply
    night = run.replies[0]
    assert "Step one" in night[1] and "timer started" in night[4], night
    assert "timer started" in night[6] and "cold water" in night[7], night


if __name__ == "__main__":
    main()
