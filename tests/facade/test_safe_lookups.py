"""The unique references safe creates rely on, and the lookups that find them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
import pytest

from billing_sdk import (
    BillomatClient,
    CrmComClient,
    OutcomeUnknown,
    ReferenceConflict,
    RetryPolicy,
    VismaClient,
)
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox
from billing_sdk.visma._operations import DIRECT
from billing_sdk.visma._payments import _create_body

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
# Lookups fail fast in the "lookup is down too" tests.
FAST_RETRY = RetryPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.02)


class Recorder(httpx.AsyncBaseTransport):
    """Passes requests on and remembers them."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def lost_and_unreadable(create: str, lookup: str) -> FaultPlan:
    """The create lands and loses its answer; the lookup answers 500 every time."""
    return FaultPlan(
        operations={
            create: FaultRule(commit_then_fail_rate=1.0),
            lookup: FaultRule(status_rates={500: 1.0}),
        }
    )


# -- Visma: paymentRef -------------------------------------------------------------------------


def visma_payment(customer: str, ref: str | None = None, amount: str = "10.00") -> dict[str, Any]:
    payment: dict[str, Any] = {
        "type": "Payment",
        "customer": customer,
        "payment_amount": Decimal(amount),
    }
    if ref is not None:
        payment["payment_ref"] = ref
    return payment


def _body(customer: str, ref: str, amount: str) -> Any:
    return _create_body(visma_payment(customer, ref, amount))


async def test_visma_creates_carry_a_generated_payment_ref_unless_given_one() -> None:
    async with VismaClient.for_sandbox(Sandbox()) as visma:
        mine = await visma.customer_payments.create(visma_payment("10001", "BANK-2026-0001"))
        generated = await visma.customer_payments.create(visma_payment("10001"))
    assert mine.payment_ref == "BANK-2026-0001"
    assert str(generated.payment_ref).startswith("SDK-")
    assert generated.payment_ref != generated.ref_nbr  # not Visma's default (the number)


async def test_visma_lookup_uses_the_narrowest_filters_and_they_work() -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with VismaClient.for_sandbox(sandbox, transport=recorder) as visma:
        payments = visma.customer_payments
        first = await payments.create(visma_payment("10002", "SHARED-REF"))
        # A create may not reuse a reference (issue 19: it would not be idempotent); a
        # payment of another customer can still come to carry it (edited, or made elsewhere).
        with pytest.raises(ReferenceConflict) as conflict:
            await payments.create(visma_payment("10003", "SHARED-REF"))
        assert conflict.value.existing == first.ref_nbr
        assert conflict.value.differences == ("customer",)
        other = await payments.create(visma_payment("10003", "OTHER-REF"))
        await payments.update(str(other.ref_nbr), {"payment_ref": "SHARED-REF"})
        recorder.requests.clear()

        found = await payments.find_by_payment_ref("SHARED-REF", customer="10002")
        assert [p.ref_nbr for p in found] == [first.ref_nbr]
        assert len(await payments.find_by_payment_ref("SHARED-REF")) == 2

        # The server applies lastModifiedDateTime: a window starting after now finds nothing.
        later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
        assert await payments.find_by_payment_ref("SHARED-REF", since=later) == []

    listing = [r for r in recorder.requests if r.method == "GET" and r.url.path.endswith("Payment")]
    params = listing[0].url.params
    assert params["customer"] == "10002"
    assert params["lastModifiedDateTimeCondition"] == ">="
    sent_since = dt.datetime.fromisoformat(params["lastModifiedDateTime"])
    assert dt.timedelta(hours=12) < dt.datetime.now(dt.UTC).replace(tzinfo=None) - sent_since


async def test_visma_lost_create_is_found_by_payment_ref_and_amount() -> None:
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox) as visma:
        payments = visma.customer_payments
        # An older payment with the same reference but another amount is not mistaken for it
        # (made to carry the reference by an edit: a create refuses to reuse one).
        older = await payments.create(visma_payment("10004", "REUSED-OLD", amount="1.00"))
        with pytest.raises(ReferenceConflict):
            await payments.create(visma_payment("10004", "REUSED-OLD", amount="2.00"))
        older_number = str(older.ref_nbr)
        sandbox.set_faults(
            FaultPlan(
                operations={"customerPaymentCreatePayment": FaultRule(commit_then_fail_rate=1.0)}
            )
        )
        created = await payments.create(visma_payment("10004", "REUSED", amount="2.00"))
        assert created.payment_amount == 2.0
        assert payments.safe_writes.duplicates_prevented == 1
        sandbox.set_faults(FaultPlan())
        # Created again (the next night's run): the payment already there is returned.
        again = await payments.create(visma_payment("10004", "REUSED", amount="2.00"))
        assert again.ref_nbr == created.ref_nbr
        # Below the idempotent create, the reconciling lookup compares amounts (the older
        # payment, edited to carry the reference too, does not count) and refuses to guess.
        await payments.update(older_number, {"payment_ref": "REUSED"})
        sandbox.set_faults(
            FaultPlan(
                operations={"customerPaymentCreatePayment": FaultRule(commit_then_fail_rate=1.0)}
            )
        )
        # The same reference and amount twice cannot be told apart: say so, don't guess.
        with pytest.raises(OutcomeUnknown) as caught:
            await payments._create(_body("10004", "REUSED", "2.00"), "REUSED", DIRECT)
    assert caught.value.landed is None
    assert caught.value.reference == "REUSED"


async def test_visma_outcome_unknown_when_the_lookup_fails_too() -> None:
    sandbox = Sandbox(
        faults=lost_and_unreadable("customerPaymentCreatePayment", "customerPaymentGetAllPayments")
    )
    async with VismaClient.for_sandbox(sandbox, retry=FAST_RETRY) as visma:
        with pytest.raises(OutcomeUnknown) as caught:
            await visma.customer_payments.create(visma_payment("10005"))
        error = caught.value
        assert error.landed is None
        assert error.reference.startswith("SDK-")
        sandbox.set_faults(FaultPlan())  # later, with the lookup back, reconcile by reference
        found = await visma.customer_payments.find_by_payment_ref(error.reference, customer="10005")
    assert len(found) == 1  # it had landed, exactly once


# -- CRM.COM: back_office_code -----------------------------------------------------------------


async def test_crmcom_creates_carry_a_generated_back_office_code_unless_given_one() -> None:
    async with CrmComClient.for_sandbox(Sandbox()) as crm:
        mine = await crm.payments.create(
            accounts_receivable={"number": "AR0003"}, amount=1, back_office_code="ERP-9", **CASH
        )
        generated = await crm.payments.create(
            accounts_receivable={"number": "AR0003"}, amount=2, **CASH
        )
        assert (await crm.payments.show(id=mine.id)).back_office_code == "ERP-9"  # type: ignore[arg-type]
        code = (await crm.payments.show(id=generated.id)).back_office_code  # type: ignore[arg-type]
    assert isinstance(code, str) and code.startswith("SDK-")


async def test_crmcom_lost_create_keeps_the_fields_set_shape() -> None:
    sandbox = Sandbox(
        faults=FaultPlan(operations={"paymentsCreate": FaultRule(commit_then_fail_rate=1.0)})
    )
    async with CrmComClient.for_sandbox(sandbox) as crm:
        short = await crm.payments.create(
            accounts_receivable={"number": "AR0003"},
            amount=Decimal("3.10"),
            fields_set=["id", "life_cycle_state"],
            **CASH,
        )
    assert short.life_cycle_state.value == "DRAFT"  # type: ignore[union-attr]
    assert isinstance(short.id, str)
    assert short.to_dict().keys() == {"id", "life_cycle_state"}


async def test_crmcom_outcome_unknown_names_the_back_office_code() -> None:
    sandbox = Sandbox(faults=lost_and_unreadable("paymentsCreate", "paymentsShow"))
    async with CrmComClient.for_sandbox(sandbox, retry=FAST_RETRY) as crm:
        # A generated code: sent at once (with the caller's own code the idempotent create
        # looks first, and that look fails here before anything is sent).
        with pytest.raises(OutcomeUnknown) as caught:
            await crm.payments.create(accounts_receivable={"number": "AR0003"}, amount=4, **CASH)
        code = caught.value.reference
        assert code is not None and code.startswith("SDK-") and caught.value.landed is None
        sandbox.set_faults(FaultPlan())
        landed = await crm.payments.show(back_office_code=code)
        assert landed.back_office_code == code
        again = await crm.payments.create(
            accounts_receivable={"number": "AR0003"}, amount=4, back_office_code=code, **CASH
        )
    assert again.id == landed.id  # a re-run with that code books nothing new


# -- Billomat: the comment marker ---------------------------------------------------------------


async def test_billomat_marker_is_written_into_the_comment_and_read_back_apart() -> None:
    sandbox = Sandbox()
    async with BillomatClient.for_sandbox(sandbox) as bm:
        payments = bm.credit_note_payments
        mine = await payments.create(
            credit_note_id=3, amount="5.00", comment="Teilzahlung", reference="ERP-77"
        )
        generated = await payments.create(credit_note_id=3, amount="6.00")
        assert (mine.comment, mine.reference) == ("Teilzahlung", "ERP-77")
        assert generated.comment == "" and str(generated.reference).startswith("SDK-")
        assert (await payments.get(mine.id)).reference == "ERP-77"
        listed = [p async for p in payments.list(credit_note_id=3)]
        assert {p.reference for p in listed} == {"ERP-77", generated.reference}
        assert await payments.find_by_reference(3, "ERP-77") == mine
        assert await payments.find_by_reference(3, "ERP-78") is None
        seeded = await payments.get(1)  # payments made elsewhere have no reference
        assert (seeded.comment, seeded.reference) == ("Teilerstattung Retoure", None)
    raw = {p["id"]: p["comment"] for p in sandbox.billomat.snapshot()["credit_note_payments"]}
    assert raw[str(mine.id)] == "Teilzahlung [sdk-ref:ERP-77]"


async def test_billomat_outcome_unknown_names_the_reference() -> None:
    sandbox = Sandbox(
        faults=lost_and_unreadable("createCreditNotePayment", "listCreditNotePayments")
    )
    async with BillomatClient.for_sandbox(sandbox, retry=FAST_RETRY) as bm:
        # A generated reference: the create is sent at once (with the caller's own, the
        # idempotent create would look first, and that lookup fails here before any send).
        with pytest.raises(OutcomeUnknown) as caught:
            await bm.credit_note_payments.create(credit_note_id=10, amount="9")
        reference = caught.value.reference
        assert reference is not None and reference.startswith("SDK-")
        assert caught.value.landed is None
        sandbox.set_faults(FaultPlan())
        found = await bm.credit_note_payments.find_by_reference(10, reference)
        assert found is not None and found.amount == Decimal("9")
        # Created again with that reference (a re-run): the payment found is returned.
        again = await bm.credit_note_payments.create(
            credit_note_id=10, amount="9", reference=reference
        )
        assert again.id == found.id
        with pytest.raises(ReferenceConflict) as conflict:
            await bm.credit_note_payments.create(credit_note_id=10, amount="8", reference=reference)
    assert conflict.value.existing == str(found.id)


async def test_billomat_comment_leaves_room_for_the_marker() -> None:
    from billing_sdk import ValidationError

    async with BillomatClient.for_sandbox(Sandbox()) as bm:
        with pytest.raises(ValidationError):
            await bm.credit_note_payments.create(
                credit_note_id=1, amount="1", comment="x" * 3990, reference="R"
            )
        ok = await bm.credit_note_payments.create(
            credit_note_id=1, amount="1", comment="x" * 3985, reference="R"
        )
    assert len(ok.comment) == 3985
