"""Server pacing under bulk load: one shared pause per client, quota headers, the client-side
rate limit, and adaptive (AIMD) concurrency."""

from __future__ import annotations

import time
from typing import Any

import anyio
import httpx
import pytest

from billing_sdk import RetryPolicy, ValidationError, VismaClient, bulk
from billing_sdk._fanout_job import Window
from billing_sdk._fanout_types import Progress
from billing_sdk._transport import PolicyTransport
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox

GET_INVOICE = "customerInvoiceGetByinvoiceNumber"
NUMBERS = [f"{101 + i % 30:06d}" for i in range(80)]


class PauseWatch(httpx.AsyncBaseTransport):
    """Wraps the real transport and notes every request sent while the client is paused."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.policy: PolicyTransport | None = None
        self.sent = 0
        self.sent_during_pause = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        # Same clock as the policy transport; nothing awaits between its gate and here.
        if self.policy is not None and time.monotonic() < self.policy.resume_at:
            self.sent_during_pause += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _watched(sandbox: Sandbox, **options: Any) -> tuple[VismaClient, PauseWatch]:
    watch = PauseWatch(sandbox.transport())
    client = VismaClient.for_sandbox(sandbox, transport=watch, **options)
    watch.policy = client._transport
    return client, watch


def _storm(status: int = 429, rate: float = 0.3) -> FaultPlan:
    rule = FaultRule(status_rates={status: rate}, retry_after=0.01)
    return FaultPlan(seed=3, operations={GET_INVOICE: rule})


async def test_a_429_storm_pauses_every_worker_and_the_run_completes() -> None:
    sandbox = Sandbox(faults=_storm())
    visma, watch = _watched(sandbox, retry=RetryPolicy(max_attempts=30))
    async with visma:
        outcomes = await bulk.map(visma.customer_invoices.get, NUMBERS, concurrency=8)

    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    injected = sandbox.snapshot()["faults_injected"]["error"]
    assert visma.stats.throttled == injected > 0
    assert visma.stats.pauses == injected  # each 429 paused the whole client ...
    assert visma.stats.paused_seconds > 0  # ... and requests sat the pauses out
    assert watch.sent_during_pause == 0  # no worker slipped through a pause
    assert watch.sent == len(NUMBERS) + injected + 1  # every 429 retried once; + the token


async def test_503s_are_counted_and_retried_for_reads() -> None:
    sandbox = Sandbox(faults=_storm(503, 0.2))
    async with VismaClient.for_sandbox(sandbox, retry=RetryPolicy(max_attempts=30)) as visma:
        outcomes = await bulk.map(visma.customer_invoices.get, NUMBERS[:40], concurrency=8)
    assert all(o.ok for o in outcomes)
    assert visma.stats.unavailable == sandbox.snapshot()["faults_injected"]["error"] > 0


def _quota_app(reset: str, remaining_first: str, prefix: str) -> httpx.MockTransport:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        remaining = remaining_first if calls == 1 else "99"
        headers = {f"{prefix}-Remaining": remaining, f"{prefix}-Reset": reset}
        return httpx.Response(200, json={"referenceNumber": "1"}, headers=headers)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("prefix", "reset", "remaining", "pauses"),
    [
        ("X-RateLimit", "0.05", "0", 1),  # Visma: the quota is spent, wait for the reset
        ("X-RateLimit", "0.05", "3", 0),  # quota left: the reset only describes the window
        ("X-RateLimit", "3600", "0", 0),  # a reset past max_server_wait is not slept through
        ("X-Rate-Limit", "UNIX+0.05", "0", 1),  # Billomat: the reset is a Unix time
    ],
)
async def test_a_spent_quota_on_a_success_pauses_the_client(
    prefix: str, reset: str, remaining: str, pauses: int
) -> None:
    if reset.startswith("UNIX+"):
        reset = f"{time.time() + float(reset[5:]):.3f}"
    watch = PauseWatch(_quota_app(reset, remaining, prefix))
    visma = VismaClient(base_url="https://erp.example", token="t", transport=watch)
    watch.policy = visma._transport
    async with visma:
        outcomes = await bulk.map(visma.customer_invoices.get, ["1", "2", "3"], concurrency=1)
    assert all(o.ok for o in outcomes)
    assert visma.stats.pauses == pauses
    assert watch.sent_during_pause == 0
    assert (visma.stats.paused_seconds > 0) == bool(pauses)


async def test_retry_after_on_a_success_does_not_pause_the_client() -> None:
    # Visma's 202 for a background job carries Retry-After as a polling hint for that job.
    app = httpx.MockTransport(lambda r: httpx.Response(200, json={}, headers={"Retry-After": "9"}))
    async with VismaClient(base_url="https://erp.example", token="t", transport=app) as visma:
        await bulk.map(visma.customer_invoices.get, ["1", "2"], concurrency=2)
    assert visma.stats.pauses == 0


async def test_the_client_side_rate_limit_spaces_every_attempt() -> None:
    frozen = 100.0
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)  # the clock stands still: only the booking order matters

    ok = httpx.MockTransport(lambda r: httpx.Response(200))
    policy = PolicyTransport(ok, RetryPolicy(), clock=lambda: frozen, sleep=sleep, rate_limit=10)
    async with (
        httpx.AsyncClient(transport=policy, base_url="https://x.example") as http,
        anyio.create_task_group() as tg,
    ):
        for _ in range(5):
            tg.start_soon(http.get, "/")
    assert sorted(slept) == pytest.approx([0.1, 0.2, 0.3, 0.4])  # one slot per 1/10 s
    assert policy.stats.rate_limited == 4
    assert policy.stats.rate_limited_seconds == pytest.approx(1.0)
    policy.rate_limit = None
    assert policy.rate_limit is None


async def test_rate_limit_is_a_client_option() -> None:
    sandbox = Sandbox()
    for bad in (0, -1, float("inf"), "10", True):
        with pytest.raises(ValidationError):
            VismaClient.for_sandbox(sandbox, rate_limit=bad)
    async with VismaClient.for_sandbox(sandbox, rate_limit=1000) as visma:
        assert visma.rate_limit == 1000
        outcomes = await bulk.map(visma.customer_invoices.get, NUMBERS[:10], concurrency=5)
        assert all(o.ok for o in outcomes)
        visma.rate_limit = None
        assert visma.rate_limit is None


def test_aimd_halves_once_per_congestion_event_and_grows_back() -> None:
    signals = [0]
    window = Window(8, lambda: signals[0])
    assert window.size == 8

    before = window.epoch
    signals[0] += 3  # a burst of 429s ...
    window.record(before, None)
    assert window.size == 4
    signals[0] += 1
    window.record(before, None)  # ... seen again by a call that started before the cut
    assert window.size == 4  # one event, one halving
    window.record(window.epoch, None)  # a success
    signals[0] += 1
    window.record(window.epoch, None)  # a new event, from a call started after the cut
    assert window.size == 2
    for _ in range(200):
        window.record(window.epoch, None)
    assert window.size == 8  # additive increase, capped at the job's concurrency


async def test_adaptive_concurrency_backs_off_under_429s_and_finishes() -> None:
    sandbox = Sandbox(faults=_storm(429, 0.25))
    seen: list[Progress] = []
    async with VismaClient.for_sandbox(sandbox, retry=RetryPolicy(max_attempts=30)) as visma:
        outcomes = await bulk.map(
            visma.customer_invoices.get,
            NUMBERS,
            concurrency=16,
            adaptive=True,
            progress=seen.append,
        )
    assert all(o.ok for o in outcomes)
    assert max(p.concurrency for p in seen) == 16
    assert min(p.concurrency for p in seen) < 16  # it backed off
    assert seen[-1].done == len(NUMBERS) and seen[-1].failed == 0
