"""Fixtures shared by the sandbox tests: a fresh sandbox, in-process or on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from billing_sdk.sandbox import Sandbox


@dataclass
class SandboxTarget:
    """A sandbox plus how to reach it (in-process transport or a real loopback server)."""

    sandbox: Sandbox
    mode: str

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url

    def httpx_client(self, **kwargs: object) -> httpx.AsyncClient:
        """A plain httpx client aimed at the sandbox, for injecting into generated clients."""
        return httpx.AsyncClient(
            base_url=self.base_url,
            transport=self.sandbox.transport(),
            timeout=httpx.Timeout(10.0),
            **kwargs,  # type: ignore[arg-type]
        )


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh in-process sandbox with default settings."""
    return Sandbox()


@pytest.fixture(params=["in_process", "loopback"])
async def target(request: pytest.FixtureRequest) -> AsyncIterator[SandboxTarget]:
    """The same fresh sandbox reached in-process and over a real 127.0.0.1 server."""
    sb = Sandbox()
    if request.param == "in_process":
        yield SandboxTarget(sb, "in_process")
    else:
        async with sb.running():
            yield SandboxTarget(sb, "loopback")
