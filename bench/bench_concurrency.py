"""Section 2: throughput of the same reads at a fixed concurrency, every contender.

Every contender reads the same invoices (000101..000130 in turn) with one task per read,
bounded by an ``anyio.CapacityLimiter`` of the same size, on a pool at least that large.
When ``billing_sdk.bulk.map`` exists, the facade also runs through it (``facade_bulk``), the
way users fan out. Repetitions interleave the contenders; the sandbox is reset before each.
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import time
from typing import Any

import anyio

from bench._contenders import Contender, Facade, Target, WorkError
from bench._sandbox import SandboxProcess
from bench._stats import frozen_heap, paired_ratios, rotated, summary
from bench.bench_overhead import BASELINE, READ_NUMBERS


def settings(quick: bool) -> dict[str, int]:
    if quick:
        return {"reads": 40, "concurrency": 8, "repetitions": 1}
    return {"reads": 2000, "concurrency": 64, "repetitions": 5}


async def _limited(c: Contender, numbers: list[str], concurrency: int) -> None:
    limiter = anyio.CapacityLimiter(concurrency)

    async def one(number: str) -> None:
        async with limiter:
            if await c.read(number) != number:
                raise WorkError(f"{c.name}: read {number} returned another invoice")

    async with anyio.create_task_group() as tg:
        for number in numbers:
            tg.start_soon(one, number)


def _bulk_map() -> Any:
    try:
        from billing_sdk import bulk
    except ImportError:
        return None
    return getattr(bulk, "map", None)


async def _through_bulk(c: Contender, numbers: list[str], concurrency: int) -> None:
    assert isinstance(c, Facade)
    outcome = _bulk_map()(c.invoices.get, numbers, concurrency=concurrency)
    if inspect.isawaitable(outcome):
        outcome = await outcome
    elif hasattr(outcome, "__aiter__"):
        outcome = [item async for item in outcome]
    outcomes = list(outcome)
    if len(outcomes) != len(numbers):
        raise WorkError(f"bulk.map returned {len(outcomes)} outcomes for {len(numbers)} inputs")
    failed = [o for o in outcomes if not getattr(o, "ok", True)]
    if failed:
        raise WorkError(f"bulk.map: {len(failed)} reads failed, e.g. {failed[0]!r}")


async def run(
    quick: bool,
    sandbox: SandboxProcess,
    classes: list[type[Contender]],
    skipped: dict[str, str],
) -> dict[str, Any]:
    cfg = settings(quick)
    numbers = [READ_NUMBERS[i % len(READ_NUMBERS)] for i in range(cfg["reads"])]
    limit = cfg["concurrency"]
    # One connection more than the concurrency: bulk.map keeps one free for the client's other
    # calls, so with this pool it too runs `limit` reads at once; nobody waits for a connection.
    target = Target(sandbox.base_url, await sandbox.visma_token(), sandbox.visma, limit + 1)
    skipped = dict(skipped)
    runs: list[tuple[str, Contender, Any]] = []
    async with contextlib.AsyncExitStack() as stack:
        for cls in classes:
            c = await stack.enter_async_context(cls(target))
            runs.append((c.name, c, _limited))
            if type(c) is Facade:
                if _bulk_map() is not None:
                    runs.append(("facade_bulk", c, _through_bulk))
                else:
                    skipped["facade_bulk"] = "billing_sdk.bulk.map is not there yet"
        # Warm-up: open the pool's connections, fetch the facade's token.
        for _, c, how in runs:
            await how(c, numbers[: limit * 2], limit)
        seconds: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        cpu: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        with frozen_heap():
            for rep in range(cfg["repetitions"]):
                await sandbox.reset()
                for name, c, how in rotated(runs, rep):
                    # Keep-alive connections expire while the others run (httpx: 5 s): open
                    # them again, untimed, so each run measures a warm pool, not reconnects.
                    await how(c, numbers[: limit * 2], limit)
                    gc.collect()
                    started_cpu = time.process_time()
                    started = time.perf_counter()
                    await how(c, numbers, limit)
                    seconds[name].append(time.perf_counter() - started)
                    cpu[name].append((time.process_time() - started_cpu) / len(numbers) * 1e6)
        pools = {name: c.pool() for name, c, _ in runs}
        candidates = {name: c.candidate for name, c, _ in runs}
        labels = {
            name: c.label + (" via bulk.map" if name == "facade_bulk" else "")
            for name, c, _ in runs
        }

    results = {}
    for name in seconds:
        results[name] = {
            "label": labels[name],
            "candidate": candidates[name],
            "pool": pools[name],
            "seconds": summary(seconds[name], digits=3),
            "requests_per_second": summary([len(numbers) / s for s in seconds[name]]),
            "client_cpu_us_per_read": summary(cpu[name]),
            "time_ratio_vs_raw": paired_ratios(seconds[name], seconds[BASELINE]),
            "samples_seconds": [round(x, 4) for x in seconds[name]],
        }
    return {
        "status": "ok",
        "settings": cfg,
        "work": f"{cfg['reads']} GET /v1/customerinvoice/{{number}} at concurrency {limit}",
        "bound": "anyio.CapacityLimiter per contender (facade_bulk: bulk.map's own bound)",
        "baseline": BASELINE,
        "contenders": results,
        "skipped": skipped,
    }
