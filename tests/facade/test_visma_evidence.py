"""Visma background jobs and actions as the public record shows them (real-wire-evidence.md V1,
V2, V3, V6), through the public facade against the sandbox, in-process and over loopback."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from billing_sdk import (
    ActionFailed,
    ActionTimeout,
    BadRequest,
    DecodeError,
    StateError,
    VismaClient,
)
from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.sandbox._server import serve_asgi
from billing_sdk.visma import Action, CustomerDocumentTypes, DocumentStatus, Job
from billing_sdk.visma._webhooks import BackgroundWebhooks, sign
from tests.facade._recorder import Recorder

PAYMENT = {"type": "Payment", "customer": "10001", "payment_amount": Decimal("10.00")}


@pytest.fixture(params=["in_process", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _served(mode: str, **settings: Any) -> AsyncIterator[Sandbox]:
    sandbox = Sandbox(visma=VismaSettings(**settings))
    if mode == "in_process":
        yield sandbox
    else:
        async with sandbox.running():
            yield sandbox


def _client(sandbox: Sandbox) -> tuple[VismaClient, Recorder]:
    recorder = Recorder(sandbox.transport())
    return VismaClient.for_sandbox(sandbox, transport=recorder), recorder


def _invoices(sandbox: Sandbox) -> list[dict[str, Any]]:
    snap = sandbox.visma.snapshot()
    rows: list[dict[str, Any]] = snap["tenants"][snap["default_tenant"]]["invoices"]
    return rows


# -- V1: a job whose inner call had no body ----------------------------------------------------


@pytest.mark.parametrize("headers", ["sent", "omitted"])
async def test_backgrounded_writes_without_a_body_return_what_the_direct_call_returns(
    mode: str, headers: str
) -> None:
    async for sb in _served(mode, job_duration=0.0, job_response_headers=headers):
        visma, recorder = _client(sb)
        async with visma:
            version = await (
                await visma.customer_invoices.update("000106", {"note": "bg"}, background=True)
            )
            deleted = await (await visma.customer_invoices.delete("000105", background=True))
            attached = await visma.customer_invoices.add_attachment(
                "000126", b"%PDF-1.4", filename="a.pdf", background=True
            )
            if headers == "sent":
                assert await attached  # the attachment id, from the inner Location
            else:
                with pytest.raises(DecodeError) as unknown:
                    await attached  # added, but without headers its id cannot be known
                assert unknown.value.landed is True
        assert deleted is None
        assert (version is not None) == (headers == "sent")  # the ETag is a header
        # /content was never asked for: the states said hasResponseContent false.
        assert recorder.to("/content") == []


@pytest.mark.parametrize("headers", ["sent", "omitted"])
async def test_a_backgrounded_create_finds_its_new_number_with_or_without_location(
    mode: str, headers: str
) -> None:
    async for sb in _served(mode, job_duration=0.0, job_response_headers=headers):
        visma, _ = _client(sb)
        async with visma:
            job = await visma.customer_payments.create(
                {**PAYMENT, "payment_ref": "V1-REF"}, background=True
            )
            payment = await job
            invoice_job = await visma.customer_invoices.create(
                {"customer_number": "10002", "hold": True, "external_reference": "V1-EXT"},
                background=True,
            )
            invoice = await invoice_job
        assert payment.payment_ref == "V1-REF" and payment.ref_nbr
        assert invoice.external_reference == "V1-EXT" and invoice.reference_number


async def test_a_create_without_location_or_reference_is_a_typed_error_that_it_landed(
    mode: str,
) -> None:
    async for sb in _served(mode, job_duration=0.0, job_response_headers="omitted"):
        visma, _ = _client(sb)
        async with visma:
            job = await visma.customer_invoices.create(
                {"customer_number": "10002", "hold": True}, background=True
            )
            with pytest.raises(DecodeError) as caught:
                await job
        assert caught.value.landed is True  # do not create it again


async def test_a_state_with_null_response_headers_is_read(mode: str) -> None:
    # The real state (ON-IT/Visma.Net) has "responseHeaders": null: read as absent (tolerant
    # reading), so an update's job ends without its ETag and a create's is found by its
    # reference, never a failed poll.
    async for sb in _served(mode, job_duration=0.0, job_response_headers="null"):
        visma, _ = _client(sb)
        async with visma:
            update = await visma.customer_invoices.update("000106", {"note": "n"}, background=True)
            assert await update is None  # no headers, no ETag: nothing to report, no error
            state = await update.status()
            assert state.response_headers is None
            created = await visma.customer_payments.create(
                {**PAYMENT, "payment_ref": "V3-NULL"}, background=True
            )
            payment = await created
        assert payment.payment_ref == "V3-NULL" and payment.ref_nbr


# -- V2: actions answer 202 with an action result, or a job --------------------------------------


async def test_a_direct_release_is_accepted_queued_and_awaited_on_the_document(mode: str) -> None:
    async for sb in _served(mode, action_delay=0.2):
        visma, recorder = _client(sb)
        async with visma:
            action = await visma.customer_invoices.release("000104")
            assert isinstance(action, Action)
            assert action.status == "Queued" and action.action_id and not action.done
            assert _status(sb, "000104") == "Balanced"  # accepted, not done yet
            invoice = await action.wait(timeout=30)
        assert invoice.status == DocumentStatus.OPEN and _status(sb, "000104") == "Open"
        (sent,) = recorder.to("/action/release")
        assert "erp-api-background" not in sent.headers
        assert len(recorder.to("/v1/customerinvoice/000104", "GET")) >= 2  # polled


async def test_a_kind_server_answering_done_at_once_is_read_the_same(mode: str) -> None:
    async for sb in _served(mode, action_delay=None):
        visma, _ = _client(sb)
        async with visma:
            action = await visma.customer_payments.release("000045")
            assert action.done and type(action.result).__name__ == "ReleasePaymentActionResultDto"
            payment = await action
        assert payment.status in (DocumentStatus.OPEN, DocumentStatus.CLOSED)


async def test_an_action_that_never_shows_done_times_out_typed(mode: str) -> None:
    async for sb in _served(mode, action_delay=60.0):
        visma, _ = _client(sb)
        async with visma:
            action = await visma.customer_payments.release("000045")
            with pytest.raises(ActionTimeout) as caught:
                await action.wait(timeout=0.3)
        assert caught.value.action_id == action.action_id and caught.value.document == "000045"


async def test_a_failed_action_result_is_action_failed(mode: str) -> None:
    async for sb in _served(mode, action_delay=None):
        visma, _ = _client(sb)
        async with visma:
            action = await visma.customer_payments.release("000045")
            action.raw = {**action.raw, "actionResult": "Failed", "errorInfo": "Period closed"}
            with pytest.raises(ActionFailed) as caught:
                await action
        assert caught.value.error_info == "Period closed" and caught.value.landed is False


async def test_reverse_runs_as_a_job_and_returns_the_credit_note(mode: str) -> None:
    async for sb in _served(mode):
        visma, recorder = _client(sb)
        async with visma:
            action = await visma.customer_invoices.reverse("000126")
            assert isinstance(action.job, Job) and action.status == "Accepted"
            note = await action
        (sent,) = recorder.to("/action/reverse")
        assert sent.headers["erp-api-background"] == "none"  # only the job names the note
        assert note.document_type == CustomerDocumentTypes.CREDITNOTE
        assert action.done and action.result is not None
        assert note.reference_number == action.result.reference_number


async def test_a_reverse_run_twice_makes_one_credit_note(mode: str) -> None:
    async for sb in _served(mode):
        before = sum(r["type"] == "CreditNote" for r in _invoices(sb))
        first, recorder = _client(sb)
        async with first:
            note = await (await first.customer_invoices.reverse("000126"))
            again = await first.customer_invoices.reverse("000126")  # same client: recorded
            assert await again == note
        second, recorder_2 = _client(sb)  # another process: finds the mirroring note
        async with second:
            found = await second.customer_invoices.reverse("000126")
            assert found.found and (await found).reference_number == note.reference_number
        after = sum(r["type"] == "CreditNote" for r in _invoices(sb))
        assert after == before + 1
        assert len(recorder.to("/action/reverse")) == 1
        assert recorder_2.to("/action/reverse") == []


@pytest.mark.parametrize("verb", ["correct", "reverse_and_apply_to_note"])
async def test_correct_or_reverse_and_apply_twice_is_refused_before_sending(
    mode: str, verb: str
) -> None:
    number = "000128" if verb == "correct" else "000129"
    async for sb in _served(mode):
        first, _ = _client(sb)
        async with first:
            made = await (await getattr(first.customer_invoices, verb)(number))
            assert made.reference_number != number
        second, recorder = _client(sb)
        async with second:
            with pytest.raises(StateError) as caught:
                await getattr(second.customer_invoices, verb)(number)
        assert caught.value.expected == "Open" and caught.value.actual == "Closed"
        assert [r for r in recorder.requests if "/action/" in r.url.path] == []


def _status(sandbox: Sandbox, number: str) -> str:
    return str(next(r for r in _invoices(sandbox) if r["number"] == number)["status"])


# -- V6: the void body's type, plain or wrapped ---------------------------------------------------


@pytest.mark.parametrize("form", ["plain", "wrapped", "either"])
async def test_void_survives_a_server_that_takes_only_one_form_of_type(
    mode: str, form: str
) -> None:
    async for sb in _served(mode, void_type_form=form):
        visma, recorder = _client(sb)
        async with visma:
            first = await (await visma.customer_payments.void("000031"))
            second = await (await visma.customer_payments.void("000032"))
        assert first.status == second.status == DocumentStatus.VOIDED
        bodies = [json.loads(r.content) for r in recorder.to("/action/void")]
        shapes = ["wrapped" if isinstance(b["type"], dict) else "plain" for b in bodies]
        if form == "wrapped":
            assert shapes == ["plain", "wrapped", "wrapped"]  # one 400, then remembered
        else:
            assert shapes == ["plain", "plain"]


@pytest.mark.parametrize("form", ["either", "wrapped"])
async def test_a_void_refused_for_another_reason_is_a_typed_bad_request(
    mode: str, form: str
) -> None:
    # A server that runs actions inside the call refuses a second void at once.
    async for sb in _served(mode, action_delay=None, void_type_form=form):
        visma, recorder = _client(sb)
        async with visma:
            await (await visma.customer_payments.void("000031"))
            recorder.requests.clear()
            visma._learned.void_type_wrapped = False  # as a fresh client would
            with pytest.raises(BadRequest) as caught:
                await visma.customer_payments.void("000031")
        assert "already voided" in str(caught.value)
        # "type" refused first (wrapped-only server): the wrapped form once, then its answer.
        assert len(recorder.to("/action/void")) == (2 if form == "wrapped" else 1)


# -- V7: notifications without event/eventType ----------------------------------------------------


@pytest.mark.parametrize("payload", ["full", "documented"])
async def test_webhook_jobs_finish_whatever_shape_the_notification_has(payload: str) -> None:
    secret = "whsec-v7"
    receiver: dict[str, Any] = {}

    async def forward(scope: Any, receive: Any, send: Any) -> None:
        await receiver["app"](scope, receive, send)

    async with serve_asgi(forward) as receiver_url:
        settings = VismaSettings(
            webhook_url=receiver_url, webhook_secret=secret, webhook_payload=payload
        )
        async with VismaClient.for_sandbox(Sandbox(visma=settings), webhook_secret=secret) as visma:
            receiver["app"] = visma.webhooks.asgi_app
            job = await visma.customer_invoices.release("000104", background="subscription")
            action = await job.wait(timeout=30)
    assert action.done and visma.webhooks.received == 1 and visma.webhooks.unmatched == 0
    # The documented payload says no status: the job reads its state once, then finishes.
    assert job.stats.polls == (0 if payload == "full" else 1)


def test_a_notification_is_matched_by_any_job_reference_and_never_dropped_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    hooks = BackgroundWebhooks("s")
    job = "6f1c2b7e-3a44-4f0e-9d3b-0c5e8a1f2d11"
    for payload in (
        {"referenceId": job, "statusCode": 200},
        {"stateLocation": f"https://api.finance.visma.net/v1/background/{job}"},
        {"eventType": "BACKGROUND_API_RESPONSE", "requestId": job.upper()},
    ):
        body = json.dumps(payload).encode()
        assert hooks.handle(body, {"X-Vwd-Signature-V1": sign(body, "s")}) == job
    other_event = json.dumps({"event": "CUSTOMER_CHANGED", "id": job}).encode()
    assert hooks.handle(other_event, {"X-Vwd-Signature-V1": sign(other_event, "s")}) is None
    nameless = json.dumps({"status": "Finished"}).encode()
    with caplog.at_level("WARNING", logger="billing_sdk.visma"):
        assert hooks.handle(nameless, {"X-Vwd-Signature-V1": sign(nameless, "s")}) is None
    assert hooks.unmatched == 1 and "names no background job" in caplog.text
