"""The HTTP client behind the SDK's service clients, with the safeguards the SDK's own lacks.

On urllib3, which botocore loads anyway: `requests` would add its own import, and that of
charset-normalizer and idna, to every cold start, for a client that needs none of its extras.
"""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import urllib3
from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill import deadline

# The hosts Alexa sends as `apiEndpoint` (North America, Europe, Far East). The endpoint comes
# from the request, so anything else is a forged envelope trying to borrow our connection.
ALEXA_API_HOSTS = frozenset(
    {"api.amazonalexa.com", "api.eu.amazonalexa.com", "api.fe.amazonalexa.com"}
)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
CONNECT_TIMEOUT_SECONDS = 0.5
# Local runs trust the loopback stand-in's test CA through the variable `requests` made the
# convention; on Lambda only the CA bundle botocore uses (certifi's) is trusted.
LOCAL_CA_BUNDLE_VARIABLE = "REQUESTS_CA_BUNDLE"


class TimeoutApiClient(ApiClient):
    """Like the SDK's DefaultApiClient, plus a timeout within the turn's deadline, a host
    allowlist, no redirects, and a pooled connection.

    A slow Alexa API must not use up the 8 s Alexa waits for our answer, and reusing one
    pool keeps the TLS connection open across warm invocations. No connection is opened
    before the first call, so none is caught in a SnapStart snapshot.
    """

    def __init__(self, timeout_seconds: float, allow_loopback: bool = False) -> None:
        from botocore.httpsession import get_cert_path

        self._timeout = timeout_seconds
        self._hosts = ALEXA_API_HOSTS | (LOOPBACK_HOSTS if allow_loopback else frozenset())
        local_ca = os.environ.get(LOCAL_CA_BUNDLE_VARIABLE) if allow_loopback else None
        self._pool = urllib3.PoolManager(
            ca_certs=local_ca or get_cert_path(True), retries=False, maxsize=2
        )

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        url = urlsplit(request.url or "")
        if url.scheme != "https":
            raise ApiClientException("Requests against non-HTTPS endpoints are not allowed.")
        if url.hostname not in self._hosts:
            raise ApiClientException("Requests to hosts other than Alexa's are not allowed.")
        try:
            timeout = self._within_deadline()
        except deadline.OutOfTime as error:
            raise ApiClientException("no time left in the turn for the Alexa API") from error
        headers: dict[str, str] = {}
        for name, value in request.headers or []:
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        body = request.body
        if body is not None and "json" in headers.get("Content-type", ""):
            body = json.dumps(body)
        connect, read = timeout
        try:
            reply = self._pool.request(
                request.method or "GET",
                request.url or "",
                headers=headers,
                body=body,
                timeout=urllib3.Timeout(connect=connect, read=read),
                redirect=False,
            )
        except urllib3.exceptions.HTTPError as error:
            # The type only: the URL in the message carries the device id.
            raise ApiClientException(f"{type(error).__name__} calling the Alexa API") from error
        return ApiClientResponse(
            headers=list(reply.headers.items()),
            status_code=reply.status,
            body=reply.data.decode("utf-8", errors="replace"),
        )

    def _within_deadline(self) -> tuple[float, float]:
        """(connect, read) timeouts that end the call by the turn's deadline at the latest."""
        turn = deadline.current()
        turn.require(CONNECT_TIMEOUT_SECONDS + 0.25)  # too little for any answer: don't start
        read = min(self._timeout, turn.remaining() - CONNECT_TIMEOUT_SECONDS)
        return CONNECT_TIMEOUT_SECONDS, read
