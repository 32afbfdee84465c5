"""Where the facade spends its client-side time: ``python -m bench.profile_facade``.

No server and no socket: an ``httpx.MockTransport`` answers with a real sandbox invoice (the
same 3.6 KB body and headers the benchmark reads), so what is left is each layer's own CPU
per call, free of network and server noise:

* ``raw``: ``httpx.AsyncClient`` + ``response.json()``;
* ``generated``: ``asyncio_detailed`` of the openapi-python-client package (attrs models);
* ``facade``: ``VismaClient.customer_invoices.get/update`` (engine, auth flow, policy
  transport, validation, update DTO building).

``--profile read|write`` adds a cProfile of the facade doing that operation, sorted by own
time. Diagnostic only: not part of ``make bench``, and nothing is written.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

Call = Callable[[], Awaitable[Any]]


async def _invoice_response() -> tuple[bytes, dict[str, str]]:
    from billing_sdk.sandbox import Sandbox

    sandbox = Sandbox()
    token = sandbox.visma.issue_token()
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        response = await http.get(
            "/v1/customerinvoice/000101", headers={"Authorization": f"Bearer {token}"}
        )
    headers = {k: v for k, v in response.headers.items() if k != "content-length"}
    return response.content, headers


async def _calls() -> tuple[dict[str, Call], list[Any]]:
    from visma_erp_api import AuthenticatedClient
    from visma_erp_api.api.customer_invoice import (
        customer_invoice_get_byinvoice_number as get_op,
    )
    from visma_erp_api.api.customer_invoice import (
        customer_invoice_update_byinvoice_number as put_op,
    )
    from visma_erp_api.models import CustomerInvoiceUpdateDto

    from billing_sdk import VismaClient

    body, headers = await _invoice_response()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        if request.method == "GET":
            return httpx.Response(200, content=body, headers=headers)
        return httpx.Response(204, headers={"etag": '"AAAAAE0YImM="'})

    mock = httpx.MockTransport(answer)
    base = "http://127.0.0.1"
    bearer = {"Authorization": "Bearer t"}
    raw = httpx.AsyncClient(base_url=base, transport=mock, headers=bearer)
    generated = AuthenticatedClient(base_url=base, token="t")
    generated.set_async_httpx_client(
        httpx.AsyncClient(base_url=base, transport=mock, headers=bearer)
    )
    facade = VismaClient(
        base_url=base,
        client_id="id",
        client_secret="secret",
        tenant_id="tenant",
        token_url=base + "/connect/token",
        transport=mock,
    )
    update = {"invoiceText": {"value": "bench"}}

    async def raw_read() -> Any:
        return (await raw.get("/v1/customerinvoice/000101")).json()

    async def raw_write() -> Any:
        response = await raw.put("/v1/customerinvoice/000101", json=update)
        return response.headers["etag"]

    async def generated_read() -> Any:
        return (await get_op.asyncio_detailed("000101", client=generated)).parsed

    async def generated_write() -> Any:
        dto = CustomerInvoiceUpdateDto.from_dict(update)
        response = await put_op.asyncio_detailed("000101", client=generated, body=dto)
        return response.headers["etag"]

    async def facade_read() -> Any:
        return await facade.customer_invoices.get("000101")

    async def facade_write() -> Any:
        return await facade.customer_invoices.update("000101", {"invoice_text": "bench"})

    calls = {
        "raw read": raw_read,
        "generated read": generated_read,
        "facade read": facade_read,
        "raw write": raw_write,
        "generated write": generated_write,
        "facade write": facade_write,
    }
    return calls, [raw, generated.get_async_httpx_client(), facade]


async def main_async(calls_per_batch: int, batches: int, profile: str | None) -> None:
    calls, clients = await _calls()
    try:
        for call in calls.values():
            for _ in range(50):
                await call()
        cpu: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(batches):
            for name, call in calls.items():
                started = time.process_time()
                for _ in range(calls_per_batch):
                    await call()
                cpu[name].append((time.process_time() - started) / calls_per_batch * 1e6)
        print(f"client CPU per call, µs (median of {batches} batches of {calls_per_batch}):")
        for name, samples in cpu.items():
            low, high = min(samples), max(samples)
            print(f"  {name:16} {statistics.median(samples):7.1f}   ({low:.1f}-{high:.1f})")
        if profile:
            call = calls[f"facade {profile}"]
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(calls_per_batch):
                await call()
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    finally:
        for client in clients:
            await client.aclose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_facade", description=__doc__)
    parser.add_argument("--calls", type=int, default=2000, help="calls per batch")
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--profile", choices=("read", "write"), help="cProfile the facade")
    args = parser.parse_args(argv)
    asyncio.run(main_async(args.calls, args.batches, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
