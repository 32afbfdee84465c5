"""VismaClient against the sandbox, in-process and over loopback: every operation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from billing_sdk import BadRequest, Job, NotFound, PreconditionFailed, VismaClient
from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.visma import CustomerDocumentTypes, DocumentStatus


def _invoice(sandbox: Sandbox, number: str) -> dict[str, str]:
    tenant = sandbox.visma.snapshot()
    rows = tenant["tenants"][tenant["default_tenant"]]["invoices"]
    return next(row for row in rows if row["number"] == number)


async def test_invoice_reads(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        open_numbers = [
            i.reference_number
            async for i in visma.customer_invoices.list(status="Open", page_size=4)
        ]
        invoice = await visma.customer_invoices.get("000130")
        rot_rut = await visma.customer_invoices.rot_rut("000130")
        printed = await visma.customer_invoices.print("000130")
        work_types = await visma.customer_invoices.work_types()
        with pytest.raises(NotFound):
            await visma.customer_invoices.get("999999")
    assert len(open_numbers) == len(set(open_numbers)) >= 10
    assert invoice.reference_number == "000130" and invoice.time_stamp
    assert rot_rut.to_dict()
    assert printed[:4] == b"%PDF"
    assert work_types and work_types[0].description


async def test_pagination_learns_the_max_page_size() -> None:
    sandbox = Sandbox(visma=VismaSettings(invoices_max_page_size=7))
    async with VismaClient.for_sandbox(sandbox) as visma:
        numbers = [i.reference_number async for i in visma.customer_invoices.list(page_size=1000)]
        pages = visma.stats.requests - 1  # minus the token request
        first_page = await visma.customer_invoices.get_page(1, 1000)
    total = len(_all(sandbox, "invoices"))
    assert len(numbers) == len(set(numbers)) == total
    assert len(first_page) == 7
    assert first_page[0].metadata.max_page_size == 7  # type: ignore[union-attr]
    assert pages == -(-total // 7)  # every page fetched once, no extra empty page


def _all(sandbox: Sandbox, kind: str) -> list[dict[str, str]]:
    tenant = sandbox.visma.snapshot()
    rows: list[dict[str, str]] = tenant["tenants"][tenant["default_tenant"]][kind]
    return rows


async def test_update_with_if_match_and_a_stale_version(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        invoice = await visma.customer_invoices.get("000101")
        version = await visma.customer_invoices.update(
            "000101", {"invoice_text": "Consulting, March"}, if_match=invoice.time_stamp
        )
        assert version and version.strip('"') != invoice.time_stamp
        with pytest.raises(PreconditionFailed):
            await visma.customer_invoices.update(
                "000101", {"note": "late"}, if_match=invoice.time_stamp
            )
        again = await visma.customer_invoices.get("000101")
    assert again.invoice_text == "Consulting, March"
    assert f'"{again.time_stamp}"' == version


async def test_payment_lifecycle_applies_and_voids(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        payment = await visma.customer_payments.create(
            {
                "type": "Payment",
                "customer": "10006",
                "payment_amount": Decimal("1000.00"),
                "application_date": dt.date(2026, 4, 1),
                "payment_ref": "TEST-REF-1",
                "payment_lines": [
                    {
                        "operation": "Insert",
                        "document_type": "Invoice",
                        "ref_nbr": "000119",
                        "amount_paid": Decimal("1000.00"),
                    }
                ],
            }
        )
        assert payment.ref_nbr and payment.payment_ref == "TEST-REF-1"
        await visma.customer_payments.update(
            payment.ref_nbr, {"invoice_text": "April"}, if_match=payment.time_stamp
        )
        before = Decimal(_invoice(sandbox, "000119")["balance"])
        release = await visma.customer_payments.release(payment.ref_nbr)
        assert release.status == "Queued" and release.action_id  # accepted, runs on its own
        released = await release  # the payment once it shows released
        assert released.status == DocumentStatus.CLOSED
        assert Decimal(_invoice(sandbox, "000119")["balance"]) == before - Decimal("1000.00")
        voided = await (await visma.customer_payments.void(payment.ref_nbr))
        assert voided.status == DocumentStatus.VOIDED
        assert Decimal(_invoice(sandbox, "000119")["balance"]) == before


async def test_invoice_create_update_delete_and_attachments(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        created = await visma.customer_invoices.create(
            {
                "customer_number": "10002",
                "document_date": dt.date(2026, 4, 2),
                "hold": True,
                "invoice_text": "Created by the SDK",
                "invoice_lines": [
                    {
                        "operation": "Insert",
                        "description": "Support",
                        "quantity": Decimal(2),
                        "unit_price_in_currency": Decimal("450.00"),
                    }
                ],
            }
        )
        number = created.reference_number
        assert isinstance(number, str) and created.status == DocumentStatus.HOLD
        legacy = await visma.customer_invoices.create_v1({"customer_number": "10002", "hold": True})
        attachment = await visma.customer_invoices.add_attachment(
            number,
            b"%PDF-1.4 test",
            filename="order.pdf",
            metadata={"includeAttachmentInvoiceEmail": True},
        )
        line_attachment = await visma.customer_invoices.add_attachment(
            number, b"hello", filename="line.txt", line_number=1
        )
        assert attachment and line_attachment
        await visma.customer_invoices.delete(number)
        await visma.customer_invoices.delete(legacy.reference_number)  # type: ignore[arg-type]
        with pytest.raises(NotFound):
            await visma.customer_invoices.get(number)
        with pytest.raises(BadRequest):
            await visma.customer_invoices.delete("000115")  # released invoices stay


async def test_invoice_actions(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        released = await (await visma.customer_invoices.release("000104"))
        assert released.status == DocumentStatus.OPEN
        assert (await visma.customer_invoices.get("000104")).status == DocumentStatus.OPEN
        auto = await (await visma.customer_invoices.send_to_auto_invoice("000120"))
        corrected = await (await visma.customer_invoices.correct("000126"))
        reversed_ = await (await visma.customer_invoices.reverse("000127"))
        applied = await (await visma.customer_invoices.reverse_and_apply_to_note("000128"))
    assert auto.reference_number == "000120" and auto.send_to_auto_invoice
    assert corrected.reference_number not in ("000126", None) and corrected.hold
    assert reversed_.document_type == CustomerDocumentTypes.CREDITNOTE
    assert applied.document_type == CustomerDocumentTypes.CREDITNOTE
    assert _invoice(sandbox, "000128")["balance"] in ("0", "0.00")


async def test_background_calls_return_the_direct_types(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        direct = await visma.customer_invoices.get("000122")
        job = await visma.customer_invoices.get("000122", background=True)
        assert isinstance(job, Job)
        via_job = await job.wait(timeout=30)
        assert type(via_job) is type(direct) and via_job.reference_number == "000122"
        state = await visma.background.state(job.id)
        assert str(state.status) == "Finished"
        content = await visma.background.content(job.id)
        assert content["referenceNumber"] == "000122"
        release_job = await visma.customer_invoices.release("000105", background=True)
        update_job = await visma.customer_invoices.update("000106", {"note": "bg"}, background=True)
        reverse_job = await visma.customer_invoices.reverse("000129", background=True)
        assert type(await release_job) is type(await visma.customer_invoices.release("000107"))
        assert (await update_job) is not None
        credit_note = await (await reverse_job)
        assert credit_note.document_type == CustomerDocumentTypes.CREDITNOTE
