"""`make bench`'s money: the arithmetic of bench/cost.py against figures worked by hand, and the
bench's measured turns turned into billed ones the way the README says."""

from __future__ import annotations

import pytest

from bench import cost
from bench.run import (
    BILLED_RESTORE_MS,
    DYNAMODB_OPERATIONS,
    PLATFORM_LOG_BYTES_A_COLD_START,
    PLATFORM_LOG_BYTES_A_TURN,
    Calls,
    Run,
    priced,
    usage,
)

# A month of 1,000 users, 30 nights, one session of 12 turns: 360,000 turns, 2% of them cold.
MONTH = cost.Usage(turns_a_session=12, cold_share=0.02)


def ours(memory_mb: int = 1_024, snapstart: bool = True) -> cost.StackTurns:
    return cost.StackTurns(
        memory_mb=memory_mb,
        cold_billed_ms=200,
        warm_billed_ms=10,
        read_units_a_turn=0.5,
        write_units_a_turn=1,
        cold_log_bytes=1_000,
        warm_log_bytes=500,
        snapstart=snapstart,
        publish_init_billed_ms=600,
    )


def test_the_month_is_the_users_nights_and_turns() -> None:
    assert MONTH.turns == 1_000 * 30 * 1 * 12 == 360_000
    assert MONTH.month_seconds == 30 * 86_400


def test_a_month_with_snapstart_line_by_line() -> None:
    # 7,200 cold turns, 352,800 warm ones, 1 GB
    month = cost.monthly_cost(ours(), MONTH)
    assert month.lambda_requests == pytest.approx(360_000 * 0.20 / 1e6)  # $0.072
    # 7,200 x 0.2 s + 352,800 x 0.01 s + one init at publication, 0.6 s: 4,968.6 GB-s
    assert month.lambda_duration == pytest.approx(0.06624833124)
    # 1 GB cached for 2,592,000 s at $0.0000015046
    assert month.snapstart_cache == pytest.approx(3.8999232)
    # 7,200 restores of 1 GB at $0.0001397998
    assert month.snapstart_restore == pytest.approx(1.00655856)
    assert month.dynamodb_reads == pytest.approx(360_000 * 0.5 * 0.125 / 1e6)  # $0.0225
    assert month.dynamodb_writes == pytest.approx(360_000 * 1 * 0.625 / 1e6)  # $0.225
    # 7,200 x 1,000 + 352,800 x 500 bytes = 183.6 MB, 0.171 GB at $0.50
    assert month.logs == pytest.approx(0.08549541234970093)
    assert month.total == pytest.approx(
        0.072 + 0.06624833124 + 3.8999232 + 1.00655856 + 0.0225 + 0.225 + 0.08549541234970093
    )
    assert month.as_dict()["total"] == month.total


def test_without_snapstart_there_is_no_cache_no_restore_and_no_init_at_publication() -> None:
    month = cost.monthly_cost(ours(memory_mb=512, snapstart=False), MONTH)
    assert month.snapstart_cache == month.snapstart_restore == 0
    # (1,440 s + 3,528 s) x 0.5 GB at the Arm price; the 0.6 s init is in the cold turns
    assert month.lambda_duration == pytest.approx(4_968 * 0.5 * 0.0000133334)


def test_the_snapshot_charges_grow_with_memory_and_the_rest_does_not() -> None:
    small, large = (cost.monthly_cost(ours(mb), MONTH) for mb in (256, 1_024))
    assert large.snapstart_cache == pytest.approx(4 * small.snapstart_cache)
    assert large.snapstart_restore == pytest.approx(4 * small.snapstart_restore)
    assert large.dynamodb_writes == small.dynamodb_writes and large.logs == small.logs


def test_a_version_is_cached_for_three_hours_at_least() -> None:
    assert cost.snapstart_cached_seconds(600) == 3 * 3_600
    assert cost.snapstart_cached_seconds(2_592_000) == 2_592_000


def test_cpu_stretches_below_a_vcpu_and_the_waits_do_not() -> None:
    # 10 ms on the bench's core, 4 of them CPU
    assert cost.billed_ms(10, 4, 1_769) == 10
    assert cost.billed_ms(10, 4, 3_008) == 10  # more than a vCPU: a single thread gains nothing
    assert cost.billed_ms(10, 4, 256) == 34  # 4 x 1769/256 = 27.64, + 6 of waiting, rounded up
    assert cost.billed_ms(5, 7, 1_024) == 9  # CPU beyond the wall time (clock grain) is capped


def test_cpu_bought_below_a_vcpu_buys_no_gb_seconds() -> None:
    """A turn that only computes costs the same at 256 and 512 MB: twice the memory, half the
    time. Only its waits make the smaller size the cheaper."""
    assert cost.billed_ms(10, 10, 256) * 0.25 == cost.billed_ms(10, 10, 512) * 0.5
    assert cost.billed_ms(10, 2, 256) * 0.25 < cost.billed_ms(10, 2, 512) * 0.5


def test_item_size_as_dynamodb_counts_it() -> None:
    item = {"user": {"S": "abc"}, "version": {"N": "12"}, "ok": {"BOOL": True}}
    assert cost.item_bytes(item) == (4 + 3) + (7 + 2) + (2 + 1)
    # the sample's item: a map of one number, 3 bytes for the map and 1 for its element
    sample = {"attributes": {"M": {"visits": {"N": "3"}}}}
    assert cost.item_bytes(sample) == 10 + (3 + 6 + 2 + 1)
    assert cost.item_bytes({"n": {"N": "1700000000"}}) == 1 + 2  # trailing zeros trimmed
    with pytest.raises(ValueError):
        cost.item_bytes({"x": {"Q": "?"}})


def test_request_units_follow_the_item_size_and_the_consistency() -> None:
    assert cost.read_units(4_096) == 1 and cost.read_units(4_097) == 2
    assert cost.read_units(100, consistent=False) == 0.5
    assert cost.write_units(0) == 1 and cost.write_units(1_024) == 1
    assert cost.write_units(1_025) == 2  # a year's item (~1.3 KB) takes two
    reads, writes = cost.request_units({"GetItem": 0.5, "PutItem": 1.0, "Query": 0.1}, 1_500)
    assert reads == pytest.approx(0.5 * 1 + 0.1 * 0.5)
    assert writes == pytest.approx(2.0)


def a_run(first_after_init_ms: float, first_turn_cpu_ms: float) -> Run:
    """A process that started in 300 ms (250 of CPU), answered its first turn, then two warm
    turns: one read and one write in all, 100 bytes of log on the first turn, 200 warm."""
    calls = dict.fromkeys(DYNAMODB_OPERATIONS, 0)
    return Run(
        start_to_init_ms=300,
        start_to_first_ms=300 + first_after_init_ms,
        first_after_init_ms=first_after_init_ms,
        init_cpu_ms=250,
        first_cpu_ms=250 + first_turn_cpu_ms,
        first_turn_cpu_ms=first_turn_cpu_ms,
        peak_rss_mib=40,
        warm_ms=[10, 20],
        warm_cpu_ms=[4, 4],
        first_calls=Calls(calls | {"GetItem": 1}),
        warm_calls=Calls(calls | {"PutItem": 1}),
        warm_turns=2,
        init_log_bytes=0,
        first_log_bytes=100,
        warm_log_bytes=200,
        first_reply="",
        replies=[],
    )


def test_the_bench_turns_become_billed_turns() -> None:
    runs = [a_run(10, 5), a_run(30, 5)]
    month = usage(runs)
    assert month.cold_share == pytest.approx(2 / 6)  # two fresh processes, six turns
    assert month.turns_a_session == 12
    with_snapstart = priced("pore_coach", runs, 1_024, 500, month).turns
    # the billed restore, then the first response: 5 ms CPU x 1769/1024 + the waits
    assert with_snapstart.cold_billed_ms == BILLED_RESTORE_MS + (14 + 34) / 2
    assert with_snapstart.publish_init_billed_ms == 482  # 250 x 1769/1024 + 50, rounded up
    assert with_snapstart.warm_billed_ms == (13 + 23) / 2
    assert with_snapstart.read_units_a_turn == pytest.approx(1 / 3)
    assert with_snapstart.write_units_a_turn == pytest.approx(1 / 3)
    assert with_snapstart.warm_log_bytes == PLATFORM_LOG_BYTES_A_TURN + 100
    assert with_snapstart.cold_log_bytes == (
        PLATFORM_LOG_BYTES_A_TURN + PLATFORM_LOG_BYTES_A_COLD_START[True] + 100
    )
    # without SnapStart the init and the first response are billed as one turn
    without = priced("sample", runs, 1_024, 500, month).turns
    # 255 ms of CPU x 1769/1024 + 55 ms of waits (then 75 ms), rounded up
    assert without.cold_billed_ms == (496 + 516) / 2
    assert without.publish_init_billed_ms == 0
