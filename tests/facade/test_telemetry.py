"""OpenTelemetry: one span per call, the SDK's metrics, and no secret in any attribute."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from billing_sdk import (
    BillomatClient,
    CrmComClient,
    NotFound,
    RetryPolicy,
    Telemetry,
    VismaClient,
    bulk,
)
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox


class Recorded:
    """A Telemetry wired to in-memory exporters."""

    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.telemetry = Telemetry(
            tracer_provider=tracer_provider, meter_provider=MeterProvider([self.reader])
        )

    def metrics(self) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        data = self.reader.get_metrics_data()
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found.setdefault(metric.name, []).extend(metric.data.data_points)
        return found


@pytest.fixture
def recorded() -> Iterator[Recorded]:
    yield Recorded()


async def test_one_span_per_call_with_its_outcome(recorded: Recorded) -> None:
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox, telemetry=recorded.telemetry) as visma:
        await visma.customer_invoices.get("000101")
        with pytest.raises(NotFound):
            await visma.customer_invoices.get("999999")
    spans = [s for s in recorded.spans.get_finished_spans() if "get_by" in s.name]
    ok, missing = spans
    assert ok.name.startswith("visma customer_invoice")
    assert ok.attributes is not None and missing.attributes is not None
    assert ok.attributes["billing_sdk.vendor"] == "visma"
    assert ok.attributes["http.response.status_code"] == 200
    assert ok.attributes["billing_sdk.attempts"] >= 1
    assert missing.attributes["http.response.status_code"] == 404
    assert missing.attributes["error.type"] == "NotFound"
    assert missing.status.status_code.name == "ERROR"
    assert not missing.events  # exceptions are not exported (their text is not ours to send)


async def test_retries_pauses_and_landed_writes(recorded: Recorded) -> None:
    plan = FaultPlan(
        operations={"getCreditNote": FaultRule(status_rates={503: 0.5}, retry_after=0.01)}
    )
    async with BillomatClient.for_sandbox(
        Sandbox(faults=plan, seed=3),
        telemetry=recorded.telemetry,
        retry=RetryPolicy(max_attempts=10, backoff_initial=0.01),
    ) as billomat:
        for _ in range(6):
            await billomat.credit_notes.get(1)
        await billomat.credit_note_payments.create(credit_note_id=1, amount=Decimal("1.00"))
    spans = recorded.spans.get_finished_spans()
    reads = [s for s in spans if s.name == "billomat get_credit_note"]
    assert len(reads) >= 6
    attempts = sum(int(s.attributes["billing_sdk.attempts"]) for s in reads)  # type: ignore[index]
    metrics = recorded.metrics()
    retries = sum(p.value for p in metrics["billing_sdk.retries"])
    assert retries >= 1 and attempts >= len(reads) + 1
    assert sum(p.value for p in metrics["billing_sdk.rate_limit.pauses"]) >= 1
    (write,) = [s for s in spans if s.name == "billomat create_credit_note_payment"]
    assert write.attributes is not None and write.attributes["billing_sdk.landed"] is True


async def test_job_waits_and_fan_out(recorded: Recorded) -> None:
    async with VismaClient.for_sandbox(Sandbox(), telemetry=recorded.telemetry) as visma:
        job = await visma.customer_invoices.get("000101", background=True)
        await job
        await bulk.map(visma.customer_invoices.get, ["000101", "000102", "999999"], concurrency=2)
    metrics = recorded.metrics()
    (wait,) = metrics["billing_sdk.job.wait.duration"]
    assert wait.count == 1 and wait.attributes["billing_sdk.outcome"] == "done"
    items = {
        p.attributes["billing_sdk.outcome"]: p.value for p in metrics["billing_sdk.fanout.items"]
    }
    assert items == {"ok": 2, "failed": 1}
    (workers,) = metrics["billing_sdk.fanout.concurrency"]
    assert workers.sum == 2


async def test_no_secret_in_any_attribute(recorded: Recorded) -> None:
    sandbox = Sandbox()
    crm_secrets = sandbox.crmcom.settings.public_credentials()
    visma_secrets = sandbox.visma.settings.public_credentials()
    secrets = {
        crm_secrets["password"],
        crm_secrets["web_api_key"],
        visma_secrets["client_secret"],
        sandbox.billomat.settings.public_credentials()["api_key"],
    }
    async with (
        VismaClient.for_sandbox(sandbox, telemetry=recorded.telemetry) as visma,
        CrmComClient.for_sandbox(sandbox, telemetry=recorded.telemetry) as crm,
        BillomatClient.for_sandbox(sandbox, telemetry=recorded.telemetry) as billomat,
    ):
        await visma.customer_invoices.get("000101")
        await crm.payments.show(number="PAY0001")
        await billomat.credit_notes.get(1)
    spans = recorded.spans.get_finished_spans()
    assert {s.attributes["billing_sdk.vendor"] for s in spans if s.attributes} == {
        "visma",
        "crmcom",
        "billomat",
    }
    exported = repr([(s.name, dict(s.attributes or {}), s.events) for s in spans])
    exported += repr(recorded.reader.get_metrics_data())
    for secret in secrets:
        assert secret not in exported
    # Nothing URL- or header-like is exported at all.
    assert "Authorization" not in exported and "url" not in exported.lower()
