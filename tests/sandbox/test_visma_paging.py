"""Forced pagination and list filters of the Visma simulator (generated client and raw HTTP).

Every test runs twice: in-process (ASGI transport) and over a real 127.0.0.1 server.
"""

from __future__ import annotations

import pytest

from billing_sdk._generated.visma_erp_api.api.customer_invoice import customer_invoice_get_all
from billing_sdk._generated.visma_erp_api.api.customer_payment import (
    customer_payment_get_all_payments,
)
from billing_sdk._generated.visma_erp_api.models import DocumentStatus, MetadataDto
from tests.sandbox.conftest_visma import MODES, SETTINGS, reach

pytestmark = pytest.mark.parametrize("mode", MODES)


# -- pagination ---------------------------------------------------------------------------------


async def test_pagination_clamps_and_carries_metadata(mode: str) -> None:
    settings = SETTINGS.__class__(invoices_max_page_size=7, payments_max_page_size=4)
    async with reach(mode, settings) as r, await r.client() as client:
        page = await customer_invoice_get_all.asyncio_detailed(
            client=client, page_number=1, page_size=1000
        )
        assert page.status_code == 200
        assert "etag" not in page.headers
        assert isinstance(page.parsed, list) and len(page.parsed) == 7
        for item in page.parsed:
            assert isinstance(item.metadata, MetadataDto)
            assert (item.metadata.total_count, item.metadata.max_page_size) == (33, 7)
        seen: list[str] = []
        number = 1
        while True:
            chunk = await customer_invoice_get_all.asyncio_detailed(
                client=client, page_number=number, page_size=5
            )
            assert isinstance(chunk.parsed, list)
            if not chunk.parsed:
                break
            seen += [str(i.reference_number) for i in chunk.parsed]
            number += 1
        assert len(seen) == len(set(seen)) == 33
        assert seen == sorted(seen)
        default = await customer_payment_get_all_payments.asyncio_detailed(client=client)
        assert isinstance(default.parsed, list) and len(default.parsed) == 4
        filtered = await customer_payment_get_all_payments.asyncio_detailed(
            client=client, status=DocumentStatus.BALANCED
        )
        assert isinstance(filtered.parsed, list)
        assert {p.ref_nbr for p in filtered.parsed} == {"000042", "000043", "000045"}
        assert all(p.metadata and p.metadata.total_count == 3 for p in filtered.parsed)


async def test_list_filters(mode: str) -> None:
    async with reach(mode) as r, await r.authed() as http:

        async def refs(path: str, **query: str) -> list[str]:
            response = await http.get(path, params=query)
            assert response.status_code == 200, response.text
            key = "referenceNumber" if "invoice" in path else "refNbr"
            return [item[key] for item in response.json()]

        invoices = "/v1/customerinvoice"
        assert await refs(invoices, status="Hold") == ["000101", "000102", "000103"]
        assert await refs(invoices, documentType="CreditNote") == ["000131", "000132", "000133"]
        assert await refs(invoices, customer="10007") == ["000130"]
        assert await refs(invoices, released="0", customer="10001") == ["000101"]
        assert await refs(invoices, dunningLevel="2") == ["000125"]
        assert await refs(invoices, externalReference="EXT-110") == ["000110"]
        assert await refs(invoices, greaterThanValue="000130") == ["000131", "000132", "000133"]
        early = await refs(invoices, documentDate="2026-01-08", documentDateCondition="<=")
        assert early == ["000101", "000102"]
        # RFC 3339 values with an offset are accepted (the offset is dropped).
        assert await refs(
            invoices, documentDate="2026-01-08T00:00:00", documentDateCondition="<"
        ) == ["000101"]
        lone = await http.get(invoices, params={"documentDateCondition": ">"})
        assert lone.status_code == 400
        ignored = await http.get(invoices, params={"noSuchFilter": "1", "status": "Hold"})
        assert len(ignored.json()) == 3
        payments = "/v1/customerPayment"
        assert await refs(payments, invoiceRefNbr="000111") == ["000034"]
        assert await refs(payments, status="Voided") == ["000040"]
        assert await refs(payments, paymentType="Prepayment") == ["000039"]
        by_amount = await refs(payments, orderBy="paymentAmount", customer="10006")
        assert by_amount == ["000044", "000036"]
        expanded = (
            await http.get(invoices, params={"expandApplications": "true", "customer": "10004"})
        ).json()
        assert any(item.get("applications") for item in expanded)
        plain = (await http.get(invoices, params={"customer": "10004"})).json()
        assert all("applications" not in item for item in plain)
