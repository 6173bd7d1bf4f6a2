"""Calling the loopback Alexa API stand-in over HTTPS, as the skill's API client would."""

from __future__ import annotations

import copy
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


MISSING = object()  # with changed(): remove the key


def changed(body: dict, path: str, value: Any) -> dict:
    """A copy of `body` with the dotted `path` set to `value` (or removed when MISSING).

    A number in the path indexes a list: alertInfo.spokenInfo.content.0.text.
    """
    body = copy.deepcopy(body)
    *parents, last = (int(key) if key.isdigit() else key for key in path.split("."))
    node = body
    for key in parents:
        node = node[key]
    if value is MISSING:
        del node[last]
    else:
        node[last] = value
    return body
