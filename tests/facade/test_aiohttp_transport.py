"""The default transport (httpx over aiohttp) on a real loopback socket.

What matters for money: an error says truthfully whether the request may have reached the
server (only "never sent" lets the retry policy send a POST again), and the bytes on the wire
are exactly what httpx built (URL encoding, headers), with nothing added by aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import gzip
import http.server
import socket
import ssl
import threading
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import anyio
import httpx
import pytest

from billing_sdk import RetryPolicy, _aiohttp_transport
from billing_sdk._aiohttp_transport import AiohttpTransport, _mapped_errors
from billing_sdk._constants import REQUEST_OPTIONS_EXTENSION
from billing_sdk._retry import NO_RETRIES
from billing_sdk._transport import PolicyTransport, RequestOptions

LIMITS = httpx.Limits(max_connections=4, max_keepalive_connections=4)
FAST = RetryPolicy(max_attempts=3, backoff_initial=0.001, backoff_max=0.001)
TIMEOUT = httpx.Timeout(5.0, read=0.3)

Handler = Callable[["RawServer", asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class RawServer:
    """A loopback HTTP/1.1 server whose behaviour each test writes by hand."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.connections = 0
        self.open_now = 0
        self.max_open = 0
        self._tasks: set[asyncio.Task[Any]] = set()

    async def read_request(self, reader: asyncio.StreamReader) -> bytes:
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        raw = head + (await reader.readexactly(length) if length else b"")
        self.requests.append(raw)
        return raw

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        self.open_now += 1
        self.max_open = max(self.max_open, self.open_now)
        try:
            await self.handler(self, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self.open_now -= 1
            writer.close()
            self._tasks.discard(task)

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await self._server.wait_closed()


def answer(
    body: bytes = b"{}", *, headers: tuple[bytes, ...] = (), status: bytes = b"200 OK"
) -> bytes:
    lines = [b"HTTP/1.1 " + status, b"Content-Length: " + str(len(body)).encode(), *headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


async def keep_alive_ok(server: RawServer, reader: Any, writer: Any) -> None:
    while True:
        await server.read_request(reader)
        writer.write(answer(b'{"ok": true}', headers=(b"Content-Type: application/json",)))
        await writer.drain()


@pytest.fixture
async def transport() -> AsyncIterator[AiohttpTransport]:
    t = AiohttpTransport(limits=LIMITS)
    yield t
    await t.aclose()


def client_for(inner: httpx.AsyncBaseTransport, base_url: str) -> httpx.AsyncClient:
    policy = PolicyTransport(inner, FAST)
    return httpx.AsyncClient(base_url=base_url, transport=policy, timeout=TIMEOUT)


# -- what an error says about the request ----------------------------------------------------

KEY = SimpleNamespace(host="api.example.com", port=443, ssl=True)
NEVER_SENT = [
    aiohttp.ConnectionTimeoutError("connect"),
    aiohttp.ClientConnectorError(KEY, OSError(111, "refused")),  # type: ignore[arg-type]
    aiohttp.ClientConnectorDNSError(KEY, OSError(-2, "no such host")),  # type: ignore[arg-type]
    aiohttp.ClientConnectorCertificateError(KEY, ssl.SSLCertVerificationError("bad")),  # type: ignore[arg-type]
]
MAYBE_SENT = [
    (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout),
    (TimeoutError(), httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError("short body"), httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError(KEY, ()), httpx.RemoteProtocolError),  # type: ignore[arg-type]
    (aiohttp.ClientConnectionResetError("reset"), httpx.WriteError),
    (aiohttp.ClientOSError(104, "reset by peer"), httpx.ReadError),
    (aiohttp.ClientError("other"), httpx.RemoteProtocolError),
]


def _mapped(exc: BaseException) -> httpx.TransportError:
    request = httpx.Request("POST", "https://api.example.com/x?token=SECRET-TOKEN")
    with pytest.raises(httpx.TransportError) as caught, _mapped_errors(request):
        raise exc
    assert caught.value.request is request
    assert "SECRET-TOKEN" not in str(caught.value)
    return caught.value


@pytest.mark.parametrize("exc", NEVER_SENT, ids=lambda e: type(e).__name__)
def test_errors_while_connecting_say_never_sent_so_a_post_may_go_again(exc: Exception) -> None:
    mapped = _mapped(exc)
    assert isinstance(mapped, httpx.ConnectError | httpx.ConnectTimeout)
    assert FAST.retries_exception("POST", mapped)


@pytest.mark.parametrize(("exc", "expected"), MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_errors_after_sending_say_maybe_sent_so_only_idempotent_calls_go_again(
    exc: Exception, expected: type[httpx.TransportError]
) -> None:
    mapped = _mapped(exc)
    assert type(mapped) is expected
    assert not FAST.retries_exception("POST", mapped)
    assert FAST.retries_exception("GET", mapped)


# -- the same on the wire --------------------------------------------------------------------


async def test_a_refused_connection_is_retried_even_for_a_post(
    transport: AiohttpTransport,
) -> None:
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    async with client_for(transport, f"http://127.0.0.1:{port}") as http:
        with pytest.raises(httpx.ConnectError):
            await http.post("/payments", json={"amount": 1})
        assert http._transport.stats.attempts == 3  # type: ignore[attr-defined]


async def hang_up_after_request(server: RawServer, reader: Any, writer: Any) -> None:
    await server.read_request(reader)


@pytest.mark.parametrize(
    ("method", "policy", "sends"),
    [("POST", FAST, 1), ("GET", FAST, 3), ("PUT", NO_RETRIES, 1), ("DELETE", NO_RETRIES, 1)],
)
async def test_after_a_hang_up_only_the_retry_policy_sends_again(
    transport: AiohttpTransport, method: str, policy: RetryPolicy, sends: int
) -> None:
    # aiohttp on its own would send GET/PUT/DELETE twice here; modify() relies on a PUT
    # going out exactly as often as the policy says.
    server = RawServer(hang_up_after_request)
    async with server as url, client_for(transport, url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.request(
                method,
                "/payments",
                json={"amount": 1},
                extensions={REQUEST_OPTIONS_EXTENSION: RequestOptions(retry=policy)},
            )
    assert len(server.requests) == sends


async def truncated_body(server: RawServer, reader: Any, writer: Any) -> None:
    await server.read_request(reader)
    writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"partial')
    await writer.drain()


async def test_a_truncated_body_is_a_protocol_error_and_a_get_is_retried(
    transport: AiohttpTransport,
) -> None:
    server = RawServer(truncated_body)
    async with server as url, client_for(transport, url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/invoice/1")
    assert len(server.requests) == 3


async def stall(server: RawServer, reader: Any, writer: Any) -> None:
    await server.read_request(reader)
    await asyncio.sleep(30)  # cancelled when the server stops


async def test_a_stall_past_the_read_timeout_is_a_read_timeout_and_a_post_is_not_resent(
    transport: AiohttpTransport,
) -> None:
    server = RawServer(stall)
    async with server as url, client_for(transport, url) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.post("/payments", json={"amount": 1})
    assert len(server.requests) == 1


async def test_the_request_target_travels_exactly_as_httpx_encoded_it(
    transport: AiohttpTransport,
) -> None:
    server = RawServer(keep_alive_ok)
    async with server as url, client_for(transport, url) as http:
        response = await http.get(
            "/v1/a%2Fb/%2E%2E/c%3Fd",
            params={"q": "a/b?c&d=e", "plus": "x y+z", "dots": "..", "pct": "%2F"},
        )
    assert response.status_code == 200
    request_line = server.requests[0].split(b"\r\n", 1)[0]
    assert request_line == b"GET " + response.request.url.raw_path + b" HTTP/1.1"
    assert b"/v1/a%2Fb/%2E%2E/c%3Fd?" in request_line


async def test_headers_travel_unchanged_and_nothing_is_added(
    transport: AiohttpTransport,
) -> None:
    server = RawServer(keep_alive_ok)
    async with server as url:
        request = httpx.Request(
            "GET",
            f"{url}/x",
            headers=[("User-Agent", "billing-sdk/test"), ("X-Twice", "1"), ("X-Twice", "2")],
        )
        response = await transport.handle_async_request(request)
        await response.aread()
        await response.aclose()
    lines = server.requests[0].split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]
    names = [line.split(b":", 1)[0].lower() for line in lines]
    assert names.count(b"x-twice") == 2
    assert b"user-agent: billing-sdk/test" in [line.lower() for line in lines]
    # Only what httpx put on the request (Host, the headers above); aiohttp adds no Accept,
    # Accept-Encoding, User-Agent or Content-Type of its own.
    assert set(names) <= {b"host", b"user-agent", b"x-twice"}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # httpx's usual order (its Host first): every header in that order, as it is.
        (
            [("Host", "h.example"), ("X-B", "2"), ("x-a", "1"), ("X-B", "3")],
            [b"host: h.example", b"x-b: 2", b"x-a: 1", b"x-b: 3"],
        ),
        # A Host given later, or twice: aiohttp's rule (Host first, the last one given).
        (
            [("X-A", "1"), ("Host", "h.example")],
            [b"host: h.example", b"x-a: 1"],
        ),
        (
            [("Host", "one.example"), ("X-A", "1"), ("Host", "two.example")],
            [b"host: two.example", b"x-a: 1"],
        ),
    ],
)
async def test_headers_travel_in_order_with_one_host_first(
    transport: AiohttpTransport, headers: list[tuple[str, str]], expected: list[bytes]
) -> None:
    server = RawServer(keep_alive_ok)
    async with server as url:
        request = httpx.Request("GET", f"{url}/x", headers=headers)
        response = await transport.handle_async_request(request)
        await response.aread()
        await response.aclose()
    lines = server.requests[0].split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]
    assert [line.lower() for line in lines] == expected


_BROWSERISH = [("Accept", "application/json"), ("Accept-Encoding", "gzip"), ("User-Agent", "t")]


@pytest.mark.parametrize(
    ("method", "headers", "content"),
    [
        # Every header aiohttp would add is there.
        ("GET", _BROWSERISH, None),
        ("PUT", [*_BROWSERISH, ("Content-Type", "application/json")], b"{}"),
        ("DELETE", _BROWSERISH, None),
        # One is missing (or all): aiohttp adds none of them all the same.
        ("PUT", _BROWSERISH, b"{}"),
        ("POST", _BROWSERISH, None),
        ("PATCH", _BROWSERISH, None),
        ("GET", _BROWSERISH[:2], None),
        ("GET", _BROWSERISH[1:], None),
        ("GET", [_BROWSERISH[0], _BROWSERISH[2]], None),
        ("PUT", [], b"{}"),
    ],
)
async def test_aiohttp_adds_no_header_whichever_of_its_own_the_request_has(
    transport: AiohttpTransport,
    method: str,
    headers: list[tuple[str, str]],
    content: bytes | None,
) -> None:
    server = RawServer(keep_alive_ok)
    async with server as url:
        request = httpx.Request(method, f"{url}/x", headers=headers, content=content)
        response = await transport.handle_async_request(request)
        await response.aread()
        await response.aclose()
    lines = server.requests[0].split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]
    sent = sorted(line.split(b":", 1)[0].lower() for line in lines)
    expected = [name.lower() for name, _ in request.headers.raw]
    if method == "DELETE":
        # (not an auto header: aiohttp gives every method outside its GET_METHODS without a
        # body ``Content-Length: 0``, and no switch turns that off)
        expected.append(b"content-length")
    assert sent == sorted(expected), (method, headers)


async def test_the_pinned_aiohttp_session_takes_the_headers_in_one_piece(
    transport: AiohttpTransport,
) -> None:
    # aiohttp's private ``_prepare_headers`` replaced (one C call for the headers); where a
    # later aiohttp lacks it, its own runs and the tests above still hold.
    server = RawServer(keep_alive_ok)
    async with server as url:
        response = await transport.handle_async_request(httpx.Request("GET", f"{url}/x"))
        await response.aread()
        await response.aclose()
        session = transport._session
        assert session is not None
        assert session._request_class is _aiohttp_transport._Request
        assert session._prepare_headers is _aiohttp_transport._headers_as_given


async def cookies_and_gzip(server: RawServer, reader: Any, writer: Any) -> None:
    while True:
        await server.read_request(reader)
        body = gzip.compress(b'{"compressed": true}')
        writer.write(
            answer(
                body,
                headers=(
                    b"Content-Encoding: gzip",
                    b"Set-Cookie: a=1; Path=/",
                    b"Set-Cookie: b=2; Path=/",
                ),
            )
        )
        await writer.drain()


async def test_response_headers_repeat_bodies_decode_and_no_cookie_is_kept(
    transport: AiohttpTransport,
) -> None:
    server = RawServer(cookies_and_gzip)
    async with server as url:
        for _ in range(2):
            response = await transport.handle_async_request(httpx.Request("GET", f"{url}/c"))
            await response.aread()
            assert response.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2; Path=/"]
            assert response.json() == {"compressed": True}
    assert all(b"cookie:" not in r.lower() for r in server.requests)
    assert server.connections == 1  # the connection went back to the pool and was reused


async def slow_keep_alive(server: RawServer, reader: Any, writer: Any) -> None:
    while True:
        await server.read_request(reader)
        await asyncio.sleep(0.02)
        writer.write(answer())
        await writer.drain()


async def test_the_pool_never_opens_more_connections_than_its_limit() -> None:
    transport = AiohttpTransport(limits=httpx.Limits(max_connections=2))
    server = RawServer(slow_keep_alive)
    try:
        async with (
            server as url,
            client_for(transport, url) as http,
            anyio.create_task_group() as tg,
        ):
            for n in range(12):
                tg.start_soon(http.get, f"/r/{n}")
    finally:
        await transport.aclose()
    assert len(server.requests) == 12
    assert server.max_open == 2
    assert server.connections == 2


async def test_closing_twice_is_harmless(transport: AiohttpTransport) -> None:
    server = RawServer(keep_alive_ok)
    async with server as url:
        response = await transport.handle_async_request(httpx.Request("GET", f"{url}/x"))
        await response.aread()
    await transport.aclose()
    await transport.aclose()


# -- other event loops -----------------------------------------------------------------------


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def threaded_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_under_trio_the_request_goes_through_httpx_own_transport(threaded_server: str) -> None:
    transport = AiohttpTransport(limits=LIMITS)

    async def call() -> int:
        try:
            response = await transport.handle_async_request(
                httpx.Request("GET", f"{threaded_server}/t")
            )
            await response.aread()
            return response.status_code
        finally:
            await transport.aclose()

    assert anyio.run(call, backend="trio") == 200
    assert transport._session is None


def test_one_transport_serves_successive_event_loops(threaded_server: str) -> None:
    transport = AiohttpTransport(limits=LIMITS)

    async def call() -> int:
        response = await transport.handle_async_request(
            httpx.Request("GET", f"{threaded_server}/t")
        )
        await response.aread()
        return response.status_code

    assert asyncio.run(call()) == 200
    assert asyncio.run(call()) == 200  # a new loop: a new pool, not "attached to another loop"
    asyncio.run(transport.aclose())


def test_a_second_event_loop_does_not_leak_the_first_pool(threaded_server: str) -> None:
    """A client reused under a new loop starts a new pool; the old one is closed when its
    loop ends (not left for the garbage collector to warn about), and aclose from yet another
    loop closes the last one."""
    transport = AiohttpTransport(limits=LIMITS)
    sessions: list[Any] = []

    async def call() -> int:
        response = await transport.handle_async_request(
            httpx.Request("GET", f"{threaded_server}/t")
        )
        await response.aread()
        sessions.append(transport._session)
        return response.status_code

    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        assert asyncio.run(call()) == 200
        assert sessions[0].closed  # closed as its loop shut down, by the loop itself
        assert asyncio.run(call()) == 200
        assert sessions[1] is not sessions[0] and sessions[1].closed
        asyncio.run(transport.aclose())
        gc.collect()


def test_a_pool_of_a_loop_still_running_elsewhere_is_closed_there(threaded_server: str) -> None:
    transport = AiohttpTransport(limits=LIMITS)
    ready, done = threading.Event(), threading.Event()
    first: list[Any] = []

    def other_thread() -> None:
        async def run() -> None:
            response = await transport.handle_async_request(
                httpx.Request("GET", f"{threaded_server}/t")
            )
            await response.aread()
            first.append(transport._session)
            ready.set()
            while not first[0].closed:  # noqa: ASYNC110 - waiting for the other thread
                await asyncio.sleep(0.01)
            done.set()

        asyncio.run(run())

    thread = threading.Thread(target=other_thread)
    thread.start()
    assert ready.wait(10)

    async def here() -> None:
        response = await transport.handle_async_request(
            httpx.Request("GET", f"{threaded_server}/t")
        )
        await response.aread()
        await transport.aclose()

    asyncio.run(here())
    assert done.wait(10), "the first pool was never closed on its own loop"
    thread.join(10)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers (a thread; stops with the test)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                connection, _ = listener.accept()
                held.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        for connection in held:
            connection.close()
        listener.close()


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_the_attempt_deadline_holds_on_every_event_loop(silent_server: str, backend: str) -> None:
    policy = PolicyTransport(AiohttpTransport(limits=LIMITS), NO_RETRIES, attempt_timeout=0.3)

    async def call() -> None:
        try:
            with pytest.raises(httpx.ReadTimeout, match=r"0\.3 s"):
                await policy.handle_async_request(httpx.Request("GET", f"{silent_server}/t"))
        finally:
            await policy.aclose()

    anyio.run(call, backend=backend)
