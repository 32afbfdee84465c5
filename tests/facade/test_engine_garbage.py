"""A call leaves no reference cycles behind: refcounting frees it, not the cyclic collector.

httpx ties every response to its stream and back; under fan-out those cycles (about 50 objects
per call, with the request, headers and the connection's response) made the collector run
often and long. The engine cuts the cycle once the body is read.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import httpx
import pytest

from billing_sdk import NotFound, VismaClient

INVOICE = {"referenceNumber": "000101", "status": "Open", "amount": 100.0, "invoiceLines": []}


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/999999"):
        return httpx.Response(404, json={"message": "no such invoice"})
    return httpx.Response(200, json=INVOICE, headers={"etag": '"1"'})


async def test_calls_leave_no_cyclic_garbage(collector_off: None) -> None:
    transport = httpx.MockTransport(answer)
    async with VismaClient(base_url="https://erp.example", token="t", transport=transport) as v:
        await v.customer_invoices.get("000101")  # first-call set-up outside the count
        gc.collect()
        for _ in range(20):
            invoice = await v.customer_invoices.get("000101")
            assert invoice.reference_number == "000101"
        found = gc.collect()
    assert found == 0


async def test_an_error_answer_is_still_readable_after_the_cut() -> None:
    transport = httpx.MockTransport(answer)
    async with VismaClient(base_url="https://erp.example", token="t", transport=transport) as v:
        with pytest.raises(NotFound) as info:
            await v.customer_invoices.get("999999")
    assert info.value.vendor_message == "no such invoice"
