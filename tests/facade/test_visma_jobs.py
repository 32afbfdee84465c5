"""Background jobs against the sandbox: errors, expiry, resume, cancellation, webhooks."""

from __future__ import annotations

import anyio
import pytest

from billing_sdk import (
    JobError,
    JobExpired,
    JobFailed,
    JobsFailed,
    JobTimeout,
    PreconditionFailed,
    VismaClient,
    WebhookSignatureError,
)
from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.sandbox._server import serve_asgi
from billing_sdk.visma import Action, Job
from billing_sdk.visma._webhooks import sign


def _job_state(sandbox: Sandbox, job_id: str) -> dict[str, object]:
    tenant = sandbox.visma.snapshot()
    jobs = tenant["tenants"][tenant["default_tenant"]]["jobs"]
    return next(job for job in jobs if job["id"] == job_id)


def _status_of(sandbox: Sandbox, number: str) -> str:
    tenant = sandbox.visma.snapshot()
    rows = tenant["tenants"][tenant["default_tenant"]]["invoices"]
    return str(next(row for row in rows if row["number"] == number)["status"])


async def test_inner_failure_raises_the_direct_calls_error(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as visma:
        invoice = await visma.customer_invoices.get("000106")
        await visma.customer_invoices.update(
            "000106", {"note": "first"}, if_match=invoice.time_stamp
        )
        with pytest.raises(PreconditionFailed) as direct:
            await visma.customer_invoices.update(
                "000106", {"note": "x"}, if_match=invoice.time_stamp
            )
        job = await visma.customer_invoices.update(
            "000106", {"note": "x"}, if_match=invoice.time_stamp, background=True
        )
        with pytest.raises(PreconditionFailed) as via_job:
            await job
    assert type(via_job.value) is type(direct.value)
    assert via_job.value.job_id == job.id and direct.value.job_id is None


async def test_failed_job_raises_job_failed() -> None:
    sandbox = Sandbox(
        visma=VismaSettings(
            failing_job_operations=frozenset({"customerInvoiceReleaseInvoiceByinvoiceNumber"})
        )
    )
    async with VismaClient.for_sandbox(sandbox) as visma:
        job = await visma.customer_invoices.release("000105", background=True)
        with pytest.raises(JobFailed) as info:
            await job
    assert info.value.job_id == job.id and "Simulated" in str(info.value)


async def test_expired_job_raises_job_expired() -> None:
    sandbox = Sandbox(visma=VismaSettings(job_duration=0.05, job_retention=0.3))
    async with VismaClient.for_sandbox(sandbox) as visma:
        job = await visma.customer_invoices.get("000101", background=True)
        await job
        await anyio.sleep(0.5)
        with pytest.raises(JobExpired):
            await job.status()
        with pytest.raises(JobExpired):
            await job.result()


async def test_a_resumed_job_completes_in_another_client(sandbox: Sandbox) -> None:
    async with VismaClient.for_sandbox(sandbox) as first:
        job = await first.customer_invoices.release("000105", background=True)
        token = job.continuation_token
    async with VismaClient.for_sandbox(sandbox) as second:  # e.g. another process
        resumed = second.background.resume(token)
        action = await resumed.wait(timeout=30)
        assert isinstance(action, Action) and action.done and action.document == "000105"
        assert type(action.result).__name__ == "ReleaseInvoiceActionResultDto"
        released = await action  # the invoice, as the action left it
    assert released.reference_number == "000105"
    assert _status_of(sandbox, "000105") == "Open"


async def test_cancelling_a_wait_leaves_the_server_job_running() -> None:
    sandbox = Sandbox(visma=VismaSettings(job_duration=0.6))
    async with VismaClient.for_sandbox(sandbox) as visma:
        job = await visma.customer_invoices.release("000107", background=True)
        with pytest.raises(JobTimeout):
            await job.wait(timeout=0.05)
        with anyio.move_on_after(0.05):  # a caller's own cancellation
            await job
        assert _status_of(sandbox, "000107") == "Balanced"  # not yet, and not cancelled
        await anyio.sleep(0.8)
        assert _status_of(sandbox, "000107") == "Open"
        assert _job_state(sandbox, job.id)["status"] == "Finished"
        assert (await job).done  # and it can still be awaited afterwards


async def test_webhook_mode_completes_without_a_single_poll() -> None:
    secret = "whsec-test"
    receiver: dict[str, object] = {}

    async def forward(scope: object, receive: object, send: object) -> None:
        await receiver["app"](scope, receive, send)  # type: ignore[operator]

    async with serve_asgi(forward) as receiver_url:
        sandbox = Sandbox(visma=VismaSettings(webhook_url=receiver_url, webhook_secret=secret))
        async with VismaClient.for_sandbox(sandbox, webhook_secret=secret) as visma:
            receiver["app"] = visma.webhooks.asgi_app  # mount it, as a user would
            job = await visma.customer_invoices.release("000104", background="subscription:run=7")
            assert isinstance(job, Job) and job.webhook
            result = await job.wait(timeout=30)
            created = await visma.customer_invoices.create(
                {"customer_number": "10002", "hold": True}, background="subscription"
            )
            invoice = await created.wait(timeout=30)
    assert isinstance(result, Action) and result.done
    assert job.stats.polls == 0
    assert invoice.reference_number and created.stats.polls == 1  # a create needs Location
    assert visma.webhooks.received == 2


def test_forged_notifications_are_refused() -> None:
    from billing_sdk.visma._webhooks import BackgroundWebhooks

    hooks = BackgroundWebhooks("right-secret")
    body = (
        b'{"event": "BACKGROUND_API_RESPONSE", "status": "Finished", "statusCode": 200,'
        b' "id": "00000000-0000-0000-0000-000000000001"}'
    )
    with pytest.raises(WebhookSignatureError):
        hooks.handle(body, {"X-Vwd-Signature-V1": sign(body, "wrong-secret")})
    with pytest.raises(WebhookSignatureError):
        hooks.handle(body, {})
    assert hooks.handle(body, {"x-vwd-signature-v1": sign(body, "right-secret")})


async def test_wait_all_shares_the_pool_and_keeps_order() -> None:
    import httpx

    sandbox = Sandbox(visma=VismaSettings(job_duration=0.3))
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    async with sandbox.running(), VismaClient.for_sandbox(sandbox, limits=limits) as visma:
        numbers = [f"000{n}" for n in range(115, 131)]  # 16 open invoices, 4 connections
        jobs = [await visma.customer_invoices.get(n, background=True) for n in numbers]
        results = await visma.background.wait_all(jobs, timeout=60)
        assert visma._engine.capacity.total == 3  # polls share the budget below the pool
    assert [r.reference_number for r in results] == numbers


async def test_wait_all_reports_every_outcome() -> None:
    sandbox = Sandbox(
        visma=VismaSettings(
            failing_job_operations=frozenset({"customerInvoiceReleaseInvoiceByinvoiceNumber"})
        )
    )
    async with VismaClient.for_sandbox(sandbox) as visma:
        ok = await visma.customer_invoices.get("000101", background=True)
        bad = await visma.customer_invoices.release("000105", background=True)
        also_ok = await visma.customer_invoices.get("000102", background=True)
        with pytest.raises(JobsFailed) as info:
            await visma.background.wait_all([ok, bad, also_ok], timeout=60)
        settled = await visma.background.settle_all([ok, bad, also_ok], timeout=60)
    error = info.value
    assert isinstance(error, JobError) and error.job_id == bad.id
    assert [o.job_id for o in error.outcomes] == [ok.id, bad.id, also_ok.id]
    assert [o.job_id for o in error.failed] == [bad.id]
    assert isinstance(error.failed[0].error, JobFailed)
    assert [o.result.reference_number for o in error.succeeded] == ["000101", "000102"]
    assert f"1 of 3 jobs failed ({bad.id}: JobFailed:" in str(error)
    assert [o.ok for o in settled] == [True, False, True]  # settle_all: no exception
    assert settled[0].unwrap().reference_number == "000101"
    with pytest.raises(JobFailed):
        settled[1].unwrap()


async def test_settle_all_marks_unfinished_jobs_as_timed_out() -> None:
    sandbox = Sandbox(visma=VismaSettings(job_duration=30.0))
    async with VismaClient.for_sandbox(sandbox) as visma:
        slow = await visma.customer_invoices.get("000101", background=True)
        (outcome,) = await visma.background.settle_all([slow], timeout=0.2)
    assert isinstance(outcome.error, JobTimeout) and outcome.job_id == slow.id
