"""Lazy imports per vendor: ``import billing_sdk`` loads no client, and a program that uses one
vendor never loads another vendor's code (each check in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from billing_sdk._registry import vendors

VENDOR_CODE = {v.name: (v.package, *([v.generated] if v.generated else [])) for v in vendors()}
CLIENT = {v.name: v.client for v in vendors()}


def _loaded_after(program: str) -> set[str]:
    """The modules in ``sys.modules`` after ``program`` ran in a fresh interpreter."""
    code = textwrap.dedent(program) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _vendor_modules(loaded: set[str], vendor: str) -> list[str]:
    prefixes = VENDOR_CODE[vendor]
    return sorted(
        m for m in loaded if m in prefixes or m.startswith(tuple(p + "." for p in prefixes))
    )


def test_import_billing_sdk_loads_no_client_and_no_http_library() -> None:
    loaded = _loaded_after("import billing_sdk\nfrom billing_sdk import NotFound, BillingError")
    for vendor in VENDOR_CODE:
        assert _vendor_modules(loaded, vendor) == [], vendor
    assert not {"httpx", "aiohttp", "anyio", "billing_sdk._client"} & loaded


VISMA_ONLY = """
import asyncio, httpx
import billing_sdk
from billing_sdk import NotFound, RetryPolicy, VismaClient, bulk

INVOICE = {"referenceNumber": "000101", "status": "Open", "amount": 100.25}

def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/customerPayment":
        return httpx.Response(200, json=[])
    number = request.url.path.rsplit("/", 1)[1]
    if number == "000404":
        return httpx.Response(404, json={"message": "Customer invoice 000404 not found."})
    return httpx.Response(200, json={**INVOICE, "referenceNumber": number})

async def main() -> None:
    transport = httpx.MockTransport(answer)
    async with VismaClient(base_url="https://erp.example", token="t", transport=transport,
                           retry=RetryPolicy(max_attempts=2)) as visma:
        invoice = await visma.customer_invoices.get("000101")
        assert invoice.reference_number == "000101"
        outcomes = await bulk.map(visma.customer_invoices.get, ["000102", "000404"])
        assert outcomes[0].ok and isinstance(outcomes[1].error, NotFound)
        try:
            await visma.customer_invoices.get("000404")
        except billing_sdk.NotFound:
            pass
        assert [p async for p in visma.customer_payments.list()] == []

asyncio.run(main())
"""


def test_a_visma_only_program_never_loads_crmcom_or_billomat_code() -> None:
    loaded = _loaded_after(VISMA_ONLY)
    assert "billing_sdk.visma" in loaded  # it did run
    assert _vendor_modules(loaded, "crmcom") == []
    assert _vendor_modules(loaded, "billomat") == []


@pytest.mark.parametrize("vendor", sorted(VENDOR_CODE))
def test_importing_one_vendor_loads_no_other(vendor: str) -> None:
    loaded = _loaded_after(f"from billing_sdk import {CLIENT[vendor]}, bulk")
    assert _vendor_modules(loaded, vendor)
    for other in VENDOR_CODE.keys() - {vendor}:
        assert _vendor_modules(loaded, other) == [], other


def test_a_vendor_error_loads_no_client_and_no_http_library() -> None:
    names = sorted({n for v in vendors() for n in v.errors})
    loaded = _loaded_after(f"from billing_sdk import {', '.join(names)}")
    for vendor in VENDOR_CODE:
        package, *generated = VENDOR_CODE[vendor]
        assert f"{package}._client" not in loaded, vendor
        assert not {m for m in loaded for g in generated if m == g or m.startswith(g + ".")}
    assert not {"httpx", "aiohttp", "anyio", "billing_sdk._engine"} & loaded
