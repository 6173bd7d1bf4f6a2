"""The unit tier is pure: no DynamoDB, no Alexa API, no network. A test here that opens an
internet socket fails at once instead of quietly reaching for a server."""

from __future__ import annotations

import socket
from typing import Any

import pytest


class NetworkInUnitTest(RuntimeError):
    pass


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _refuse_internet(connect):
    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkInUnitTest(f"a unit test connected to {address}: move it to integration")
        return connect(self, address)

    return guarded


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse_internet(_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse_internet(_connect_ex))
