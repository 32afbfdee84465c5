"""Per-call options through ``with_options`` and the raw response of any call."""

from __future__ import annotations

import pytest

from billing_sdk import (
    BillomatClient,
    CrmComClient,
    NotFound,
    RawResponse,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    VismaClient,
    raw_responses,
)
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox


async def test_extra_headers_and_the_raw_response() -> None:
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox) as visma:
        tagged = visma.with_options(headers={"X-Trace": "nightly-42"})
        with raw_responses() as seen:
            invoice = await tagged.customer_invoices.get("000101")
            with pytest.raises(NotFound):
                await visma.customer_invoices.get("999999")
        assert invoice.reference_number == "000101"
        statuses = [(r.method, r.status) for r in seen if "customerinvoice" in r.path]
        assert statuses == [("GET", 200), ("GET", 404)]
        ok = next(r for r in seen if r.status == 200 and "customerinvoice" in r.path)
        assert isinstance(ok, RawResponse) and ok.headers["content-type"].startswith("application")
    assert seen[-1].status == 404


async def test_a_header_reaches_the_server() -> None:
    import httpx

    sent: list[httpx.Headers] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers)
        return httpx.Response(404, json={"error": "not found"})

    async with BillomatClient(
        base_url="https://x.billomat.net", api_key="k", transport=httpx.MockTransport(answer)
    ) as billomat:
        with pytest.raises(NotFound):
            await billomat.with_options(headers={"X-Trace": "t-1"}).credit_notes.get(1)
        with pytest.raises(NotFound):
            await billomat.credit_notes.get(1)
    assert sent[0]["x-trace"] == "t-1" and "x-trace" not in sent[1]


async def test_a_narrower_retry_policy_and_timeout_per_view() -> None:
    plan = FaultPlan(operations={"getCreditNote": FaultRule(status_rates={500: 1.0})})
    async with BillomatClient.for_sandbox(Sandbox(faults=plan)) as billomat:
        once = billomat.with_options(retry=RetryPolicy(max_attempts=1))
        with raw_responses() as seen, pytest.raises(ServerError):
            await once.credit_notes.get(1)
        assert len(seen) == 1  # no retry: one answer
        assert billomat.retry_policy.max_attempts > 1  # the client itself is unchanged
        assert once.stats is billomat.stats  # shared counters


async def test_the_view_timeout_bounds_the_call() -> None:
    plan = FaultPlan(operations={"getCreditNote": FaultRule(latency=5.0)})
    async with BillomatClient.for_sandbox(Sandbox(faults=plan)) as billomat:
        with pytest.raises(RequestTimeout):
            await billomat.with_options(timeout=0.2).credit_notes.get(1)


async def test_closing_a_view_keeps_the_pool() -> None:
    async with CrmComClient.for_sandbox(Sandbox()) as crm:
        async with crm.with_options(timeout=30) as view:
            await view.payments.show(number="PAY0001")
        assert (await crm.payments.show(number="PAY0001")).number == "PAY0001"


def test_options_are_typed_keywords() -> None:
    with pytest.raises(TypeError):
        VismaClient(token="t").with_options(timout=5)  # type: ignore[call-arg]
