"""One soak run: serve the sandbox on loopback with the soak's faults on every operation, run
the seeded mixed workload through the public facade, let the server settle, reconcile.

Everything is bounded: each operation by ``op_deadline`` (a hang is recorded, not waited
out), each job wait by ``job_timeout``, the whole workload by ``deadline``, the settling by
``SETTLE_DEADLINE``; the server stops when the run ends.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import httpx

from billing_sdk import BillomatClient, CrmComClient, RetryPolicy, SafeWriteStats, VismaClient
from billing_sdk.sandbox import SOAK_FAULTS, FaultPlan, FaultRule, Sandbox, VismaSettings
from tests.soak._reconcile import Reconciliation, reconcile
from tests.soak._record import OpRecord, Recorder
from tests.soak._state import SandboxState, contended_totals, read_state
from tests.soak._workload import CONTENDED, Workload

#: How often each kind is drawn (a fan-out kind then issues several operations). About 40%
#: of the operations go to Visma, 30% each to CRM.COM and Billomat; about half are reads.
WEIGHTS: dict[str, float] = {
    "invoice.get": 5,
    "payment.get": 2,
    "invoice.list": 1.5,
    "invoice.modify": 6,
    "invoice.create": 3,
    "invoice.release.bg": 2,
    "invoice.release": 1,
    "invoice.update": 2,
    "invoice.delete": 1,
    "payment.create": 3,
    "payment.release": 1.5,
    "bulk.invoice.get": 0.4,
    "bulk.payment.create": 0.4,
    "jobs.invoice.get": 0.4,
    "crm.show": 4,
    "crm.list": 1.5,
    "crm.get_latest": 1.5,
    "crm.create": 4,
    "crm.update": 1.5,
    "crm.post": 1.5,
    "crm.reject": 1,
    "crm.bulk.show": 0.4,
    "crm.bulk.create": 0.4,
    "bm.payment.get": 3,
    "bm.credit_note.get": 1.5,
    "bm.payment.list": 1.5,
    "bm.create": 5,
    "bm.delete": 2,
    "bm.bulk.get": 0.4,
    "bm.bulk.create": 0.4,
}
#: With about one attempt in five failing (5xx, 429, drops, stalls, lost answers), ten
#: attempts leave a read a 1e-7 chance of failing; the waits are short because the faults
#: are random, not a server that needs a rest (429s still follow Retry-After).
SOAK_RETRY = RetryPolicy(max_attempts=10, backoff_initial=0.05, backoff_max=0.5)
#: Visma background jobs run this long after they are accepted.
JOB_DURATION = 0.2
#: The longest the run waits for the server to finish what clients gave up on.
SETTLE_DEADLINE = 30.0


@dataclass(frozen=True)
class SoakConfig:
    """One run. ``timeout`` is the clients' read timeout; ``stall`` (longer) is how long a
    stalled request hangs in the sandbox before it is processed anyway."""

    ops: int = 10_000
    seed: int = 1
    concurrency: int = 24
    timeout: float = 1.0
    stall: float = 1.1
    deadline: float = 600.0
    op_deadline: float = 120.0
    job_timeout: float = 30.0
    #: ``default``: the clients' own transport (aiohttp); ``httpx``: httpx's own pool.
    transport: Literal["default", "httpx"] = "default"

    def __post_init__(self) -> None:
        if self.ops < 1 or self.concurrency < 1:
            raise ValueError("ops and concurrency must be at least 1")
        if not 0 < self.timeout < self.stall:
            raise ValueError("a stall must last longer than the client's read timeout")

    @property
    def prefix(self) -> str:
        """Every reference and token this run writes starts with it."""
        return f"SK{self.seed}-"

    def faults(self) -> FaultRule:
        """:data:`SOAK_FAULTS` with stalls just past the client's read timeout."""
        return dataclasses.replace(SOAK_FAULTS, stall_seconds=self.stall)


@dataclass
class SoakResult:
    """What one run did and what reconciliation says about it."""

    config: SoakConfig
    records: list[OpRecord]
    state: SandboxState
    reconciliation: Reconciliation
    seconds: float
    finished: bool
    stats: dict[str, dict[str, float]] = field(default_factory=dict)
    safe_writes: dict[str, SafeWriteStats] = field(default_factory=dict)
    #: aiohttp connections garbage-collected unclosed (see :func:`_count_unclosed`).
    unclosed_connections: int = 0

    @property
    def ok(self) -> bool:
        return self.finished and self.reconciliation.ok and len(self.records) == self.config.ops


def plan(config: SoakConfig, sizes: dict[str, int]) -> list[tuple[int, str]]:
    """The run's operations in issue order: kinds drawn by :data:`WEIGHTS` with the seed,
    until exactly ``config.ops`` operations (a fan-out counts one per item)."""
    rng = random.Random(f"plan:{config.seed}")
    kinds = sorted(WEIGHTS)
    steps: list[tuple[int, str]] = []
    left = config.ops
    while left:
        fits = [k for k in kinds if sizes[k] <= left]
        kind = rng.choices(fits, weights=[WEIGHTS[k] for k in fits])[0]
        steps.append((len(steps), kind))
        left -= sizes[kind]
    return steps


async def run_soak(
    config: SoakConfig, progress: Callable[[int, float], None] | None = None
) -> SoakResult:
    """Run the soak and reconcile it; ``progress(ops_so_far, seconds)`` every few seconds."""
    faults = FaultPlan(seed=config.seed, default=config.faults())
    started = time.monotonic()
    recorder = Recorder(deadline=config.op_deadline)
    options: dict[str, Any] = {
        "retry": SOAK_RETRY,
        "timeout": httpx.Timeout(config.timeout, connect=5.0, pool=10.0),
    }
    if config.transport == "default":
        options["transport"] = None  # for_sandbox would pick httpx's pool; use the SDK's own
    with _count_unclosed() as unclosed:
        result = await _run(config, recorder, options, faults, started, progress)
    result.unclosed_connections = unclosed[0]
    return result


async def _run(
    config: SoakConfig,
    recorder: Recorder,
    options: dict[str, Any],
    faults: FaultPlan,
    started: float,
    progress: Callable[[int, float], None] | None,
) -> SoakResult:
    async with Sandbox.serve(
        seed=config.seed, faults=faults, visma=VismaSettings(job_duration=JOB_DURATION)
    ) as sandbox:
        initial = contended_totals(sandbox, CONTENDED)
        async with (
            VismaClient.for_sandbox(sandbox, **options) as visma_a,
            VismaClient.for_sandbox(sandbox, **options) as visma_b,
            CrmComClient.for_sandbox(sandbox, **options) as crm,
            BillomatClient.for_sandbox(sandbox, **options) as billomat,
        ):
            workload = Workload(
                visma=(visma_a, visma_b),
                crm=crm,
                billomat=billomat,
                recorder=recorder,
                prefix=config.prefix,
                job_timeout=config.job_timeout,
            )
            finished = await _drive(config, workload, recorder, started, progress)
            seconds = time.monotonic() - started
            await _settle(sandbox, config)
            clients = {"visma (2 clients)": (visma_a, visma_b), "crmcom": (crm,)}
            clients["billomat"] = (billomat,)
            stats = {name: _stats(group) for name, group in clients.items()}
            safe_writes = {
                "visma payments": _merge(
                    visma_a.customer_payments.safe_writes, visma_b.customer_payments.safe_writes
                ),
                "crmcom payments": crm.payments.safe_writes,
                "billomat payments": billomat.credit_note_payments.safe_writes,
            }
        state = read_state(
            sandbox, prefix=config.prefix, contended=CONTENDED, initial_totals=initial
        )
    result = reconcile(recorder.records, state)
    return SoakResult(
        config, recorder.records, state, result, seconds, finished, stats, safe_writes
    )


async def _drive(
    config: SoakConfig,
    workload: Workload,
    recorder: Recorder,
    started: float,
    progress: Callable[[int, float], None] | None,
) -> bool:
    """The workers; False when the run's deadline cut the workload short."""
    steps = iter(plan(config, {kind: size for kind, (_, _, size) in workload.kinds.items()}))

    async def worker() -> None:
        for index, kind in steps:  # one shared iterator: each step is taken exactly once
            _, method, _ = workload.kinds[kind]
            await method(random.Random(f"{config.seed}:{index}"))

    async def report() -> None:
        while True:
            await anyio.sleep(5)
            if progress is not None:
                progress(len(recorder.records), time.monotonic() - started)

    with anyio.move_on_after(config.deadline) as scope:
        async with anyio.create_task_group() as group:
            group.start_soon(report)
            async with anyio.create_task_group() as workers:
                for _ in range(config.concurrency):
                    workers.start_soon(worker)
            group.cancel_scope.cancel()
    return not scope.cancelled_caught


async def _settle(sandbox: Sandbox, config: SoakConfig) -> None:
    """Let the server finish what clients stopped waiting for: stalled requests still
    sleeping in the sandbox, background jobs still queued (both land later)."""
    await anyio.sleep(config.stall + 0.25)
    with anyio.move_on_after(SETTLE_DEADLINE):
        # Polled: the jobs run in the server's thread and loop, with nothing to wait on here.
        while _jobs_running(sandbox):  # noqa: ASYNC110
            await anyio.sleep(0.1)


def _jobs_running(sandbox: Sandbox) -> bool:
    try:
        data = sandbox.visma.snapshot()
    except RuntimeError:  # resized by the server thread mid-read: look again
        return True
    jobs = data["tenants"][data["default_tenant"]]["jobs"]
    return any(job["status"] == "Started" for job in jobs)


@contextmanager
def _count_unclosed() -> Iterator[list[int]]:
    """Count aiohttp's "Unclosed connection" reports instead of printing each one.

    A response whose body fails half-way (a dropped connection) is never closed by the
    transport, so aiohttp's connection object is finalised by the garbage collector, which
    reports it to the event loop's exception handler (an ERROR log line per drop). The soak
    reports the count; everything else still reaches the previous handler.
    """
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    count = [0]

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if context.get("message") == "Unclosed connection":
            count[0] += 1
        elif previous is not None:
            previous(loop, context)
        else:
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
    try:
        yield count
    finally:
        gc.collect()  # finalise what is already garbage while the handler still counts
        loop.set_exception_handler(previous)


def _stats(clients: tuple[Any, ...]) -> dict[str, float]:
    names = ("requests", "attempts", "retries", "throttled", "unavailable", "pauses")
    totals: dict[str, float] = {
        name: sum(getattr(c.stats, name) for c in clients) for name in names
    }
    totals["paused_seconds"] = sum(c.stats.paused_seconds for c in clients)
    return totals


def _merge(*stats: SafeWriteStats) -> SafeWriteStats:
    merged = SafeWriteStats()
    for name in (f.name for f in dataclasses.fields(SafeWriteStats)):
        if name == "unresolved":
            for one in stats:
                merged.unresolved.extend(one.unresolved)
        else:
            setattr(merged, name, sum(getattr(s, name) for s in stats))
    return merged
