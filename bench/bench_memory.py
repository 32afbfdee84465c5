"""Section 6: peak RSS over 100,000 real invoices read over a real socket.

Every mode but ``paginator`` talks HTTP/1.1 over loopback to the replay server
(``bench/_replay_server.c``), which answers the sandbox's recorded invoices (2.4-4.0 KB each)
and list pages (50 real invoices a page, ``metadata.totalCount`` = 100,000):

* ``paginator``: ``billing_sdk._pagination.paginate`` over a fake page source (plain tuples);
  the paginator's own cost, no network.
* ``facade_list``: ``VismaClient.customer_invoices.list()``: 2,000 pages, every item parsed into
  a ``CustomerInvoiceDto`` and dropped.
* ``bulk_stream``: ``bulk.stream(visma.customer_invoices.get, <generator of numbers>)``, each
  outcome dropped as it arrives; 20,000 invoices (kept, they would weigh some 280 MB: flat RSS
  over them is as conclusive as over 100,000, at a fifth of the time).
* ``bulk_map``: ``bulk.map`` over the same: it returns every outcome, so it keeps 100,000
  invoices by design.
* ``models_only``: no network, no SDK: the same 100,000 bodies decoded with ``json.loads`` and
  ``CustomerInvoiceDto.from_dict`` and kept in a list: what 100,000 invoices weigh as models.
  ``bulk_map`` is judged against it: anything above it is retention by the SDK.
* ``json_only``: the same bodies as plain ``json.loads`` dicts, kept: what the invoices would
  weigh with no models at all (more than the models, as it turns out).

Each mode runs in a fresh interpreter (peak RSS is a high-water mark of the whole process):
the baseline is taken after the imports and a first batch, the peak after the last item; the
growth between them is what the mode cost. Stdlib only (``/proc/self/status``, else
``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import resource
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio

from bench._replay import INVOICES, ReplayProcess

ROOT = Path(__file__).resolve().parent.parent
MODES = ("paginator", "facade_list", "bulk_stream", "bulk_map", "models_only", "json_only")
PAGE_SIZE = 50
#: The first this many items are the baseline's warm-up.
WARMUP = 200
#: Growth allowed to the modes that keep nothing.
LIMIT_MIB = 50.0
#: ``bulk_map`` may keep at most this multiple of what the bare models weigh.
MAP_VS_MODELS = 1.10
BULK_CONCURRENCY = 16


def items(quick: bool) -> int:
    """How many invoices each mode goes through (``bulk_stream``: a fifth)."""
    return 2_000 if quick else 100_000


def _mode_items(mode: str, total: int) -> int:
    return max(WARMUP * 2, total // 5) if mode == "bulk_stream" else total


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


def _numbers(total: int) -> Iterator[str]:
    for i in range(total):
        yield INVOICES[i % len(INVOICES)]


def _paginator(total: int) -> AsyncIterator[Any]:
    from billing_sdk._pagination import Page, paginate

    async def fetch(page_number: int, size: int) -> Page[tuple[int, str]]:
        start = (page_number - 1) * size
        found = [(i, f"{i:06d}") for i in range(start, min(start + size, total))]
        return Page(found, total=total, max_page_size=PAGE_SIZE)

    return paginate(fetch, page_size=PAGE_SIZE)


def _client(replay: dict[str, Any]) -> Any:
    from billing_sdk import VismaClient

    creds = replay["credentials"]
    return VismaClient(
        base_url=replay["base_url"],
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        tenant_id=creds["tenant_id"],
        token_url=replay["base_url"] + creds["token_url_path"],
    )


async def _bulk(mode: str, total: int, replay: dict[str, Any]) -> AsyncIterator[Any]:
    from billing_sdk import bulk

    async with _client(replay) as visma:
        get = visma.customer_invoices.get
        if mode == "bulk_stream":
            async with bulk.stream(get, _numbers(total), concurrency=BULK_CONCURRENCY) as results:
                async for _, outcome in results:
                    yield outcome.value
            return
        # bulk_map: a first small map for the baseline (imports, connections, token) ...
        warm = await bulk.map(get, list(_numbers(WARMUP)), concurrency=BULK_CONCURRENCY)
        for outcome in warm:
            yield outcome.value
        del warm
        # ... then the whole input in one map, as a user would call it.
        outcomes = await bulk.map(get, _numbers(total - WARMUP), concurrency=BULK_CONCURRENCY)
        for outcome in outcomes:
            yield outcome.value
        del outcomes


async def _decoded(total: int, replay: dict[str, Any], models: bool) -> AsyncIterator[Any]:
    from billing_sdk._generated.visma_erp_api.models import CustomerInvoiceDto

    bodies = {
        route["path"].rsplit("/", 1)[1]: base64.b64decode(route["answers"][0]["body_b64"])
        for route in replay["routes"]
        if route["method"] == "GET" and route["path"].startswith("/v1/customerinvoice/")
    }
    for number in _numbers(total):
        data = json.loads(bodies[number])
        yield CustomerInvoiceDto.from_dict(data) if models else data


async def _measure(mode: str, total: int, replay: dict[str, Any]) -> dict[str, Any]:
    clients: list[Any] = []
    source: AsyncIterator[Any]
    if mode == "paginator":
        source = _paginator(total)
    elif mode.startswith("facade_list"):
        visma = _client(replay)
        clients.append(visma)
        source = visma.customer_invoices.list(page_size=PAGE_SIZE)
    elif mode.startswith("bulk_"):
        source = _bulk(mode, total, replay)
    else:
        source = _decoded(total, replay, models=mode == "models_only")
    # bulk_map keeps its own list (its outcomes); models_only and json_only keep what they build.
    keep = mode in ("models_only", "json_only")
    kept: list[Any] = []
    count = 0
    baseline = None
    started = time.perf_counter()
    async for item in source:
        count += 1
        if keep:
            kept.append(item)
        if count == WARMUP:
            gc.collect()
            baseline = _rss_kib()
    seconds = time.perf_counter() - started
    peak = _rss_kib()
    for client in clients:
        await client.aclose()
    baseline = baseline or peak
    return {
        "mode": mode,
        "items": count,
        "baseline_rss_kib": baseline,
        "peak_rss_kib": peak,
        "growth_kib": peak - baseline,
        "growth_bytes_per_item": round((peak - baseline) * 1024 / max(1, count - WARMUP)),
        "seconds": round(seconds, 3),
        "items_per_second": round(count / seconds) if seconds else None,
    }


async def _mode(mode: str, total: int, replay: ReplayProcess) -> dict[str, Any]:
    facts = {
        "base_url": replay.base_url,
        "credentials": replay.credentials,
        "routes": replay.cassette["routes"] if mode in ("models_only", "json_only") else [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp) / "replay.json"
        where.write_text(json.dumps(facts), encoding="utf-8")
        argv = ["--mode", mode, "--items", str(total), "--replay", str(where)]
        out = await anyio.run_process(
            [sys.executable, "-m", "bench.bench_memory", *argv], cwd=ROOT, check=False
        )
    if out.returncode != 0:
        raise RuntimeError(f"memory mode {mode} failed: {out.stderr.decode()[-2000:]}")
    row: dict[str, Any] = json.loads(out.stdout)
    if row["items"] != total:
        raise AssertionError(f"{mode}: iterated {row['items']} of {total} items")
    return row


async def run(quick: bool, replay: ReplayProcess) -> dict[str, Any]:
    """Every mode in its own interpreter, one after another; returns their measurements."""
    total = items(quick)
    if replay.cassette.get("list_total") != total:
        raise ValueError("the replay server's list has another length than this section reads")
    rows = {mode: await _mode(mode, _mode_items(mode, total), replay) for mode in MODES}
    per_item = {m: rows[m]["growth_bytes_per_item"] for m in ("bulk_map", "models_only")}
    return {
        "status": "ok",
        "items": total,
        "page_size": PAGE_SIZE,
        "bulk_concurrency": BULK_CONCURRENCY,
        "limit_mib": LIMIT_MIB,
        "map_vs_models_limit": MAP_VS_MODELS,
        "map_vs_models": round(per_item["bulk_map"] / per_item["models_only"], 3)
        if per_item["models_only"] > 0
        else None,
        "method": (
            "each mode in a fresh interpreter; peak RSS (Linux: VmHWM of /proc/self/status, "
            f"else ru_maxrss) after the first {WARMUP} items (baseline) and after the last "
            "(peak); invoices and list pages over HTTP/1.1 on loopback from the replay server "
            "(the sandbox's recorded bytes)"
        ),
        "modes": [rows[mode] for mode in MODES],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_memory")
    parser.add_argument("--mode", choices=MODES, required=True)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--replay", type=Path, help="the replay server's URL and answers (JSON)")
    args = parser.parse_args(argv)
    replay = json.loads(args.replay.read_text(encoding="utf-8")) if args.replay else {}
    print(json.dumps(asyncio.run(_measure(args.mode, args.items, replay))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
