"""State-checked transitions where there are no ETags (CRM.COM, Billomat), and how a
transition whose answer was lost is reconciled by the state it leads to."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from billing_sdk import (
    BadRequest,
    BillomatClient,
    Conflict,
    CrmComClient,
    NotFound,
    RetryPolicy,
    ServerError,
    StateError,
    ValidationError,
)
from billing_sdk.crmcom import PaymentLifeCycleState
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
CRM = "/crmapi/rest/v2/payments"
FAST_RETRY = RetryPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.02)


class Recorder(httpx.AsyncBaseTransport):
    """Passes requests on and remembers them (method and path)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def count(self, method: str, path: str) -> int:
        return self.sent.count((method, path))


def lose(*operations: str) -> FaultPlan:
    """Every call of ``operations`` is processed and its answer lost."""
    return FaultPlan(operations={op: FaultRule(commit_then_fail_rate=1.0) for op in operations})


# -- CRM.COM ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "payment", "expected", "actual"),
    [
        ("post", {"number": "PAY0001"}, "DRAFT", "POSTED"),
        ("reject", {"reference_number": "103"}, "DRAFT", "REJECTED"),
        ("update", {"number": "PAY0001"}, "DRAFT", "POSTED"),
        ("cancel", {"reference_number": "24"}, "POSTED", "DRAFT"),
        ("cancel", {"back_office_code": "ERP-PAY-000002"}, "POSTED", "CANCELLED"),
    ],
)
async def test_crmcom_transitions_refuse_a_payment_in_another_state_before_sending(
    call: str, payment: dict[str, str], expected: str, actual: str
) -> None:
    sandbox = Sandbox()
    before = sandbox.crmcom.snapshot()
    recorder = Recorder(sandbox.transport())
    extra: dict[str, Any] = {
        "update": {"notes": "late"},
        "cancel": {"type": {"name": "Payment Cancellation"}},
    }.get(call, {})
    async with CrmComClient.for_sandbox(sandbox, transport=recorder) as crm:
        with pytest.raises(StateError) as refused:
            await getattr(crm.payments, call)(payment, **extra)
        assert crm.payments.safe_writes.state_refused == 1
    error = refused.value
    assert (error.expected, error.actual, error.landed) == (expected, actual, False)
    assert "nothing was sent" in str(error)
    assert recorder.count("POST", f"{CRM}/{call}") == 0
    assert sandbox.crmcom.snapshot() == before


async def test_crmcom_expect_reads_well_and_none_leaves_the_check_to_the_server() -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with CrmComClient.for_sandbox(sandbox, transport=recorder) as crm:
        draft = await crm.payments.create(
            accounts_receivable={"number": "AR0004"}, amount=Decimal("12.00"), **CASH
        )
        posted = await crm.payments.post(draft, expect="DRAFT")
        assert posted.life_cycle_state is PaymentLifeCycleState.POSTED
        assert recorder.count("GET", f"{CRM}/show") == 1  # the state read

        with pytest.raises(Conflict) as caught:  # unchecked: CRM.COM's own life-cycle rule
            await crm.payments.post(draft, expect=None)
        assert caught.value.landed is False
        assert recorder.count("GET", f"{CRM}/show") == 1

        with pytest.raises(ValidationError):  # post can only ever start from DRAFT
            await crm.payments.post(draft, expect="POSTED")
        with pytest.raises(ValidationError):
            await crm.payments.cancel(posted, type={"name": "Payment Cancellation"}, expect="DRAFT")
        with pytest.raises(ValidationError):
            await crm.payments.post(draft, expect="SHIPPED")


@pytest.mark.parametrize(
    ("operation", "call", "target"),
    [
        ("paymentsPost", "post", PaymentLifeCycleState.POSTED),
        ("paymentsReject", "reject", PaymentLifeCycleState.REJECTED),
    ],
)
async def test_a_crmcom_transition_whose_answer_was_lost_is_read_back_not_resent(
    operation: str, call: str, target: PaymentLifeCycleState
) -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with CrmComClient.for_sandbox(sandbox, transport=recorder) as crm:
        draft = await crm.payments.create(
            accounts_receivable={"number": "AR0004"}, amount=Decimal("7.50"), **CASH
        )
        sandbox.set_faults(lose(operation))
        done = await getattr(crm.payments, call)(draft)
        assert done.life_cycle_state is target
        assert done.id == draft.id
        assert crm.payments.safe_writes.duplicates_prevented == 1
    assert recorder.count("POST", f"{CRM}/{call}") == 1


async def test_a_lost_cancel_is_recognised_by_the_cancelled_state() -> None:
    sandbox = Sandbox()
    async with CrmComClient.for_sandbox(sandbox) as crm:
        sandbox.set_faults(lose("paymentsCancel"))
        cancelled = await crm.payments.cancel(
            {"number": "PAY0001"}, type={"name": "Payment Cancellation"}, back_office_code="C-1"
        )
    assert cancelled.life_cycle_state is PaymentLifeCycleState.CANCELLED
    cancellations = sandbox.crmcom.snapshot()["payment_cancellations"]
    assert [c["back_office_code"] for c in cancellations].count("C-1") == 1


async def test_a_transition_that_provably_did_not_land_is_sent_again_then_given_up() -> None:
    sandbox = Sandbox(
        faults=FaultPlan(operations={"paymentsPost": FaultRule(status_rates={500: 1.0})})
    )
    recorder = Recorder(sandbox.transport())
    async with CrmComClient.for_sandbox(sandbox, transport=recorder) as crm:
        with pytest.raises(ServerError) as caught:
            await crm.payments.post({"reference_number": "24"})
    assert caught.value.landed is False  # read back as DRAFT after every one of the 3 sends
    assert recorder.count("POST", f"{CRM}/post") == 3


class LateFirstPost(httpx.AsyncBaseTransport):
    """The first ``payments/post`` times out for the caller but reaches the server later:
    after the read-back found the payment still DRAFT, just before the re-send."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.held: httpx.Request | None = None
        self.posts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == f"{CRM}/post":
            self.posts += 1
            if self.posts == 1:
                self.held = request
                raise httpx.ReadTimeout("no answer in time", request=request)
            if self.held is not None:
                late, self.held = self.held, None
                await self.inner.handle_async_request(late)
        return await self.inner.handle_async_request(request)


async def test_a_transition_that_lands_after_its_read_back_is_not_reported_as_refused() -> None:
    # The re-send is refused (INVALID_LIFE_CYCLE_STATE, landed=False) because the first send
    # landed late; reporting that refusal would tell the caller the post did not happen.
    sandbox = Sandbox()
    transport = LateFirstPost(sandbox.transport())
    async with CrmComClient.for_sandbox(sandbox, transport=transport) as crm:
        draft = await crm.payments.create(
            accounts_receivable={"number": "AR0004"}, amount=Decimal("7.50"), **CASH
        )
        posted = await crm.payments.post(draft)
        assert posted.life_cycle_state is PaymentLifeCycleState.POSTED
        assert crm.payments.safe_writes.duplicates_prevented == 1
    assert transport.posts == 2


async def test_a_lost_pay_bill_is_found_by_its_back_office_code_not_paid_twice() -> None:
    sandbox = Sandbox(faults=lose("paymentsPayBill"))
    async with CrmComClient.for_sandbox(sandbox) as crm:
        paid = await crm.payments.pay_bill(
            accounts_receivable={"number": "AR1"},
            bill={"number": "B7"},
            bill_number_check_digit=3,
            accounts_receivable_check_digit=5,
            bill_amount_check_digit=8,
            **CASH,
        )
        assert paid.life_cycle_state is PaymentLifeCycleState.POSTED
        shown = await crm.payments.show(id=paid.id)  # type: ignore[arg-type]
        assert str(shown.back_office_code).startswith("SDK-")
    bills = {b["number"]: b for b in sandbox.crmcom.snapshot()["bills"]}
    assert Decimal(bills["B7"]["outstanding_amount"]) == 0
    paying = [p for p in sandbox.crmcom.snapshot()["payments"] if p["id"] == paid.id]
    assert len(paying) == 1


# -- Billomat -----------------------------------------------------------------------------------


async def test_billomat_create_checks_the_credit_note_is_open_first() -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with BillomatClient.for_sandbox(sandbox, transport=recorder) as bm:
        with pytest.raises(StateError) as refused:
            await bm.credit_note_payments.create(credit_note_id=4, amount="1.00")
        assert (refused.value.expected, refused.value.actual) == ("OPEN", "PAID")
        assert refused.value.landed is False
        assert recorder.count("POST", "/api/credit-note-payments") == 0

        with pytest.raises(BadRequest):  # expect_credit_note=None: Billomat's own rule
            await bm.credit_note_payments.create(
                credit_note_id=4, amount="1.00", expect_credit_note=None
            )
        with pytest.raises(ValidationError):  # only OPEN notes take payments
            await bm.credit_note_payments.create(
                credit_note_id=1, amount="1.00", expect_credit_note="PAID"
            )


async def test_billomat_delete_checks_the_credit_note_status() -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with BillomatClient.for_sandbox(sandbox, transport=recorder) as bm:
        with pytest.raises(StateError) as refused:  # note 5 is PAID, the caller expects OPEN
            await bm.credit_note_payments.delete(5, expect_credit_note="OPEN")
        assert (refused.value.expected, refused.value.actual) == ("OPEN", "PAID")

        await bm.credit_note_payments.delete(4, expect_credit_note="PAID")  # re-opens note 4
        assert (await bm.credit_notes.get(4)).status.value == "OPEN"

        sandbox.billomat.state.credit_notes[1].status = "CANCELED"
        with pytest.raises(StateError) as refused:  # default: OPEN or PAID
            await bm.credit_note_payments.delete(1)
        assert refused.value.expected == "OPEN or PAID"
        await bm.credit_note_payments.delete(1, expect_credit_note="CANCELED")

        with pytest.raises(NotFound):  # already gone: nothing to delete
            await bm.credit_note_payments.delete(1)
    assert recorder.count("DELETE", "/api/credit-note-payments/5") == 0
    remaining = {p["id"] for p in sandbox.billomat.snapshot()["credit_note_payments"]}
    assert {"1", "4"}.isdisjoint(remaining) and "5" in remaining


async def test_a_billomat_delete_whose_answer_was_lost_is_not_reported_as_not_found() -> None:
    sandbox = Sandbox(faults=lose("deleteCreditNotePayment"))
    recorder = Recorder(sandbox.transport())
    async with BillomatClient.for_sandbox(sandbox, transport=recorder) as bm:
        await bm.credit_note_payments.delete(2)  # no NotFound from a blind retry
        assert bm.credit_note_payments.safe_writes.duplicates_prevented == 1
    assert recorder.count("DELETE", "/api/credit-note-payments/2") == 1  # not retried below us
    remaining = {p["id"] for p in sandbox.billomat.snapshot()["credit_note_payments"]}
    assert "2" not in remaining


async def test_billomat_transitions_validate_before_reading() -> None:
    sandbox = Sandbox()
    recorder = Recorder(sandbox.transport())
    async with BillomatClient.for_sandbox(sandbox, transport=recorder, retry=FAST_RETRY) as bm:
        with pytest.raises(ValidationError):
            await bm.credit_note_payments.delete(1, expect_credit_note="SETTLED")
        with pytest.raises(ValidationError):
            await bm.credit_note_payments.delete(1, expect_credit_note=[])
        with pytest.raises(ValidationError):
            await bm.credit_note_payments.create(credit_note_id=1, amount="1", reference="a b")
    assert recorder.sent == []
