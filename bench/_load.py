"""Running a batch of calls at a given concurrency, and what it cost client and server.

A batch is ``n`` calls spread over ``concurrency`` workers that pull from one shared list
(``concurrency=1`` is one caller doing them in turn). Around it: ``gc.collect()`` (no batch
pays for another's garbage), this process's CPU time (``time.process_time``: the client's own
cost, the server runs elsewhere), the wall time, and the server's CPU per request (the replay
server's ``/_replay/stats``, or ``/proc/PID/stat`` for the sandbox).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import anyio

from bench._contenders import Contender, WorkError

Call = Callable[[str], Awaitable[Any]]


class Server(Protocol):
    async def stats(self) -> tuple[int, float]:
        """(requests answered so far or None, CPU seconds so far)."""
        ...


class ProcessServer:
    """CPU of a server process from ``/proc`` (the sandbox counts no requests for us)."""

    def __init__(self, pid: int | None) -> None:
        self.pid = pid

    async def stats(self) -> tuple[int, float]:
        if self.pid is None:
            return 0, 0.0
        try:
            stat = await anyio.Path(f"/proc/{self.pid}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
        except OSError:
            return 0, 0.0
        return 0, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def spread(call: Call, items: Sequence[str], concurrency: int) -> None:
    """``call(item)`` for every item, ``concurrency`` at a time (workers share one iterator)."""
    if concurrency <= 1:
        for item in items:
            await call(item)
        return
    shared = iter(items)

    async def worker() -> None:
        for item in shared:
            await call(item)

    async with anyio.create_task_group() as tg:
        for _ in range(min(concurrency, len(items))):
            tg.start_soon(worker)


def reader(c: Contender) -> Call:
    """``c.read`` that checks it got the invoice it asked for."""

    async def read(number: str) -> None:
        if await c.read(number) != number:
            raise WorkError(f"{c.name}: read {number} returned another invoice")

    return read


def writer(c: Contender) -> Call:
    """``c.write`` (a new invoice text each time) that checks it got a new version."""
    count = [0]

    async def write(number: str) -> None:
        count[0] += 1
        if not await c.write(number, f"bench {count[0]:06d}"):
            raise WorkError(f"{c.name}: write answered without a new ETag")

    return write


async def timed(
    batch: Callable[[], Awaitable[None]], n: int, server: Server | None
) -> dict[str, float | None]:
    """Run one batch of ``n`` calls: wall and client CPU µs per call, server CPU µs per request."""
    before = await server.stats() if server else None
    gc.collect()
    cpu = time.process_time()
    wall = time.perf_counter()
    await batch()
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    after = await server.stats() if server else None
    server_us = None
    if before is not None and after is not None:
        requests = (after[0] - before[0]) or n
        server_us = (after[1] - before[1]) / requests * 1e6
    return {
        "wall_us": wall / n * 1e6,
        "cpu_us": cpu / n * 1e6,
        "server_us": server_us,
        "per_second": n / wall if wall else None,
    }
