"""Token requests and logins are retried like reads: a lost one must not fail the call.

Found by the soak (tests/soak): a dropped connection on Visma's ``POST /connect/token`` failed
the ``GET`` that needed the token, because the transport never re-sends a POST after a 5xx, a
cut connection or a timeout. A token request only issues another token, so it is retried
under the client's policy like a GET, and a client without retries still fails at once.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from billing_sdk import (
    BillingError,
    CrmComClient,
    RetryPolicy,
    ServerError,
    TransportError,
    VismaClient,
)
from billing_sdk.sandbox import Sandbox

QUICK = RetryPolicy(max_attempts=4, backoff_initial=0.001, backoff_max=0.001)
TOKEN_PATHS = {
    "visma": "/connect/token",
    "crmcom": "/crmapi/rest/v2/authentication/token",
    "crmcom-web-api-key": "/crmapi/rest/v2/authentication/web_api_key/token",
}


class FailingFirst(httpx.AsyncBaseTransport):
    """The sandbox in-process, except that the first ``failures`` token requests fail."""

    def __init__(self, sandbox: Sandbox, path: str, failure: str, failures: int) -> None:
        self.inner = sandbox.transport()
        self.path = path
        self.failure = failure
        self.failures = failures
        self.token_requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self.path:
            self.token_requests += 1
            if self.token_requests <= self.failures:
                if self.failure == "drop":
                    raise httpx.RemoteProtocolError("connection cut", request=request)
                if self.failure == "timeout":
                    raise httpx.ReadTimeout("no answer", request=request)
                return httpx.Response(int(self.failure), json={"error": "upstream"})
        return await self.inner.handle_async_request(request)


async def _read(vendor: str, sandbox: Sandbox, **options: Any) -> None:
    if vendor == "visma":
        async with VismaClient.for_sandbox(sandbox, **options) as visma:
            await visma.customer_invoices.get("000101")
        return
    login = "web_api_key" if vendor == "crmcom-web-api-key" else "password"
    async with CrmComClient.for_sandbox(sandbox, login=login, **options) as crm:
        await crm.payments.show(number="PAY0001")


@pytest.mark.parametrize("failure", ["502", "503", "drop", "timeout"])
@pytest.mark.parametrize("vendor", sorted(TOKEN_PATHS))
async def test_a_lost_token_request_is_sent_again(vendor: str, failure: str) -> None:
    sandbox = Sandbox()
    transport = FailingFirst(sandbox, TOKEN_PATHS[vendor], failure, failures=2)
    await _read(vendor, sandbox, transport=transport, retry=QUICK)
    assert transport.token_requests == 3


@pytest.mark.parametrize("vendor", sorted(TOKEN_PATHS))
async def test_the_clients_policy_still_bounds_token_retries(vendor: str) -> None:
    sandbox = Sandbox()
    transport = FailingFirst(sandbox, TOKEN_PATHS[vendor], "drop", failures=99)
    with pytest.raises(TransportError):
        await _read(vendor, sandbox, transport=transport, retry=QUICK)
    assert transport.token_requests == QUICK.max_attempts

    once = FailingFirst(sandbox, TOKEN_PATHS[vendor], "502", failures=1)
    with pytest.raises(BillingError) as caught:
        await _read(vendor, sandbox, transport=once, retry=RetryPolicy(max_attempts=1))
    assert isinstance(caught.value, ServerError)
    assert once.token_requests == 1
