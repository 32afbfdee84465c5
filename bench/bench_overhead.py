"""Section 1: per-call overhead of N sequential reads and writes, every contender, same server.

Each contender opens its client once, warms up (the facade fetches its token there), and
then, in every repetition, does the same N reads (``GET`` invoices 000101..000130 in turn) and
the same N writes (``PUT`` an invoice text on the Hold invoices 000101..000103, no
``If-Match``). Repetitions interleave the contenders and rotate who goes first; the sandbox
is reset before each repetition. Per repetition we record wall time per call and this
process's CPU time per call (the server runs in another process, so that is the client's own
cost).
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bench._contenders import Contender, Target, WorkError
from bench._sandbox import SandboxProcess
from bench._stats import frozen_heap, paired_ratios, rotated, summary

READ_NUMBERS = [f"000{n}" for n in range(101, 131)]
WRITE_NUMBERS = ["000101", "000102", "000103"]
BASELINE = "raw_httpx"


def settings(quick: bool) -> dict[str, int]:
    # Many short repetitions rather than a few long ones: the contenders take turns more
    # often, so a burst of load from elsewhere on the machine hits them alike.
    if quick:
        return {"calls": 5, "repetitions": 2, "warmup": 1}
    return {"calls": 100, "repetitions": 21, "warmup": 25}


async def _reads(c: Contender, n: int, offset: int = 0) -> None:
    for i in range(offset, offset + n):
        number = READ_NUMBERS[i % len(READ_NUMBERS)]
        if await c.read(number) != number:
            raise WorkError(f"{c.name}: read {number} returned another invoice")


async def _writes(c: Contender, n: int, offset: int = 0) -> None:
    for i in range(offset, offset + n):
        etag = await c.write(WRITE_NUMBERS[i % len(WRITE_NUMBERS)], f"bench {i:06d}")
        if not etag:
            raise WorkError(f"{c.name}: write answered without a new ETag")


async def _timed(batch: Callable[[], Awaitable[None]], n: int) -> tuple[float, float]:
    """(wall µs per call, client CPU µs per call) of one batch."""
    gc.collect()
    cpu = time.process_time()
    wall = time.perf_counter()
    await batch()
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    return wall / n * 1e6, cpu / n * 1e6


async def run(
    quick: bool,
    sandbox: SandboxProcess,
    classes: list[type[Contender]],
    skipped: dict[str, str],
) -> dict[str, Any]:
    cfg = settings(quick)
    n = cfg["calls"]
    target = Target(sandbox.base_url, await sandbox.visma_token(), sandbox.visma)
    samples: dict[str, dict[str, list[float]]] = {
        cls.name: {"read": [], "write": [], "read_cpu": [], "write_cpu": []} for cls in classes
    }
    async with contextlib.AsyncExitStack() as stack:
        contenders = [await stack.enter_async_context(cls(target)) for cls in classes]
        for c in contenders:
            await _reads(c, cfg["warmup"])
            await _writes(c, cfg["warmup"])
        with frozen_heap():
            for rep in range(cfg["repetitions"]):
                await sandbox.reset()
                order = rotated(contenders, rep)
                for op, batch in (("read", _reads), ("write", _writes)):
                    for c in order:
                        wall, cpu = await _timed(
                            lambda c=c, batch=batch, first=rep * n: batch(c, n, first), n
                        )
                        samples[c.name][op].append(wall)
                        samples[c.name][f"{op}_cpu"].append(cpu)
        pools = {c.name: c.pool() for c in contenders}
        labels = {c.name: c.label for c in contenders}
        candidates = {c.name: c.candidate for c in contenders}

    results: dict[str, Any] = {}
    base = samples[BASELINE]
    for name, s in samples.items():
        results[name] = {
            "label": labels[name],
            "candidate": candidates[name],
            "pool": pools[name],
            "read_us": summary(s["read"]),
            "write_us": summary(s["write"]),
            "read_client_cpu_us": summary(s["read_cpu"]),
            "write_client_cpu_us": summary(s["write_cpu"]),
            "read_ratio_vs_raw": paired_ratios(s["read"], base["read"]),
            "write_ratio_vs_raw": paired_ratios(s["write"], base["write"]),
            "samples_us": {op: [round(x, 1) for x in s[op]] for op in ("read", "write")},
        }
    return {
        "status": "ok",
        "settings": cfg,
        "work": {
            "read": "GET /v1/customerinvoice/{number} (000101..000130 in turn), body decoded",
            "write": "PUT /v1/customerinvoice/{number} {invoiceText} without If-Match, "
            "new ETag read (000101..000103 in turn)",
        },
        "baseline": BASELINE,
        "contenders": results,
        "skipped": skipped,
    }
