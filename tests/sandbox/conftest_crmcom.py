"""Helpers for the CRM.COM sandbox tests (imported explicitly by test_crmcom_*).

Kept out of ``conftest.py`` so the three vendor test suites do not edit one shared file.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx

from billing_sdk._generated.crmcom_payments_api import Client
from billing_sdk._generated.crmcom_payments_api.api.authentication import authentication_token
from billing_sdk._generated.crmcom_payments_api.models import (
    AuthenticationTokenRequest,
    TokenResponse,
)
from billing_sdk.sandbox import CrmComSettings, Sandbox

API = "/crmapi/rest/v2"
DEFAULTS = CrmComSettings()
BASIC = "Basic " + base64.b64encode(f"{DEFAULTS.web_api_key}:".encode()).decode()
MODES = ["in_process", "loopback"]


@contextlib.asynccontextmanager
async def reach(mode: str, settings: CrmComSettings | None = None) -> AsyncIterator[Sandbox]:
    """A fresh sandbox with ``settings``, in-process or served on 127.0.0.1."""
    sandbox = Sandbox(crmcom=settings or CrmComSettings())
    if mode == "in_process":
        yield sandbox
    else:
        async with sandbox.running():
            yield sandbox


def http(sandbox: Sandbox) -> httpx.AsyncClient:
    """A plain httpx client aimed at the sandbox's CRM.COM API."""
    return httpx.AsyncClient(
        base_url=sandbox.base_url + API + "/",
        transport=sandbox.transport(),
        timeout=httpx.Timeout(10.0),
    )


def generated(sandbox: Sandbox) -> Client:
    """The generated CRM.COM client, speaking through the sandbox's transport."""
    client = Client(base_url=sandbox.base_url)
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=sandbox.base_url, transport=sandbox.transport(), timeout=httpx.Timeout(10.0)
        )
    )
    return client


async def login(client: Client, settings: CrmComSettings = DEFAULTS) -> str:
    """Log in with the sandbox credentials; the token."""
    body = AuthenticationTokenRequest(
        username=settings.username, password=settings.password, organisation=settings.organisation
    )
    response = await authentication_token.asyncio_detailed(client=client, body=body)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, TokenResponse)
    return response.parsed.data.token


def envelope(response: httpx.Response | Any) -> dict[str, Any]:
    """The raw JSON envelope, amounts as Decimal (exact)."""
    import json

    data: dict[str, Any] = json.loads(response.content, parse_float=Decimal)
    return data


def status_code(response: httpx.Response | Any) -> str:
    return str(envelope(response)["status"]["code"])


def snapshot(sandbox: Sandbox) -> dict[str, Any]:
    return sandbox.crmcom.snapshot()


def by_number(rows: list[dict[str, Any]], number: str) -> dict[str, Any]:
    return next(row for row in rows if row["number"] == number)
