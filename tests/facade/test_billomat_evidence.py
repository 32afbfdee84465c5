"""Billomat where the public record is thin (real-wire-evidence.md B3, B4): the facade against a
sandbox answering the way the real API may, in-process and over loopback."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest

from billing_sdk import BillomatClient, WriteNotApplied
from billing_sdk.billomat import CreditNoteStatus
from billing_sdk.sandbox import BillomatSettings, Sandbox
from tests.facade._recorder import Recorder


async def _served(mode: str, sandbox: Sandbox) -> AsyncIterator[Sandbox]:
    if mode == "in_process":
        yield sandbox
    else:
        async with sandbox.running():
            yield sandbox


@pytest.fixture(params=["in_process", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_mark_as_paid_travels_as_1_and_is_verified(mode: str) -> None:
    async for sb in _served(mode, Sandbox()):
        recorder = Recorder(sb.transport())
        async with BillomatClient.for_sandbox(sb, transport=recorder) as bm:
            payment = await bm.credit_note_payments.create(
                credit_note_id=3, amount=Decimal("12495"), mark_credit_note_as_paid=True
            )
            assert (await bm.credit_notes.get(3)).status == CreditNoteStatus.PAID
        (sent,) = recorder.to("/api/credit-note-payments", "POST")
        body = json.loads(sent.content)["credit-note-payment"]
        assert body["mark_credit_note_as_paid"] == 1  # the docs' BOOL 1/0, not a JSON true
        assert payment.credit_note_id == 3


async def test_unmarked_payments_do_not_send_the_flag(mode: str) -> None:
    async for sb in _served(mode, Sandbox()):
        recorder = Recorder(sb.transport())
        async with BillomatClient.for_sandbox(sb, transport=recorder) as bm:
            await bm.credit_note_payments.create(credit_note_id=3, amount=Decimal("5"))
            assert (await bm.credit_notes.get(3)).status == CreditNoteStatus.OPEN
        (sent,) = recorder.to("/api/credit-note-payments", "POST")
        assert "mark_credit_note_as_paid" not in json.loads(sent.content)["credit-note-payment"]


async def test_a_server_that_ignores_the_flag_is_a_typed_error_not_an_open_note(
    mode: str,
) -> None:
    settings = BillomatSettings(ignored_create_fields=frozenset({"mark_credit_note_as_paid"}))
    async for sb in _served(mode, Sandbox(billomat=settings)):
        async with BillomatClient.for_sandbox(sb) as bm:
            with pytest.raises(WriteNotApplied) as caught:
                await bm.credit_note_payments.create(
                    credit_note_id=3,
                    amount=Decimal("12495"),
                    mark_credit_note_as_paid=True,
                    reference="B3-LOST",
                )
            error = caught.value
            assert error.landed is True and error.field == "mark_credit_note_as_paid"
            # The payment was booked once; the error hands it over.
            found = await bm.credit_note_payments.find_by_reference(3, "B3-LOST")
            assert found is not None and found == error.written
            assert (await bm.credit_notes.get(3)).status == CreditNoteStatus.OPEN


async def test_the_undocumented_bank_matching_fields_reach_the_caller(mode: str) -> None:
    async for sb in _served(mode, Sandbox()):
        async with BillomatClient.for_sandbox(sb) as bm:
            booked = await bm.credit_note_payments.create(credit_note_id=3, amount=Decimal("7"))
            assert booked.payment_group is None and booked.finapi_transaction_id is None
            assert booked.finapi_transaction_amount is None
            assert booked.updated is not None
            stored = sb.billomat.state.payments[booked.id]
            stored.payment_group = "17"
            stored.finapi_transaction_id = "8812"
            stored.finapi_transaction_amount = Decimal("7.00")
            matched = await bm.credit_note_payments.get(booked.id)
            listed = [p async for p in bm.credit_note_payments.list(credit_note_id=3)]
        assert matched.payment_group == "17" and matched.finapi_transaction_id == "8812"
        assert matched.finapi_transaction_amount == Decimal("7.00")
        assert matched in listed
