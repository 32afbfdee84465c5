"""The shared rate budget on a real Redis: Lua script, server clock, vendor headers, 429s."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

from billing_sdk import CoordinationUnavailable, VismaClient
from billing_sdk._coordination import PacerWaitTooLong
from billing_sdk._coordination_redis import quota_headers
from billing_sdk.coordination import RedisCoordination
from billing_sdk.sandbox import Sandbox
from billing_sdk.sandbox._visma._settings import VismaSettings


async def test_a_pause_reported_by_one_worker_holds_every_other(
    coordination: RedisCoordination,
) -> None:
    one, other = (
        coordination.pacer("acct"),
        RedisCoordination(client=coordination.redis).pacer("acct"),
    )
    assert await one.before_attempt(5.0) == 0.0
    await one.after_response(429, httpx.Headers({"Retry-After": "1"}), 1.0)
    # The other worker (another coordination object, as in another process) must wait.
    with pytest.raises(PacerWaitTooLong) as caught:
        await other.before_attempt(0.1)
    assert 0 < caught.value.seconds <= 1.0
    waited = await other.before_attempt(5.0)
    assert 0 < waited <= 1.0


async def test_a_spent_vendor_window_stops_every_worker_until_it_resets(
    coordination: RedisCoordination,
) -> None:
    pacer = coordination.pacer("acct")
    # The vendor says 2 left, window resets in 1 s: two takes pass, the third waits.
    await pacer.after_response(
        200, httpx.Headers({"X-RateLimit-Remaining": "2", "X-RateLimit-Reset": "1"}), 0.0
    )
    assert await pacer.before_attempt(5.0) == 0.0
    assert await pacer.before_attempt(5.0) == 0.0
    with pytest.raises(PacerWaitTooLong):
        await pacer.before_attempt(0.2)
    # A later answer of the same window never raises the count again.
    await pacer.after_response(
        200, httpx.Headers({"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "1"}), 0.0
    )
    with pytest.raises(PacerWaitTooLong):
        await pacer.before_attempt(0.2)


async def test_a_configured_limit_spaces_requests_on_the_server_clock(redis_url: str) -> None:
    coord = RedisCoordination(redis_url, limit=(1, 10.0))
    other = RedisCoordination(redis_url, limit=(1, 10.0))  # another worker
    try:
        await coord.redis.flushdb()
        assert await coord.pacer("acct").before_attempt(5.0) == 0.0
        # The next slot is 10 s after the first, for every worker: more than 5 s away.
        with pytest.raises(PacerWaitTooLong) as caught:
            await other.pacer("acct").before_attempt(5.0)
        assert 5.0 < caught.value.seconds <= 10.0
    finally:
        await coord.aclose()
        await other.aclose()


def test_quota_headers_read_both_vendors_spellings() -> None:
    assert quota_headers(
        httpx.Headers({"X-RateLimit-Remaining": "7", "X-RateLimit-Reset": "30"})
    ) == (7, 30.0)
    remaining, reset = quota_headers(
        httpx.Headers(
            {"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(int(time.time()) + 60)}
        )
    )
    assert remaining == 0 and 55 < reset <= 60
    assert quota_headers(httpx.Headers({})) == (-1, -1.0)


async def test_a_redis_that_does_not_answer_fails_the_call_before_sending() -> None:
    # A port nobody listens on: the take fails, the vendor sees nothing.
    coord = RedisCoordination("redis://127.0.0.1:1/0", op_timeout=0.5)
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox, coordination=coord) as visma:
        with pytest.raises(CoordinationUnavailable) as caught:
            await visma.customer_payments.get_page(1, 10)
        assert caught.value.landed is False
    assert "127.0.0.1:1" not in str(caught.value)


async def test_on_unavailable_local_paces_locally_with_a_warning() -> None:
    coord = RedisCoordination("redis://127.0.0.1:1/0", op_timeout=0.5, on_unavailable="local")
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox, coordination=coord) as visma:
        with pytest.warns(RuntimeWarning, match="within this process"):
            page = await visma.customer_payments.get_page(1, 10)
    assert page


async def test_every_worker_of_a_tenant_shares_the_sandbox_budget(
    coordination: RedisCoordination,
) -> None:
    # Three clients (as three workers) against a sandbox allowing 6 requests a window: the
    # window's end holds them all. (Visma's reset is whole seconds and the sandbox's window
    # starts with its first request, so on a very busy machine one request may still meet
    # the turn of a window: the bench measures the share over thousands, 0 in its runs.)
    sandbox = Sandbox(visma=VismaSettings(rate_limit=6, rate_window=4.0))
    async with sandbox.running():
        clients = [VismaClient.for_sandbox(sandbox, coordination=coordination) for _ in range(3)]
        try:

            async def reads(client: VismaClient) -> None:
                for _ in range(4):
                    await client.customer_payments.get_page(1, 5)

            async with anyio.create_task_group() as tg:
                for client in clients:
                    tg.start_soon(reads, client)
            assert sum(c.stats.throttled for c in clients) <= 1
            assert sum(c.stats.rate_limited for c in clients) > 0
        finally:
            for client in clients:
                await client.aclose()
