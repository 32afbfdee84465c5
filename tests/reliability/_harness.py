"""What the reliability tests share: a sandbox behind a wire that records (and may answer).

:class:`Wire` is the in-process transport to the sandbox app with two additions: it keeps
every request the SDK sends (so a test can say *nothing was sent*, or *exactly this URL was
hit*), and an optional ``answer`` function may reply in the sandbox's place (malformed bodies,
odd statuses, redirects), letting everything else (logins, token requests) reach the real
simulator. It is an ``httpx.ASGITransport``, so the client enforces its timeouts in-process
exactly as it does for the sandbox's own transport.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from billing_sdk import BillomatClient, CrmComClient, RetryPolicy, VismaClient
from billing_sdk.sandbox import FaultPlan, Sandbox

#: Small, explicit bounds: every call either answers or times out within a second.
TIMEOUT = httpx.Timeout(1.0)
#: One attempt: a catalogue case shows what one bad answer does, not what retries hide.
ONE_ATTEMPT = RetryPolicy(max_attempts=1)
VISMA_API = "/v1"
CRMCOM_API = "/crmapi/rest/v2"
BILLOMAT_API = "/api"
#: Where a malicious redirect points; no request may ever reach it.
EVIL = "https://evil.example"

Answer = Callable[[httpx.Request], httpx.Response | None]


class Wire(httpx.ASGITransport):
    """The sandbox app in-process; records every request; ``answer`` may reply instead."""

    def __init__(self, sandbox: Sandbox, answer: Answer | None = None) -> None:
        super().__init__(app=sandbox.app)
        self.answer = answer
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # A copy, as it went out: the SDK takes credentials off the request once answered.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=await request.aread(),
                extensions=request.extensions,
            )
        )
        if self.answer is not None:
            response = self.answer(request)
            if response is not None:
                return response
        return await super().handle_async_request(request)

    def to(self, path: str) -> list[httpx.Request]:
        """The requests sent to ``path`` (any host)."""
        return [r for r in self.requests if r.url.path == path]

    def hosts(self) -> set[str]:
        return {r.url.host for r in self.requests}


@dataclass
class Env:
    """A fresh sandbox, the wire to it, and clients built with small timeouts."""

    sandbox: Sandbox
    wire: Wire
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fresh(cls, answer: Answer | None = None, faults: FaultPlan | None = None) -> Env:
        sandbox = Sandbox(faults=faults)
        return cls(sandbox, Wire(sandbox, answer))

    def client_options(self, **options: Any) -> dict[str, Any]:
        """Options for a client of this sandbox: the wire, small timeouts, one attempt."""
        return {
            "transport": self.wire,
            "timeout": TIMEOUT,
            "retry": ONE_ATTEMPT,
            **self.options,
            **options,
        }

    def visma(self, **options: Any) -> VismaClient:
        return VismaClient.for_sandbox(self.sandbox, **self.client_options(**options))

    def crmcom(self, **options: Any) -> CrmComClient:
        return CrmComClient.for_sandbox(self.sandbox, **self.client_options(**options))

    def billomat(self, **options: Any) -> BillomatClient:
        return BillomatClient.for_sandbox(self.sandbox, **self.client_options(**options))

    def state(self) -> dict[str, Any]:
        """Every vendor's data (``sandbox.<vendor>.snapshot()``), without the fault counters."""
        return {vendor.name: vendor.snapshot() for vendor in self.sandbox.vendors}


def answer_on(
    method: str, path: str, response: Callable[[httpx.Request], httpx.Response]
) -> Answer:
    """An ``answer`` that replies to ``method path`` only and lets the rest reach the sandbox."""

    def answer(request: httpx.Request) -> httpx.Response | None:
        if request.method == method and request.url.path == path:
            return response(request)
        return None

    return answer


def reply(
    status: int,
    content: bytes = b"",
    *,
    content_type: str | None = "application/json",
    headers: dict[str, str] | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    """A canned response (the same for every matching request)."""
    all_headers = dict(headers or {})
    if content_type is not None:
        all_headers.setdefault("content-type", content_type)

    def make(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=all_headers, request=request)

    return make


def redirect(status: int, to: str) -> Callable[[httpx.Request], httpx.Response]:
    """A redirect to ``to`` (``Location``), without a body."""
    return reply(status, content_type=None, headers={"Location": to})
