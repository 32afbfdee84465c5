"""modify() when PUT answers are lost: never applied twice, and unknowns are said so."""

from __future__ import annotations

from decimal import Decimal

from billing_sdk import OutcomeUnknown, VismaClient
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox

PUT = "customerInvoiceUpdateByinvoiceNumber"


def _rate(sandbox: Sandbox) -> Decimal:
    company = sandbox.visma.company()
    return Decimal(company.invoices["000101"].exchange_rate)


async def test_lost_put_answers_never_double_an_increment() -> None:
    sandbox = Sandbox(
        seed=11, faults=FaultPlan(operations={PUT: FaultRule(commit_then_fail_rate=0.3)})
    )
    start = _rate(sandbox)
    done = unknown = 0
    async with VismaClient.for_sandbox(sandbox) as visma:
        for _ in range(50):
            try:
                await visma.customer_invoices.modify(
                    "000101",
                    lambda inv: {"exchange_rate": Decimal(str(inv.exchange_rate)) + 1},
                )
                done += 1
            except OutcomeUnknown as exc:
                assert exc.landed is None and exc.reference == "000101"
                unknown += 1
    applied = _rate(sandbox) - start
    assert sandbox.faults.injected["commit_then_fail"] > 0
    # Every confirmed increment landed once; an unknown one landed at most once.
    assert done <= applied <= done + unknown
    print(f"confirmed {done}, unknown {unknown}, applied {applied}")
