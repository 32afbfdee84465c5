"""A bulk job split over arq worker processes that share one Visma budget (docs/many-workers.md).

arq is a job queue on asyncio and Redis. Here one Redis serves both: arq's queue, and the
SDK's coordination (the account's rate budget, the claims on payment references, the job
registry). Every worker process builds one ``VismaClient`` at start-up with the same
``RedisCoordination``, so together they spend the company's budget once; a chunk that arq
runs twice (a retry, a worker that died mid-chunk) books nothing twice, because each payment
carries the caller's own reference.

Run it against the sandbox (three terminals)::

    python -m billing_sdk.sandbox --port 8080               # prints the Visma credentials
    export REDIS_URL=redis://127.0.0.1:6379/0 VISMA_BASE_URL=http://127.0.0.1:8080
    export VISMA_CLIENT_ID=... VISMA_CLIENT_SECRET=... VISMA_TENANT_ID=...
    arq examples.arq_bulk.WorkerSettings                    # as many of these as you like
    python examples/arq_bulk.py enqueue NIGHT-2024-06-01 500  # split 500 payments in chunks

``python examples/arq_bulk.py run PREFIX N WORKERS`` does it all in one go: enqueues the chunks,
runs ``WORKERS`` worker processes in burst mode (they exit when the queue is empty) and prints
how many payments each process created (``tests/coordination/test_arq_example.py`` runs it).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from decimal import Decimal
from typing import Any

from arq import create_pool
from arq.connections import RedisSettings

from billing_sdk import VismaClient
from billing_sdk.coordination import RedisCoordination

CHUNK = 25


def _redis_url() -> str:
    return os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


async def startup(ctx: dict[str, Any]) -> None:
    """One client per worker process, coordinated with every other worker through Redis."""
    ctx["coordination"] = RedisCoordination(_redis_url())
    base_url = os.environ["VISMA_BASE_URL"]
    ctx["visma"] = VismaClient(
        base_url=base_url,
        token_url=os.environ.get("VISMA_TOKEN_URL", base_url + "/connect/token"),
        client_id=os.environ["VISMA_CLIENT_ID"],
        client_secret=os.environ["VISMA_CLIENT_SECRET"],
        tenant_id=os.environ["VISMA_TENANT_ID"],
        allow_insecure_http=base_url.startswith("http://127.0.0.1"),
        coordination=ctx["coordination"],
    )
    # A mutable counter: arq hands each job a copy of this context.
    ctx["stats"] = {"created": 0}


async def shutdown(ctx: dict[str, Any]) -> None:
    await ctx["visma"].aclose()
    await ctx["coordination"].aclose()
    # What this process did, for the one-go runner.
    print(json.dumps({"pid": os.getpid(), **ctx["stats"]}), flush=True)


async def create_payments(ctx: dict[str, Any], references: list[str]) -> list[str]:
    """One chunk: a payment per reference. Safe to run twice: a reference that already has
    its payment returns it (a different customer or amount raises ReferenceConflict)."""
    visma: VismaClient = ctx["visma"]
    numbers = []
    for reference in references:
        payment = await visma.customer_payments.create(
            {
                "type": "Payment",
                "customer": "10001",
                "payment_amount": Decimal("25.00"),
                "payment_ref": reference,
            }
        )
        numbers.append(str(payment.ref_nbr))
        ctx["stats"]["created"] += 1
    return numbers


class WorkerSettings:
    """``arq examples.arq_bulk.WorkerSettings``."""

    functions = [create_payments]  # noqa: RUF012 (arq reads these class attributes)
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_redis_url())
    max_jobs = 4


async def enqueue(prefix: str, count: int) -> int:
    """Split ``count`` payments into chunks of :data:`CHUNK` arq jobs; returns the job count."""
    pool = await create_pool(RedisSettings.from_dsn(_redis_url()))
    references = [f"{prefix}-{i:05d}" for i in range(count)]
    chunks = [references[i : i + CHUNK] for i in range(0, count, CHUNK)]
    for index, chunk in enumerate(chunks):
        # The job id makes the enqueue itself idempotent too (arq keeps one job per id).
        await pool.enqueue_job("create_payments", chunk, _job_id=f"{prefix}:{index}")
    await pool.aclose()
    return len(chunks)


def run(prefix: str, count: int, workers: int) -> list[dict[str, Any]]:
    """Enqueue, then run ``workers`` burst-mode worker processes until the queue is empty."""
    asyncio.run(enqueue(prefix, count))
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "arq", "--burst", "examples.arq_bulk.WorkerSettings"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    reports = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"a worker failed with exit status {proc.returncode}")
        reports += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return reports


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["help"]
    if command == "enqueue":
        print(asyncio.run(enqueue(rest[0], int(rest[1]))), "jobs enqueued")
    elif command == "run":
        print(json.dumps(run(rest[0], int(rest[1]), int(rest[2]))))
    else:
        print(__doc__)
