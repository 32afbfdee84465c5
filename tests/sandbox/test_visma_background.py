"""The Background API (``erp-api-background``), webhooks and the rate limit.

Jobs are queued with a short ``job_duration`` and polled; nothing here waits on a wall clock
beyond short sleeps that the configured timings make sufficient.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from uuid import UUID

import anyio
import pytest

from billing_sdk._generated.visma_erp_api.api.background import (
    background_get_content,
    background_get_state,
)
from billing_sdk._generated.visma_erp_api.api.customer_payment import (
    customer_payment_get_bypayment_number,
    customer_payment_release_payment_bypayment_number,
)
from billing_sdk._generated.visma_erp_api.models import (
    BackgroundApiAcceptedDto,
    BackgroundRequestStateDto,
    BackgroundRequestStatus,
    DocumentStatus,
    PaymentDto,
    ReleasePaymentActionDto,
)
from tests.sandbox.conftest_visma import (
    MODES,
    OTHER_TENANT,
    SETTINGS,
    JobClock,
    reach,
    wait_for_job,
    webhook_receiver,
)

pytestmark = pytest.mark.parametrize("mode", MODES)
FAST = SETTINGS.__class__(job_duration=0.05)


async def test_background_release_finishes(mode: str) -> None:
    async with reach(mode, FAST) as r, await r.client() as client:
        accepted = await customer_payment_release_payment_bypayment_number.asyncio_detailed(
            "000045", client=client, body=ReleasePaymentActionDto(), erp_api_background="none"
        )
        assert accepted.status_code == 202
        job = accepted.parsed
        assert isinstance(job, BackgroundApiAcceptedDto)
        assert job.state_location == f"{r.base_url}/v1/background/{job.id}"
        assert isinstance(job.id, UUID)
        queued = await background_get_state.asyncio_detailed(job.id, client=client)
        assert isinstance(queued.parsed, BackgroundRequestStateDto)
        still = await customer_payment_get_bypayment_number.asyncio_detailed(
            "000045", client=client
        )
        assert isinstance(still.parsed, PaymentDto)
        if queued.parsed.status == BackgroundRequestStatus.STARTED:
            assert queued.parsed.status_code == 0
        async with await r.authed() as http:
            state = await wait_for_job(http, str(job.id))
        # The inner call answered as the action does: 202 with its (now final) result.
        assert state["status"] == "Finished" and state["statusCode"] == 202
        assert state["hasResponseContent"] is True
        assert state["originalUri"].endswith("/v1/customerPayment/000045/action/release")
        assert state["contentLocation"] == f"{r.base_url}/v1/background/{job.id}/content"
        assert state["webhookAddress"] == "none"
        assert state["responseHeaders"]["ETag"].startswith('"')
        content = await background_get_content.asyncio_detailed(job.id, client=client)
        assert content.status_code == 200
        assert isinstance(content.parsed, dict) and content.parsed["actionResult"] == "Done"
        payment = await customer_payment_get_bypayment_number.asyncio_detailed(
            "000045", client=client
        )
        assert isinstance(payment.parsed, PaymentDto)
        assert payment.parsed.status == DocumentStatus.CLOSED
        assert state["responseHeaders"]["ETag"] == payment.headers["etag"]


async def test_job_runs_against_current_state(mode: str) -> None:
    slow = SETTINGS.__class__(job_duration=3600.0)
    async with reach(mode, slow) as r, await r.authed() as http:
        clock = JobClock(r.sandbox)
        etag = (await http.get("/v1/customerinvoice/000104")).headers["etag"]
        queued = await http.put(
            "/v1/customerinvoice/000104",
            json={"note": {"value": "from the job"}},
            headers={"If-Match": etag, "erp-api-background": "none"},
        )
        assert queued.status_code == 202
        direct = await http.put(
            "/v1/customerinvoice/000104",
            json={"note": {"value": "direct"}},
            headers={"If-Match": etag},
        )
        assert direct.status_code == 204
        waiting = (await http.get(f"/v1/background/{queued.json()['id']}")).json()
        assert waiting["status"] == "Started"
        clock.advance(3600)
        state = await wait_for_job(http, queued.json()["id"])
        assert state["status"] == "Finished" and state["statusCode"] == 412
        assert state["hasResponseContent"] is False
        content = await http.get(f"/v1/background/{state['id']}/content")
        assert content.status_code == 404  # no content: the vendor's answer (evidence V1)
        assert content.json()["message"] == "No background operation response content was found."
        assert (await http.get("/v1/customerinvoice/000104")).json()["note"] == "direct"


async def test_inner_business_error_is_finished_with_its_status(mode: str) -> None:
    async with reach(mode, FAST) as r, await r.authed() as http:
        queued = await http.post(
            "/v1/customerinvoice/000101/action/release", headers={"erp-api-background": "none"}
        )
        state = await wait_for_job(http, queued.json()["id"])
        assert state["status"] == "Finished" and state["statusCode"] == 400
        content = await http.get(f"/v1/background/{state['id']}/content")
        assert content.status_code == 200 and "hold" in content.json()["message"]


async def test_failed_job_and_failed_processing(mode: str) -> None:
    failing = SETTINGS.__class__(
        job_duration=0.05,
        failing_job_operations=frozenset({"customerPaymentReleasePaymentBypaymentNumber"}),
    )
    async with reach(mode, failing) as r, await r.authed() as http:
        queued = await http.post(
            "/v1/customerPayment/000045/action/release",
            json={},
            headers={"erp-api-background": "none"},
        )
        state = await wait_for_job(http, queued.json()["id"])
        assert state["status"] == "Failed" and state["statusCode"] == 0
        assert "failure" in state["errorMessage"]
        assert (await http.get(f"/v1/background/{state['id']}/content")).status_code == 404
        payment = (await http.get("/v1/customerPayment/000045")).json()
        assert payment["status"] == "Balanced"


async def test_bad_input_is_refused_before_queueing(mode: str) -> None:
    async with reach(mode, FAST) as r, await r.authed() as http:
        bad = await http.put(
            "/v1/customerPayment/000042",
            json={"paymentAmount": "lots"},
            headers={"erp-api-background": "none"},
        )
        assert bad.status_code == 400
        header = await http.get(
            "/v1/customerPayment/000042", headers={"erp-api-background": "sometimes"}
        )
        assert header.status_code == 400
        assert r.sandbox.visma.snapshot()["tenants"][SETTINGS.tenant_id]["jobs"] == []


async def test_retention_other_tenant_and_unknown_ids(mode: str) -> None:
    short = SETTINGS.__class__(job_duration=0.0, job_retention=60.0)
    async with reach(mode, short) as r, await r.authed() as http:
        clock = JobClock(r.sandbox)
        queued = await http.get(
            "/v1/customerinvoice/000130/print", headers={"erp-api-background": "none"}
        )
        job_id = queued.json()["id"]
        await wait_for_job(http, job_id)
        content = await http.get(f"/v1/background/{job_id}/content")
        assert content.status_code == 200
        assert content.headers["content-type"] == "application/octet-stream"
        assert content.content.startswith(b"%PDF")
        async with await r.authed(OTHER_TENANT) as other:
            assert (await other.get(f"/v1/background/{job_id}")).status_code == 403
            assert (await other.get(f"/v1/background/{job_id}/content")).status_code == 403
        clock.advance(60)
        assert (await http.get(f"/v1/background/{job_id}")).status_code == 410
        assert (await http.get(f"/v1/background/{job_id}/content")).status_code == 410
        unknown = await http.get("/v1/background/6f1c2b7e-3a44-4f0e-9d3b-0c5e8a1f2d11")
        assert unknown.status_code == 404
        assert (await http.get("/v1/background/not-a-guid")).status_code == 400


async def test_job_timing_per_operation(mode: str) -> None:
    timings = SETTINGS.__class__(
        job_duration=60.0, job_durations={"customerInvoiceGetWorkTypes": 0.0}
    )
    async with reach(mode, timings) as r, await r.authed() as http:
        fast = await http.get(
            "/v1/customerinvoice/worktypes", headers={"erp-api-background": "none"}
        )
        slow = await http.get("/v1/customerinvoice/000101", headers={"erp-api-background": "none"})
        state = await wait_for_job(http, fast.json()["id"])
        assert state["status"] == "Finished"
        waiting = (await http.get(f"/v1/background/{slow.json()['id']}")).json()
        assert waiting["status"] == "Started" and waiting["statusCode"] == 0
        assert "startedUtc" not in waiting and "finishedUtc" not in waiting
        assert (await http.get(f"/v1/background/{slow.json()['id']}/content")).status_code == 404


async def test_webhook_is_signed_and_carries_subscription_headers(mode: str) -> None:
    async with webhook_receiver() as (url, received):
        settings = SETTINGS.__class__(job_duration=0.02, webhook_url=url, webhook_secret="s3cret")
        async with reach(mode, settings) as r, await r.authed() as http:
            queued = await http.post(
                "/v1/customerPayment/000045/action/release",
                json={"type": {"value": "Payment"}},
                headers={
                    "erp-api-background": "subscription:x-correlation-id=abc-123,x-source=test"
                },
            )
            assert queued.status_code == 202
            direct = await http.get(
                "/v1/customerinvoice/worktypes", headers={"erp-api-background": url}
            )
            refused = await http.get(
                "/v1/customerinvoice/worktypes",
                headers={"erp-api-background": "https://example.com/hook"},
            )
            for _ in range(1500):
                if len(received) >= 2:
                    break
                await anyio.sleep(0.02)
            state = await wait_for_job(http, refused.json()["id"])
            assert state["webhookAddress"] == "https://example.com/hook"
            jobs = r.sandbox.visma.snapshot()["tenants"][SETTINGS.tenant_id]["jobs"]
            by_id = {job["id"]: job for job in jobs}
            assert by_id[refused.json()["id"]]["webhook"].startswith("refused")
        assert len(received) == 2
        first = next(x for x in received if x.headers.get("x-correlation-id"))
        signature = base64.b64encode(
            hmac.new(b"s3cret", first.body, hashlib.sha256).digest()
        ).decode()
        assert first.headers["x-vwd-signature-v1"] == signature
        assert first.headers["x-source"] == "test"
        assert first.headers["x-vwd-tenant-id"] == SETTINGS.tenant_id
        payload = json.loads(first.body)
        assert payload["event"] == "BACKGROUND_API_RESPONSE"
        assert payload["id"] == payload["requestId"] == queued.json()["id"]
        assert payload["statusCode"] == 202 and payload["status"] == "Finished"
        assert payload["stateLocation"] == queued.json()["stateLocation"]
        assert payload["contentLocation"].endswith("/content")
        legacy = next(x for x in received if not x.headers.get("x-correlation-id"))
        assert json.loads(legacy.body)["id"] == direct.json()["id"]


async def test_rate_limit_headers_and_429(mode: str) -> None:
    limited = SETTINGS.__class__(rate_limit=3, rate_window=60)
    async with reach(mode, limited) as r, await r.authed() as http:
        first = await http.get("/v1/customerinvoice/worktypes")
        assert first.headers["x-ratelimit-limit"] == "3"
        assert first.headers["x-ratelimit-remaining"] == "2"
        assert 0 < int(first.headers["x-ratelimit-reset"]) <= 60
        assert first.headers["x-ratelimit-policy"] == "4-fixed-window"
        await http.get("/v1/customerinvoice/worktypes")
        await http.get("/v1/customerinvoice/worktypes")
        throttled = await http.get("/v1/customerinvoice/worktypes")
        assert throttled.status_code == 429
        assert 1 <= int(throttled.headers["retry-after"]) <= 60
        assert throttled.json()["statusCode"] == 429
        assert "Rate limit" in throttled.json()["message"]
        # The window is per tenant and client: another company is not throttled.
        async with await r.authed(OTHER_TENANT) as other:
            assert (await other.get("/v1/customerinvoice/worktypes")).status_code == 200
