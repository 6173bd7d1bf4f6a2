"""The HTTP client behind the SDK's service clients, with the timeout the SDK's own lacks."""

from __future__ import annotations

import json

import requests
from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse


class TimeoutApiClient(ApiClient):
    """Like the SDK's DefaultApiClient, plus a timeout and a pooled connection.

    A slow Alexa API must not use up the 8 s Alexa waits for our answer, and reusing one
    session keeps the TLS connection open across warm invocations.
    """

    def __init__(self, timeout_seconds: float) -> None:
        self._timeout = timeout_seconds
        self._session = requests.Session()

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        if not (request.url or "").startswith("https://"):
            raise ApiClientException("Requests against non-HTTPS endpoints are not allowed.")
        headers: dict[str, str] = {}
        for name, value in request.headers or []:
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        body = request.body
        if body is not None and "json" in headers.get("Content-type", ""):
            body = json.dumps(body)
        try:
            reply = self._session.request(
                request.method or "GET",
                request.url,
                headers=headers,
                data=body,
                timeout=self._timeout,
            )
        except requests.RequestException as error:
            # The type only: the URL in the message carries the device id.
            raise ApiClientException(f"{type(error).__name__} calling the Alexa API") from error
        return ApiClientResponse(
            headers=list(reply.headers.items()), status_code=reply.status_code, body=reply.text
        )
