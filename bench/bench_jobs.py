"""Background-job waits: how long after a job finishes does ``wait()`` return, and how many polls.

For job durations of 0.2 s, 1 s and 5 s, a sandbox whose jobs take exactly that long is served
on 127.0.0.1 (its own thread and event loop); the client starts ``get(..., background=True)``
and waits. The delay is the time ``wait()`` returned minus the moment the job finished
(accepted + duration; the sandbox runs a job exactly ``duration`` after accepting it).

Targets (issue 5): median delay <= max(100 ms, 10% of the duration); <= 15 polls for 5 s.
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


async def _measure(duration: float, repetitions: int, hints: bool) -> dict[str, Any]:
    settings = VismaSettings(job_duration=duration, job_retry_after_hint=hints)
    delays: list[float] = []
    polls: list[int] = []
    sandbox = Sandbox(visma=settings)
    async with sandbox.running(), VismaClient.for_sandbox(sandbox) as visma:
        await visma.customer_invoices.get("000101")  # token and connection up front
        for _ in range(repetitions):
            started = time.perf_counter()
            job = await visma.customer_invoices.get("000101", background=True)
            await job.wait(timeout=duration * 10 + 30)
            delays.append(time.perf_counter() - started - duration)
            polls.append(job.stats.polls)
    median_delay = statistics.median(delays)
    target = max(0.1, 0.1 * duration)
    return {
        "duration_s": duration,
        "server_hints": hints,
        "repetitions": repetitions,
        "median_delay_s": round(median_delay, 4),
        "max_delay_s": round(max(delays), 4),
        "median_polls": statistics.median(polls),
        "max_polls": max(polls),
        "target_delay_s": target,
        "delay_ok": median_delay <= target,
        "polls_ok": duration < 5 or max(polls) <= 15,
    }


async def run(quick: bool = False) -> dict[str, Any]:
    """Measure every duration with and without the server's Retry-After hints."""
    durations = (0.2,) if quick else DURATIONS
    repetitions = 1 if quick else 5
    rows = []
    for hints in (True, False):
        for duration in durations:
            rows.append(await _measure(duration, repetitions, hints))
    return {"benchmark": "background_jobs", "quick": quick, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    result = asyncio.run(run(parser.parse_args().quick))
    print(f"{'duration':>8} {'hints':>5} {'median delay':>12} {'max':>7} {'polls':>5} {'ok':>3}")
    for row in result["rows"]:
        ok = "yes" if row["delay_ok"] and row["polls_ok"] else "NO"
        delay_ms = row["median_delay_s"] * 1000
        print(
            f"{row['duration_s']:>7}s {row['server_hints']!s:>5} {delay_ms:>10.0f}ms"
            f" {row['max_delay_s'] * 1000:>5.0f}ms {row['median_polls']:>5} {ok:>3}"
        )


if __name__ == "__main__":
    main()
