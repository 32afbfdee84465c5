"""Helpers for the Visma sandbox tests (imported explicitly by test_visma_*).

Kept out of ``conftest.py`` so the three vendor test suites do not edit one shared file.
:func:`reach` opens a sandbox in-process or on a real loopback server; tests parametrise over
:data:`MODES` and get a token through ``POST /connect/token`` like the SDK does.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from billing_sdk._generated.visma_erp_api import Client
from billing_sdk.sandbox import Sandbox, VismaSettings

MODES = ("in_process", "loopback")
SETTINGS = VismaSettings()
TENANT = SETTINGS.tenant_id
OTHER_TENANT = SETTINGS.other_tenants[0]


@dataclass
class Reach:
    """A sandbox and how a test reaches it."""

    sandbox: Sandbox
    mode: str

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url

    def http(self, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
        """A raw httpx client aimed at the sandbox (close it: ``async with``)."""
        return httpx.AsyncClient(
            base_url=self.base_url,
            transport=self.sandbox.transport(),
            headers=headers,
            timeout=httpx.Timeout(10.0),
        )

    async def token(self, tenant: str | None = None, **form: str) -> str:
        """An access token from ``POST /connect/token`` (form-encoded, as the SDK sends it)."""
        settings = self.sandbox.visma.settings
        data = {
            "grant_type": "client_credentials",
            "client_id": settings.client_id,
            "client_secret": settings.client_secret,
            "tenant_id": tenant or settings.tenant_id,
            **form,
        }
        async with self.http() as http:
            response = await http.post("/connect/token", data=data)
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    async def client(self, tenant: str | None = None) -> Client:
        """The generated client with a bearer token of ``tenant`` (close it: ``async with``)."""
        token = await self.token(tenant)
        http = self.http({"Authorization": f"Bearer {token}"})
        return Client(base_url=self.base_url).set_async_httpx_client(http)

    async def authed(self, tenant: str | None = None) -> httpx.AsyncClient:
        """A raw httpx client with a bearer token of ``tenant``."""
        token = await self.token(tenant)
        return self.http({"Authorization": f"Bearer {token}"})


@contextlib.asynccontextmanager
async def reach(
    mode: str, settings: VismaSettings | None = None, **kwargs: Any
) -> AsyncIterator[Reach]:
    """A fresh sandbox with ``settings``, reached ``mode`` (in-process or loopback).

    By default actions run inside the call (``action_delay=None``, their 202 carries the
    complete result), so these tests see each business rule in the answer itself.
    """
    sb = Sandbox(visma=settings or VismaSettings(action_delay=None), **kwargs)
    if mode == "in_process":
        yield Reach(sb, mode)
    else:
        async with sb.running():
            yield Reach(sb, mode)


class JobClock:
    """Replaces the job store's clock so a test can move time forward (no sleeping)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.offset = 0.0
        sandbox.visma.jobs.clock = self

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


async def wait_for_job(http: httpx.AsyncClient, job_id: str, polls: int = 1500) -> dict[str, Any]:
    """Poll ``GET /v1/background/{id}`` until the job is no longer ``Started``."""
    for _ in range(polls):
        response = await http.get(f"/v1/background/{job_id}")
        assert response.status_code == 200, response.text
        state: dict[str, Any] = response.json()
        if state["status"] != "Started":
            return state
        await anyio.sleep(0.02)
    raise AssertionError(f"job {job_id} still Started after {polls} polls")


@dataclass
class Received:
    """One request a :func:`webhook_receiver` got."""

    headers: dict[str, str]
    body: bytes


@contextlib.asynccontextmanager
async def webhook_receiver() -> AsyncIterator[tuple[str, list[Received]]]:
    """A real HTTP server on 127.0.0.1 that records every POST (url, records)."""
    import socket
    import threading

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    received: list[Received] = []

    async def hook(request: Request) -> Response:
        received.append(Received(dict(request.headers), await request.body()))
        return Response(status_code=204)

    app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:  # noqa: ASYNC110 (uvicorn flags it from another thread)
            await anyio.sleep(0.01)
        yield f"http://127.0.0.1:{port}/hook", received
    finally:
        server.should_exit = True
        await anyio.to_thread.run_sync(thread.join, 10.0)
        sock.close()
