"""The default network transport: httpx requests sent over an aiohttp connection pool.

Why not httpx's own pool: under fan-out, httpcore's pool costs 7-8 ms of CPU per request at
concurrency 50 (every pool event probes every idle connection), which made 1,000 reads at
100 ms latency take 4.4x the ideal; aiohttp's pool does the same work for well under 1 ms
(docs/benchmarks.md has the side-by-side figures). httpx stays the API the generated code and
the facade use; only the bytes on the wire go through aiohttp.

Why not ``httpx-aiohttp``: it maps every ``aiohttp.ClientConnectionError`` (including a server
that hung up after the request was sent) to ``httpx.ConnectTimeout``, i.e. "never sent", and the
retry policy would then send a POST twice. Here only errors raised while *connecting* become
``ConnectError``/``ConnectTimeout``; anything after the first byte may have reached the server and
becomes a read/protocol error, which is only retried for idempotent methods.

Other choices, each because httpx must stay the single source of truth for the request:
the URL is passed already encoded (yarl would otherwise decode ``%2F`` and fold ``..``); no
auto headers, cookies, decompression or redirects on the aiohttp side (httpx does those);
httpx's timeouts map onto aiohttp's (pool+connect, connect, read).

Two cases go through a plain ``httpx.AsyncHTTPTransport`` (same limits and TLS context)
instead: another event loop than asyncio (trio via anyio), since aiohttp runs on asyncio only;
and an httpcore pool that a test has patched (``respx.mock`` does that), so that users' and our
own respx-based tests keep seeing every request, under the same retry and pacing layer.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import math
import ssl
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, cast

import aiohttp
import httpcore
import httpx
import yarl
from aiohttp import hdrs
from aiohttp.client_proto import ResponseHandler
from multidict import CIMultiDict

from billing_sdk import _deadline, _headers

# Most specific first: the first match wins.
_CONNECT_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    # Raised while acquiring or opening a connection: the request was never sent.
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
)
_AFTER_SEND_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    # The request may have reached the server.
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientConnectionResetError, httpx.WriteError),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientError, httpx.RemoteProtocolError),
)
_ERROR_MAP = _CONNECT_ERRORS + _AFTER_SEND_ERRORS

_HTTPCORE_SEND = httpcore.AsyncConnectionPool.handle_async_request

#: The headers aiohttp adds on its own to a request that lacks them (``Content-Type``: to one
#: with a body, or of a write method), as aiohttp keeps the names it is told to skip.
_AUTO_HEADERS: CIMultiDict[None] = CIMultiDict(
    (name, None) for name in ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")
)


def _mapped(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error for one of aiohttp's (``_ERROR_MAP``); anything else as it is."""
    for source, target in _ERROR_MAP:
        if isinstance(exc, source):
            # The message names the failure only: aiohttp's may include the full URL, and
            # some vendors carry credentials in the query string.
            return target(type(exc).__name__, request=request)
    return exc  # (unreachable for a ClientError: every one matches the last row)


class _mapped_errors:
    """``with _mapped_errors(request):`` turns aiohttp's errors into httpx's (``_ERROR_MAP``)."""

    __slots__ = ("_request",)

    def __init__(self, request: httpx.Request) -> None:
        self._request = request

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if exc is None or not isinstance(exc, TimeoutError | aiohttp.ClientError):
            return
        mapped = _mapped(exc, self._request)
        if mapped is not exc:
            raise mapped from exc


class _ResponseStream(httpx.AsyncByteStream):
    _CHUNK = 64 * 1024

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            with _mapped_errors(self._request):
                async for chunk in self._response.content.iter_chunked(self._CHUNK):
                    yield chunk
        except BaseException:
            # A body cut short (or a cancelled read): nobody closes the response after this,
            # so close its connection now rather than leave it to the garbage collector.
            self._response.close()
            raise

    async def aclose(self) -> None:
        # Returns the connection to the pool when the body was read to the end, else closes it.
        self._response.release()


@functools.lru_cache(maxsize=64)
def _reason_phrase(reason: str) -> bytes:
    """The reason phrase as httpx keeps it (the same few phrases come back every time)."""
    return reason.encode("latin-1", "replace")


def _read_response(
    response: aiohttp.ClientResponse,
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, object],
) -> httpx.Response:
    """An ``httpx.Response`` whose body has been read: ``content`` set, the stream closed.

    What ``httpx.Response(content=...)`` ends up with, without its trip through the decoder,
    chunker and request context of ``Response.read`` (a third of the transport's CPU per call;
    the body was never encoded: ``_read_whole``). httpx 0.28 is pinned: ``_content`` is where
    its ``read`` keeps the body.
    """
    # What its ``__init__`` sets for a ``stream=`` (the headers are this response's alone, so
    # not copied again), then what ``read`` and the closed stream leave.
    built = httpx.Response.__new__(httpx.Response)
    built.status_code = response.status
    built.headers = _headers.from_raw(response.raw_headers)
    built._request = request
    built.next_request = None
    built.extensions = extensions
    built.history = []
    built.default_encoding = "utf-8"
    stream = built.stream = httpx.ByteStream.__new__(httpx.ByteStream)
    stream._stream = content  # what ``ByteStream(content)`` keeps
    built._content = content
    built.is_stream_consumed = True
    built.is_closed = True
    built._num_bytes_downloaded = len(content)
    return built


# -- the headers, as httpx made them ------------------------------------------------------------


class _Request(aiohttp.ClientRequest):
    """aiohttp's request, with httpx's headers as they are.

    httpx has made the request's headers whole (``Host`` first, the client's, the body's
    ``Content-Length``), so aiohttp adds none of its own (``Accept``, ``Accept-Encoding``,
    ``User-Agent``, a ``Content-Type``: skipped for every request, as its
    ``skip_auto_headers`` does) and takes the ``CIMultiDict`` the session made of them
    (``_headers_as_given``) as it is: aiohttp's own ``update_headers`` and the session's
    ``_prepare_headers`` each add the headers one by one in Python, a few µs per request.
    (``update_headers`` and ``update_auto_headers`` are the methods ``ClientRequest.__init__``
    calls for this, aiohttp 3.x; ``request_class`` is the session's public way to change them.)
    """

    def update_headers(self, headers: Any) -> None:
        # aiohttp's result: ``Host`` first, from the URL unless given (a given one: the last
        # wins), then the rest in order. The usual headers are already that: one ``Host``,
        # first; anything else goes aiohttp's way.
        if (
            headers.__class__ is CIMultiDict
            and len(headers.getall(hdrs.HOST, ())) == 1
            and next(iter(headers)) in hdrs.HOST_ALL
        ):
            self.headers = headers
        else:
            super().update_headers(headers)

    def update_auto_headers(self, skip_auto_headers: Any) -> None:
        self._skip_auto_headers = _AUTO_HEADERS


def _headers_as_given(headers: Any) -> CIMultiDict[str]:
    """The session's ``_prepare_headers`` for a session without default headers: aiohttp's
    result (each name first set, then repeats added: the pairs in order), made in one call."""
    return CIMultiDict(headers) if headers else CIMultiDict()


def _new_aiohttp_session(connector: aiohttp.TCPConnector) -> aiohttp.ClientSession:
    """A session that sends httpx's requests as they are (``_Request``): no default headers,
    cookies, decompression, redirects or timeout of its own, and no silent re-send."""
    session = aiohttp.ClientSession(
        connector=connector,
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        trust_env=False,
        timeout=aiohttp.ClientTimeout(total=None),
        request_class=_Request,
    )
    if callable(getattr(session, "_prepare_headers", None)) and not session._default_headers:
        # (a private method: where a later aiohttp lacks it, its own conversion runs, and
        # ``_Request`` takes the result all the same)
        setattr(session, "_prepare_headers", _headers_as_given)  # noqa: B010
    # aiohttp silently sends GET/PUT/DELETE a second time when the connection drops
    # (RFC 9112 9.3.1.1). Every re-send must be the retry policy's decision: a PUT whose
    # answer was lost may have landed, and modify() must find out, not resend it blindly
    # (tests/facade/test_aiohttp_transport.py pins this). No public switch exists.
    session._retry_connection = False
    return session


# -- the read timeout, under one timer per pool -------------------------------------------------
#
# ``timeout.read`` (between two bytes) is aiohttp's ``sock_read``. Its protocol arms a loop timer
# when the request has been sent and, for every chunk that arrives, cancels it and arms another;
# the end of the response cancels the last: two timers armed and two cancelled per request,
# each a ``TimerHandle`` pushed onto the loop's heap and compared there in Python (3-5 µs of a
# write's CPU, docs/benchmarks.md). ``_WatchedHandler`` keeps aiohttp's rule (aiohttp's own calls
# still start, restart and stop the clock at the same moments) but only notes when the time
# will be up; the pool's ``_ReadWatch`` keeps one timer, for the earliest of those, and hands each
# connection whose time has passed to aiohttp's own ``_on_read_timeout``. The hooks are aiohttp's
# private ones (the same from 3.10 to 3.14): where one is missing, the pool keeps aiohttp's own
# protocol and its timers (``_watch_reads``).

#: What ``_WatchedHandler`` takes over from aiohttp's protocol, and what it calls.
_READ_TIMEOUT_HOOKS = ("_reschedule_timeout", "_drop_timeout", "_on_read_timeout", "start_timeout")


class _ReadWatch:
    """The read timeouts of one pool's connections, under one loop timer.

    A connection reading a response is in ``watched`` with the time its read timeout ends
    (``_WatchedHandler._billing_read_due``; ``None`` once stopped). The timer is armed for the
    earliest time noted while it waits; a restarted clock only moves a connection's time later,
    so the timer is re-armed when it fires: for the earliest time still running, after each
    connection whose time has passed has been timed out and each stopped one let go.
    """

    __slots__ = ("_armed_at", "_handle", "_loop", "watched")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.watched: set[_WatchedHandler] = set()
        self._handle: asyncio.TimerHandle | None = None
        self._armed_at = math.inf

    def due(self, protocol: _WatchedHandler, when: float) -> None:
        """``protocol``'s read timeout now ends at ``when`` (loop time)."""
        self.watched.add(protocol)
        if when < self._armed_at:
            if self._handle is not None:
                self._handle.cancel()
            self._arm(when)

    def _arm(self, when: float) -> None:
        self._armed_at = when
        self._handle = self._loop.call_at(when, self._fire)

    def _fire(self) -> None:
        # A loop runs a timer up to its clock's resolution early: what the timer was armed
        # for is due, whatever ``time()`` says.
        now = max(self._loop.time(), self._armed_at)
        self._handle = None
        self._armed_at = math.inf
        expired: list[_WatchedHandler] = []
        earliest = math.inf
        for protocol in list(self.watched):
            due = protocol._billing_read_due
            if due is None:
                self.watched.discard(protocol)
            elif due <= now:
                self.watched.discard(protocol)
                protocol._billing_read_due = None
                expired.append(protocol)
            elif due < earliest:
                earliest = due
        if earliest < math.inf:
            self._arm(earliest)  # (before any timeout runs: none of them stops the others')
        for protocol in expired:
            protocol._on_read_timeout()


class _WatchedHandler(ResponseHandler):
    """aiohttp's protocol whose read timeout is kept by the pool's :class:`_ReadWatch`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, watch: _ReadWatch) -> None:
        super().__init__(loop)
        self._billing_watch = watch
        #: When the read timeout ends (loop time); ``None``: not running.
        self._billing_read_due: float | None = None

    def _reschedule_timeout(self) -> None:
        # aiohttp's: the request sent, a chunk received, reading resumed.
        timeout = self._read_timeout
        if timeout:
            when = self._billing_read_due = self._loop.time() + timeout
            watch = self._billing_watch
            if self not in watch.watched or when < watch._armed_at:
                watch.due(self, when)
        else:
            self._billing_read_due = None

    def _drop_timeout(self) -> None:
        # aiohttp's: the response read to its end, reading paused, the connection closed.
        self._billing_read_due = None


def _watch_reads(connector: aiohttp.TCPConnector, loop: asyncio.AbstractEventLoop) -> bool:
    """Give ``connector``'s new connections a :class:`_WatchedHandler` (True), unless this
    aiohttp lacks a hook it relies on: its connections then keep aiohttp's own timers."""
    factory = getattr(connector, "_factory", None)
    if not (
        isinstance(factory, functools.partial)
        and factory.func is ResponseHandler
        and all(callable(getattr(ResponseHandler, name, None)) for name in _READ_TIMEOUT_HOOKS)
        and hasattr(ResponseHandler(loop), "_read_timeout")
    ):
        return False
    watched = functools.partial(_WatchedHandler, loop=loop, watch=_ReadWatch(loop))
    # (a subclass's factory where aiohttp's type says its own class's)
    connector._factory = cast("functools.partial[ResponseHandler]", watched)
    return True


async def _closer_for(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """An async generator that closes ``session`` when it is finalised.

    Started on the session's loop, it is one of the loop's live async generators, and every
    orderly end of a loop (``asyncio.run``, ``asyncio.Runner``, anyio) finalises those
    (``shutdown_asyncgens``) while the loop still runs: the session's connections are then
    closed on their own loop, even when the client never was.
    """
    try:
        yield
    finally:
        if not session.closed:
            await session.close()


def _close_elsewhere(session: aiohttp.ClientSession) -> None:
    """Close a session of another event loop: on that loop if it still runs, else mark it
    closed (the loop has gone, and its sockets with it)."""
    if session.closed:
        return
    loop = session._loop
    if loop.is_running():
        asyncio.run_coroutine_threadsafe(session.close(), loop)
        return
    connector = session.connector
    session.detach()
    if connector is not None:
        # On a closed loop this only marks the pool closed (aiohttp checks is_closed first);
        # the awaitable it returns has nothing left to wait for.
        waiter = connector.close()
        with contextlib.suppress(Exception):
            waiter.__await__().close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx`` transport whose connections are an ``aiohttp`` pool (created lazily)."""

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        ssl_context: ssl.SSLContext | None = None,
        whole_body_limit: int | None = 0,
    ) -> None:
        self.limits = limits
        #: A body with a ``Content-Length`` of at most this many bytes and no content coding
        #: is read here, in one piece, into the response (``None``: any length; ``0``: none).
        #: The policy layer then only checks its size: no stream of 64 KiB chunks to wrap,
        #: decode and join. Others (chunked, compressed, larger) stream as before, so the
        #: size cap and bounded decompression (``_body``) still apply to them piece by piece.
        self.whole_body_limit = whole_body_limit
        # httpx's default context: certifi roots, hostname checks, TLS >= 1.2.
        self.ssl_context = ssl_context or httpx.create_ssl_context()
        self._session: aiohttp.ClientSession | None = None
        # Closes the session when its event loop shuts down (see _closer_for).
        self._closer: AsyncGenerator[None, None] | None = None
        self._closers: set[AsyncGenerator[None, None]] = set()
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    def _new_session(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        """A session for ``loop``, the running one, when there is none yet or the one kept is
        closed or belongs to another loop (``handle_async_request`` checks)."""
        session = self._session
        # First use, or a client reused under a new event loop (each asyncio.run makes one):
        # the old loop's connections are unusable there, so start a fresh pool, and close
        # the old one where it lives instead of leaking it.
        if session is not None:
            _close_elsewhere(session)
        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self.limits.keepalive_expiry or 5.0,
            ssl=self.ssl_context,
        )
        _watch_reads(connector, loop)
        self._session = _new_aiohttp_session(connector)
        self._closer = _closer_for(self._session)
        return self._session

    def _timeout(self, extension: object) -> aiohttp.ClientTimeout:
        values = extension if isinstance(extension, dict) else {}
        key = (values.get("pool"), values.get("connect"), values.get("read"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            pool, connect, read = key
            # aiohttp's ``connect`` covers waiting for a pooled connection plus connecting.
            both = None if pool is None or connect is None else pool + connect
            timeout = aiohttp.ClientTimeout(
                total=None, connect=both, sock_connect=connect, sock_read=read
            )
            self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = _deadline.asyncio_loop()
        if loop is None or httpcore.AsyncConnectionPool.handle_async_request is not _HTTPCORE_SEND:
            # Not on asyncio, or httpcore's pool is patched (respx): httpx's own transport.
            return await self._fallback_transport().handle_async_request(request)
        session = self._session
        # (aiohttp has no public accessor for a session's loop)
        if session is None or session._loop is not loop or session.closed:
            session = self._new_session(loop)
        if self._closer is not None:
            # Registers the closer with this loop's async-generator hooks (first iteration).
            closer, self._closer = self._closer, None
            await anext(closer)
            self._closers.add(closer)
        # (``aread``'s own check: the engine's requests are read already.)
        body = request._content if hasattr(request, "_content") else await request.aread()
        url = request.url
        try:
            response = await session.request(
                request.method,
                # (``_headers.url_text``: the text the engine kept on the URL, if any)
                yarl.URL(url.__dict__.get(_headers.URL_TEXT) or str(url), encoded=True),
                headers=_headers.str_items(request.headers),
                data=body or None,
                allow_redirects=False,
                compress=None,
                timeout=self._timeout(request.extensions.get("timeout")),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _mapped(exc, request) from exc
        extensions: dict[str, object] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = _reason_phrase(response.reason)
        if self._read_whole(response, request.method):
            try:
                content = await response.read()
            except BaseException as exc:
                response.close()
                if isinstance(exc, TimeoutError | aiohttp.ClientError):
                    raise _mapped(exc, request) from exc
                raise
            return _read_response(response, content, request, extensions)
        return httpx.Response(
            status_code=response.status,
            headers=_headers.from_raw(response.raw_headers),
            stream=_ResponseStream(response, request),
            request=request,
            extensions=extensions,
        )

    def _read_whole(self, response: aiohttp.ClientResponse, method: str) -> bool:
        """Whether the body is read in one piece here (see ``whole_body_limit``)."""
        limit = self.whole_body_limit
        if limit == 0 or "Content-Encoding" in response.headers:
            return False
        if response.status in (204, 304) or method == "HEAD":
            return True  # no body follows
        length = response.content_length
        return length is not None and (limit is None or length <= limit)

    def _fallback_transport(self) -> httpx.AsyncHTTPTransport:
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(
                limits=self.limits, verify=self.ssl_context, retries=0
            )
        return self._fallback

    async def aclose(self) -> None:
        session, self._session = self._session, None
        self._closer = None
        self._closers.clear()
        if session is not None and not session.closed:
            if session._loop is asyncio.get_running_loop():
                await session.close()
            else:
                _close_elsewhere(session)
        if self._fallback is not None:
            await self._fallback.aclose()
