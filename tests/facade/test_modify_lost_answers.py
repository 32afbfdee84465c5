"""modify() when PUT answers are lost: never applied twice, and unknowns are said so."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

import httpx
import pytest

from billing_sdk import OutcomeUnknown, RetryPolicy, TransportError, VismaClient
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


class LateFirstWrite(httpx.AsyncBaseTransport):
    """The sandbox in-process; the first PUT times out for the caller but is still on its way
    to the server (a slow server, a proxy holding the request), where it lands just before
    the caller's ``land_before``-th request of that method (``None``: it never arrives)."""

    def __init__(self, sandbox: Sandbox, *, land_before: tuple[str, int] | None) -> None:
        self.inner = sandbox.transport()
        self.land_before = land_before
        self.held: httpx.Request | None = None
        self.sent: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent[request.method] += 1
        if request.method == "PUT" and self.sent["PUT"] == 1:
            # What is on its way is the bytes as sent (the SDK takes its credentials off the
            # request object once it is answered).
            self.held = httpx.Request(
                request.method, request.url, headers=request.headers, content=request.content
            )
            raise httpx.ReadTimeout("no answer in time", request=request)
        if self.held is not None and (request.method, self.sent[request.method]) == (
            self.land_before
        ):
            late, self.held = self.held, None
            await self.inner.handle_async_request(late)
        return await self.inner.handle_async_request(request)


def _bump(invoice: Any) -> dict[str, Decimal]:
    return {"exchange_rate": Decimal(str(invoice.exchange_rate)) + 1}


# Reads of one modify: 1 the first read, 2 the check after the timeout, 3 the next attempt's.
@pytest.mark.parametrize(
    "land_before", [("PUT", 2), ("GET", 3)], ids=["before-the-next-put", "before-the-next-read"]
)
async def test_a_timed_out_write_that_lands_late_is_not_applied_twice(
    land_before: tuple[str, int],
) -> None:
    # Found by the soak: after a timeout an unchanged version does not prove the write did
    # not land, it may still be in flight. The loop went round again, the late write landed
    # (seen as a 412 on the next PUT, or as a new version by the next read) and `change` was
    # applied a second time on top of it.
    sandbox = Sandbox()
    start = _rate(sandbox)
    transport = LateFirstWrite(sandbox, land_before=land_before)
    async with VismaClient.for_sandbox(sandbox, transport=transport) as visma:
        with pytest.raises(OutcomeUnknown) as caught:
            await visma.customer_invoices.modify("000101", _bump)
    assert caught.value.landed is None and caught.value.reference == "000101"
    assert _rate(sandbox) == start + 1  # once, by the late write


async def test_a_timed_out_write_that_never_lands_is_sent_again_once() -> None:
    sandbox = Sandbox()
    start = _rate(sandbox)
    transport = LateFirstWrite(sandbox, land_before=None)
    async with VismaClient.for_sandbox(sandbox, transport=transport) as visma:
        done = await visma.customer_invoices.modify("000101", _bump)
    assert done.attempts == 2 and transport.sent["PUT"] == 2
    assert _rate(sandbox) == start + 1


async def test_a_late_write_after_a_later_one_landed_is_refused_by_if_match() -> None:
    # The retry lands first; the late write then carries a stale If-Match and changes nothing.
    sandbox = Sandbox()
    start = _rate(sandbox)
    # The 4th GET is modify's read-back after the retry's PUT succeeded.
    transport = LateFirstWrite(sandbox, land_before=("GET", 4))
    async with VismaClient.for_sandbox(sandbox, transport=transport) as visma:
        done = await visma.customer_invoices.modify("000101", _bump)
    assert done.attempts == 2
    assert transport.held is None  # it did arrive, and was refused
    assert _rate(sandbox) == start + 1


async def test_modify_errors_say_whether_the_change_landed() -> None:
    # A read that fails before anything was written: landed=False, not "unknown".
    down = FaultPlan(operations={"customerInvoiceGetByinvoiceNumber": FaultRule(drop_rate=1.0)})
    sandbox = Sandbox(faults=down)
    async with VismaClient.for_sandbox(sandbox, retry=RetryPolicy(max_attempts=1)) as visma:
        with pytest.raises(TransportError) as caught:
            await visma.customer_invoices.modify("000101", _bump)
    assert caught.value.landed is False
