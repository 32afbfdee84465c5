"""BillomatClient against the sandbox, in-process and over loopback: every operation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from billing_sdk import BillomatClient, NotFound, ValidationError
from billing_sdk.billomat import CreditNotePayment, CreditNoteStatus, PaymentType
from billing_sdk.sandbox import Sandbox


async def test_list_normalises_the_one_and_no_item_quirks(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        one = [p async for p in bm.credit_note_payments.list(credit_note_id=2)]
        none = [p async for p in bm.credit_note_payments.list(credit_note_id=3)]
        several = [p async for p in bm.credit_note_payments.list(credit_note_id=8)]
    assert [p.credit_note_id for p in one] == [2]
    assert none == []
    assert len(several) == 3
    assert all(isinstance(p, CreditNotePayment) and isinstance(p.amount, Decimal) for p in several)
    assert all(isinstance(p.id, int) for p in several)


async def test_paging_is_lazy_and_complete(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        everything = [p.id async for p in bm.credit_note_payments.list(per_page=3)]
        requests_before = bm.stats.requests
        iterator = bm.credit_note_payments.list(per_page=2)
        first = await anext(iterator)
        assert bm.stats.requests == requests_before + 1  # one page only
    assert len(everything) == len(set(everything)) == 10
    assert first.id in everything


async def test_filters_combine_and_types_are_ored(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        cash_or_bank = [
            p async for p in bm.credit_note_payments.list(types=["CASH", PaymentType.BANK_TRANSFER])
        ]
        on_note_one = [
            p
            async for p in bm.credit_note_payments.list(
                credit_note_id=1, types=["CASH", "BANK_TRANSFER", "PAYPAL", "DEBIT"]
            )
        ]
    assert cash_or_bank and {p.type for p in cash_or_bank} <= {
        PaymentType.CASH,
        PaymentType.BANK_TRANSFER,
    }
    assert all(p.credit_note_id == 1 for p in on_note_one)


async def test_create_mark_paid_and_delete_reopens(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        before = await bm.credit_notes.get(3)
        assert before.status == CreditNoteStatus.OPEN
        payment = await bm.credit_note_payments.create(
            credit_note_id=3,
            amount=Decimal("12495"),
            date=dt.date(2024, 5, 2),
            type=PaymentType.BANK_TRANSFER,
            comment="settled",
            mark_credit_note_as_paid=True,
        )
        assert payment.amount == Decimal("12495") and payment.credit_note_id == 3
        assert (await bm.credit_note_payments.get(payment.id)) == payment
        assert (await bm.credit_notes.get(3)).status == CreditNoteStatus.PAID
        await bm.credit_note_payments.delete(payment.id)
        assert (await bm.credit_notes.get(3)).status == CreditNoteStatus.OPEN
        with pytest.raises(NotFound) as info:
            await bm.credit_note_payments.get(payment.id)
    assert info.value.vendor_message == "Resource not found"


async def test_credit_notes_list_by_status(sandbox: Sandbox) -> None:
    async with BillomatClient.for_sandbox(sandbox) as bm:
        paid = [n async for n in bm.credit_notes.list(status=["PAID"])]
        open_or_draft = [n async for n in bm.credit_notes.list(status=["OPEN", "DRAFT"])]
    assert {n.id for n in paid} == {4, 5, 11}
    assert {n.status for n in open_or_draft} == {CreditNoteStatus.OPEN, CreditNoteStatus.DRAFT}


async def test_payment_on_a_paid_note_is_refused_by_the_server(sandbox: Sandbox) -> None:
    from billing_sdk import BadRequest

    async with BillomatClient.for_sandbox(sandbox) as bm:
        with pytest.raises(BadRequest) as info:  # the server's rule (no state read first)
            await bm.credit_note_payments.create(
                credit_note_id=4, amount="1", expect_credit_note=None
            )
    assert info.value.landed is False
    assert len(sandbox.billomat.snapshot()["credit_note_payments"]) == 10


@pytest.mark.parametrize(
    "kwargs",
    [
        {"credit_note_id": 1, "amount": "0"},
        {"credit_note_id": 1, "amount": "-0.00"},
        {"credit_note_id": 1, "amount": "1.001"},
        {"credit_note_id": 1, "amount": "1e5"},
        {"credit_note_id": 1, "amount": "10000000000.00"},
        {"credit_note_id": 1, "amount": 1.5},
        {"credit_note_id": 1, "amount": "abc"},
        {"credit_note_id": 0, "amount": "1"},
        {"credit_note_id": 1, "amount": "1", "type": "BITCOIN"},
        {"credit_note_id": 1, "amount": "1", "comment": "x" * 4001},
    ],
)
async def test_bad_input_is_refused_before_sending(kwargs: dict[str, object]) -> None:
    sb = Sandbox()
    async with BillomatClient.for_sandbox(sb) as bm:
        with pytest.raises(ValidationError):
            await bm.credit_note_payments.create(**kwargs)  # type: ignore[arg-type]
        assert bm.stats.requests == 0
