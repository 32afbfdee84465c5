"""``for_sandbox`` clients: in-process they call the app; served, they take the production path."""

from __future__ import annotations

import httpx
import pytest

from billing_sdk import BillomatClient, CrmComClient, VismaClient
from billing_sdk._aiohttp_transport import AiohttpTransport
from billing_sdk.sandbox import Sandbox

VENDORS = [VismaClient, CrmComClient, BillomatClient]


def _inner(client: VismaClient | CrmComClient | BillomatClient) -> httpx.AsyncBaseTransport:
    return client._transport.inner


@pytest.mark.parametrize("cls", VENDORS, ids=lambda c: c.__name__)
async def test_in_process_client_calls_the_app(
    cls: type[VismaClient | CrmComClient | BillomatClient],
) -> None:
    async with cls.for_sandbox(Sandbox()) as client:
        assert isinstance(_inner(client), httpx.ASGITransport)


@pytest.mark.parametrize("cls", VENDORS, ids=lambda c: c.__name__)
async def test_served_sandbox_client_uses_the_default_pool_and_its_limits(
    cls: type[VismaClient | CrmComClient | BillomatClient],
) -> None:
    limits = httpx.Limits(max_connections=7, max_keepalive_connections=7)
    async with Sandbox().running() as sb, cls.for_sandbox(sb, limits=limits) as client:
        inner = _inner(client)
        assert isinstance(inner, AiohttpTransport)
        assert inner.limits.max_connections == 7


async def test_served_sandbox_reads_over_the_default_transport() -> None:
    async with Sandbox().running() as sb, VismaClient.for_sandbox(sb) as visma:
        invoice = await visma.customer_invoices.get("000101")
        assert invoice.reference_number == "000101"
        assert visma.stats.requests >= 2  # the token request and the read, both on the wire


async def test_an_explicit_transport_still_wins() -> None:
    sb = Sandbox()
    mine = httpx.ASGITransport(app=sb.app)
    async with sb.running(), VismaClient.for_sandbox(sb, transport=mine) as visma:
        assert _inner(visma) is mine
