"""What the init's SSM fetch of the user key costs on its own: `python -m bench.ssm_fetch`.

Each fresh process first imports what the store loads anyway (botocore), then reads the key
from a moto server on loopback, as `skill.user_key` does during init. Whole `make bench` runs,
minutes apart, drift by more than this on a shared machine, so the fetch is measured apart.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

import boto3

from bench.run import USER_KEY_PARAMETER, USER_KEY_SECRET
from tests.faults import moto_on_loopback

PROCESSES = 10
CHILD = f"""
import json, time
import skill.state.dynamodb  # botocore, as the store loads it anyway
from skill.user_key import _read_parameter
cpu, wall = time.process_time(), time.perf_counter()
_read_parameter({USER_KEY_PARAMETER!r})
print(json.dumps([1000 * (time.process_time() - cpu), 1000 * (time.perf_counter() - wall)]))
"""


def main() -> None:
    os.environ.update(AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench",
                      AWS_SECRET_ACCESS_KEY="bench")  # fmt: skip
    with moto_on_loopback() as url:
        boto3.client("ssm", endpoint_url=url).put_parameter(
            Name=USER_KEY_PARAMETER, Value=USER_KEY_SECRET, Type="SecureString"
        )
        environment = {**os.environ, "AWS_ENDPOINT_URL_SSM": url}
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, "-c", CHILD], env=environment, capture_output=True,
                    text=True, check=True,
                ).stdout
            )
            for _ in range(PROCESSES)
        ]  # fmt: skip
    cpu = statistics.median(run[0] for run in runs)
    wall = statistics.median(run[1] for run in runs)
    print(f"the SSM fetch, after the store's imports ({PROCESSES} fresh processes, medians): "
          f"CPU {cpu:.0f} ms, wall {wall:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
