"""Safe creates under lost answers: every vendor, many creates, exactly one payment each.

The sandbox's commit-then-fail fault stores the payment and then loses the answer (half as a
502, half as a cut connection). The SDK must never send such a create blindly again: it looks
the payment up by its unique reference and returns it. The mixed plan adds faults that fail
*before* anything is stored (5xx, dropped requests), where the lookup proves the payment
absent and the SDK sends it again.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import anyio
import pytest

from billing_sdk import (
    BillingError,
    BillomatClient,
    CrmComClient,
    OutcomeUnknown,
    RetryPolicy,
    SafeWriteStats,
    VismaClient,
)
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox

#: The create operation of each vendor, by the spec's operation id.
CREATE_OPERATION = {
    "visma": "customerPaymentCreatePayment",
    "crmcom": "paymentsCreate",
    "billomat": "createCreditNotePayment",
}
VENDORS = list(CREATE_OPERATION)
CONCURRENCY = 32
LOST_ANSWERS = FaultRule(commit_then_fail_rate=0.2)
MIXED = FaultRule(
    status_rates={500: 0.05, 502: 0.05, 503: 0.05},
    drop_rate=0.05,
    commit_then_fail_rate=0.15,
)
# Small waits keep the mixed run quick; the policy itself is the client's default one.
FAST_RETRY = RetryPolicy(backoff_initial=0.01, backoff_max=0.05)

_BILLOMAT_MARKER = re.compile(r"\[sdk-ref:([A-Za-z0-9._-]+)\]$")
VISMA_CUSTOMERS = [f"1000{i}" for i in range(1, 9)]
CRMCOM_ACCOUNTS = [f"AR000{i}" for i in range(1, 9)]
BILLOMAT_OPEN_NOTES = [1, 2, 3, 8, 10, 12]


@dataclass
class Run:
    """What a batch of creates produced: returned payments and errors, by reference."""

    created: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, BillingError] = field(default_factory=dict)
    stats: SafeWriteStats = field(default_factory=SafeWriteStats)
    seconds: float = 0.0


def stored_references(sandbox: Sandbox, vendor: str, prefix: str) -> Counter[str]:
    """How often each of our references is stored in the sandbox (duplicates show as > 1)."""
    if vendor == "visma":
        snap = sandbox.visma.snapshot()
        payments = snap["tenants"][snap["default_tenant"]]["payments"]
        refs = [p["paymentRef"] for p in payments]
    elif vendor == "crmcom":
        refs = [p["back_office_code"] or "" for p in sandbox.crmcom.snapshot()["payments"]]
    else:
        comments = [p["comment"] for p in sandbox.billomat.snapshot()["credit_note_payments"]]
        refs = [m.group(1) for c in comments if (m := _BILLOMAT_MARKER.search(c))]
    return Counter(r for r in refs if r.startswith(prefix))


def reference_of(vendor: str, payment: Any) -> str:
    if vendor == "visma":
        return str(payment.payment_ref)
    if vendor == "crmcom":
        return str(payment.back_office_code)
    return str(payment.reference)


@asynccontextmanager
async def creator(
    sandbox: Sandbox, vendor: str
) -> AsyncIterator[tuple[Callable[[int, str], Awaitable[Any]], SafeWriteStats]]:
    """A ``create(i, reference)`` for the vendor, and the client's safe-write counters."""
    if vendor == "visma":
        async with VismaClient.for_sandbox(sandbox, retry=FAST_RETRY) as visma:

            async def create_visma(i: int, ref: str) -> Any:
                return await visma.customer_payments.create(
                    {
                        "type": "Payment",
                        "customer": VISMA_CUSTOMERS[i % len(VISMA_CUSTOMERS)],
                        "payment_amount": Decimal(i % 97 + 1) + Decimal("0.25"),
                        "payment_ref": ref,
                    }
                )

            yield create_visma, visma.customer_payments.safe_writes
    elif vendor == "crmcom":
        async with CrmComClient.for_sandbox(sandbox, retry=FAST_RETRY) as crm:

            async def create_crmcom(i: int, ref: str) -> Any:
                short = await crm.payments.create(
                    accounts_receivable={"number": CRMCOM_ACCOUNTS[i % len(CRMCOM_ACCOUNTS)]},
                    type={"name": "Payment"},
                    payment_method={"name": "Cash"},
                    amount=Decimal(i % 97 + 1) + Decimal("0.25"),
                    back_office_code=ref,
                )
                # The answer is a PaymentShort (no back office code): check it against the store.
                return await crm.payments.show(id=short.id)  # type: ignore[arg-type]

            yield create_crmcom, crm.payments.safe_writes
    else:
        async with BillomatClient.for_sandbox(sandbox, retry=FAST_RETRY) as bm:

            async def create_billomat(i: int, ref: str) -> Any:
                return await bm.credit_note_payments.create(
                    credit_note_id=BILLOMAT_OPEN_NOTES[i % len(BILLOMAT_OPEN_NOTES)],
                    amount=Decimal(i % 97 + 1) + Decimal("0.25"),
                    comment=f"soak {i}",
                    reference=ref,
                )

            yield create_billomat, bm.credit_note_payments.safe_writes


async def create_many(sandbox: Sandbox, vendor: str, count: int, prefix: str) -> Run:
    """``count`` creates, at most ``CONCURRENCY`` at a time; every outcome is recorded."""
    run = Run()
    limiter = anyio.CapacityLimiter(CONCURRENCY)
    async with creator(sandbox, vendor) as (create, stats):

        async def one(i: int) -> None:
            ref = f"{prefix}{i:05d}"
            async with limiter:
                try:
                    run.created[ref] = await create(i, ref)
                except BillingError as exc:  # typed, and says whether it landed
                    run.errors[ref] = exc

        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for i in range(count):
                tg.start_soon(one, i)
        run.seconds = time.perf_counter() - started
        run.stats = stats
    return run


def check_exactly_once(sandbox: Sandbox, vendor: str, run: Run, count: int, prefix: str) -> None:
    """No payment twice; every returned payment stored; no 'not landed' payment stored."""
    stored = stored_references(sandbox, vendor, prefix)
    assert len(run.created) + len(run.errors) == count
    duplicated = {ref: n for ref, n in stored.items() if n > 1}
    assert duplicated == {}, f"{vendor}: duplicated payments {duplicated}"
    for ref, payment in run.created.items():
        assert reference_of(vendor, payment) == ref
    assert set(run.created) <= set(stored), f"{vendor}: returned but not stored"
    for ref, error in run.errors.items():
        if error.landed is False:
            assert ref not in stored, f"{vendor}: {ref} said landed=False but is stored"
        elif error.landed is True:
            assert ref in stored, f"{vendor}: {ref} said landed=True but is missing"
        else:
            assert isinstance(error, OutcomeUnknown), f"{vendor}: {ref}: {error!r}"
    unexplained = set(stored) - set(run.created) - set(run.errors)
    assert unexplained == set(), f"{vendor}: stored without the caller knowing: {unexplained}"


@pytest.mark.parametrize("vendor", VENDORS)
async def test_lost_answers_never_duplicate_or_lose_a_payment(vendor: str) -> None:
    """400 creates with 20% commit-then-fail: exactly 400 payments, all returned.

    400, not more: each Visma create with a reference first lists the recent payments (the
    real API has no reference filter), so the run grows with the square of the count."""
    count = 400
    sandbox = Sandbox(
        seed=11, faults=FaultPlan(operations={CREATE_OPERATION[vendor]: LOST_ANSWERS})
    )
    run = await create_many(sandbox, vendor, count, "LOST-")

    check_exactly_once(sandbox, vendor, run, count, "LOST-")
    stored = stored_references(sandbox, vendor, "LOST-")
    assert len(stored) == count
    assert run.errors == {}  # every lost answer belonged to a stored payment, found by lookup
    injected = sandbox.snapshot()["faults_injected"]["commit_then_fail"]
    assert run.stats.duplicates_prevented == injected > 0
    assert run.stats.sends == count  # nothing was ever sent twice
    print(
        f"\n{vendor}: {count} creates in {run.seconds:.2f} s, {injected} answers lost, "
        f"{run.stats.duplicates_prevented} duplicates prevented"
    )


@pytest.mark.parametrize("vendor", VENDORS)
async def test_creates_proven_absent_are_sent_again_and_still_land_once(vendor: str) -> None:
    """Faults before and after the store: re-sends happen, duplicates still do not."""
    count = 300
    sandbox = Sandbox(seed=5, faults=FaultPlan(operations={CREATE_OPERATION[vendor]: MIXED}))
    run = await create_many(sandbox, vendor, count, "MIX-")

    check_exactly_once(sandbox, vendor, run, count, "MIX-")
    assert run.stats.resends > 0
    assert run.stats.duplicates_prevented > 0
    # Only three pre-commit failures in a row can stop a create; those say landed=False.
    assert all(e.landed is False for e in run.errors.values())
    assert len(run.errors) < count * 0.05


@pytest.mark.parametrize("vendor", VENDORS)
async def test_lost_answers_over_a_real_socket(vendor: str) -> None:
    """The same over loopback, where a cut connection is a real one."""
    count = 120
    sandbox = Sandbox(seed=3, faults=FaultPlan(operations={CREATE_OPERATION[vendor]: LOST_ANSWERS}))
    async with sandbox.running():
        run = await create_many(sandbox, vendor, count, "NET-")
    check_exactly_once(sandbox, vendor, run, count, "NET-")
    assert len(stored_references(sandbox, vendor, "NET-")) == count
    assert run.errors == {}
    assert run.stats.duplicates_prevented > 0
