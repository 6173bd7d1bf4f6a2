"""One fresh process of the benchmark, as Lambda runs a function: init, then invocations.

`python -m bench.child MODULE WORKLOAD SPAWNED_NS REPORT_FD` imports MODULE (the init), answers
the workload's first envelope (the first response), reports on REPORT_FD (stdout is the stacks'
log, as on Lambda), then plays the workload's conversations (the warm turns), each after a line
on stdin: the parent reads its call counters and sets the Alexa API stand-in's clock meanwhile.
Times are CLOCK_MONOTONIC, which every process on the machine shares, so the parent's moment of
spawning is the start. Only the standard library is imported before the stack's own module.
Each turn's CPU is kept beside its wall time: Lambda's share of a vCPU slows the one, not the
waits on DynamoDB (bench/cost.py). The log is a file the parent gives as stdout: its size after
each step is what the stack wrote, the bytes CloudWatch Logs would ingest.
"""

import importlib
import json
import os
import sys
import time
import uuid


class Context:
    """The parts of Lambda's context object the stacks read."""

    function_name = "bench"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:000000000000:function:bench"
    aws_request_id = "bench"

    def get_remaining_time_in_millis(self):
        return 7000


def peak_rss_kib():
    """The process's high-water mark. Not getrusage: its ru_maxrss survives exec, so a child
    would report its parent's peak when that is higher."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def cpu_seconds():
    """CPU this process has used (user and system): what Lambda's share of a vCPU must run."""
    times = os.times()
    return times.user + times.system


def log_bytes():
    """What the stack has written to its log (stdout) so far; 0 when stdout is not a file."""
    sys.stdout.flush()
    try:
        return os.lseek(sys.stdout.fileno(), 0, os.SEEK_CUR)
    except OSError:
        return 0


def report(channel, **figures):
    channel.write(json.dumps(figures) + "\n")
    channel.flush()


def play(handler, conversation):
    """Each envelope in turn, carrying the session's attributes as Alexa does: a reply that ends
    the session makes the next envelope start a new one. Returns each turn's seconds, each
    turn's CPU seconds (process_time: os.times counts in 10 ms ticks, longer than a turn) and
    the replies."""
    attributes, session_id, times, cpu_times, replies = None, None, [], [], []
    for envelope in conversation:
        if attributes is None:
            session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
        envelope["session"].update(new=attributes is None, sessionId=session_id)
        envelope["session"]["attributes"] = attributes or {}
        start, start_cpu = time.perf_counter(), time.process_time()
        reply = handler(envelope, Context())
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - start_cpu)
        replies.append(reply["response"].get("outputSpeech", {}).get("ssml", ""))
        ended = reply["response"].get("shouldEndSession", False)
        attributes = None if ended else reply.get("sessionAttributes") or {}
    return times, cpu_times, replies


def main():
    module_name, workload_path, spawned_ns = sys.argv[1], sys.argv[2], int(sys.argv[3])
    channel = os.fdopen(int(sys.argv[4]), "w")
    with open(workload_path, encoding="utf-8") as file:
        workload = json.load(file)
    handler = importlib.import_module(module_name).lambda_handler
    init_ns, init_cpu, init_log = time.monotonic_ns(), cpu_seconds(), log_bytes()
    first_times, first_cpu_times, first_replies = play(handler, [workload["first"]])
    first_ns, first_cpu = time.monotonic_ns(), cpu_seconds()
    rss_kib = peak_rss_kib()
    first_log = log_bytes()
    report(
        channel,
        start_to_init_ms=(init_ns - spawned_ns) / 1e6,
        start_to_first_ms=(first_ns - spawned_ns) / 1e6,
        init_cpu_ms=init_cpu * 1e3,
        first_cpu_ms=first_cpu * 1e3,
        first_after_init_ms=first_times[0] * 1e3,
        first_turn_cpu_ms=first_cpu_times[0] * 1e3,
        init_log_bytes=init_log,
        first_log_bytes=first_log - init_log,
        peak_rss_mib=rss_kib / 1024,
        first_reply=first_replies[0],
    )
    logged = first_log
    for conversation in workload["conversations"]:
        sys.stdin.readline()  # the parent moves the Alexa API stand-in's clock to this one
        times, cpu_times, replies = play(handler, conversation)
        logged, before = log_bytes(), logged
        report(
            channel,
            warm_ms=[seconds * 1e3 for seconds in times],
            warm_cpu_ms=[seconds * 1e3 for seconds in cpu_times],
            log_bytes=logged - before,
            replies=replies,
        )


if __name__ == "__main__":
    main()
