"""Section 7: what importing the SDK costs, in a plain install, against ``import httpx``.

A plain install is ``pip install .`` (no extras, not editable) into a new virtual environment
in a temporary folder: the dev environment has packages a user would not (trio, rich, the
test tools), and some of them change what ``httpx`` itself imports. When that install cannot be
made (no network for the build backend), the bench environment is used and the results say so.

Each statement runs in a fresh interpreter, ``python -c "<clock>; <statement>; <clock>"``, so
the figure is the statement alone (not the interpreter's start-up). The statements take turns
(A B C D A B C D ...); ratios to ``import httpx`` are of CPU time (``time.process_time``:
wall time on a shared machine also counts waiting for a core), paired per round, medians with
ranges.
A Visma-only program also runs there (a read, ``bulk.map``, a ``NotFound``; through an
``httpx.MockTransport``) and reports which vendor modules it loaded.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from typing import Any

import anyio

from bench._stats import paired_ratios, summary

ROOT = Path(__file__).resolve().parent.parent
#: name -> statement; ``httpx`` is the yardstick.
STATEMENTS = {
    "httpx": "import httpx",
    "billing_sdk": "import billing_sdk",
    "visma_client": "from billing_sdk import VismaClient",
    "aiohttp": "import aiohttp",
}
#: ``import billing_sdk`` at most this multiple of ``import httpx``.
LIMIT = 2.0
_TIMER = (
    "import time as _t; _w = _t.perf_counter(); _c = _t.process_time()\n"
    "{statement}\n"
    "print(_t.perf_counter() - _w, _t.process_time() - _c)"
)
_VISMA_ONLY = """
import asyncio, json, sys, httpx
from billing_sdk import NotFound, VismaClient, bulk

def answer(request):
    number = request.url.path.rsplit("/", 1)[1]
    if number == "000404":
        return httpx.Response(404, json={"message": "not found"})
    return httpx.Response(200, json={"referenceNumber": number, "amount": 1.5})

async def main():
    async with VismaClient(base_url="https://erp.example", token="t",
                           transport=httpx.MockTransport(answer)) as visma:
        assert (await visma.customer_invoices.get("000101")).reference_number == "000101"
        outcomes = await bulk.map(visma.customer_invoices.get, ["000102", "000404"])
        assert outcomes[0].ok and isinstance(outcomes[1].error, NotFound)

asyncio.run(main())
print(json.dumps(sorted(sys.modules)))
"""
_VENDORS = {
    "crmcom": ("billing_sdk.crmcom", "billing_sdk._generated.crmcom_payments_api"),
    "billomat": ("billing_sdk.billomat", "billing_sdk._generated.billomat_api"),
}


def _plain_install(folder: Path) -> tuple[str | None, str]:
    """A new venv with ``pip install .``; (its python, what happened)."""
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = folder / "bin" / "python"
    out = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "constraints.txt"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return None, f"pip install . failed: {out.stderr.strip()[-500:]}"
    return str(python), "plain install: pip install . (no extras) into a new venv"


def _time(python: str, statement: str) -> tuple[float, float]:
    out = subprocess.run(
        [python, "-c", _TIMER.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),  # not the repository: its folders must not shadow packages
    )
    wall, cpu = out.stdout.split()
    return float(wall) * 1000, float(cpu) * 1000


def _vendors_loaded(python: str) -> dict[str, list[str]]:
    out = subprocess.run(
        [python, "-c", _VISMA_ONLY],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        vendor: sorted(
            m for m in loaded if m in prefixes or m.startswith(tuple(p + "." for p in prefixes))
        )
        for vendor, prefixes in _VENDORS.items()
    }


def _measure(quick: bool) -> dict[str, Any]:
    rounds = 3 if quick else 11
    with tempfile.TemporaryDirectory(prefix="bench-plain-") as tmp:
        python, how = (None, "quick run: the bench environment") if quick else (None, "")
        if not quick:
            python, how = _plain_install(Path(tmp) / "venv")
            if python is None:
                how += "; measured in the bench environment instead"
        python = python or sys.executable
        for statement in STATEMENTS.values():  # warm the file cache and the .pyc files
            _time(python, statement)
        wall: dict[str, list[float]] = {name: [] for name in STATEMENTS}
        cpu: dict[str, list[float]] = {name: [] for name in STATEMENTS}
        for _ in range(rounds):
            for name, statement in STATEMENTS.items():
                w, c = _time(python, statement)
                wall[name].append(w)
                cpu[name].append(c)
        vendors = _vendors_loaded(python)
    rows = {
        name: {
            "statement": statement,
            "wall_ms": summary(wall[name], digits=2),
            "cpu_ms": summary(cpu[name], digits=2),
            # On CPU time: wall time on a shared machine also counts waiting for a core.
            "ratio_vs_httpx": paired_ratios(cpu[name], cpu["httpx"]),
        }
        for name, statement in STATEMENTS.items()
    }
    ratio = rows["billing_sdk"]["ratio_vs_httpx"]["median"]
    return {
        "status": "ok",
        "install": how,
        "python": python if python == sys.executable else "plain venv (temporary)",
        "rounds": rounds,
        "limit": LIMIT,
        "rows": rows,
        "target_met": ratio is not None and ratio <= LIMIT,
        "visma_only_program_loaded": vendors,
        "visma_only_clean": not any(vendors.values()),
        "median_httpx_cpu_ms": statistics.median(cpu["httpx"]),
    }


async def run(quick: bool) -> dict[str, Any]:
    """Time the statements (in a worker thread: they are subprocesses, one at a time)."""
    return await anyio.to_thread.run_sync(_measure, quick)
