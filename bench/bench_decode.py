"""Decoding cost of exact money and tolerant reading: a Visma invoice, ours vs the stock generator.

The generated clients read JSON with exact decimals, open enums, null-as-absent and limits
(``tools/codegen_ext.py`` + ``tools/codegen_templates/``). The baseline is what decoding cost
before: the pinned openapi-python-client with its own templates, run on the same spec into a
temporary package (it reads ``format: decimal`` as a float, like ``format: double`` before).
Both decode the same bodies, taken from the sandbox: one invoice (``GET
/v1/customerinvoice/000101``) and a page of 50. Repetitions alternate the two decoders; the
target is judged on the median of the per-repetition ratios.

Run alone: ``python -m bench.bench_decode`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "visma-erp.yaml"
CONFIG = ROOT / "openapi" / "codegen.yaml"
#: The issue's target: decoding a Visma invoice costs at most this multiple of before.
MAX_DECODE_VS_BEFORE = 1.2
STOCK = "visma_stock_codegen"
_GET = "api.customer_invoice.customer_invoice_get_byinvoice_number"
_LIST = "api.customer_invoice.customer_invoice_get_all"


def settings(quick: bool) -> dict[str, int]:
    if quick:
        return {"repetitions": 3, "single": 50, "page": 3}
    return {"repetitions": 21, "single": 2000, "page": 60}


def _stock_client(where: Path) -> None:
    """The Visma client as the stock generator writes it (no extension, no templates)."""
    config = where / "codegen.json"
    overrides = {"text/json": "application/json"}  # as openapi/codegen.yaml says
    config.write_text(json.dumps({"content_type_overrides": overrides, "post_hooks": []}))
    exe = Path(sys.executable).parent / "openapi-python-client"
    cmd = [
        str(exe) if exe.exists() else "openapi-python-client",
        "generate",
        *("--path", str(SPEC)),
        *("--config", str(config)),
        *("--meta", "none"),
        *("--output-path", str(where / STOCK)),
    ]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(cmd, check=True, capture_output=True, env=env)


def _bodies() -> tuple[bytes, bytes]:
    """One invoice and a page of 50, as the sandbox answers them."""
    import anyio

    from billing_sdk.sandbox import Sandbox
    from billing_sdk.visma import VismaClient

    async def fetch() -> tuple[bytes, bytes]:
        async with VismaClient.for_sandbox(Sandbox()) as visma:
            one = await visma.http.get("/v1/customerinvoice/000101")
            page = await visma.http.get("/v1/customerinvoice", params={"pageSize": 50})
            one.raise_for_status()
            page.raise_for_status()
            return one.content, page.content

    return anyio.run(fetch)


def _decoder(package: str, module: str, body: bytes) -> Callable[[], Any]:
    op = importlib.import_module(f"{package}.{module}")
    client = importlib.import_module(package).Client(base_url="http://bench.invalid")
    request = httpx.Request("GET", "http://bench.invalid/v1/customerinvoice")

    def decode() -> Any:
        response = httpx.Response(200, content=body, request=request)
        return op._parse_response(client=client, response=response)

    return decode


def _per_call_us(decode: Callable[[], Any], n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        decode()
    return (time.perf_counter() - started) / n * 1e6


def _measure(
    ours: Callable[[], Any], stock: Callable[[], Any], n: int, reps: int
) -> dict[str, Any]:
    ours_us: list[float] = []
    stock_us: list[float] = []
    ratios: list[float] = []
    for rep in range(reps):
        gc.collect()
        # Alternate who goes first, so drift on a shared machine hits both alike.
        if rep % 2:
            a, b = _per_call_us(stock, n), _per_call_us(ours, n)
        else:
            b, a = _per_call_us(ours, n), _per_call_us(stock, n)
        stock_us.append(a)
        ours_us.append(b)
        ratios.append(b / a)
    return {
        "ours_us": round(statistics.median(ours_us), 1),
        "before_us": round(statistics.median(stock_us), 1),
        "ratio": {
            "median": round(statistics.median(ratios), 3),
            "min": round(min(ratios), 3),
            "max": round(max(ratios), 3),
        },
    }


def measure(quick: bool) -> dict[str, Any]:
    cfg = settings(quick)
    one, page = _bodies()
    with tempfile.TemporaryDirectory(prefix="bench-decode-") as tmp:
        _stock_client(Path(tmp))
        sys.path.insert(0, tmp)
        try:
            results = {
                "invoice": _measure(
                    _decoder("billing_sdk._generated.visma_erp_api", _GET, one),
                    _decoder(STOCK, _GET, one),
                    cfg["single"],
                    cfg["repetitions"],
                ),
                "page_of_50": _measure(
                    _decoder("billing_sdk._generated.visma_erp_api", _LIST, page),
                    _decoder(STOCK, _LIST, page),
                    cfg["page"],
                    cfg["repetitions"],
                ),
            }
            # What each decoder hands back, to be sure the work compared is the same work.
            ours = _decoder("billing_sdk._generated.visma_erp_api", _GET, one)()
            stock = _decoder(STOCK, _GET, one)()
            results["amount_types"] = [type(ours.amount).__name__, type(stock.amount).__name__]
        finally:
            sys.path.remove(tmp)
            for name in [m for m in sys.modules if m.startswith(STOCK)]:
                del sys.modules[name]
    ratio = results["invoice"]["ratio"]
    results["settings"] = cfg
    results["body_bytes"] = {"invoice": len(one), "page_of_50": len(page)}
    results["targets"] = [
        {
            "target": f"decode a Visma invoice <= {MAX_DECODE_VS_BEFORE}x before (stock codegen)",
            "limit": MAX_DECODE_VS_BEFORE,
            "ratio": ratio,
            "met": ratio["median"] <= MAX_DECODE_VS_BEFORE,
        }
    ]
    return results


async def run(quick: bool) -> dict[str, Any]:
    """The harness's entry point (``bench/run.py``): measured in a worker thread."""
    import anyio

    return await anyio.to_thread.run_sync(measure, quick)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    results = measure(args.quick)
    print(json.dumps(results, indent=2))
    return 0 if all(t["met"] for t in results["targets"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
