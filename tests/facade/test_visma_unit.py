"""Visma facade behaviour pinned with respx: update wrappers, versions, jobs, modify."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import pytest
import respx

from billing_sdk import JobExpired, JobFailed, JobTimeout
from billing_sdk import _errors as errors
from billing_sdk.visma import CustomerInvoiceUpdateDto, Job, PaymentUpdateDto, VismaClient
from billing_sdk.visma._base import if_match_header
from billing_sdk.visma._operations import background_header
from billing_sdk.visma._updates import build_update

API = "https://api.example.test"
JOB = str(uuid.UUID(int=7))


@pytest.fixture
async def visma() -> AsyncIterator[VismaClient]:
    async with VismaClient(base_url=API, token="static-token") as client:
        client._transport._sleep = _no_sleep
        yield client


async def _no_sleep(seconds: float) -> None:
    return None


def test_update_builder_wraps_scalars_and_keeps_lines_unwrapped() -> None:
    dto = build_update(
        PaymentUpdateDto,
        {
            "payment_amount": Decimal("100.25"),
            "hold": False,
            "application_date": dt.date(2024, 3, 1),
            "type": "Payment",
            "payment_lines": [
                {"operation": "Insert", "ref_nbr": "000101", "amount_paid": Decimal("10.50")}
            ],
        },
    )
    wire = dto.to_dict()
    assert wire["paymentAmount"] == {"value": 100.25}
    assert wire["hold"] == {"value": False}
    assert wire["applicationDate"] == {"value": "2024-03-01T00:00:00"}
    assert wire["type"] == {"value": "Payment"}
    assert wire["paymentLines"] == [
        {"operation": "Insert", "refNbr": {"value": "000101"}, "amountPaid": {"value": 10.5}}
    ]
    assert set(wire) == {"paymentAmount", "hold", "applicationDate", "type", "paymentLines"}


@pytest.mark.parametrize(
    "changes",
    [
        {"no_such_field": 1},
        {"type": "NotAType"},
        {"payment_amount": 1.5},  # float refused: money is Decimal
        {"Hold": True},
        {"payment_lines": [{"operation": "Insert", "no_such_line_field": 1}]},
        {"payment_lines": {"operation": "Insert"}},
    ],
)
def test_update_builder_refuses_what_can_never_be_valid(changes: dict[str, object]) -> None:
    with pytest.raises(errors.ValidationError):
        build_update(PaymentUpdateDto, changes)


def test_if_match_and_background_values() -> None:
    assert if_match_header("AAAAAE0YIiI=") == '"AAAAAE0YIiI="'
    assert if_match_header('"AAAAAE0YIiI="') == '"AAAAAE0YIiI="'
    assert if_match_header('W/"x"') == 'W/"x"'
    assert if_match_header("*") == "*"
    with pytest.raises(errors.ValidationError):
        if_match_header("a\r\nInjected: 1")
    assert background_header(True) == "none"
    assert background_header("subscription:tenant=a,run=7") == "subscription:tenant=a,run=7"
    with pytest.raises(errors.ValidationError):
        background_header("https://attacker.example/hook")


@respx.mock
async def test_bad_input_sends_nothing(visma: VismaClient) -> None:
    route = respx.route(host="api.example.test").mock(return_value=httpx.Response(200))
    with pytest.raises(errors.ValidationError):
        await visma.customer_invoices.get("../000101/../0001")  # longer than the ERP column
    with pytest.raises(errors.ValidationError):
        await visma.customer_invoices.get("0001\x00")
    with pytest.raises(errors.ValidationError):
        visma.customer_invoices.list(document_date=dt.date(2024, 1, 1))  # no condition
    with pytest.raises(errors.ValidationError):
        visma.customer_payments.list(status="Nonsense")
    with pytest.raises(errors.ValidationError):
        await visma.customer_invoices.update("000101", {"exchange_rate": 1.1})
    assert route.call_count == 0


@respx.mock
async def test_a_call_checks_its_arguments_when_awaited_like_an_async_def(
    visma: VismaClient,
) -> None:
    # Nothing is checked (or sent) until the call is awaited: gather(..., return_exceptions=
    # True) and task groups get the ValidationError from the await, as from an async def.
    route = respx.route(host="api.example.test").mock(return_value=httpx.Response(200))
    calls = [
        visma.customer_invoices.get("0001\x00"),
        visma.customer_payments.release("000031", payment_type="Nonsense"),
        visma.customer_invoices.reverse("000101", background="later"),
    ]
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert [type(o) for o in outcomes] == [errors.ValidationError] * 3
    assert route.call_count == 0


@respx.mock
async def test_create_follows_location_and_update_returns_the_new_version(
    visma: VismaClient,
) -> None:
    respx.post(f"{API}/v1/customerPayment").mock(
        return_value=httpx.Response(
            201, headers={"Location": f"{API}/v1/customerPayment/000777", "ETag": '"v1"'}
        )
    )
    respx.get(f"{API}/v1/customerPayment/000777").mock(
        return_value=httpx.Response(200, json={"refNbr": "000777", "timeStamp": "v1"})
    )
    put = respx.put(f"{API}/v1/customerPayment/000777").mock(
        return_value=httpx.Response(204, headers={"ETag": '"v2"'})
    )
    payment = await visma.customer_payments.create(
        {"customer": "10001", "payment_amount": Decimal("5")}
    )
    assert payment.ref_nbr == "000777"
    version = await visma.customer_payments.update(
        "000777", {"invoice_text": "hello"}, if_match=payment.time_stamp
    )
    assert version == '"v2"'
    sent = put.calls.last.request
    assert sent.headers["if-match"] == '"v1"'
    assert json.loads(sent.content) == {"invoiceText": {"value": "hello"}}


@respx.mock
async def test_updates_of_one_invoice_queue_up_and_leave_no_lock_behind(
    visma: VismaClient,
) -> None:
    """Writes to one document from one client are sent one at a time, in call order; one
    cancelled while it waits sends nothing and leaves nothing behind."""
    inside, most, texts = 0, 0, []

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        texts.append(json.loads(request.content)["invoiceText"]["value"])
        await asyncio.sleep(0.01)
        inside -= 1
        return httpx.Response(204, headers={"ETag": f'"v{len(texts)}"'})

    respx.put(f"{API}/v1/customerinvoice/000101").mock(side_effect=answer)
    update = visma.customer_invoices.update
    calls = [asyncio.create_task(update("000101", {"invoice_text": str(i)})) for i in range(3)]
    cancelled = asyncio.create_task(update("000101", {"invoice_text": "never"}))
    await asyncio.sleep(0.005)
    cancelled.cancel()
    versions = await asyncio.gather(*calls)
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    assert most == 1
    assert texts == ["0", "1", "2"]
    assert sorted(versions) == ['"v1"', '"v2"', '"v3"']
    assert len(visma._write_locks) == 0


async def test_a_bad_update_raises_from_the_await_not_the_call(visma: VismaClient) -> None:
    call = visma.customer_invoices.update("000101", {"invoice_text": 1.5})
    with pytest.raises(errors.ValidationError):
        await call
    bad_number = visma.customer_payments.update("x" * 40, {"invoice_text": "t"})
    with pytest.raises(errors.ValidationError):
        await bad_number
    assert len(visma._write_locks) == 0


@respx.mock
async def test_stale_version_is_precondition_failed(visma: VismaClient) -> None:
    respx.put(f"{API}/v1/customerinvoice/000101").mock(return_value=httpx.Response(412))
    with pytest.raises(errors.PreconditionFailed) as info:
        await visma.customer_invoices.update("000101", {"note": "x"}, if_match="old")
    assert info.value.if_match == '"old"'
    assert info.value.landed is False


def _state(status: str, code: int = 0, headers: dict[str, str] | None = None) -> dict[str, object]:
    return {
        "id": JOB,
        "status": status,
        "statusCode": code,
        "responseHeaders": headers or {},
        "originalUri": f"{API}/v1/customerinvoice/000101/action/release",
    }


@respx.mock
async def test_background_release_returns_the_direct_type(visma: VismaClient) -> None:
    release = respx.post(f"{API}/v1/customerinvoice/000101/action/release").mock(
        return_value=httpx.Response(202, json={"id": JOB, "stateLocation": "x"})
    )
    state = respx.get(f"{API}/v1/background/{JOB}").mock(
        side_effect=[
            httpx.Response(200, json=_state("Started")),
            httpx.Response(200, json=_state("Finished", 200)),
        ]
    )
    respx.get(f"{API}/v1/background/{JOB}/content").mock(
        return_value=httpx.Response(200, json={"actionId": JOB, "actionResult": "Done"})
    )
    job = await visma.customer_invoices.release("000101", background=True)
    assert isinstance(job, Job)
    assert release.calls.last.request.headers["erp-api-background"] == "none"
    action = await job.wait(timeout=30)
    assert type(action.result).__name__ == "ReleaseInvoiceActionResultDto"
    assert action.status == "Done" and action.done and action.document == "000101"
    assert state.call_count == 2
    assert job.stats.polls == 2


@respx.mock
async def test_job_with_inner_error_raises_what_the_direct_call_raises(visma: VismaClient) -> None:
    respx.post(f"{API}/v1/customerinvoice/000101/action/release").mock(
        return_value=httpx.Response(202, json={"id": JOB, "stateLocation": "x"})
    )
    respx.get(f"{API}/v1/background/{JOB}").mock(
        return_value=httpx.Response(200, json=_state("Finished", 412))
    )
    respx.get(f"{API}/v1/background/{JOB}/content").mock(return_value=httpx.Response(204))
    job = await visma.customer_invoices.release("000101", if_match="old", background=True)
    with pytest.raises(errors.PreconditionFailed) as info:
        await job
    assert info.value.job_id == JOB


@respx.mock
async def test_failed_and_expired_jobs(visma: VismaClient) -> None:
    respx.get(f"{API}/v1/background/{JOB}").mock(
        side_effect=[
            httpx.Response(200, json={**_state("Failed"), "errorMessage": "worker crashed"}),
            httpx.Response(410, json={"message": "gone"}),
        ]
    )
    job = visma.background.job(JOB)
    with pytest.raises(JobFailed, match="worker crashed"):
        await job.wait()
    with pytest.raises(JobExpired):
        await job.status()


@respx.mock
async def test_wait_timeout_leaves_the_job_and_token_resumes_it(visma: VismaClient) -> None:
    respx.post(f"{API}/v1/customerPayment/000777/action/void").mock(
        return_value=httpx.Response(202, json={"id": JOB, "stateLocation": "x"})
    )
    respx.get(f"{API}/v1/background/{JOB}").mock(
        return_value=httpx.Response(200, json=_state("Started"))
    )
    job = await visma.customer_payments.void("000777", background=True)
    with pytest.raises(JobTimeout):
        await job.wait(timeout=0.2)
    token = job.continuation_token
    assert json.loads(token) == {
        "v": 1,
        "job_id": JOB,
        "operation": "customer_payments.void",
        "reference": {"document": "000777"},  # the payment the action acts on
    }
    resumed = visma.background.resume(token)
    assert resumed.kind is job.kind
    with pytest.raises(errors.ValidationError):
        visma.background.resume('{"v": 1, "job_id": "nope", "operation": "x"}')


@respx.mock
async def test_modify_rereads_and_reapplies_on_412(visma: VismaClient) -> None:
    versions = iter(["v1", "v2", "v3"])
    rates = iter([1, 5, 5])

    def current(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "referenceNumber": "000101",
                "timeStamp": next(versions),
                "exchangeRate": next(rates),
            },
        )

    respx.get(f"{API}/v1/customerinvoice/000101").mock(side_effect=current)
    put = respx.put(f"{API}/v1/customerinvoice/000101").mock(
        side_effect=[httpx.Response(412), httpx.Response(204, headers={"ETag": '"v3"'})]
    )
    seen: list[float] = []

    def add_one(invoice: object) -> dict[str, object]:
        rate = invoice.exchange_rate  # type: ignore[attr-defined]
        seen.append(rate)
        return {"exchange_rate": Decimal(str(rate)) + 1}

    outcome = await visma.customer_invoices.modify("000101", add_one)
    assert seen == [1, 5]
    assert outcome.conflicts == 1 and outcome.attempts == 2
    assert outcome.version == '"v3"'
    assert [c.request.headers["if-match"] for c in put.calls] == ['"v1"', '"v2"']
    assert json.loads(put.calls.last.request.content) == {"exchangeRate": {"value": 6.0}}


@respx.mock
async def test_modify_callback_may_refuse(visma: VismaClient) -> None:
    respx.get(f"{API}/v1/customerinvoice/000101").mock(
        return_value=httpx.Response(200, json={"timeStamp": "v1", "status": "Closed"})
    )
    put = respx.put(f"{API}/v1/customerinvoice/000101")

    async def refuse(invoice: object) -> dict[str, object]:
        raise LookupError("closed invoices stay closed")

    with pytest.raises(LookupError):
        await visma.customer_invoices.modify("000101", refuse)
    assert put.call_count == 0
    assert len(visma._write_locks) == 0


def test_invoice_update_builder_handles_nested_models() -> None:
    dto = build_update(CustomerInvoiceUpdateDto, {"hold": True, "invoice_lines": []})
    assert dto.to_dict() == {"hold": {"value": True}, "invoiceLines": []}


def test_poll_schedule_starts_fast_backs_off_caps_and_follows_hints() -> None:
    import itertools
    import random

    from billing_sdk.visma._jobs import POLL_FIRST, POLL_MAX, POLL_MAX_ADVISED, PollSchedule

    schedule = PollSchedule(random.Random(5))
    waits = [schedule.next_wait() for _ in range(30)]
    assert waits[0] <= POLL_FIRST * 1.1
    assert all(b >= a * 0.8 for a, b in itertools.pairwise(waits))  # grows (jitter aside)
    assert max(waits) <= POLL_MAX * 1.1
    assert schedule.next_wait(advised=0.25) == 0.25
    assert schedule.next_wait(advised=3600) == POLL_MAX_ADVISED


@pytest.mark.parametrize("resource", ["customer_invoices", "customer_payments"])
@pytest.mark.parametrize(("page_number", "page_size"), [(0, 10), (1, 0), (-1, 10), (1, True)])
async def test_get_page_checks_page_number_and_size_before_sending(
    resource: str, page_number: int, page_size: int
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    async with VismaClient(
        base_url="https://erp.example", token="t", transport=httpx.MockTransport(answer)
    ) as visma:
        with pytest.raises(errors.ValidationError):
            await getattr(visma, resource).get_page(page_number, page_size)
    assert sent == []
