"""Section 6: peak RSS while iterating 100,000 items of pagination.

The sandbox's lists are small, so the pages come from fakes that make items on demand:

* ``paginator``: ``billing_sdk._pagination.paginate`` over a fake page source (plain tuples);
  the paginator's own cost.
* ``facade_list``: ``VismaClient(...).customer_invoices.list()`` over an ``httpx.MockTransport``
  that renders each requested page (pageNumber/pageSize, 100 per page, ``metadata.totalCount``)
  as JSON when asked; the whole facade path (engine, auth, parsing into ``CustomerInvoiceDto``).
* ``facade_list_materialised``: the same, but the caller keeps every item in a list: what an
  eager ``list_all()`` would cost, for contrast.

Each mode runs in a fresh interpreter (peak RSS is a high-water mark of the whole process):
the baseline is taken after the imports and a first page, the peak after the last item; the
growth between them is what iterating cost. Stdlib only (``/proc/self/status``, else
``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio

ROOT = Path(__file__).resolve().parent.parent
MODES = ("paginator", "facade_list", "facade_list_materialised")
PAGE_SIZE = 100


def _rss_kib() -> int:
    """This process's peak RSS in KiB.

    Linux: ``VmHWM`` of ``/proc/self/status``, the high-water mark of this address space.
    ``ru_maxrss`` would do elsewhere but not here: the kernel carries the parent's peak over
    ``fork``/``vfork`` + ``exec``, so a child of a big harness process would start "at" the
    parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes


def _invoice(i: int, total: int) -> dict[str, Any]:
    return {
        "documentType": "Invoice",
        "referenceNumber": f"{i:06d}",
        "status": "Open",
        "customer": {"number": f"{10000 + i % 97}", "name": "Nordlys Consulting AS"},
        "documentDate": "2026-01-05T00:00:00",
        "currencyId": "NOK",
        "amount": 1250.0 + i % 1000,
        "balance": 1250.0 + i % 1000,
        "metadata": {"totalCount": total, "maxPageSize": PAGE_SIZE},
    }


def _paginator(total: int) -> AsyncIterator[Any]:
    from billing_sdk._pagination import Page, paginate

    async def fetch(page_number: int, size: int) -> Page[tuple[int, str]]:
        start = (page_number - 1) * size
        items = [(i, f"{i:06d}") for i in range(start, min(start + size, total))]
        return Page(items, total=total, max_page_size=PAGE_SIZE)

    return paginate(fetch, page_size=PAGE_SIZE)


def _facade_list(total: int, stack: list[Any]) -> AsyncIterator[Any]:
    import httpx

    from billing_sdk import VismaClient

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        start = (number - 1) * size
        page = [_invoice(i, total) for i in range(start, min(start + size, total))]
        return httpx.Response(200, content=json.dumps(page).encode(), headers=_JSON)

    client = VismaClient(
        base_url="http://127.0.0.1", token="bench", transport=httpx.MockTransport(handler)
    )
    stack.append(client)
    return client.customer_invoices.list(page_size=PAGE_SIZE)


_JSON = {"content-type": "application/json; charset=utf-8"}


async def _measure(mode: str, total: int) -> dict[str, Any]:
    clients: list[Any] = []
    items = _paginator(total) if mode == "paginator" else _facade_list(total, clients)
    kept: list[Any] = []
    keep = mode == "facade_list_materialised"
    count = 0
    baseline = None
    started = time.perf_counter()
    async for item in items:
        count += 1
        if keep:
            kept.append(item)
        if count == PAGE_SIZE:  # imports done and one page parsed: the baseline
            baseline = _rss_kib()
    seconds = time.perf_counter() - started
    peak = _rss_kib()
    for client in clients:
        await client.aclose()
    baseline = baseline or peak
    return {
        "mode": mode,
        "items": count,
        "kept_items": len(kept),
        "baseline_rss_kib": baseline,
        "peak_rss_kib": peak,
        "growth_kib": peak - baseline,
        "seconds": round(seconds, 3),
        "items_per_second": round(count / seconds) if seconds else None,
    }


async def _mode(mode: str, total: int) -> dict[str, Any]:
    out = await anyio.run_process(
        [sys.executable, "-m", "bench.bench_memory", "--mode", mode, "--items", str(total)],
        cwd=ROOT,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"memory mode {mode} failed: {out.stderr.decode()[-2000:]}")
    row: dict[str, Any] = json.loads(out.stdout)
    if row["items"] != total:
        raise AssertionError(f"{mode}: iterated {row['items']} of {total} items")
    return row


async def run(quick: bool) -> dict[str, Any]:
    """Every mode in its own interpreter; returns their measurements.

    A full run measures the modes one after another (their items/s stay comparable); the
    quick run starts them together, since RSS is per process and only the harness is tested.
    """
    total = 2_000 if quick else 100_000
    rows: dict[str, dict[str, Any]] = {}
    if quick:

        async def one(mode: str) -> None:
            rows[mode] = await _mode(mode, total)

        async with anyio.create_task_group() as tg:
            for mode in MODES:
                tg.start_soon(one, mode)
    else:
        for mode in MODES:
            rows[mode] = await _mode(mode, total)
    return {
        "status": "ok",
        "items": total,
        "page_size": PAGE_SIZE,
        "method": (
            "each mode in a fresh interpreter; peak RSS (Linux: VmHWM of /proc/self/status, "
            "else ru_maxrss) after the first page (baseline) and after the last item (peak); "
            "pages made on demand by a fake page source or an httpx.MockTransport handler, so "
            "nothing but the paginator holds items"
        ),
        "modes": [rows[mode] for mode in MODES],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_memory")
    parser.add_argument("--mode", choices=MODES, required=True)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args(argv)
    print(json.dumps(asyncio.run(_measure(args.mode, args.items))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
