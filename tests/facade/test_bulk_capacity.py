"""One fan-out budget per client: bulk jobs and job polls together stay below the connection
pool, and nested work never deadlocks."""

from __future__ import annotations

import anyio
import httpx

from billing_sdk import VismaClient, bulk
from billing_sdk._capacity import Capacity, client_capacity
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
        assert one._engine.capacity is not two._engine.capacity
        assert one._engine.capacity.limiter.total_tokens == client_capacity(64)


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


# -- the budget itself ------------------------------------------------------------------------


class Peak:
    """Counts blocks running at once, and the most there ever were."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self.done = 0

    async def run(self, capacity: Capacity, seconds: float = 0.005) -> None:
        async with capacity.slot():
            self.now += 1
            self.most = max(self.most, self.now)
            await anyio.sleep(seconds)
            self.now -= 1
            self.done += 1


async def test_slots_never_exceed_the_capacity_and_are_given_back_on_cancel() -> None:
    capacity = Capacity(4)  # 3 slots
    peak = Peak()
    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(peak.run, capacity)
    assert (peak.most, peak.done, capacity.in_use) == (3, 10, 0)

    with anyio.move_on_after(0.05):  # cancelled while holding and while waiting
        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(peak.run, capacity, 60.0)
    assert capacity.in_use == 0


async def test_nested_work_shares_the_enclosing_slot_when_none_is_free() -> None:
    # One slot, held by the outer task: its children cannot get one of their own. Waiting
    # for one would deadlock; they take turns in the outer task's slot instead.
    capacity = Capacity(2)
    peak = Peak()
    with anyio.fail_after(30):  # a deadlock fails here instead of hanging the run
        async with capacity.slot(), anyio.create_task_group() as tg:
            for _ in range(4):
                tg.start_soon(peak.run, capacity)
    assert (peak.most, peak.done, capacity.in_use) == (1, 4, 0)


async def test_nested_work_takes_free_slots_first() -> None:
    capacity = Capacity(4)  # 3 slots: the outer task holds one, two are free
    peak = Peak()
    async with capacity.slot(), anyio.create_task_group() as tg:
        for _ in range(6):
            tg.start_soon(peak.run, capacity, 0.02)
    # Two children in the free slots, one in the outer task's: never more than the budget.
    assert (peak.most, peak.done) == (3, 6)


async def test_work_nested_in_a_shared_slot_can_nest_again() -> None:
    capacity = Capacity(2)
    peak = Peak()

    async def child() -> None:
        # Shares the outer slot (none is free), and its own children share that turn.
        async with capacity.slot(), anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(peak.run, capacity)

    with anyio.fail_after(30):
        async with capacity.slot(), anyio.create_task_group() as tg:
            tg.start_soon(child)
            tg.start_soon(child)
    assert (peak.most, peak.done, capacity.in_use) == (1, 6, 0)


# -- bulk jobs and background-job polls on one client -----------------------------------------


async def test_bulk_jobs_and_job_polls_together_stay_below_the_pool() -> None:
    from billing_sdk.sandbox import VismaSettings

    sandbox = Sandbox(visma=VismaSettings(job_duration=0.2))
    sandbox.set_faults(FaultPlan(default=FaultRule(latency=0.01)))
    counter = InFlight(sandbox.transport())
    pool = httpx.Limits(max_connections=4, max_keepalive_connections=4)  # 3 slots
    async with VismaClient.for_sandbox(sandbox, limits=pool, transport=counter) as visma:
        numbers = [f"000{n}" for n in range(115, 123)]
        jobs = [await visma.customer_invoices.get(n, background=True) for n in numbers]
        counter.most = 0  # measure from here: the reads and the polls side by side

        reads: list[bool] = []
        waited: list[str] = []

        async def read() -> None:
            outcomes = await bulk.map(visma.customer_invoices.get, NUMBERS * 4, concurrency=8)
            reads.extend(o.ok for o in outcomes)

        async def wait() -> None:
            results = await visma.background.wait_all(jobs, timeout=60)
            waited.extend(str(r.reference_number) for r in results)

        async with anyio.create_task_group() as tg:
            tg.start_soon(read)
            tg.start_soon(wait)
    assert reads == [True] * 160 and waited == numbers
    # Polls and reads shared one budget: at most 3 requests out, never the pool's 4 or more.
    assert counter.most == 3


async def test_waiting_for_jobs_inside_bulk_workers_never_deadlocks() -> None:
    from billing_sdk.sandbox import VismaSettings

    # One slot, and every bulk worker holds it while waiting for jobs it started: their
    # polls share the worker's slot instead of waiting for a free one forever.
    sandbox = Sandbox(visma=VismaSettings(job_duration=0.05))
    counter = InFlight(sandbox.transport())
    tiny = httpx.Limits(max_connections=2, max_keepalive_connections=2)
    async with VismaClient.for_sandbox(sandbox, limits=tiny, transport=counter) as visma:
        await visma.customer_invoices.get("000101")  # the token, outside the measurement

        async def read_in_background(pair: tuple[str, str]) -> list[str]:
            jobs = [await visma.customer_invoices.get(n, background=True) for n in pair]
            one = await jobs[0].wait(timeout=60)  # polls from the worker's own task
            both = await visma.background.wait_all(jobs, timeout=60)  # and from its children
            return [str(one.reference_number), *(str(r.reference_number) for r in both)]

        pairs = [("000101", "000102"), ("000103", "000104"), ("000105", "000106")]
        with anyio.fail_after(60):
            outcomes = await bulk.map(read_in_background, pairs, concurrency=3, client=visma)
    assert [o.value for o in outcomes] == [[a, a, b] for a, b in pairs]
    assert counter.most == 1  # one slot: one request out at a time, polls included
