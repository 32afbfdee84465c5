"""Odd server answers become typed errors, never crashes; logs carry no secrets."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from billing_sdk import (
    APIStatusError,
    BillomatClient,
    DecodeError,
    NotFound,
    RateLimited,
    RetryPolicy,
    ServerError,
    VismaClient,
)

BILLOMAT = "https://acme.billomat.net"
VISMA = "https://api.example.test"
SECRET = "k-very-secret-api-key"


@pytest.fixture
async def bm() -> AsyncIterator[BillomatClient]:
    async with BillomatClient(
        base_url=BILLOMAT, api_key=SECRET, retry=RetryPolicy(max_attempts=1)
    ) as client:
        yield client


@pytest.mark.parametrize(("status", "cls"), [(499, APIStatusError), (520, ServerError)])
@respx.mock
async def test_non_iana_statuses_are_typed(bm: BillomatClient, status: int, cls: type) -> None:
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(return_value=httpx.Response(status))
    with pytest.raises(cls) as info:
        await bm.credit_note_payments.get(1)
    assert info.value.status == status
    assert "non-standard status" in str(info.value)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, content=b"{not json"),
        httpx.Response(200, content=b'{"credit-note-payment": {"id": "1"'),  # truncated
        httpx.Response(200, content=b"\xff\xfe\x00garbage"),  # invalid UTF-8
        httpx.Response(
            200, content=b"<html>maintenance</html>", headers={"content-type": "text/html"}
        ),
        httpx.Response(200, json={"unexpected": "shape"}),
        httpx.Response(200, content=b""),
    ],
    ids=["malformed", "truncated", "invalid-utf8", "html", "wrong-shape", "empty"],
)
@respx.mock
async def test_unreadable_success_bodies_are_decode_errors(
    bm: BillomatClient, response: httpx.Response
) -> None:
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(return_value=response)
    with pytest.raises(DecodeError) as info:
        await bm.credit_note_payments.get(1)
    assert info.value.status == 200


@respx.mock
async def test_redirects_are_not_followed(bm: BillomatClient) -> None:
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(
        return_value=httpx.Response(302, headers={"Location": "https://evil.example/steal"})
    )
    evil = respx.get("https://evil.example/steal")
    with pytest.raises(APIStatusError, match="redirect"):
        await bm.credit_note_payments.get(1)
    assert evil.call_count == 0


@respx.mock
async def test_billomat_xml_and_list_errors_are_parsed(bm: BillomatClient) -> None:
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(
        return_value=httpx.Response(
            404,
            content=b"<errors><error>Resource not found</error></errors>",
            headers={"content-type": "application/xml"},
        )
    )
    respx.get(f"{BILLOMAT}/api/credit-note-payments/2").mock(
        return_value=httpx.Response(404, json={"errors": {"error": ["first", "second"]}})
    )
    with pytest.raises(NotFound) as xml_error:
        await bm.credit_note_payments.get(1)
    with pytest.raises(NotFound) as list_error:
        await bm.credit_note_payments.get(2)
    assert xml_error.value.vendor_message == "Resource not found"
    assert list_error.value.vendor_message == "first; second"


@respx.mock
async def test_xml_bomb_in_an_error_body_is_not_expanded(bm: BillomatClient) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<errors><error>&lol2;</error></errors>"
    )
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(
        return_value=httpx.Response(400, content=bomb, headers={"content-type": "application/xml"})
    )
    with pytest.raises(APIStatusError) as info:
        await bm.credit_note_payments.get(1)
    assert info.value.vendor_message is None  # refused by defusedxml, not expanded


@respx.mock
async def test_rate_limited_carries_retry_after(bm: BillomatClient) -> None:
    respx.get(f"{BILLOMAT}/api/credit-note-payments/1").mock(
        return_value=httpx.Response(
            429, headers={"Retry-After": "30"}, json={"errors": {"error": "slow down"}}
        )
    )
    with pytest.raises(RateLimited) as info:
        await bm.credit_note_payments.get(1)
    assert info.value.retry_after == 30.0
    assert info.value.vendor_message == "slow down"


@respx.mock
async def test_logs_reprs_and_errors_hold_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    respx.post("https://login.example/token").mock(
        return_value=httpx.Response(
            200, json={"access_token": "tok-SECRET-123", "expires_in": 3600}
        )
    )
    respx.get(url__regex=rf"{VISMA}/v1/customerinvoice/000101.*").mock(
        return_value=httpx.Response(404, json={"message": "not here"})
    )
    respx.get(url__regex=rf"{BILLOMAT}/api/credit-note-payments.*").mock(
        return_value=httpx.Response(500)
    )
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    async with (
        VismaClient(
            base_url=VISMA,
            client_id="cid",
            client_secret="client-SECRET-456",
            tenant_id="t",
            token_url="https://login.example/token",
        ) as visma,
        BillomatClient(
            base_url=BILLOMAT, api_key=SECRET, retry=RetryPolicy(max_attempts=1)
        ) as billomat,
    ):
        texts += [repr(visma), repr(visma.auth), repr(billomat)]
        for call in (visma.customer_invoices.get("000101"), billomat.credit_note_payments.get(1)):
            try:
                await call
            except Exception as exc:
                texts += [str(exc), repr(exc), repr(vars(exc))]
    texts += [record.getMessage() for record in caplog.records]
    assert any("GET /v1/customerinvoice/000101 -> 404" in t for t in texts)
    for secret in ("tok-SECRET-123", "client-SECRET-456", SECRET):
        assert not any(secret in t for t in texts), secret
