"""A loopback stand-in for the Alexa service APIs, over HTTPS as the SDK's clients require.

It answers the way Alexa's APIs do, so the skill's real service clients talk to it over the wire.
Tests read what it received and tell it to fail.
"""

from __future__ import annotations

import json
import re
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme

_TIME_ZONE_PATH = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Failure:
    status: int
    body: Any
    times: int


@dataclass
class AlexaApiStandIn:
    time_zone: str = "America/Los_Angeles"
    device_time_zones: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    _failures: dict[str, Failure] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None
    _ca_dir: tempfile.TemporaryDirectory | None = None

    # Lifecycle
    def start(self) -> AlexaApiStandIn:
        ca = trustme.CA()
        certificate = ca.issue_cert("127.0.0.1", "localhost")
        self._ca_dir = tempfile.TemporaryDirectory(prefix="alexa-api-")
        ca.cert_pem.write_to_path(str(self.ca_bundle))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        certificate.configure_cert(context)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._ca_dir:
            self._ca_dir.cleanup()

    def __enter__(self) -> AlexaApiStandIn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        assert self._server, "start() the stand-in first"
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    @property
    def ca_bundle(self) -> Path:
        assert self._ca_dir, "start() the stand-in first"
        return Path(self._ca_dir.name) / "ca.pem"

    # What tests use
    def fail(self, api: str, status: int, body: Any = None, times: int = 1) -> None:
        """The next `times` calls to `api` ("settings") answer `status` with `body`."""
        self._failures[api] = Failure(status, body, times)

    def calls_to(self, api: str) -> list[Call]:
        return [call for call in self.calls if _api_of(call.path) == api]

    # Serving
    def answer(self, call: Call) -> tuple[int, Any]:
        self.calls.append(call)
        api = _api_of(call.path)
        if not call.headers.get("Authorization", "").startswith("Bearer "):
            return 401, {"code": "UNAUTHORIZED", "message": "Missing or invalid token."}
        failure = self._failures.get(api)
        if failure and failure.times > 0:
            failure.times -= 1
            return failure.status, failure.body
        match = _TIME_ZONE_PATH.match(call.path)
        if match and call.method == "GET":
            return 200, self.device_time_zones.get(match["device"], self.time_zone)
        return 404, {"code": "NOT_FOUND", "message": "No such resource."}


def _api_of(path: str) -> str:
    return "settings" if _TIME_ZONE_PATH.match(path) else "other"


def _handler_for(stand_in: AlexaApiStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            call = Call(self.command, self.path, dict(self.headers.items()), body)
            status, reply = stand_in.answer(call)
            payload = b"" if reply is None else json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal belongs to the conversation

    return Handler
