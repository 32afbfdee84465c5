"""Visma rows of real-wire-evidence.md decided on the wire (V9, V10, V11, V15): what the SDK
sends, and the real-shaped refusal a server may answer, through the public facade in-process
and over loopback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from billing_sdk import BadRequest, Unauthorized, VismaClient
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
