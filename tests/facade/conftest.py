"""Facade test fixtures: a fresh sandbox reached in-process and over loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from billing_sdk.sandbox import Sandbox


@pytest.fixture(params=["in_process", "loopback"])
async def sandbox(request: pytest.FixtureRequest) -> AsyncIterator[Sandbox]:
    """The same fresh sandbox, called in-process and through a real 127.0.0.1 server."""
    sb = Sandbox()
    if request.param == "in_process":
        yield sb
    else:
        async with sb.running():
            yield sb
