"""Background-job waits: how long after a job finishes does ``wait()`` return, and how many polls.

For job durations of 0.2 s, 1 s and 5 s, a sandbox whose jobs take exactly that long is served
on 127.0.0.1 (its own thread and event loop), with and without the server's ``Retry-After``
hints (``VismaSettings(job_retry_after_hint=False)``). One client starts
``get(..., background=True)`` and waits, several times in a row: the first job of the kind
polls on the default schedule, the later ones on what the client learned from the earlier
ones (``billing_sdk.visma._jobs.PollSchedule``). The delay is the time ``wait()`` returned
minus the moment the job finished (the sandbox runs a job exactly ``duration`` after
accepting it, so: started + duration).

Targets (issues 5 and 21), on the repeated jobs: median delay <= max(100 ms, 10% of the
duration) and at most 6 polls each. The first job's figures are shown beside them.
Run: ``python bench/bench_jobs.py [--quick]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

from billing_sdk import VismaClient
from billing_sdk.sandbox import Sandbox, VismaSettings

DURATIONS = (0.2, 1.0, 5.0)


MAX_POLLS = 6


async def _measure(duration: float, jobs: int, hints: bool) -> dict[str, Any]:
    settings = VismaSettings(job_duration=duration, job_retry_after_hint=hints)
    delays: list[float] = []
    polls: list[int] = []
    sandbox = Sandbox(visma=settings)
    async with sandbox.running(), VismaClient.for_sandbox(sandbox) as visma:
        await visma.customer_invoices.get("000101")  # token and connection up front
        for _ in range(jobs):
            started = time.perf_counter()
            job = await visma.customer_invoices.get("000101", background=True)
            await job.wait(timeout=duration * 10 + 30)
            delays.append(time.perf_counter() - started - duration)
            polls.append(job.stats.polls)
    repeated_delays, repeated_polls = delays[1:], polls[1:]
    median_delay = statistics.median(repeated_delays)
    target = max(0.1, 0.1 * duration)
    return {
        "duration_s": duration,
        "server_hints": hints,
        "first_delay_s": round(delays[0], 4),
        "first_polls": polls[0],
        "repeated_jobs": len(repeated_delays),
        "median_delay_s": round(median_delay, 4),
        "max_delay_s": round(max(repeated_delays), 4),
        "median_polls": statistics.median(repeated_polls),
        "max_polls": max(repeated_polls),
        "target_delay_s": target,
        "target_polls": MAX_POLLS,
        "delay_ok": median_delay <= target,
        "polls_ok": max(repeated_polls) <= MAX_POLLS,
    }


async def run(quick: bool = False) -> dict[str, Any]:
    """Every duration with and without the server's Retry-After hints; the first job of each
    run teaches the client, the others are the repeated jobs the targets are about."""
    durations = (0.2,) if quick else DURATIONS
    rows = []
    for hints in (True, False):
        for duration in durations:
            jobs = 2 if quick else (4 if hints else 6)
            rows.append(await _measure(duration, jobs, hints))
    return {"benchmark": "background_jobs", "quick": quick, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    result = asyncio.run(run(parser.parse_args().quick))
    print(
        f"{'duration':>8} {'hints':>5} {'first job':>10} {'then median':>11} {'max':>7}"
        f" {'polls':>5} {'ok':>3}"
    )
    for row in result["rows"]:
        ok = "yes" if row["delay_ok"] and row["polls_ok"] else "NO"
        print(
            f"{row['duration_s']:>7}s {row['server_hints']!s:>5}"
            f" {row['first_delay_s'] * 1000:>8.0f}ms {row['median_delay_s'] * 1000:>9.0f}ms"
            f" {row['max_delay_s'] * 1000:>5.0f}ms {row['max_polls']:>5} {ok:>3}"
        )


if __name__ == "__main__":
    main()
