"""The guide's arq example runs: a bulk job split over worker processes, one budget, no double."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import anyio
import pytest

from billing_sdk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("arq")


async def test_the_arq_example_splits_a_bulk_job_over_two_workers(redis_url: str) -> None:
    sandbox = Sandbox()
    async with sandbox.running():
        creds = sandbox.visma.settings.public_credentials()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            "REDIS_URL": redis_url.replace("/0", "/1"),  # its own database: arq's queue too
            "VISMA_BASE_URL": sandbox.base_url,
            "VISMA_CLIENT_ID": creds["client_id"],
            "VISMA_CLIENT_SECRET": creds["client_secret"],
            "VISMA_TENANT_ID": creds["tenant_id"],
        }

        def run(prefix: str) -> list[dict[str, int]]:
            done = subprocess.run(
                [sys.executable, "examples/arq_bulk.py", "run", prefix, "100", "2"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stderr[-3000:]
            reports: list[dict[str, int]] = json.loads(done.stdout.strip().splitlines()[-1])
            return reports

        reports = await anyio.to_thread.run_sync(run, "NIGHT")
        assert len(reports) == 2
        assert sum(r["created"] for r in reports) == 100

        tenant = sandbox.visma.settings.tenant_id
        payments = sandbox.snapshot()["visma"]["tenants"][tenant]["payments"]
        refs = [p["paymentRef"] for p in payments if str(p["paymentRef"]).startswith("NIGHT-")]
        assert len(refs) == 100 and len(set(refs)) == 100
