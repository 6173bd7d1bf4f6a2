"""Network faults on loopback: a black hole that accepts and never answers, and a proxy in front
of a real moto server that throttles, fails or hangs chosen DynamoDB operations. Both sit under
botocore's real HTTP, timeout and retry path."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HANG_LIMIT_SECONDS = 10  # a hung answer gives up by itself, so no test thread lingers


class BlackHole:
    """A TCP server that accepts every connection, reads what comes, and never answers."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        self.connections = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._socket.getsockname()[1]

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            self.connections += 1
            self._open.append(connection)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for connection in self._open:
            connection.close()
        self._socket.close()


@contextmanager
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    try:
        yield hole
    finally:
        hole.close()


@dataclass
class Fault:
    operation: str  # a DynamoDB operation: GetItem, PutItem, ...
    kind: str  # "throttle" (400), "error" (500) or "hang" (no answer)
    times: int = 1


@dataclass
class DynamoDBFaults:
    """A proxy in front of a moto server. Operations pass through unless a fault is set."""

    upstream: str
    faults: list[Fault] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # operations, in order, faults included
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _release: threading.Event = field(default_factory=threading.Event)

    def inject(self, operation: str, kind: str, times: int = 1) -> None:
        with self._lock:
            self.faults.append(Fault(operation, kind, times))

    def count(self, operation: str) -> int:
        return self.seen.count(operation)

    def take(self, operation: str) -> str | None:
        with self._lock:
            self.seen.append(operation)
            for fault in self.faults:
                if fault.operation == operation and fault.times > 0:
                    fault.times -= 1
                    return fault.kind
        return None

    def release(self) -> None:
        self._release.set()


def _proxy_handler(faults: DynamoDBFaults) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The headers and the body go in two writes: with Nagle's algorithm on, the body waits
        # for the client's delayed ACK, 40 ms a call that DynamoDB never takes.
        disable_nagle_algorithm = True

        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            operation = self.headers.get("X-Amz-Target", "").rpartition(".")[2]
            kind = faults.take(operation)
            if kind == "hang":
                faults._release.wait(HANG_LIMIT_SECONDS)
                self.close_connection = True
                return
            if kind == "throttle":
                return self._answer(400, b'{"__type":"com.amazonaws.dynamodb.v20120810#'
                                    b'ThrottlingException","message":"Rate exceeded"}')  # fmt: skip
            if kind == "error":
                return self._answer(500, b'{"__type":"InternalServerError","message":"oops"}')
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            request = urllib.request.Request(faults.upstream, body, headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=5) as reply:
                    self._answer(reply.status, reply.read())
            except urllib.error.HTTPError as error:
                self._answer(error.code, error.read())

        def _answer(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/x-amz-json-1.0")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def dynamodb_behind_proxy(moto_url: str | None = None) -> Iterator[tuple[DynamoDBFaults, str]]:
    """A proxy in front of the real moto server at `moto_url` (the tests' one for the run), or
    in front of a moto server of its own (the benchmark's); and the proxy's endpoint URL."""
    if moto_url is None:
        with moto_on_loopback() as url, dynamodb_behind_proxy(url) as proxied:
            yield proxied
        return
    faults = DynamoDBFaults(upstream=f"{moto_url}/")
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _proxy_handler(faults))
    proxy.daemon_threads = True
    # serve_forever's default poll of half a second would be each test's wait in shutdown().
    serving = threading.Thread(target=proxy.serve_forever, args=(0.01,), daemon=True)
    serving.start()
    try:
        yield faults, f"http://127.0.0.1:{proxy.server_address[1]}"
    finally:
        faults.release()
        proxy.shutdown()
        proxy.server_close()


@contextmanager
def moto_on_loopback() -> Iterator[str]:
    """A real moto server on loopback: its URL. Its backends are this process's, shared with
    mock_aws: they are reset when it stops."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    try:
        yield url
    finally:
        reset_moto(url)
        server.stop()


def reset_moto(url: str) -> None:
    """Forget every table and parameter the moto server at `url` holds."""
    urllib.request.urlopen(urllib.request.Request(f"{url}/moto-api/reset", b""))


@dataclass
class CountdownContext:
    """Lambda's context with a real clock: the remaining time shrinks as the turn runs."""

    budget_ms: int = 7000
    function_name: str = "pore-coach-test"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:000000000000:function:pore-coach-test"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"
    started: float = field(default_factory=time.monotonic)

    def get_remaining_time_in_millis(self) -> int:
        return int(self.budget_ms - (time.monotonic() - self.started) * 1000)
