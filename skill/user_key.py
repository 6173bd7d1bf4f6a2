"""The HMAC key that turns Alexa ids into table keys, from SSM Parameter Store on Lambda.

A SecureString parameter keeps the key out of the function's configuration, where anyone who
may read the function's settings would see it. It is fetched once per container, when the
skill is built, on a thread of its own so the round trip overlaps making the store's client.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

from skill.config import ConfigError, Settings

_MIN_LENGTH = 32


class UserKeyFetch:
    """Fetches the key in the background; `key()` waits for it."""

    def __init__(self, config: Settings) -> None:
        self._config = config
        self._key: bytes | None = config.user_key_secret
        self._error: Exception | None = None
        self._thread: threading.Thread | None = None
        if self._key is None:
            self._thread = threading.Thread(target=self._fetch, name="user-key", daemon=True)
            self._thread.start()

    def key(self) -> bytes:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._key is None:
            raise ConfigError("the user key could not be read from SSM") from self._error
        return self._key

    def _fetch(self) -> None:
        try:
            self._key = _read_parameter(self._config.user_key_parameter or "")
        except Exception as error:  # noqa: BLE001 - re-raised as ConfigError by key()
            self._error = error


def _read_parameter(name: str) -> bytes:
    value = _get_parameter(name)["Parameter"]["Value"]
    if len(value) < _MIN_LENGTH:
        raise ConfigError(f"the user key must be at least {_MIN_LENGTH} characters")
    return value.encode()


def _get_parameter(name: str) -> dict[str, Any]:
    """SSM's GetParameter as one signed HTTPS request. A botocore SSM client would load SSM's
    whole service model, about 110 ms of every cold start, for this single call; botocore's
    credentials and SigV4 signer are all it needs."""
    import urllib3
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.httpsession import get_cert_path
    from botocore.session import get_session

    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    endpoint = (
        os.environ.get("AWS_ENDPOINT_URL_SSM")
        or os.environ.get("AWS_ENDPOINT_URL")
        or f"https://ssm.{region}.amazonaws.com"
    )
    body = json.dumps({"Name": name, "WithDecryption": True})
    request = AWSRequest(
        "POST",
        endpoint.rstrip("/") + "/",
        data=body,
        headers={
            "X-Amz-Target": "AmazonSSM.GetParameter",
            "Content-Type": "application/x-amz-json-1.1",
        },
    )
    credentials = get_session().get_credentials()
    if credentials is None:
        raise ConfigError("no AWS credentials to read the user key with")
    SigV4Auth(credentials, "ssm", region).add_auth(request)
    # Closed on the way out: with SnapStart this runs before the snapshot, which must not hold
    # an open connection for every restored copy to share.
    with urllib3.PoolManager(ca_certs=get_cert_path(True)) as pool:
        reply = pool.request(
            "POST",
            request.url,
            body=body,
            headers=dict(request.headers),
            timeout=urllib3.Timeout(connect=1, read=3),
            retries=False,
        )
    if reply.status != 200:
        kind = str(reply.json().get("__type", "")).rpartition("#")[2] if reply.data else ""
        raise ConfigError(f"SSM answered {reply.status} {kind}".strip())
    return reply.json()
