"""Visma rows of real-wire-evidence.md decided on the wire (V9, V10, V11, V15): what the SDK
sends, and the real-shaped refusal a server may answer, through the public facade in-process
and over loopback."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from billing_sdk import BadRequest, Unauthorized, UnknownValueWarning, VismaClient
from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.sandbox._server import serve_asgi
from tests.facade._recorder import Recorder

READ_ONLY = ("vismanet_erp_service_api:read",)


@pytest.fixture(params=["in_process", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _sandbox(mode: str, **settings: Any) -> AsyncIterator[Sandbox]:
    sandbox = Sandbox(visma=VismaSettings(**settings))
    if mode == "in_process":
        yield sandbox
    else:
        async with sandbox.running():
            yield sandbox


# -- V9: an app not granted every scope ---------------------------------------------------------


async def test_a_scope_the_app_lacks_is_a_typed_error_naming_the_option(mode: str) -> None:
    async for sb in _sandbox(mode, scopes=READ_ONLY):
        async with VismaClient.for_sandbox(sb) as visma:
            with pytest.raises(Unauthorized) as caught:
                await visma.customer_invoices.get("000101")
        text = str(caught.value)
        assert caught.value.code == "invalid_scope" and "scopes=" in text
        assert "vismanet_erp_service_api:delete" in text  # what was asked for
        async with VismaClient.for_sandbox(sb, scopes=READ_ONLY) as visma:
            assert (await visma.customer_invoices.get("000101")).reference_number == "000101"


# -- V10: the date filters as the vendor documents them ----------------------------------------


async def test_date_filters_travel_as_documented(mode: str) -> None:
    async for sb in _sandbox(mode):
        recorder = Recorder(sb.transport())
        async with VismaClient.for_sandbox(sb, transport=recorder) as visma:
            since = [
                i.reference_number
                async for i in visma.customer_invoices.list(
                    document_date=dt.date(2026, 1, 1), document_date_condition=">="
                )
            ]
            payments = [
                p.ref_nbr
                async for p in visma.customer_payments.list(
                    last_modified_date_time=dt.datetime(2020, 1, 2, 3, 4, 5),
                    last_modified_date_time_condition=">",
                )
            ]
        assert since and payments
        (invoices_sent,) = recorder.to("/v1/customerinvoice", "GET")
        assert invoices_sent.url.params["documentDate"] == "2026-01-01"  # yyyy-MM-dd
        payments_sent = recorder.to("/v1/customerPayment", "GET")[0]
        assert payments_sent.url.params["lastModifiedDateTime"] == "2020-01-02 03:04:05"


# -- V11 and V15: a server that reads the request another way answers 400 naming it --------------


def _refusing(message: str) -> Callable[[Request], Any]:
    async def refuse(request: Request) -> Response:
        return JSONResponse({"message": message}, status_code=400)

    return refuse


async def _token(request: Request) -> Response:
    return JSONResponse({"access_token": "t", "token_type": "Bearer", "expires_in": 3600})


def _strict_server(message: str) -> Starlette:
    """A Visma that refuses every API call with a real-shaped 400 naming what it wanted."""
    return Starlette(
        routes=[
            Route("/connect/token", _token, methods=["POST"]),
            Route("/{path:path}", _refusing(message), methods=["GET", "POST", "PUT"]),
        ]
    )


async def _client(mode: str, app: Starlette) -> AsyncIterator[VismaClient]:
    options: dict[str, Any] = {"client_id": "c", "client_secret": "s", "tenant_id": "t"}
    if mode == "in_process":
        transport = httpx.ASGITransport(app=app)
        async with VismaClient(
            base_url="http://visma.invalid",
            token_url="http://visma.invalid/connect/token",
            transport=transport,
            allow_insecure_http=True,
            **options,
        ) as visma:
            yield visma
    else:
        async with (
            serve_asgi(app) as url,
            VismaClient(
                base_url=url, token_url=f"{url}/connect/token", allow_insecure_http=True, **options
            ) as visma,
        ):
            yield visma


async def test_a_server_spelling_the_dunning_operators_the_seeds_way_is_a_typed_error(
    mode: str,
) -> None:
    message = "Invalid value '>=' for dunningLetterDateTimeCondition: use =< or =>."
    async for visma in _client(mode, _strict_server(message)):
        with pytest.raises(BadRequest) as caught:
            async for _ in visma.customer_invoices.list(
                dunning_letter_date_time=dt.date(2026, 1, 1),
                dunning_letter_date_time_condition=">=",
            ):
                pass
    assert caught.value.vendor_message == message and caught.value.landed is False


async def test_a_server_wanting_another_attachment_part_is_a_typed_error(mode: str) -> None:
    message = "The request must carry exactly one part named 'v'."
    async for visma in _client(mode, _strict_server(message)):
        with pytest.raises(BadRequest) as caught:
            await visma.customer_invoices.add_attachment(
                "000126",
                b"%PDF-1.4",
                filename="a.pdf",
                metadata={"includeAttachmentInvoiceEmail": True},
            )
    assert caught.value.vendor_message == message and caught.value.landed is False
    assert json.dumps(caught.value.headers)  # secret-free, printable


# -- V3: a job the server reports as queued, as a real state is written -------------------------

_JOB = "5b5b7f53-4d3b-4c05-9a3e-8f0c1d8f2a11"


def _queued_job_server(polls: list[str]) -> Starlette:
    """A Visma whose background job is queued for two polls (status a plain string the spec
    does not list, no start date yet), then finished; the state has a real company's shape:
    fractions and an offset on the dates, nulls where nothing is set."""

    async def start(request: Request) -> Response:
        assert request.headers["erp-api-background"] == "none"
        return JSONResponse({"id": _JOB, "stateLocation": f"/v1/background/{_JOB}"}, 202)

    async def state(request: Request) -> Response:
        polls.append(request.url.path)
        queued = len(polls) <= 2
        return JSONResponse(
            {
                "id": _JOB,
                "status": "Queued" if queued else "Finished",
                "statusCode": 0 if queued else 204,
                "receivedUtc": "2022-11-10T10:20:53.75+01:00",
                "startedUtc": None if queued else "2022-11-10T10:20:54.1234567+01:00",
                "finishedUtc": None if queued else "2022-11-10T10:20:55+01:00",
                "errorMessage": None,
                "reference": None,
                "responseHeaders": None,
                "hasResponseContent": False if not queued else None,
            }
        )

    async def content(request: Request) -> Response:
        polls.append("content")
        return JSONResponse({"message": "No background operation response content was found."}, 404)

    return Starlette(
        routes=[
            Route("/connect/token", _token, methods=["POST"]),
            Route("/v1/customerinvoice/{number}", start, methods=["PUT"]),
            Route("/v1/background/{job}", state, methods=["GET"]),
            Route("/v1/background/{job}/content", content, methods=["GET"]),
        ]
    )


async def test_a_queued_state_without_dates_is_polled_until_it_finishes(mode: str) -> None:
    polls: list[str] = []
    warnings.simplefilter("ignore", UnknownValueWarning)  # "Queued": kept, warned once
    async for visma in _client(mode, _queued_job_server(polls)):
        job = await visma.customer_invoices.update("000106", {"note": "n"}, background=True)
        state = await job.status()
        assert state.status == "Queued" and not state.started_utc  # read, not a failed poll
        assert state.received_utc == dt.datetime(2022, 11, 10, 10, 20, 53, 750000)
        assert await job.wait(timeout=30) is None  # a PUT without content: no ETag to report
        final = await job.status()
        assert final.finished_utc == dt.datetime(2022, 11, 10, 10, 20, 55)
    assert "content" not in polls  # hasResponseContent false: /content is never asked for
