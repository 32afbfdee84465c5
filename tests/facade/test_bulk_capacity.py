"""One limiter per client: bulk jobs together stay below the connection pool, never deadlock."""

from __future__ import annotations

import anyio
import httpx

from billing_sdk import VismaClient, bulk
from billing_sdk._fanout_job import client_capacity
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox

POOL = httpx.Limits(max_connections=6, max_keepalive_connections=6)
NUMBERS = [f"{101 + i % 30:06d}" for i in range(40)]


class InFlight(httpx.AsyncBaseTransport):
    """Counts requests handed to the transport at once (waiting for a pooled connection
    included), and the most there ever were."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now = 0
        self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()  # the connection is busy until the body is read
            return response
        finally:
            self.now -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_capacity_stays_below_the_pool() -> None:
    assert client_capacity(64) == 63
    assert client_capacity(6) == 5
    assert client_capacity(1) == 1
    assert client_capacity(None) == 63  # an unlimited pool falls back to the default size


async def test_two_parallel_bulk_jobs_never_exceed_the_pool(sandbox: Sandbox) -> None:
    # A little latency so the calls overlap, whatever the machine's speed.
    sandbox.set_faults(FaultPlan(default=FaultRule(latency=0.005)))
    inner = httpx.AsyncHTTPTransport(limits=POOL) if sandbox.is_serving else sandbox.transport()
    counter = InFlight(inner)
    results: dict[str, list[bool]] = {}
    async with VismaClient.for_sandbox(sandbox, limits=POOL, transport=counter) as visma:
        await visma.customer_invoices.get("000101")  # the token, outside the measurement

        async def job(name: str) -> None:
            outcomes = await bulk.map(visma.customer_invoices.get, NUMBERS, concurrency=10)
            results[name] = [o.ok for o in outcomes]

        async with anyio.create_task_group() as tg:
            tg.start_soon(job, "a")
            tg.start_soon(job, "b")

    # Every call succeeded (no PoolTimeout), and the two jobs of 10 together never had more
    # requests out than the client's capacity: one below its pool of 6.
    assert results == {"a": [True] * 40, "b": [True] * 40}
    assert counter.most == client_capacity(POOL.max_connections) == 5


async def test_each_client_has_its_own_limiter() -> None:
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox) as one, VismaClient.for_sandbox(sandbox) as two:
        await bulk.map(one.customer_invoices.get, ["000101"])
        await bulk.map(two.customer_payments.get, ["000031"])
        await bulk.map(one.customer_payments.get, ["000031"])
        assert one._engine.bulk_limiter is not None
        assert one._engine.bulk_limiter is not two._engine.bulk_limiter
        assert one._engine.bulk_limiter.total_tokens == client_capacity(64)


async def test_a_bulk_job_inside_a_bulk_job_runs_in_its_parents_slot() -> None:
    # Capacity 1: had the inner jobs waited for a slot of their own, the outer job holding
    # the only one would wait for them forever.
    tiny = httpx.Limits(max_connections=2, max_keepalive_connections=2)
    async with VismaClient.for_sandbox(Sandbox(), limits=tiny) as visma:

        async def read_three(start: int) -> list[bool]:
            numbers = [f"{start + i:06d}" for i in range(3)]
            outcomes = await visma.customer_invoices.get_many(numbers, concurrency=3)
            return [o.ok for o in outcomes]

        outer = await bulk.map(read_three, [101, 104, 107], concurrency=3, client=visma)
    assert [o.value for o in outer] == [[True] * 3] * 3
