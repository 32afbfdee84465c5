"""``landed`` is the truth or says it does not know, after any re-send of a write.

Found by review: with one writer and 30% of answers lost after the commit, 13 of 60
``update(if_match=)`` calls raised ``PreconditionFailed(landed=False)`` although the note held
that call's change, and 2 of 8 ``delete()`` calls raised ``NotFound(landed=False)`` although
the invoice was gone: the transport re-sent the PUT/DELETE, met its own earlier write, and
every 4xx was taken as "not landed". A caller following the usual 412 pattern applied the
change twice.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from billing_sdk import (
    BillingError,
    NotFound,
    OutcomeUnknown,
    PreconditionFailed,
    RetryPolicy,
    VismaClient,
)
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox, VismaSettings

PUT = "customerInvoiceUpdateByinvoiceNumber"
DELETE = "customerInvoiceDeleteByinvoiceNumber"
RELEASE = "customerInvoiceReleaseInvoiceByinvoiceNumber"
PAYMENT_RELEASE = "customerPaymentReleasePaymentBypaymentNumber"
QUICK = RetryPolicy(backoff_initial=0.01, backoff_max=0.05)


def _lossy(*operations: str, rate: float = 0.3, seed: int = 3) -> FaultPlan:
    rule = FaultRule(commit_then_fail_rate=rate)
    return FaultPlan(seed=seed, operations=dict.fromkeys(operations, rule))


def _invoice(number: int) -> dict[str, Any]:
    return {
        "customer_number": "10001",
        "customer_ref_number": f"T-{number}",
        "invoice_text": "landed",
        "invoice_lines": [
            {
                "operation": "Insert",
                "description": "line",
                "quantity": Decimal(1),
                "unit_price_in_currency": Decimal(10),
            }
        ],
    }


async def test_update_with_if_match_never_says_not_landed_for_a_change_that_landed() -> None:
    sandbox = Sandbox(faults=_lossy(PUT))
    confirmed = unknown = 0
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        for n in range(60):
            invoice = await visma.customer_invoices.get("000101")
            note = f"change-{n}"
            try:
                await visma.customer_invoices.update(
                    "000101", {"note": note}, if_match=invoice.time_stamp
                )
                confirmed += 1
            except BillingError as exc:
                landed = sandbox.visma.company().invoices["000101"].fields.get("note") == note
                # Never "not landed" for a change that is there; unknown says so.
                assert exc.landed is not False or not landed, f"{exc!r} for a landed change"
                assert isinstance(exc, OutcomeUnknown) and exc.landed is None
                unknown += 1
    assert sandbox.faults.injected["commit_then_fail"] > 5
    assert confirmed + unknown == 60 and unknown > 0


async def test_a_stale_if_match_is_still_a_plain_412() -> None:
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox) as visma:
        invoice = await visma.customer_invoices.get("000101")
        await visma.customer_invoices.update("000101", {"note": "someone else"})
        with pytest.raises(PreconditionFailed) as info:
            await visma.customer_invoices.update(
                "000101", {"note": "mine"}, if_match=invoice.time_stamp
            )
    assert info.value.landed is False


async def test_a_delete_whose_answer_was_lost_is_reconciled() -> None:
    sandbox = Sandbox(faults=_lossy(DELETE, rate=0.5))
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        numbers = [
            str((await visma.customer_invoices.create(_invoice(n))).reference_number)
            for n in range(8)
        ]
        deleted = []
        for number in numbers:
            try:
                await visma.customer_invoices.delete(number)  # a re-send's 404: gone is gone
                deleted.append(number)
            except OutcomeUnknown as exc:  # every send lost: it says it does not know
                assert exc.landed is None
        sandbox.set_faults(FaultPlan())
        with pytest.raises(NotFound) as info:
            await visma.customer_invoices.delete("999999")  # never there: a plain 404
    assert info.value.landed is False
    assert sandbox.faults.injected["commit_then_fail"] > 2 and len(deleted) >= 6
    assert not set(deleted) & set(sandbox.visma.company().invoices)


async def test_a_lost_release_is_resent_under_if_match_and_never_applied_twice() -> None:
    sandbox = Sandbox(faults=_lossy(PAYMENT_RELEASE, rate=0.5))
    outcomes: list[str] = []
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        for n in range(10):
            payment = await visma.customer_payments.create(
                {"type": "Payment", "customer": "10001", "payment_amount": Decimal(n + 1)}
            )
            try:
                action = await visma.customer_payments.release(str(payment.ref_nbr))
                # Accepted (202), never an error; it is done once the payment shows it.
                released = await action.wait(timeout=10)
                assert str(released.status) == "Open"
                outcomes.append("released")
            except OutcomeUnknown as exc:
                assert exc.landed is None
                outcomes.append("unknown")
                # The accepted action runs before the next request: read the payment once.
                await visma.customer_payments.get(str(payment.ref_nbr))
            status = sandbox.visma.company().payments[str(payment.ref_nbr)].status
            # Whatever the caller was told, the release is there exactly once (a payment
            # cannot be released twice, and "released" was never a lie).
            assert status == "Open"
    assert "released" in outcomes and sandbox.faults.injected["commit_then_fail"] > 0


async def test_a_background_start_whose_answer_was_a_500_is_started_again() -> None:
    # One injected 500 on the start must not kill a nightly run (the fault decisions are
    # seeded: the same starts fail on every run).
    faults = FaultPlan(seed=5, operations={RELEASE: FaultRule(status_rates={500: 0.3})})
    sandbox = Sandbox(faults=faults, visma=VismaSettings(job_duration=0.0))
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        numbers = [
            str((await visma.customer_invoices.create(_invoice(n))).reference_number)
            for n in range(6)
        ]
        for number in numbers:
            job = await visma.customer_invoices.release(number, background=True)
            await job.wait(timeout=10)
    assert sandbox.faults.injected["error"] > 0
    assert all(sandbox.visma.company().invoices[n].status == "Open" for n in numbers)


async def test_a_background_create_whose_202_was_lost_is_unknown_not_resent() -> None:
    create = "customerInvoiceV2Create"
    sandbox = Sandbox(faults=_lossy(create, rate=1.0))
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        with pytest.raises(OutcomeUnknown) as info:
            await visma.customer_invoices.create(_invoice(2), background=True)
    assert info.value.landed is None
    refs = [i.fields.get("customerRefNumber") for i in sandbox.visma.company().invoices.values()]
    assert refs.count("T-2") <= 1  # sent once: at most one


async def test_any_write_resent_after_a_lost_answer_reports_unknown_not_refused() -> None:
    """The engine's rule, whatever the resource: a PUT the transport re-sent after a 502 and
    that then meets a 412 (or 404) may have caused it itself."""
    answers = iter([httpx.Response(502), httpx.Response(412)])
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return next(answers)

    async with VismaClient(
        base_url="https://erp.example",
        token="t",
        transport=httpx.MockTransport(handler),
        retry=QUICK,
    ) as visma:
        with pytest.raises(OutcomeUnknown) as info:
            await visma.customer_invoices.update("000101", {"note": "x"})  # no If-Match: re-sent
    assert sent == ["PUT", "PUT"] and info.value.landed is None
    assert isinstance(info.value.__cause__, PreconditionFailed)


async def test_a_refusal_after_a_resend_that_proved_nothing_was_sent_stays_a_refusal() -> None:
    answers = iter([httpx.Response(429), httpx.Response(412)])

    async with VismaClient(
        base_url="https://erp.example",
        token="t",
        transport=httpx.MockTransport(lambda r: next(answers)),
        retry=QUICK,
    ) as visma:
        with pytest.raises(PreconditionFailed) as info:
            await visma.customer_invoices.update("000101", {"note": "x"})
    assert info.value.landed is False  # a 429 proves the first send was not processed


REVERSE = "customerInvoiceReverseInvoiceByinvoiceNumber"


def _credit_notes(sandbox: Sandbox) -> int:
    snap = sandbox.visma.snapshot()
    rows = snap["tenants"][snap["default_tenant"]]["invoices"]
    return sum(r["type"] == "CreditNote" for r in rows)


async def test_a_reverse_whose_answer_was_lost_is_outcome_unknown_and_never_sent_again() -> None:
    # Reverse makes a credit note and has no guard: its 202 (a job) lost is OutcomeUnknown,
    # never a second send; the next call finds the note the first one made.
    faults = FaultPlan(seed=1, operations={REVERSE: FaultRule(commit_then_fail_rate=1.0)})
    sandbox = Sandbox(faults=faults, visma=VismaSettings(job_duration=0.0))
    before = _credit_notes(sandbox)
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        with pytest.raises(OutcomeUnknown) as info:
            await visma.customer_invoices.reverse("000126")
        assert info.value.landed is None
        assert sandbox.faults.injected["commit_then_fail"] == 1
        sandbox.set_faults(FaultPlan())
        await visma.customer_invoices.get("000126")  # the queued job has run by now
        found = await visma.customer_invoices.reverse("000126")
        assert found.found  # the mirroring credit note, not a second one
    assert _credit_notes(sandbox) == before + 1


async def test_a_lost_release_in_background_is_restarted_under_if_match() -> None:
    faults = FaultPlan(seed=2, operations={PAYMENT_RELEASE: FaultRule(commit_then_fail_rate=1.0)})
    sandbox = Sandbox(faults=faults, visma=VismaSettings(job_duration=0.0))
    async with VismaClient.for_sandbox(sandbox, retry=QUICK) as visma:
        payment = await visma.customer_payments.create(
            {"type": "Payment", "customer": "10001", "payment_amount": Decimal(5)}
        )
        number = str(payment.ref_nbr)
        with pytest.raises(OutcomeUnknown):
            # Every answer lost: the re-sends carry the payment's version as If-Match; the
            # first one landed, so the re-sends are refused and the call cannot know.
            await visma.customer_payments.release(number, background=True)
    assert sandbox.visma.company().payments[number].status == "Open"  # released once
