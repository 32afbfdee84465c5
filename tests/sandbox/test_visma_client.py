"""The Visma simulator through the generated client: auth, tenants, versions, payments.

Every test runs twice: in-process (ASGI transport) and over a real 127.0.0.1 server.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_get_byinvoice_number,
    customer_invoice_update_byinvoice_number,
)
from billing_sdk._generated.visma_erp_api.api.customer_payment import (
    customer_payment_create_payment,
    customer_payment_get_all_payments,
    customer_payment_get_bypayment_number,
    customer_payment_put_bypayment_number,
    customer_payment_release_payment_bypayment_number,
    customer_payment_void_payment_bypayment_number,
)
from billing_sdk._generated.visma_erp_api.client import Client
from billing_sdk._generated.visma_erp_api.models import (
    CustomerDocumentTypes,
    CustomerInvoiceDto,
    CustomerInvoiceUpdateDto,
    DocumentStatus,
    DtoValueOfAmount,
    DtoValueOfCustomerDocumentTypes,
    DtoValueOfNullableOfPaymentTypes,
    DtoValueOfPaymentTypes,
    DtoValueOfString,
    ErrorDto,
    LineOperation,
    PaymentDto,
    PaymentLineUpdateDto,
    PaymentTypes,
    PaymentUpdateDto,
    ReleasePaymentActionDto,
    ReleasePaymentActionResultDto,
    VoidPaymentActionDto,
    VoidPaymentActionResultDto,
)
from tests.sandbox.conftest_visma import MODES, OTHER_TENANT, SETTINGS, reach

pytestmark = pytest.mark.parametrize("mode", MODES)


async def _invoice(client: Client, number: str) -> CustomerInvoiceDto:
    response = await customer_invoice_get_byinvoice_number.asyncio_detailed(number, client=client)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, CustomerInvoiceDto)
    return response.parsed


async def _payment(client: Client, number: str) -> PaymentDto:
    response = await customer_payment_get_bypayment_number.asyncio_detailed(number, client=client)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, PaymentDto)
    return response.parsed


# -- auth and tenants ---------------------------------------------------------------------------


async def test_token_endpoint_rules(mode: str) -> None:
    async with reach(mode) as r, r.http() as http:
        good = {
            "grant_type": "client_credentials",
            "client_id": SETTINGS.client_id,
            "client_secret": SETTINGS.client_secret,
            "tenant_id": SETTINGS.tenant_id,
        }
        ok = await http.post(
            "/connect/token", data={**good, "scope": "vismanet_erp_service_api:read"}
        )
        assert ok.status_code == 200
        body = ok.json()
        assert body["token_type"] == "Bearer"
        assert body["expires_in"] == 3600
        assert body["scope"] == "vismanet_erp_service_api:read"
        wrong_secret = await http.post("/connect/token", data={**good, "client_secret": "nope"})
        assert wrong_secret.status_code == 401
        assert wrong_secret.json()["error"] == "invalid_client"
        wrong_tenant = await http.post(
            "/connect/token", data={**good, "tenant_id": "customer-tenant"}
        )
        assert wrong_tenant.status_code == 401
        as_json = await http.post("/connect/token", json=good)
        assert as_json.status_code == 400
        assert as_json.json()["error"] == "invalid_request"
        bad_scope = await http.post("/connect/token", data={**good, "scope": "admin"})
        assert bad_scope.status_code == 400
        assert bad_scope.json()["error"] == "invalid_scope"
        basic = await http.post(
            "/connect/token",
            data={"grant_type": "client_credentials", "tenant_id": SETTINGS.tenant_id},
            auth=(SETTINGS.client_id, SETTINGS.client_secret),
        )
        assert basic.status_code == 200


async def test_api_requires_a_valid_token(mode: str) -> None:
    async with reach(mode) as r, r.http() as http:
        missing = await http.get("/v1/customerinvoice/000101")
        assert missing.status_code == 401
        assert "message" in missing.json()
        bogus = await http.get(
            "/v1/customerinvoice/000101", headers={"Authorization": "Bearer not-a-token"}
        )
        assert bogus.status_code == 401
        read_only = await r.token(scope="vismanet_erp_service_api:read")
        headers = {"Authorization": f"Bearer {read_only}"}
        assert (await http.get("/v1/customerinvoice/000101", headers=headers)).status_code == 200
        denied = await http.delete("/v1/customerinvoice/000101", headers=headers)
        assert denied.status_code == 403
        assert r.sandbox.visma.company().invoices.get("000101") is not None


async def test_expired_token_is_refused(mode: str) -> None:
    async with reach(mode, SETTINGS.__class__(token_ttl=0.05)) as r:
        async with await r.authed() as http:
            import anyio

            await anyio.sleep(0.1)
            response = await http.get("/v1/customerinvoice/000101")
        assert response.status_code == 401


async def test_tenants_are_separate(mode: str) -> None:
    async with reach(mode) as r, await r.client(OTHER_TENANT) as other, await r.client() as demo:
        hidden = await customer_invoice_get_byinvoice_number.asyncio_detailed(
            "000101", client=other
        )
        assert hidden.status_code == 404
        assert isinstance(hidden.parsed, ErrorDto)
        own = await _invoice(other, "000501")
        assert own.customer and own.customer.number == "20001"
        assert (
            await customer_invoice_get_byinvoice_number.asyncio_detailed("000501", client=demo)
        ).status_code == 404
        page = await customer_payment_get_all_payments.asyncio_detailed(client=other)
        assert isinstance(page.parsed, list)
        assert {p.ref_nbr for p in page.parsed} == {"000201", "000202", "000203"}


# -- versions -----------------------------------------------------------------------------------


async def test_etag_equals_timestamp_and_guards_updates(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        first = await customer_invoice_get_byinvoice_number.asyncio_detailed(
            "000104", client=client
        )
        assert isinstance(first.parsed, CustomerInvoiceDto)
        etag = first.headers["etag"]
        assert etag == f'"{first.parsed.time_stamp}"'
        change = CustomerInvoiceUpdateDto(invoice_text=DtoValueOfString("Changed text"))
        updated = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000104", client=client, body=change, if_match=etag
        )
        assert updated.status_code == 204
        new_etag = updated.headers["etag"]
        assert new_etag != etag
        again = await _invoice(client, "000104")
        assert again.invoice_text == "Changed text"
        assert f'"{again.time_stamp}"' == new_etag
        stale = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000104", client=client, body=change, if_match=etag
        )
        assert stale.status_code == 412
        assert stale.content == b""
        for spell in (lambda tag: tag.strip('"'), lambda tag: f"W/{tag}"):
            form = spell(new_etag)
            ok = await customer_invoice_update_byinvoice_number.asyncio_detailed(
                "000104", client=client, body=change, if_match=form
            )
            assert ok.status_code == 204, form
            new_etag = ok.headers["etag"]
        star = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000104", client=client, body=change, if_match="*"
        )
        assert star.status_code == 204
        unconditional = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000104", client=client, body=change
        )
        assert unconditional.status_code == 204


async def test_update_wrappers_absent_present_and_invalid(mode: str) -> None:
    async with reach(mode) as r, await r.authed() as http:
        before = (await http.get("/v1/customerinvoice/000104")).json()
        response = await http.put("/v1/customerinvoice/000104", json={"note": {"value": "n1"}})
        assert response.status_code == 204
        after = (await http.get("/v1/customerinvoice/000104")).json()
        assert after["note"] == "n1"
        assert after["invoiceText"] == before["invoiceText"]  # absent = unchanged
        assert after["amount"] == before["amount"]
        for bad in (
            {"note": "n2"},  # not wrapped
            {"hold": {"value": "yes"}},
            {"exchangeRate": {"value": "1.0"}},
            {"invoiceLines": [{"operation": "Upsert"}]},
            {"invoiceLines": [{"operation": {"value": "Insert"}}]},
            {"startDate": {"value": "31.01.2024"}},
        ):
            rejected = await http.put("/v1/customerinvoice/000104", json=bad)
            assert rejected.status_code == 400, bad
            assert "message" in rejected.json()
        cleared = await http.put("/v1/customerinvoice/000104", json={"contact": {"value": None}})
        assert cleared.status_code == 204
        final = (await http.get("/v1/customerinvoice/000104")).json()
        assert final["note"] == "n1"
        assert final["timeStamp"] != after["timeStamp"]


# -- payments -----------------------------------------------------------------------------------


def _payment_body(invoice: str, amount: str, customer: str = "10001") -> PaymentUpdateDto:
    return PaymentUpdateDto(
        type_=DtoValueOfPaymentTypes(PaymentTypes.PAYMENT),
        customer=DtoValueOfString(customer),
        payment_ref=DtoValueOfString(f"TEST-{invoice}-{amount}"),
        payment_amount=DtoValueOfAmount(Decimal(amount)),
        payment_lines=[
            PaymentLineUpdateDto(
                operation=LineOperation.INSERT,
                document_type=DtoValueOfCustomerDocumentTypes(CustomerDocumentTypes.INVOICE),
                ref_nbr=DtoValueOfString(invoice),
                amount_paid=DtoValueOfAmount(Decimal(amount)),
            )
        ],
    )


async def test_create_payment_then_read(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        created = await customer_payment_create_payment.asyncio_detailed(
            client=client, body=_payment_body("000128", "100.00")
        )
        assert created.status_code == 201, created.content
        location = created.headers["location"]
        assert location.startswith(f"{r.base_url}/v1/customerPayment/")
        number = location.rsplit("/", 1)[1]
        assert number == "000046"
        payment = await _payment(client, number)
        assert created.headers["etag"] == f'"{payment.time_stamp}"'
        assert payment.status == DocumentStatus.BALANCED
        assert payment.payment_amount == 100.0
        assert payment.payment_ref == "TEST-000128-100.00"
        assert payment.payment_lines and payment.payment_lines[0].ref_nbr == "000128"
        invoice = await _invoice(client, "000128")
        assert invoice.balance == invoice.amount  # applied only on release


async def test_release_applies_and_void_restores(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        invoice = await _invoice(client, "000128")
        assert isinstance(invoice.balance, Decimal)  # exact, as the server wrote it
        full = invoice.balance
        part = (full / 2).quantize(Decimal("0.01"))
        created = await customer_payment_create_payment.asyncio_detailed(
            client=client, body=_payment_body("000128", str(part))
        )
        number = created.headers["location"].rsplit("/", 1)[1]
        released = await customer_payment_release_payment_bypayment_number.asyncio_detailed(
            number,
            client=client,
            body=ReleasePaymentActionDto(
                type_=DtoValueOfNullableOfPaymentTypes(PaymentTypes.PAYMENT)
            ),
            if_match=created.headers["etag"],
        )
        assert released.status_code == 202, released.content
        assert isinstance(released.parsed, ReleasePaymentActionResultDto)
        assert released.parsed.action_result == "Done"
        payment = await _payment(client, number)
        assert released.headers["etag"] == f'"{payment.time_stamp}"'
        assert payment.status == DocumentStatus.CLOSED
        after = await _invoice(client, "000128")
        assert Decimal(str(after.balance)) == full - part
        assert after.status == DocumentStatus.OPEN
        rest = await customer_payment_create_payment.asyncio_detailed(
            client=client, body=_payment_body("000128", str(full - part))
        )
        rest_number = rest.headers["location"].rsplit("/", 1)[1]
        again = await customer_payment_release_payment_bypayment_number.asyncio_detailed(
            rest_number, client=client, body=ReleasePaymentActionDto()
        )
        assert again.status_code == 202
        closed = await _invoice(client, "000128")
        assert closed.balance == 0 and closed.status == DocumentStatus.CLOSED
        update = await customer_payment_put_bypayment_number.asyncio_detailed(
            number, client=client, body=PaymentUpdateDto(invoice_text=DtoValueOfString("x"))
        )
        assert update.status_code == 400
        assert isinstance(update.parsed, ErrorDto)
        assert update.parsed.message == "Payment can't be updated because it is already released."
        voided = await customer_payment_void_payment_bypayment_number.asyncio_detailed(
            number,
            client=client,
            body=VoidPaymentActionDto(type_=PaymentTypes.PAYMENT, return_void_payment=True),
        )
        assert voided.status_code == 202, voided.content
        assert isinstance(voided.parsed, VoidPaymentActionResultDto)
        assert voided.parsed.ref_nbr == number
        assert voided.parsed.void_payment is not None
        assert (await _payment(client, number)).status == DocumentStatus.VOIDED
        restored = await _invoice(client, "000128")
        assert Decimal(str(restored.balance)) == part
        assert restored.status == DocumentStatus.OPEN
        twice = await customer_payment_void_payment_bypayment_number.asyncio_detailed(
            number, client=client, body=VoidPaymentActionDto()
        )
        assert twice.status_code == 400


async def test_release_refuses_overdrawn_invoice_and_changes_nothing(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        # 000045 (pending) pays all of 000123; settle 000123 first with another payment.
        balance = (await _invoice(client, "000123")).balance
        assert isinstance(balance, Decimal)
        other = await customer_payment_create_payment.asyncio_detailed(
            client=client, body=_payment_body("000123", f"{balance:.2f}")
        )
        number = other.headers["location"].rsplit("/", 1)[1]
        ok = await customer_payment_release_payment_bypayment_number.asyncio_detailed(
            number, client=client, body=ReleasePaymentActionDto()
        )
        assert ok.status_code == 202
        before = r.sandbox.visma.snapshot()
        refused = await customer_payment_release_payment_bypayment_number.asyncio_detailed(
            "000045", client=client, body=ReleasePaymentActionDto()
        )
        assert refused.status_code == 400
        assert r.sandbox.visma.snapshot() == before
