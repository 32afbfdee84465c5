"""The per-resource conveniences (``get_many``, ``create_many`` ...) against the sandbox."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from billing_sdk import (
    BillomatClient,
    CrmComClient,
    NotFound,
    ValidationError,
    VismaClient,
)
from billing_sdk.sandbox import Sandbox

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}


def _invoice(text: str) -> dict[str, Any]:
    return {
        "customer_number": "10002",
        "document_date": dt.date(2026, 4, 2),
        "hold": True,
        "invoice_text": text,
        "invoice_lines": [
            {"operation": "Insert", "description": "Support", "quantity": Decimal(1)},
        ],
    }


async def test_visma_invoices(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        read = await visma.customer_invoices.get_many(["000101", "999999"], concurrency=2)
        created = await visma.customer_invoices.create_many(
            [_invoice("bulk 1"), {"no_such_field": 1}, _invoice("bulk 2")], concurrency=2
        )
    assert read[0].value.reference_number == "000101"
    assert isinstance(read[1].error, NotFound)
    assert [o.ok for o in created] == [True, False, True]
    assert isinstance(created[1].error, ValidationError)  # refused before sending
    assert [o.value.invoice_text for o in (created[0], created[2])] == ["bulk 1", "bulk 2"]


async def test_visma_payments(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        read = await visma.customer_payments.get_many(iter(["000031", "000032"]))
        created = await visma.customer_payments.create_many(
            [
                {
                    "type": "Payment",
                    "customer": "10006",
                    "payment_amount": Decimal("10.00"),
                    "application_date": dt.date(2026, 4, 1),
                    "payment_ref": f"BULK-{i}",
                }
                for i in range(3)
            ]
        )
        numbers = [o.value.ref_nbr for o in created]
        released = await visma.customer_payments.release_many(
            [n for n in numbers if isinstance(n, str)]
        )
    assert [o.value.ref_nbr for o in read] == ["000031", "000032"]
    assert [o.value.payment_ref for o in created] == ["BULK-0", "BULK-1", "BULK-2"]
    assert len(released) == 3 and all(o.ok for o in released)


async def test_billomat_credit_note_payments(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        created = await bm.credit_note_payments.create_many(
            [
                {"credit_note_id": 3, "amount": "10.00", "comment": "bulk"},
                {"credit_note_id": 3, "amount": "5.00", "colour": "blue"},  # unknown name
                {"credit_note_id": 3, "amount": 0},  # refused by create itself
                "not a mapping",  # type: ignore[list-item]
            ],
            concurrency=2,
        )
        ids = [o.value.id for o in created if o.ok]
        read = await bm.credit_note_payments.get_many(ids)
        deleted = await bm.credit_note_payments.delete_many(ids)
        gone = await bm.credit_note_payments.get_many(ids)
    assert [o.ok for o in created] == [True, False, False, False]
    assert all(isinstance(o.error, ValidationError) for o in created[1:])
    assert "colour" in str(created[1].error)
    assert [o.value.comment for o in read] == ["bulk"]
    assert [o.ok for o in deleted] == [True]
    assert isinstance(gone[0].error, NotFound)


async def test_crmcom_payments(sandbox: Sandbox) -> None:
    async with CrmComClient.for_sandbox(sandbox) as crm:
        created = await crm.payments.create_many(
            [
                {
                    "wallet": {"number": "W0001"},
                    "amount": amount,
                    "back_office_code": f"ERP-BULK-{amount}",
                    **CASH,
                }
                for amount in (5, 6, 7)
            ],
            concurrency=3,
        )
        shown = await crm.payments.show_many(
            [{"back_office_code": "ERP-BULK-6"}, {"back_office_code": "ERP-NONE"}, {"bad": 1}]
        )
    assert all(o.ok for o in created)
    assert shown[0].value.back_office_code == "ERP-BULK-6"
    assert isinstance(shown[1].error, NotFound)
    assert isinstance(shown[2].error, ValidationError)
