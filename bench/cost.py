"""What the benchmark's figures cost on AWS: a month of 1,000 monthly active users, per stack.

Pure arithmetic, no I/O: bench/run.py feeds it what one run measured, docs/PRICES.md names the
source of every price. The assumptions are stated once, in `Usage`, and the cold share in it is
the run's own count, not a guess. Lambda's share of a vCPU is memory / 1,769 MB; the bench ran
each turn on a full core, so a turn's CPU stretches by 1,769 / memory below that and its waits
(on DynamoDB, the Alexa APIs) don't: `billed_ms`. That is an assumption too: one bench core is
one Graviton vCPU, and moto's waits on loopback stand for DynamoDB's in the region.

Not counted: the free tiers (an account's, not a skill's), DynamoDB storage (a user's item is
about 1 KB: 1,000 users hold 0.0012 GB, $0.0003 a month at $0.25 per GB-month) and the logs'
storage (a 30-day retention keeps about one month's ingestion, at $0.03 per GB-month: 6% of its
ingestion price). docs/PRICES.md says what else the deployed stack pays for (X-Ray, metrics).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

PRICES_DATED = "2026-12-07"
FULL_VCPU_MB = 1_769  # Lambda gives a whole vCPU at 1,769 MB and a share in proportion below
MB_PER_GB = 1_024  # Lambda's GB-seconds: memory in MB / 1,024 (the pricing page's examples)
BYTES_PER_LOG_GB = 1_024**3
DAY_SECONDS = 24 * 3_600
SNAPSTART_MINIMUM_CACHE_SECONDS = 3 * 3_600  # a published version is charged 3 hours at least
READ_UNIT_BYTES = 4 * 1_024  # one strongly consistent read of up to 4 KB; eventually: half
WRITE_UNIT_BYTES = 1_024  # one standard write of up to 1 KB
READS = ("GetItem",)  # as the stores call them: strongly consistent (ConsistentRead=True)
EVENTUAL_READS = ("Query",)  # botocore's default: eventually consistent
WRITES = ("PutItem", "UpdateItem", "DeleteItem")


@dataclass(frozen=True)
class Prices:
    """us-east-1, on demand, USD, as docs/PRICES.md gives them on PRICES_DATED. Duration is the
    Arm price: the template's function runs on arm64 (x86 is $0.0000166667 a GB-second)."""

    lambda_request: float = 0.20 / 1e6
    lambda_gb_second: float = 0.0000133334
    snapstart_cache_gb_second: float = 0.0000015046
    snapstart_restore_gb: float = 0.0001397998
    dynamodb_read_unit: float = 0.125 / 1e6
    dynamodb_write_unit: float = 0.625 / 1e6
    log_ingestion_gb: float = 0.50


PRICES = Prices()


@dataclass(frozen=True)
class Usage:
    """The month the costs are for: each user has one session a night, of the turns the bench
    plays for a mask night. `cold_share` is the fraction of those turns that land on a new
    execution environment (a SnapStart restore for Pore Coach, an init for the others)."""

    turns_a_session: int
    cold_share: float
    monthly_active_users: int = 1_000
    nights_a_month: int = 30
    sessions_a_night: int = 1

    @property
    def turns(self) -> float:
        return (
            self.monthly_active_users
            * self.nights_a_month
            * self.sessions_a_night
            * self.turns_a_session
        )

    @property
    def month_seconds(self) -> int:
        return self.nights_a_month * DAY_SECONDS


@dataclass(frozen=True)
class StackTurns:
    """One stack at one memory size: what a turn bills and asks of DynamoDB and the logs.

    A cold turn is the first on a new environment: without SnapStart, Lambda bills the init and
    the invocation; with it, the billed restore and the invocation, and the init is billed once
    per published version instead (`publish_init_billed_ms`), when Lambda takes the snapshot."""

    memory_mb: int
    cold_billed_ms: float
    warm_billed_ms: float
    read_units_a_turn: float
    write_units_a_turn: float
    cold_log_bytes: float
    warm_log_bytes: float
    snapstart: bool = False
    publish_init_billed_ms: float = 0.0
    published_versions: int = 1  # a month: each one's init is billed once
    cached_versions: int = 1  # cached all month: the `live` one (superseded ones: delete them)

    @property
    def memory_gb(self) -> float:
        return self.memory_mb / MB_PER_GB


@dataclass(frozen=True)
class MonthlyCost:
    """USD a month, line by line."""

    lambda_requests: float
    lambda_duration: float
    snapstart_cache: float
    snapstart_restore: float
    dynamodb_reads: float
    dynamodb_writes: float
    logs: float

    @property
    def total(self) -> float:
        return sum(getattr(self, line.name) for line in fields(self))

    def as_dict(self) -> dict[str, float]:
        return {line.name: getattr(self, line.name) for line in fields(self)} | {
            "total": self.total
        }


def cpu_slowdown(memory_mb: int) -> float:
    """How much longer CPU work takes at `memory_mb` than on the bench's full core."""
    return max(1.0, FULL_VCPU_MB / memory_mb)


def billed_ms(wall_ms: float, cpu_ms: float, memory_mb: int) -> int:
    """A turn measured on a full core, as Lambda would bill it at `memory_mb`: its CPU stretched,
    its waits as they were, rounded up to the millisecond."""
    cpu = min(cpu_ms, wall_ms)
    return math.ceil(cpu * cpu_slowdown(memory_mb) + (wall_ms - cpu))


def snapstart_cached_seconds(live_seconds: float) -> float:
    """A version's snapshot is charged for as long as the version is active, 3 hours at least."""
    return max(live_seconds, SNAPSTART_MINIMUM_CACHE_SECONDS)


def item_bytes(item: Mapping[str, Any]) -> int:
    """An item's size as DynamoDB counts it (attribute names and values, in DynamoDB JSON)."""
    return sum(len(name.encode()) + _value_bytes(value) for name, value in item.items())


def _value_bytes(value: Mapping[str, Any]) -> int:
    [(kind, data)] = value.items()
    if kind == "S":
        return len(data.encode())
    if kind == "B":
        return len(data)
    if kind == "N":  # about one byte per two significant digits, plus one
        digits = data.lstrip("-").replace(".", "").strip("0") or "0"
        return math.ceil(len(digits) / 2) + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "M":  # 3 bytes for the map, 1 per element
        return 3 + sum(len(k.encode()) + _value_bytes(v) + 1 for k, v in data.items())
    if kind == "L":
        return 3 + sum(_value_bytes(v) + 1 for v in data)
    if kind in ("SS", "BS"):
        return sum(len(x.encode() if kind == "SS" else x) for x in data)
    if kind == "NS":
        return sum(_value_bytes({"N": x}) for x in data)
    raise ValueError(f"not a DynamoDB type: {kind}")


def read_units(size: int, consistent: bool = True) -> float:
    """A read of an item of `size` bytes: 4 KB steps, half for an eventually consistent one."""
    units = max(1, math.ceil(size / READ_UNIT_BYTES))
    return units if consistent else units / 2


def write_units(size: int) -> int:
    """A write of an item of `size` bytes (for a put over an item, the larger of the two)."""
    return max(1, math.ceil(size / WRITE_UNIT_BYTES))


def request_units(calls: Mapping[str, float], size: int) -> tuple[float, float]:
    """Read and write request units for a turn's calls on items of `size` bytes. A Query reads
    the profiles' keys only (ProjectionExpression): one eventually consistent unit."""
    reads = sum(calls.get(op, 0.0) for op in READS) * read_units(size)
    reads += sum(calls.get(op, 0.0) for op in EVENTUAL_READS) * read_units(0, consistent=False)
    writes = sum(calls.get(op, 0.0) for op in WRITES) * write_units(size)
    return reads, writes


def monthly_cost(stack: StackTurns, usage: Usage, prices: Prices = PRICES) -> MonthlyCost:
    turns = usage.turns
    cold = turns * usage.cold_share
    warm = turns - cold
    billed_seconds = (cold * stack.cold_billed_ms + warm * stack.warm_billed_ms) / 1_000
    if stack.snapstart:
        billed_seconds += stack.published_versions * stack.publish_init_billed_ms / 1_000
        cached_seconds = snapstart_cached_seconds(usage.month_seconds)
        cache_gb_seconds = stack.cached_versions * stack.memory_gb * cached_seconds
        restored_gb = cold * stack.memory_gb
    else:
        cache_gb_seconds = restored_gb = 0.0
    log_bytes = cold * stack.cold_log_bytes + warm * stack.warm_log_bytes
    return MonthlyCost(
        lambda_requests=turns * prices.lambda_request,
        lambda_duration=billed_seconds * stack.memory_gb * prices.lambda_gb_second,
        snapstart_cache=cache_gb_seconds * prices.snapstart_cache_gb_second,
        snapstart_restore=restored_gb * prices.snapstart_restore_gb,
        dynamodb_reads=turns * stack.read_units_a_turn * prices.dynamodb_read_unit,
        dynamodb_writes=turns * stack.write_units_a_turn * prices.dynamodb_write_unit,
        logs=log_bytes / BYTES_PER_LOG_GB * prices.log_ingestion_gb,
    )
