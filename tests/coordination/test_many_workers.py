"""Several processes, one served sandbox, one real Redis: no doubled payment, no lost job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from billing_sdk.coordination import RedisCoordination
from billing_sdk.sandbox import Sandbox
from billing_sdk.sandbox._visma._settings import VismaSettings

ROOT = Path(__file__).resolve().parents[2]


def _worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.coordination._worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _finish(proc: subprocess.Popen[str]) -> dict[str, object]:
    out, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def _refs(sandbox: Sandbox, prefix: str) -> Counter[str]:
    tenant = sandbox.visma.settings.tenant_id
    payments = sandbox.snapshot()["visma"]["tenants"][tenant]["payments"]
    return Counter(
        p["paymentRef"] for p in payments if str(p["paymentRef"] or "").startswith(prefix)
    )


def _creds(sandbox: Sandbox) -> str:
    creds = sandbox.visma.settings.public_credentials()
    return json.dumps({k: creds[k] for k in ("client_id", "client_secret", "tenant_id")})


@pytest.fixture
def clean_redis(redis_url: str) -> Iterator[str]:
    async def flush() -> None:
        coord = RedisCoordination(redis_url)
        await coord.redis.flushdb()
        await coord.aclose()

    anyio.run(flush)
    yield redis_url


async def test_two_processes_creating_the_same_100_references_make_100_payments(
    clean_redis: str,
) -> None:
    sandbox = Sandbox()
    async with sandbox.running():
        args = ("create", sandbox.base_url, clean_redis, "BATCH", "100", _creds(sandbox))
        procs = [_worker(*args) for _ in range(2)]
        results = [await anyio.to_thread.run_sync(_finish, p) for p in procs]
        assert [r["created"] for r in results] == [100, 100]  # every call returned a payment
        refs = _refs(sandbox, "BATCH-")
        assert len(refs) == 100 and set(refs.values()) == {1}

        # Last night's batch again: nothing new is booked.
        again = await anyio.to_thread.run_sync(_finish, _worker(*args))
        assert again["created"] == 100
        assert _refs(sandbox, "BATCH-") == refs


async def test_jobs_of_a_killed_worker_are_finished_by_another_process(clean_redis: str) -> None:
    # Jobs that run 3 s: the worker is killed while all 50 are in flight.
    sandbox = Sandbox(visma=VismaSettings(job_duration=3.0))
    async with sandbox.running():
        creds = _creds(sandbox)
        doomed = _worker("jobs", sandbox.base_url, clean_redis, "JOB", "50", creds)
        assert doomed.stdout is not None
        line = await anyio.to_thread.run_sync(doomed.stdout.readline)
        started = json.loads(line)["started"]
        assert len(started) == 50
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate()  # reaps it and closes its pipes
        assert _refs(sandbox, "JOB-") == Counter()  # none finished before the kill

        # Another process takes the jobs over once the dead worker's leases lapse.
        finished: list[str] = []
        for _ in range(20):
            result = await anyio.to_thread.run_sync(
                _finish, _worker("resume", sandbox.base_url, clean_redis, creds)
            )
            assert result["errors"] == []
            finished += result["finished"]  # type: ignore[arg-type]
            if len(finished) >= 50:
                break
            await anyio.sleep(0.5)
        assert sorted(finished) == sorted(started)  # each once: none lost, none doubled
        refs = _refs(sandbox, "JOB-")
        assert len(refs) == 50 and set(refs.values()) == {1}

        coord = RedisCoordination(clean_redis)
        try:
            tenant = sandbox.visma.settings.tenant_id
            client_id = sandbox.visma.settings.client_id
            key = f"billing-sdk:visma:{tenant}:{client_id}:jobs"
            assert await coord.redis.hlen(key) == 0  # forgotten once final
        finally:
            await coord.aclose()
