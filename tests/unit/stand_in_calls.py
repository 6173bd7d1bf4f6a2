"""Calling the loopback Alexa API stand-in over HTTPS, as the skill's API client would."""

from __future__ import annotations

from typing import Any

import requests

from skill.local.alexa_api import AlexaApiStandIn


def call(
    stand_in: AlexaApiStandIn,
    method: str,
    path: str,
    body: Any = None,
    token: str | None = "token",
) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.request(
        method,
        stand_in.endpoint + path,
        json=body,
        headers=headers,
        verify=str(stand_in.ca_bundle),
        timeout=5,
    )
