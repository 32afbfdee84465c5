"""The engine's direct route (``_engine._built``/``_sent``) and the whole-body read.

The direct route must send exactly what ``httpx.AsyncClient.build_request`` + ``send`` would
have sent (URL, headers in order, body, extensions), run the client's auth flow and request
hooks, and hand over to ``httpx.AsyncClient.send`` whenever the client is configured beyond
what it covers (a response hook, redirects followed). The aiohttp transport reads a body
with a ``Content-Length`` within the cap whole; a chunked body still streams through the cap.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from billing_sdk import ResponseTooLarge, VismaClient
from billing_sdk._aiohttp_transport import AiohttpTransport, _read_response
from billing_sdk._engine import _built, _direct_auth
from billing_sdk._headers import url_text
from billing_sdk._transport import RequestOptions
from billing_sdk.sandbox import Sandbox
from tests.facade.test_aiohttp_transport import RawServer, answer

LIMITS = httpx.Limits(max_connections=2, max_keepalive_connections=2)


def _client(base_url: str = "http://127.0.0.1:4000/api", **options: Any) -> VismaClient:
    options.setdefault("token_url", "http://127.0.0.1:4000/token")
    return VismaClient(
        base_url=base_url, client_id="id", client_secret="secret", tenant_id="tenant", **options
    )


KWARGS: list[dict[str, Any]] = [
    {"method": "get", "url": "/v1/customerinvoice/000101", "headers": {}},
    {
        "method": "get",
        "url": "/v1/customerinvoice/2024%2F17",
        "headers": {"erp-api-background": "x"},
    },
    {"method": "get", "url": "/v1/customer", "params": {"pageNumber": 2, "name": "a b&c"}},
    {"method": "get", "url": "/v1/customer", "params": {}},
    {"method": "get", "url": "/v1/odd path/ä/%zz/100%"},
    {"method": "get", "url": "/v1/x?already=1", "params": {"y": "2"}},
    {"method": "get", "url": "https://elsewhere.example/v1/x"},
    {
        "method": "put",
        "url": "/v1/customerinvoice/000101",
        "content": b'{"invoiceText":{"value":"x"}}',
        "headers": {"Content-Type": "application/json", "If-Match": '"abc"'},
    },
    {"method": "post", "url": "/v1/customerinvoice/000101/action/release"},
    {"method": "put", "url": "/v1/x", "content": b"", "headers": {"Host": "other:1"}},
    {"method": "post", "url": "/v1/x", "json": {"a": [1, 2]}},
    {"method": "post", "url": "/v1/x", "data": {"a": "1"}},
    {"method": "post", "url": "/v1/x", "files": {"file": ("a.txt", b"abc", "text/plain")}},
    {"method": "delete", "url": "/v1/x", "headers": {"Content-Length": "0"}},
    {"method": "delete", "url": "/v1/x"},
    {"method": "get", "url": "/v1/x", "content": b""},
    {"method": "HEAD", "url": "/v1/x", "headers": {}},
    {"method": "get", "url": "/v1/x", "params": {"a": "1"}, "headers": {}},
]


@pytest.mark.parametrize("kwargs", KWARGS, ids=lambda k: f"{k['method']} {k['url']}")
@pytest.mark.parametrize("base_url", ["http://127.0.0.1:4000/api", "http://127.0.0.1:4000"])
def test_the_direct_route_builds_what_httpx_builds(kwargs: dict[str, Any], base_url: str) -> None:
    client = _client(base_url)
    http = client.http
    options = RequestOptions(retry=None)
    ours = _built(http, kwargs, options)
    theirs = http.build_request(**kwargs, extensions=options.extensions())
    assert (ours.method, ours.url) == (theirs.method, theirs.url)
    assert url_text(ours.url) == str(ours.url) == str(theirs.url)  # the text kept on it, if any
    if "files" not in kwargs:  # a multipart body carries a random boundary
        assert ours.headers.raw == theirs.headers.raw
        assert ours.content == theirs.content
    assert ours.extensions == theirs.extensions


WRITES: list[dict[str, Any]] = [
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"Content-Type": "a/json"}},
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"accept": "text/csv"}},
    {"method": "PATCH", "url": "/v1/x", "content": b"", "headers": {"If-Match": '"1"'}},
    {"method": "post", "url": "/v1/x", "headers": {"X-A": "1", "x-a": "2"}},
    {"method": "post", "url": "/v1/x", "content": b"ab", "headers": {b"X-B": b"\xff"}},
    {"method": "delete", "url": "/v1/x", "headers": {"If-Match": "*"}},
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"Transfer-Encoding": "x"}},
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"X-N": 1}},
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"X-ä": "1"}},
    {"method": "put", "url": "/v1/x", "content": b"{}", "headers": {"X-U": "ä"}},
    {"method": "put", "url": "/v1/x", "content": b"{}"},
    {"method": "post", "url": "/v1/x", "content": None, "headers": {}},
]

#: Client headers that change what httpx adds itself (Host, Content-Length) or that a
#: request's own headers replace.
CLIENT_HEADERS: list[dict[str, str]] = [
    {},
    {"Host": "virtual.example"},
    {"Content-Length": "7"},
    {"Transfer-Encoding": "chunked", "ACCEPT": "text/plain"},
]


@pytest.mark.parametrize("kwargs", WRITES, ids=lambda k: f"{k['method']} {k.get('headers')}")
@pytest.mark.parametrize("extra", CLIENT_HEADERS, ids=str)
def test_a_request_with_headers_or_a_body_is_built_as_httpx_builds_it(
    kwargs: dict[str, Any], extra: dict[str, str]
) -> None:
    client = _client()
    http = client.http
    http.headers.update(extra)

    def outcome(build: Any) -> Any:
        try:
            request = build()
        except Exception as exc:  # the same refusal, raised by both
            return type(exc)
        return request.method, str(request.url), request.headers.raw, request.content

    ours = outcome(lambda: _built(http, kwargs, None))
    theirs = outcome(lambda: http.build_request(**kwargs))
    assert ours == theirs
    if not isinstance(ours, type):  # each request has headers of its own
        _built(http, kwargs, None).headers["X-Mine"] = "1"
        assert "x-mine" not in _built(http, kwargs, None).headers
        assert "x-mine" not in http.headers


def test_the_direct_route_follows_edits_of_the_clients_headers_and_base_url() -> None:
    client = _client()
    http = client.http
    kwargs = {"method": "get", "url": "/v1/customerinvoice/000101", "headers": {}}

    def same() -> None:
        ours = _built(http, kwargs, None)
        theirs = http.build_request(**kwargs)
        assert (ours.url, ours.headers.raw) == (theirs.url, theirs.headers.raw)
        assert url_text(ours.url) == str(theirs.url)

    same()
    http.headers["X-Extra"] = "1"  # edited in place
    same()
    http.headers = {"Accept": "text/plain", "Host": "virtual.example"}  # replaced
    same()
    http.base_url = "http://127.0.0.1:4001/other/"
    same()
    http.base_url = "http://[::1]:4001/v6/"
    same()
    http.timeout = httpx.Timeout(3.0)
    assert _built(http, kwargs, None).extensions["timeout"] == http.timeout.as_dict()
    # Each request has headers of its own: editing one leaves the next untouched.
    _built(http, kwargs, None).headers["X-Mine"] = "1"
    assert "x-mine" not in _built(http, kwargs, None).headers


def test_a_body_read_whole_makes_the_response_httpx_would_make() -> None:
    """``_read_response`` sets what ``httpx.Response(stream=...)`` + ``read()`` + ``close``
    leave, attribute for attribute (httpx 0.28 is pinned)."""

    class Answer:  # what _read_response reads of aiohttp's response
        status = 200
        raw_headers = ((b"Content-Type", b"application/json"), (b"Content-Length", b"2"))

    request = httpx.Request("GET", "http://127.0.0.1/x")
    extensions: dict[str, object] = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = _read_response(Answer(), b"{}", request, dict(extensions))  # type: ignore[arg-type]
    theirs = httpx.Response(
        200,
        headers=list(Answer.raw_headers),
        stream=httpx.ByteStream(b"{}"),
        request=request,
        extensions=dict(extensions),
    )
    theirs.read()
    theirs.close()
    # (``_decoder`` is what httpx's read decoded with: this body was never encoded.)
    assert vars(ours).keys() == vars(theirs).keys() - {"_decoder"}
    for name, value in vars(ours).items():
        value = getattr(theirs, name)
        if name == "stream":
            assert type(ours.stream) is type(value) and list(ours.stream) == list(value)
        elif name == "headers":
            assert ours.headers.raw == value.raw and ours.headers.encoding == value.encoding
        else:
            assert getattr(ours, name) == value, name
    assert ours.json() == {} and ours.request is request and ours.reason_phrase == "OK"


def test_a_client_configured_beyond_the_direct_route_goes_through_httpx() -> None:
    client = _client()
    assert _direct_auth(client.http) is not None
    client.http.event_hooks["response"].append(lambda response: None)
    assert _direct_auth(client.http) is None
    assert _direct_auth(_client(follow_redirects=True).http) is None


async def test_request_and_response_hooks_of_the_client_still_run() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    async with Sandbox().running() as sb, VismaClient.for_sandbox(sb) as visma:
        visma.http.event_hooks["request"].append(on_request)
        invoice = await visma.customer_invoices.get("000101")  # direct route
        assert seen[-1] == "request /v1/customerinvoice/000101"
        visma.http.event_hooks["response"].append(on_response)
        again = await visma.customer_invoices.get("000101")  # through httpx.AsyncClient.send
        assert seen[-2:] == ["request /v1/customerinvoice/000101", "response 200"]
    assert again.reference_number == invoice.reference_number == "000101"


async def test_a_body_with_a_length_is_read_whole_and_a_chunked_one_streams() -> None:
    body = b'{"x": "' + b"a" * 5000 + b'"}'

    async def handler(server: RawServer, reader: Any, writer: Any) -> None:
        while True:
            raw = await server.read_request(reader)
            if b"/chunked" in raw.split(b"\r\n", 1)[0]:
                half = len(body) // 2
                chunks = [body[:half], body[half:]]
                writer.write(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks)
                    + b"0\r\n\r\n"
                )
            else:
                writer.write(answer(body))
            await writer.drain()

    async with RawServer(handler) as url:
        transport = AiohttpTransport(limits=LIMITS, whole_body_limit=len(body))
        try:
            whole = await transport.handle_async_request(httpx.Request("GET", url + "/whole"))
            assert whole.is_closed and whole.content == body
            assert whole.headers["content-length"] == str(len(body))
            streamed = await transport.handle_async_request(httpx.Request("GET", url + "/chunked"))
            assert not streamed.is_closed
            assert await streamed.aread() == body
        finally:
            await transport.aclose()


async def test_a_body_over_the_cap_is_refused_on_both_routes_of_the_transport() -> None:
    body = b"[" + b"1," * 4000 + b"1]"

    async def handler(server: RawServer, reader: Any, writer: Any) -> None:
        while True:
            line = (await server.read_request(reader)).split(b"\r\n", 1)[0]
            if b"/token" in line:
                writer.write(answer(b'{"access_token": "t0k3n", "expires_in": 3600}'))
            elif b"/chunked" in line:
                writer.write(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
                )
            else:
                writer.write(answer(body))
            await writer.drain()

    async with RawServer(handler) as url:
        client = _client(url, max_response_bytes=1000, token_url=url + "/token")
        async with client:
            for path in ("/whole", "/chunked"):
                with pytest.raises(ResponseTooLarge):
                    await asyncio.wait_for(
                        client._engine.send_raw({"method": "GET", "url": path}), 10
                    )
