"""The engine joins a generated path to the base URL exactly as httpx would."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from billing_sdk import NotFound, VismaClient
from billing_sdk._engine import _joined

BASES = [
    "https://api.example.test",
    "https://api.example.test/",
    "https://api.example.test:8443/erp/api",
    "https://api.example.test/erp/api/",
    "http://127.0.0.1:8080",
]
#: One client per base (making one builds an SSL context: too slow per example).
CLIENTS: dict[str, httpx.AsyncClient] = {}
SEGMENT = st.text(st.characters(codec="utf-8"), max_size=12)


@pytest.mark.parametrize("base", BASES)
@given(segments=st.lists(SEGMENT, min_size=1, max_size=3), query=st.booleans())
def test_same_url_as_httpx_merge(base: str, segments: list[str], query: bool) -> None:
    # What generated code hands over: a path from the root, parameters quoted (safe="").
    path = "/v1/" + "/".join(quote(s, safe="") for s in segments)
    if query:
        path += "?pageNumber=2&a=%20b"
    if base not in CLIENTS:
        CLIENTS[base] = httpx.AsyncClient(base_url=base)
    client = CLIENTS[base]
    assert httpx.URL(_joined(client.base_url, path)) == client._merge_url(path)


async def test_requests_reach_the_same_url_as_before() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(404, json={"message": "no"})

    transport = httpx.MockTransport(answer)
    base = "https://api.example.test/erp/api"
    async with VismaClient(base_url=base, token="t", transport=transport) as visma:
        with pytest.raises(NotFound):
            await visma.customer_invoices.get("A-1_b")
    assert seen == ["https://api.example.test/erp/api/v1/customerinvoice/A-1_b"]
