"""Errors carry the sanitised response and a repr a person can act on."""

from __future__ import annotations

import httpx
import pytest

from billing_sdk import BillomatClient, ErrorResponse, NotFound, VismaClient
from billing_sdk._errors import BODY_EXCERPT_CHARS
from billing_sdk.sandbox import Sandbox


async def test_a_404_carries_status_safe_headers_and_the_body() -> None:
    async with VismaClient.for_sandbox(Sandbox()) as visma:
        with pytest.raises(NotFound) as caught:
            await visma.customer_invoices.get("999999")
    error = caught.value
    assert isinstance(error.response, ErrorResponse)
    assert error.response.status == 404
    assert error.response.headers.get("content-type", "").startswith("application/json")
    assert "999999" in error.response.body and not error.response.truncated
    assert repr(error) == (
        "NotFound(status=404, request='GET /v1/customerinvoice/999999', "
        f"vendor_message={error.vendor_message!r}, landed=False)"
    )
    assert "Not Found')" not in repr(error)


def _answer(status: int, body: bytes, headers: dict[str, str]) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=body, headers=headers)
    )


async def test_secrets_in_an_error_body_or_headers_never_reach_the_error() -> None:
    body = (
        b'{"message": "denied", "access_token": "tok-SECRET-1", '
        b'"detail": {"password": "pw-SECRET-2"}, "amount": 10.10}'
    )
    headers = {
        "content-type": "application/json",
        "set-cookie": "session=cookie-SECRET-3",
        "x-request-id": "req-1",
    }
    transport = _answer(403, body, headers)
    async with BillomatClient(
        base_url="https://x.billomat.net", api_key="key-SECRET-4", transport=transport
    ) as billomat:
        with pytest.raises(Exception) as caught:
            await billomat.credit_notes.get(1)
    error = caught.value
    response = error.response  # type: ignore[attr-defined]
    everything = repr(error) + str(error) + repr(response) + repr(vars(error))
    for secret in ("tok-SECRET-1", "pw-SECRET-2", "cookie-SECRET-3", "key-SECRET-4"):
        assert secret not in everything
    assert response.headers == {"content-type": "application/json", "x-request-id": "req-1"}
    assert '"access_token": "[redacted]"' in response.body
    assert '"amount": "10.10"' in response.body  # the digits as sent, never a float


async def test_the_body_excerpt_is_bounded() -> None:
    transport = _answer(500, b"x" * 100_000, {"content-type": "text/plain"})
    async with BillomatClient(
        base_url="https://x.billomat.net",
        api_key="k",
        transport=transport,
        retry=None,
    ) as billomat:
        billomat.retry_policy = billomat.retry_policy.__class__(max_attempts=1)
        with pytest.raises(Exception) as caught:
            await billomat.credit_notes.get(1)
    response = caught.value.response  # type: ignore[attr-defined]
    assert len(response.body) == BODY_EXCERPT_CHARS and response.truncated
