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
sample stack. Then the money (bench/cost.py, prices in docs/PRICES.md): each stack's month for
1,000 users at the template's MemorySize, and Pore Coach's at 256, 512 and 1,024 MB. `--quick`
proves the benchmark works (CI); its figures mean nothing.
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

from bench import cost
from bench.package import REPO, PackageSize, package_sizes, without_bytecode_note
from skill.local.alexa_api import TIMERS_SCOPE, AlexaApiStandIn
from skill.local.envelopes import Device, envelope, intent_request, launch_request
from tests.faults import DynamoDBFaults, dynamodb_behind_proxy

STACKS = {"sample": "bench.sample_stack", "pore_coach": "skill.app", "floor": "bench.floor_stack"}
BASELINE = "sample"
TABLE, SAMPLE_TABLE = "bench", "bench-sample"
USER_KEY_SECRET = "bench-user-key-0123456789-0123456789"
USER_KEY_PARAMETER = "/pore-coach/user-key"
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
TABLES = {"sample": SAMPLE_TABLE, "pore_coach": TABLE}  # the floor stores nothing
SNAPSTART = {"pore_coach"}  # the samples deploy without it; ours publishes versions with it
MEMORY_SIZES_MB = (256, 512, 1_024)  # Pore Coach's month at each, beside the template's own
# Not measured: no local process is restored from a snapshot. AWS bills a restore's runtime
# reload and after-restore hooks (none here) as "Billed Restore Duration" in the REPORT line;
# this stands in for it at every memory size until a deployed function's logs give it.
BILLED_RESTORE_MS = 150
# Lambda's own lines in the log group, in the documented text format: START, END and REPORT
# each turn (with X-Ray's trace line: the template's Tracing is Active); INIT_START and an Init
# Duration field on a cold start, or RESTORE_START, RESTORE_REPORT and the Restore Duration
# fields on a SnapStart restore. Estimated from their formats, not measured.
_REQUEST_ID = "8f507cfc-xmpl-4697-b07a-ac58fc914c95"
_RUNTIME = "Runtime Version: python:3.13.v31\tRuntime Version ARN: arn:aws:lambda:us-east-1::" \
    f"runtime:{'0' * 64}\n"  # fmt: skip
PLATFORM_LOG_BYTES_A_TURN = len(
    f"START RequestId: {_REQUEST_ID} Version: 12\nEND RequestId: {_REQUEST_ID}\n"
    f"REPORT RequestId: {_REQUEST_ID}\tDuration: 15.74 ms\tBilled Duration: 16 ms\t"
    "Memory Size: 1024 MB\tMax Memory Used: 56 MB\t\nXRAY TraceId: 1-5e34a614-10bdxmplf1fb44f"
    "07bc535a1\tSegmentId: 07f5xmpl2d1f6f85\tSampled: true\t\n"
)
PLATFORM_LOG_BYTES_A_COLD_START = {
    False: len(f"INIT_START {_RUNTIME}\tInit Duration: 512.34 ms"),
    True: len(f"RESTORE_START {_RUNTIME}RESTORE_REPORT Restore Duration: 473.13 ms\n"
              "\tRestore Duration: 473.13 ms\tBilled Restore Duration: 150 ms"),
}  # fmt: skip


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
    first_turn_cpu_ms: float
    peak_rss_mib: float
    warm_ms: list[float]
    warm_cpu_ms: list[float]
    first_calls: Calls
    warm_calls: Calls
    warm_turns: int
    init_log_bytes: int
    first_log_bytes: int
    warm_log_bytes: int
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
        with (self.workdir / f"{workload.stem}.log").open("wb") as log:  # the child's stdout
            spawned = time.monotonic_ns()
            child = subprocess.Popen(
                [sys.executable, "-m", "bench.child", STACKS[stack], str(workload), str(spawned),
                 str(write)],
                stdin=subprocess.PIPE, stdout=log, pass_fds=(write,), text=True,
            )  # fmt: skip
        os.close(write)
        assert child.stdin
        warm: dict[str, list[Any]] = {"warm_ms": [], "warm_cpu_ms": [], "replies": []}
        warm_log_bytes = 0
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
                warm["warm_cpu_ms"] += played["warm_cpu_ms"]
                warm["replies"].append(played["replies"])
                warm_log_bytes += played["log_bytes"]
        if child.wait() != 0:
            raise SystemExit(f"the {stack} process failed")
        return Run(
            start_to_init_ms=first["start_to_init_ms"],
            start_to_first_ms=first["start_to_first_ms"],
            first_after_init_ms=first["first_after_init_ms"],
            init_cpu_ms=first["init_cpu_ms"],
            first_cpu_ms=first["first_cpu_ms"],
            first_turn_cpu_ms=first["first_turn_cpu_ms"],
            peak_rss_mib=first["peak_rss_mib"],
            warm_ms=warm["warm_ms"],
            warm_cpu_ms=warm["warm_cpu_ms"],
            first_calls=Calls.since(before, after_first),
            warm_calls=Calls.since(after_first, self.counters()),
            warm_turns=len(warm["warm_ms"]),
            init_log_bytes=first["init_log_bytes"],
            first_log_bytes=first["first_log_bytes"],
            warm_log_bytes=warm_log_bytes,
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


@dataclass(frozen=True)
class Deployed:
    """What template.yaml sets that the figures depend on."""

    memory_mb: int
    architecture: str
    log_level: str  # the LogLevel parameter's default: what the skill logs in the log group


def deployed() -> Deployed:
    from cfnlint.decode.decode import decode_str  # turns !Ref and the other tags into JSON

    template, problems = decode_str((REPO / "template.yaml").read_text())
    assert not problems, problems
    function = template["Resources"]["PoreCoachFunction"]["Properties"]
    [architecture] = function["Architectures"]
    log_level = template["Parameters"]["LogLevel"]["Default"]
    return Deployed(int(function["MemorySize"]), architecture, log_level)


@contextmanager
def services(
    log_level: str, key_from_ssm: bool = True
) -> Iterator[tuple[DynamoDBFaults, AlexaApiStandIn]]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request
    with ExitStack() as stack:
        dynamodb, endpoint = stack.enter_context(dynamodb_behind_proxy())
        api = stack.enter_context(AlexaApiStandIn())
        os.environ.update(
            AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench",
            AWS_SECRET_ACCESS_KEY="bench", AWS_ENDPOINT_URL_DYNAMODB=endpoint,
            STATE_STORE="dynamodb", TABLE_NAME=TABLE, SAMPLE_TABLE_NAME=SAMPLE_TABLE,
            AWS_ENDPOINT_URL_SSM=dynamodb.upstream,
            POWERTOOLS_LOG_LEVEL=log_level, REQUESTS_CA_BUNDLE=str(api.ca_bundle),
        )  # fmt: skip
        # As on Lambda: the user key is read from SSM during init (a moto server here);
        # --key-in-env gives it in the environment instead, to see what the fetch costs.
        for name in ("USER_KEY_PARAMETER", "USER_KEY_SECRET"):  # one or the other, never both
            os.environ.pop(name, None)
        if key_from_ssm:
            os.environ["USER_KEY_PARAMETER"] = USER_KEY_PARAMETER
        else:
            os.environ["USER_KEY_SECRET"] = USER_KEY_SECRET
        boto3.client("ssm", endpoint_url=dynamodb.upstream).put_parameter(
            Name=USER_KEY_PARAMETER, Value=USER_KEY_SECRET, Type="SecureString"
        )
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


def item_sizes(dynamodb: DynamoDBFaults) -> dict[str, int]:
    """The largest item in each stack's table after the run: the size its reads and writes are
    billed by (a put over an item is billed by the larger of the two)."""
    client = boto3.client("dynamodb", endpoint_url=dynamodb.upstream)
    sizes = dict.fromkeys(STACKS, 0)
    for stack, table_name in TABLES.items():
        for page in client.get_paginator("scan").paginate(TableName=table_name):
            sizes[stack] = max([sizes[stack], *map(cost.item_bytes, page["Items"])])
    return sizes


def usage(runs: list[Run]) -> cost.Usage:
    """The month's assumptions, the cold share as this run measured it: each fresh process
    served one turn on a new environment, then its warm ones."""
    return cost.Usage(turns_a_session=len(MASK_NIGHT), cold_share=len(runs) / _turns(runs))


def _turns(runs: list[Run]) -> int:
    """Every turn the stack answered: each process's cold one, then its warm ones."""
    return sum(1 + run.warm_turns for run in runs)


@dataclass(frozen=True)
class Priced:
    """One stack at one memory size: its turns as Lambda would bill them, and their month."""

    turns: cost.StackTurns
    warm_p99_billed_ms: float
    item_bytes: int
    month: cost.MonthlyCost


def priced(
    stack: str, runs: list[Run], memory_mb: int, item_size: int, month: cost.Usage
) -> Priced:
    """Each turn billed at `memory_mb` (bench/cost.py: billed_ms). A cold turn is the init and
    the first response billed as one, or with SnapStart the billed restore and the first
    response, the init being billed once per published version."""
    snapstart = stack in SNAPSTART

    def billed(wall_ms: float, cpu_ms: float) -> int:
        return cost.billed_ms(wall_ms, cpu_ms, memory_mb)

    if snapstart:
        colds = [BILLED_RESTORE_MS + billed(run.first_after_init_ms, run.first_turn_cpu_ms)
                 for run in runs]  # fmt: skip
    else:
        colds = [billed(run.start_to_init_ms + run.first_after_init_ms,
                        run.init_cpu_ms + run.first_turn_cpu_ms) for run in runs]  # fmt: skip
    inits = [billed(run.start_to_init_ms, run.init_cpu_ms) for run in runs]
    warm: list[float] = [billed(*turn) for run in runs
                         for turn in zip(run.warm_ms, run.warm_cpu_ms, strict=True)]  # fmt: skip
    reads, writes = cost.request_units(calls_a_turn(runs), item_size)
    turns = cost.StackTurns(
        memory_mb=memory_mb,
        cold_billed_ms=statistics.median(colds),
        warm_billed_ms=statistics.fmean(warm),
        read_units_a_turn=reads,
        write_units_a_turn=writes,
        cold_log_bytes=PLATFORM_LOG_BYTES_A_TURN + PLATFORM_LOG_BYTES_A_COLD_START[snapstart]
        + statistics.median(run.first_log_bytes + run.init_log_bytes * (not snapstart)
                            for run in runs),
        warm_log_bytes=PLATFORM_LOG_BYTES_A_TURN
        + sum(run.warm_log_bytes for run in runs) / sum(run.warm_turns for run in runs),
        snapstart=snapstart,
        publish_init_billed_ms=statistics.median(inits) if snapstart else 0.0,
    )  # fmt: skip
    return Priced(turns, percentile(warm, 0.99), item_size, cost.monthly_cost(turns, month))


def calls_a_turn(runs: list[Run]) -> dict[str, float]:
    """DynamoDB calls by operation over every turn the stack answered, cold and warm."""
    requests = _turns(runs)
    return {
        op: sum(run.first_calls.dynamodb[op] + run.warm_calls.dynamodb[op] for run in runs)
        / requests
        for op in DYNAMODB_OPERATIONS
    }


def costs(
    runs: dict[str, list[Run]], function: Deployed, sizes: dict[str, int]
) -> tuple[cost.Usage, dict[str, Priced], dict[int, Priced]]:
    """Every stack at the template's memory; Pore Coach at each of MEMORY_SIZES_MB too."""
    assert function.architecture == "arm64", "cost.Prices has the Arm duration price"
    month = usage(runs["pore_coach"])
    stacks = {
        stack: priced(stack, stack_runs, function.memory_mb, sizes[stack], month)
        for stack, stack_runs in runs.items()
    }
    memories = sorted({*MEMORY_SIZES_MB, function.memory_mb})
    ours = {mb: priced("pore_coach", runs["pore_coach"], mb, sizes["pore_coach"], month)
            for mb in memories}  # fmt: skip
    return month, stacks, ours


TURN_FIGURES = (  # (label, figure, decimals)
    ("cold turn, billed ms", lambda p: p.turns.cold_billed_ms, 1),
    ("warm turn, billed ms (mean)", lambda p: p.turns.warm_billed_ms, 1),
    ("warm turn, billed ms (p99)", lambda p: p.warm_p99_billed_ms, 1),
    ("largest item in the table, bytes", lambda p: p.item_bytes, 0),
    ("DynamoDB read units a turn", lambda p: p.turns.read_units_a_turn, 2),
    ("DynamoDB write units a turn", lambda p: p.turns.write_units_a_turn, 2),
    ("log bytes a warm turn", lambda p: p.turns.warm_log_bytes, 0),
)
COST_LINES = (
    ("Lambda requests, $", "lambda_requests"),
    ("Lambda duration, $", "lambda_duration"),
    ("SnapStart cache, $", "snapstart_cache"),
    ("SnapStart restore, $", "snapstart_restore"),
    ("DynamoDB reads, $", "dynamodb_reads"),
    ("DynamoDB writes, $", "dynamodb_writes"),
    ("CloudWatch Logs ingestion, $", "logs"),
    ("total a month per 1,000 MAU, $", "total"),
)


def cost_rows(columns: list[Priced]) -> list[tuple[str, list[float], int]]:
    """(label, a value per column, decimals): the turns' figures, then the month's lines."""
    rows = [(label, [figure(p) for p in columns], places) for label, figure, places in TURN_FIGURES]
    rows += [(label, [p.month.as_dict()[line] for p in columns], 4) for label, line in COST_LINES]
    return rows


def cost_table(title: str, columns: dict[str, Priced], ratio: bool) -> str:
    rows = cost_rows(list(columns.values()))
    width = max(len(label) for label, _, _ in rows + [(title, [], 0)])
    names = list(columns)
    header = f"{title:<{width}}" + "".join(f"{name:>12}" for name in names)
    lines = [header + (f"{'ratio':>8}" if ratio else ""), "-" * (len(header) + 8 * ratio)]
    for label, values, decimals in rows:
        line = f"{label:<{width}}" + "".join(f"{value:>12.{decimals}f}" for value in values)
        if ratio:
            base, ours = values[names.index(BASELINE)], values[names.index("pore_coach")]
            line += f"{ours / base:>8.2f}" if base else f"{'–':>8}"
        lines.append(line)
    return "\n".join(lines)


def assumptions(month: cost.Usage, processes: int, function: Deployed) -> str:
    return (
        f"Cost: us-east-1 prices of {cost.PRICES_DATED} (docs/PRICES.md), Lambda on "
        f"{function.architecture}. {month.monthly_active_users:,} users x {month.nights_a_month} "
        f"nights x {month.sessions_a_night} session of {month.turns_a_session} turns (the mask "
        f"night) = {month.turns:,.0f} turns a month. Cold share {month.cold_share:.2%}, as "
        f"measured here: {processes} fresh processes a stack, each one cold turn, for "
        f"{processes / month.cold_share:,.0f} turns. Billed ms = CPU x max(1, {cost.FULL_VCPU_MB}"
        f" / MB) + waits, rounded up to the ms; with SnapStart a cold turn adds "
        f"{BILLED_RESTORE_MS} ms of billed restore (assumed, not measured) and the init is "
        "billed once a month, at publication. DynamoDB units from the calls counted and the "
        "largest item in each table; logs are what each stack wrote to stdout (measured) and "
        "Lambda's START/END/REPORT lines (estimated). No free tiers; storage left out."
    )


def cost_markdown(title: str, columns: dict[str, Priced], ratio: bool) -> str:
    """The README's tables: a column per stack or memory size; with `ratio`, the columns are
    the baseline, Pore Coach and the floor, and the ratio goes between the last two."""
    names = list(columns)
    if ratio:
        names.insert(2, "ratio")
    lines = [f"| {title} | {' | '.join(names)} |", "|---" * (len(names) + 1) + "|"]
    for label, values, decimals in cost_rows(list(columns.values())):
        cells = [f"{value:.{decimals}f}" for value in values]
        if ratio:
            base, ours = values[:2]
            cells.insert(2, f"{ours / base:.2f}" if base else "–")
        lines.append(f"| {label} | {' | '.join(cells)} |")
    return "\n".join(lines)


def cost_report(month: cost.Usage, stacks: dict[str, Priced], ours: dict[int, Priced],
                function: Deployed) -> dict[str, Any]:  # fmt: skip
    def entry(p: Priced) -> dict[str, Any]:
        return {"turns": vars(p.turns), "warm_p99_billed_ms": p.warm_p99_billed_ms,
                "item_bytes": p.item_bytes, "monthly_usd": p.month.as_dict()}  # fmt: skip

    return {
        "prices_dated": cost.PRICES_DATED,
        "prices_usd": vars(cost.PRICES),
        "usage": vars(month) | {"turns_a_month": month.turns},
        "template": vars(function),
        "billed_restore_ms_assumed": BILLED_RESTORE_MS,
        "stacks": {name: entry(p) for name, p in stacks.items()},
        "pore_coach_by_memory_mb": {mb: entry(p) for mb, p in ours.items()},
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
    parser.add_argument(
        "--key-in-env", action="store_true", help="the user key in the environment, not from SSM"
    )
    args = parser.parse_args()
    processes, conversations = (2, 1) if args.quick else (args.processes, args.conversations)
    # The timing sets the environment (the stand-in's CA) for its processes; the builds, after
    # it so that their writes don't leave the timed imports an emptier file cache, get the
    # environment as it was.
    environment = dict(os.environ)
    function = deployed()
    order = random.Random(0)
    runs: dict[str, list[Run]] = {stack: [] for stack in STACKS}
    with (
        services(function.log_level, not args.key_in_env) as (dynamodb, api),
        tempfile.TemporaryDirectory() as workdir,
    ):
        bench = Bench(dynamodb, api, Path(workdir))
        for stack in STACKS:  # once each, untimed: the bytecode and the file cache are warm
            bench.run(stack, bench.workload(stack, 1), 1)
        for _ in range(processes):
            stacks = list(STACKS)
            order.shuffle(stacks)  # interleaved, in a different order each round
            for stack in stacks:
                workload = bench.workload(stack, conversations)
                runs[stack].append(bench.run(stack, workload, conversations))
        sizes = item_sizes(dynamodb)
    check_pore_coach(runs["pore_coach"])
    packages = {} if args.no_package else package_sizes(list(STACKS), environment)
    results = {stack: summarise(stack_runs) for stack, stack_runs in runs.items()}
    print(table(results, packages))
    if note := without_bytecode_note(packages, environment):
        print(f"\n{note}")
    print(f"\n{processes} fresh processes per stack, interleaved; {conversations} mask nights of "
          f"{len(MASK_NIGHT)} turns each after the first response. Ratios: pore_coach / "
          f"{BASELINE}.")  # fmt: skip
    month, priced_stacks, ours = costs(runs, function, sizes)
    print("\n" + cost_table(f"at {function.memory_mb} MB", priced_stacks, ratio=True))
    print("\n" + cost_table("pore_coach at", {f"{mb} MB": p for mb, p in ours.items()}, False))
    print("\n" + assumptions(month, processes, function))
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.machine(), "cpus": os.cpu_count()},
        "quick": args.quick,
        "baseline": BASELINE,
        "stacks": results,
        "packages": {name: vars(size) for name, size in packages.items()},
        "cost": cost_report(month, priced_stacks, ours, function),
    }  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"JSON: {args.json}")
    if args.markdown:
        print(markdown(results, packages))
        readme = {"sample stack": BASELINE, "Pore Coach": "pore_coach", "floor": "floor"}
        title = f"a month, 1,000 MAU, {function.memory_mb:,} MB"
        named = {name: priced_stacks[stack] for name, stack in readme.items()}
        print("\n" + cost_markdown(title, named, ratio=True))
        by_memory = {f"{mb:,} MB": p for mb, p in ours.items()}
        print("\n" + cost_markdown("Pore Coach, a month, 1,000 MAU", by_memory, ratio=False))


def check_pore_coach(runs: list[Run]) -> None:
    """The figures are only worth having if the skill said what a user would hear."""
    run = runs[0]
    assert "mask night" in run.first_reply, run.first_reply
    night = run.replies[0]
    assert "Step one" in night[1] and "timer started" in night[4], night
    assert "timer started" in night[6] and "cold water" in night[7], night


if __name__ == "__main__":
    main()
