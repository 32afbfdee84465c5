"""The real-shaped answers of the evidence page (`reference/real-wire-evidence.md`) that used to
fail a read, through the public facade in-process and over 127.0.0.1: V3, V4, V5 (Visma),
B1, B2, B6 (Billomat), C6, C7 (CRM.COM).

Each case starts from a body generated from the spec and applies what the public sources show
(nulls, missing keys, ``""`` dates, values the spec does not list); the read must succeed and
hand the caller the raw value, or "not set".
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from billing_sdk import UnknownValueWarning
from billing_sdk.billomat import RecordedPaymentType
from billing_sdk.crmcom import PaymentLifeCycleState
from tests._spec_bodies import generate
from tests.facade._canned import BY_ID, FACADE_READS, Canned, clients, prepare


def _body(operation_id: str) -> Any:
    read = BY_ID[operation_id]
    return generate(read.spec, read.schema, "full").value


@dataclass(frozen=True)
class Row:
    row: str
    operation_id: str
    shape: Callable[[Any], None]
    check: Callable[[Any], None]


def _v3(state: Any) -> None:
    # ON-IT/Visma.Net's test state: null errorMessage, reference, responseHeaders; queued
    # jobs have no dates yet, and the vendor types status as a plain string.
    state.update(
        errorMessage=None, reference=None, responseHeaders=None, startedUtc=None, status="Queued"
    )
    state["finishedUtc"] = None


def _v3_check(state: Any) -> None:
    assert state.status == "Queued" and not state.response_headers and not state.started_utc


def _v4(page: Any) -> None:
    payment = page[0]
    payment["location"] = None
    payment["financialDetails"]["paymentDate"] = None
    payment["paymentLines"][0]["writeOffReasonCode"] = None
    payment["branch"] = None


def _v4_check(page: Any) -> None:
    assert not page[0].location and not page[0].financial_details.payment_date
    assert not page[0].payment_lines[0].write_off_reason_code


def _v4_invoice(invoice: Any) -> None:
    invoice["dunningLetterDate"] = None
    invoice["location"] = None
    invoice["invoiceLines"][0]["account"] = None


def _v4_invoice_check(invoice: Any) -> None:
    assert not invoice.dunning_letter_date and not invoice.location
    assert not invoice.invoice_lines[0].account


def _v5(page: Any) -> None:
    page[0]["status"] = "PendingApproval"
    page[0]["documentType"] = "SelfInvoice"


def _v5_check(page: Any) -> None:
    assert (page[0].status, page[0].document_type) == ("PendingApproval", "SelfInvoice")


def _v5_payment(page: Any) -> None:
    page[0]["type"] = "Chargeback"
    page[0]["ordersToApply"][0]["status"] = "Archived"


def _v5_payment_check(page: Any) -> None:
    assert (page[0].type_, page[0].orders_to_apply[0].status) == ("Chargeback", "Archived")


#: The four types a create does not take but a payment read may carry (billomat4j, BillomatNet;
#: a real fixture shows BANK_CARD), and one no source lists.
_B1_TYPES = ("BANK_CARD", "CHECK", "COUPON", "INVOICE_CORRECTION", "GIFT_VOUCHER")


def _b1(envelope: Any) -> None:
    envelope["credit-note-payments"]["credit-note-payment"] = [
        {**_b_payment(), "id": str(n), "type": kind} for n, kind in enumerate(_B1_TYPES, start=1)
    ]
    envelope["credit-note-payments"]["@total"] = str(len(_B1_TYPES))


def _b_payment() -> dict[str, Any]:
    return dict(_body("getCreditNotePayment")["credit-note-payment"])


def _b1_check(payments: Any) -> None:
    assert [p.type for p in payments] == list(_B1_TYPES)
    # The 11 real types are members of the spec's enum; only an unlisted one stays a str.
    assert [isinstance(p.type, RecordedPaymentType) for p in payments] == [True] * 4 + [False]


def _b2(envelope: Any) -> None:
    payment = envelope["credit-note-payment"]
    for key in ("transaction_purpose", "comment", "user_id", "created", "type"):
        del payment[key]
    payment["date"] = ""


def _b2_check(payment: Any) -> None:
    assert payment.date is None and payment.created is None and payment.type is None
    assert (payment.comment, payment.transaction_purpose, payment.user_id) == ("", "", None)


def _b6(envelope: Any) -> None:
    envelope["credit-note"]["status"] = "CANCELLED"


def _b6_check(note: Any) -> None:
    assert note.status == "CANCELLED"


def _c6(envelope: Any) -> None:
    envelope["data"]["life_cycle_state"] = "PENDING_APPROVAL"


def _c6_check(payment: Any) -> None:
    assert payment.life_cycle_state == "PENDING_APPROVAL"


def _c7(envelope: Any) -> None:
    envelope["data"]["type"] = None
    envelope["data"]["payment_method"] = None


def _c7_check(payment: Any) -> None:
    assert not payment.type_ and not payment.payment_method
    assert payment.life_cycle_state == PaymentLifeCycleState.DRAFT


ROWS = [
    Row("V3", "backgroundGetState", _v3, _v3_check),
    Row("V4", "customerPaymentGetAllPayments", _v4, _v4_check),
    Row(
        "V4",
        "customerInvoiceGetAll",
        lambda page: _v4_invoice(page[0]),
        lambda page: _v4_invoice_check(page[0]),
    ),
    Row("V4", "customerInvoiceGetByinvoiceNumber", _v4_invoice, _v4_invoice_check),
    Row("V5", "customerInvoiceGetAll", _v5, _v5_check),
    Row("V5", "customerPaymentGetAllPayments", _v5_payment, _v5_payment_check),
    Row("B1", "listCreditNotePayments", _b1, _b1_check),
    Row("B2", "getCreditNotePayment", _b2, _b2_check),
    Row("B6", "getCreditNote", _b6, _b6_check),
    Row("C6", "paymentsShow", _c6, _c6_check),
    Row("C7", "paymentsShow", _c7, _c7_check),
]


@pytest.mark.parametrize("transport", ["in_process", "loopback"])
@pytest.mark.parametrize("row", ROWS, ids=[f"{r.row}-{r.operation_id}" for r in ROWS])
async def test_the_real_shaped_answer_reads(row: Row, transport: str) -> None:
    body = _body(row.operation_id)
    if row.row == "C7":
        body["data"]["life_cycle_state"] = "DRAFT"
    row.shape(body)
    app = Canned()
    prepare(app, BY_ID[row.operation_id], body)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownValueWarning)
        async with clients(app, transport) as c:
            result = await FACADE_READS[row.operation_id](c)
    row.check(result)
