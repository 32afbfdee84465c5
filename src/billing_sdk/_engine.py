"""Calling one generated operation: build, send, check, parse. HTTP is spoken here only.

Resources hand the engine a generated operation's ``_get_kwargs`` and ``_parse_response``
(the pieces ``asyncio_detailed`` is made of). The engine sends the request through the
client's one ``httpx.AsyncClient`` and, unlike ``asyncio_detailed``, looks at the response
before the generated parser does, so that:

* an error status becomes a typed :class:`~billing_sdk.APIStatusError` with the vendor's code,
  message and request id (the generated code would build ``HTTPStatus(520)`` and crash, or hand
  back an error model mixed with the success type);
* a malformed, truncated or mistyped body becomes a :class:`~billing_sdk.DecodeError`;
* transport failures become :class:`~billing_sdk.TransportError` subclasses that say whether
  the request can have landed;
* a write that the transport sent again after an attempt that may have landed never reports a
  refusal of the re-send as "not landed": a refusal the first send may have caused (412, 404,
  409, ...) is :class:`~billing_sdk.OutcomeUnknown` (``_retry.caused_by_an_earlier_send``);
* a request that cannot be encoded (a value that cannot go on the wire) is a
  :class:`~billing_sdk.ValidationError` and nothing is sent;
* the whole call, its token request and retries included, ends within ``call_timeout``.

No error it raises holds a credential: the library's exceptions (whose ``request`` carries
the ``Authorization`` header, the API key or the session token) are never chained, and an
error raised below (by the transport or an auth flow) is re-raised with a fresh traceback, so
neither its ``__cause__``/``__context__`` nor the frames of the code that sent the request
can reach one.
"""

from __future__ import annotations

import copy
import json
import logging
import math
import re
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from billing_sdk import _auth, _deadline, _headers, _json, _raw
from billing_sdk._capacity import Capacity
from billing_sdk._constants import RESENT_AFTER_DOUBT_EXTENSION
from billing_sdk._errors import (
    APIStatusError,
    BillingError,
    ConnectError,
    DecodeError,
    ErrorParser,
    ErrorResponse,
    OutcomeUnknown,
    PreconditionFailed,
    RateLimited,
    RequestTimeout,
    ResponseError,
    TransportError,
    ValidationError,
    error_class_for_status,
)
from billing_sdk._retry import (
    READ_METHODS,
    TOO_MANY_REQUESTS,
    Resend,
    RetryPolicy,
    caused_by_an_earlier_send,
    landed_for_status,
    server_advised_wait,
)
from billing_sdk._transport import CallDeadlinePassed, RequestOptions, TransportStats

if TYPE_CHECKING:
    from billing_sdk._telemetry import Telemetry

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Response headers that are safe to keep on an error (everything else is dropped).
_SAFE_HEADERS = frozenset(
    {
        "content-type",
        "retry-after",
        "etag",
        "location",
        "x-request-id",
        "request-id",
        "x-correlation-id",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "x-rate-limit-remaining",
        "x-rate-limit-reset",
    }
)
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


@asynccontextmanager
async def _no_guard(reference: str) -> AsyncIterator[None]:
    yield


class _Client(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


@dataclass(frozen=True)
class Result(Generic[T_co]):
    """A successful call: the parsed body plus the raw response facts resources need."""

    parsed: T_co
    status: int
    headers: httpx.Headers
    content: bytes


class Engine:
    """Sends generated operations for one client and maps every failure to the error tree."""

    def __init__(
        self,
        client: Any,
        parse_error: ErrorParser,
        *,
        max_connections: int | None = None,
        stats: TransportStats | None = None,
        call_timeout: float | None = None,
    ) -> None:
        # ``client`` is the generated Client/AuthenticatedClient holding our httpx client.
        self.client = client
        self._parse_error = parse_error
        # What fan-out needs to know about the owning client (every resource holds the
        # engine, so ``bulk.map(resource.method, ...)`` finds these through ``__self__``):
        # the one concurrency budget below its pool, and the counters it adapts to.
        self.capacity = Capacity(max_connections)
        self.stats = stats or TransportStats()
        #: Seconds one call may take in total (token request, attempts, waits); None: unbounded.
        self.call_timeout = call_timeout
        #: Held around a create keyed by the caller's own reference (look up, then send), so
        #: two creates of one reference never overlap: the client's coordination claim
        #: (in-process lock by default, a Redis claim across workers).
        self.guard: Callable[[str], AbstractAsyncContextManager[None]] = _no_guard
        #: The client's vendor and its optional OpenTelemetry hook (``_telemetry``).
        self.vendor = "api"
        self.telemetry: Telemetry | None = None
        #: Options a ``with_options`` view applies to every call (``None``: the client's).
        self.default_retry: RetryPolicy | None = None
        self.default_headers: Mapping[str, str] | None = None

    def with_defaults(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Engine:
        """A copy sending with these options (``with_options``); it shares the pool, the
        fan-out budget and the counters. ``timeout`` and ``retry`` can only narrow."""
        view = copy.copy(self)
        if timeout is not None:
            view.call_timeout = min(timeout, self.call_timeout or math.inf)
        if retry is not None:
            view.default_retry = (
                retry if self.default_retry is None else (self.default_retry.narrowed_by(retry))
            )
        if headers:
            view.default_headers = {**(self.default_headers or {}), **headers}
        return view

    def __repr__(self) -> str:
        return f"Engine(call_timeout={self.call_timeout!r})"

    @property
    def http(self) -> httpx.AsyncClient:
        http: httpx.AsyncClient = self.client.get_async_httpx_client()
        return http

    async def send(
        self,
        request: dict[str, Any],
        parse: Callable[..., T | None],
        /,
        *,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        resend: Resend = Resend.BY_METHOD,
        ok: Callable[[httpx.Response], bool] | None = None,
        operation: str | None = None,
    ) -> Result[T | None]:
        """Send one operation and return its parsed success body.

        Args:
            request: the generated operation's ``_get_kwargs(...)`` output (called by the
                resource, so its arguments are type-checked).
            parse: the generated operation's ``_parse_response``.
            headers: extra request headers.
            retry: a per-call retry policy; it narrows the client's, never widens it.
            resend: when the transport may send the request again (``Resend.PROVEN_UNSENT``
                for writes reconciled above it).
            ok: decides which responses are successes (default: any 2xx).
            operation: the operation's name for telemetry (default: that of ``parse``).
        """
        if self.telemetry is None:
            response = await self.send_raw(request, headers=headers, retry=retry, resend=resend)
            return self.handle(response, parse, ok=ok)
        operation = operation or operation_name(parse)
        method = str(request.get("method", "GET")).upper()
        with self.telemetry.call(self.vendor, operation, method) as span:
            response = await self.send_raw(request, headers=headers, retry=retry, resend=resend)
            span.status = response.status_code
            return self.handle(response, parse, ok=ok)

    def handle(
        self,
        response: httpx.Response,
        parse: Callable[..., T | None],
        *,
        ok: Callable[[httpx.Response], bool] | None = None,
    ) -> Result[T | None]:
        """Check a response and parse it; also used for the inner response of a background job,
        so a job raises exactly what the direct call would have raised."""
        if not (ok(response) if ok else 200 <= response.status_code < 300):
            raise self.failure_for(response)
        failure: DecodeError | None = None
        try:
            parsed = parse(client=self.client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            # Not chained: a JSON error's ``doc`` is the whole body.
            failure = self._decode_error(response, exc)
        if failure is not None:
            raise failure
        # (``response.content``: every response the engine hands on has been read)
        content = response._content if hasattr(response, "_content") else response.content
        return Result(parsed, response.status_code, response.headers, content)

    async def send_raw(
        self,
        kwargs: dict[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        resend: Resend = Resend.BY_METHOD,
    ) -> httpx.Response:
        """Send a request described by generated ``_get_kwargs`` output; raise transport errors."""
        http, direct, request, method, url = self._prepared(kwargs, headers, retry, resend)
        # Every attempt sent for this call (its token request too) ends by the deadline.
        deadline = _deadline.begin(self.call_timeout)
        try:
            if direct is not None:
                response = await _sent(http, request, direct)
            else:
                response = await http.send(request)
        except _SENDING_ERRORS as exc:
            failure = _failure(exc, request, method, url)
        else:
            # (``_received``'s two checks first: the usual response needs neither step)
            if response.stream.__class__ is not httpx.ByteStream or _raw.collecting() is not None:
                _received(response)
            return response
        finally:
            _deadline.end(deadline)
        raise failure

    def _prepared(
        self,
        kwargs: dict[str, Any],
        headers: Mapping[str, str] | None,
        retry: RetryPolicy | None,
        resend: Resend,
    ) -> tuple[httpx.AsyncClient, httpx.Auth | None, httpx.Request, str, Any]:
        """The request to send (a ``ValidationError`` when it cannot be encoded: nothing is
        sent), the client, the auth flow of the direct route (``None``: ``http.send``), the
        method and the URL as given."""
        if self.default_headers:
            headers = {**self.default_headers, **(headers or {})}
        if self.default_retry is not None:
            retry = self.default_retry if retry is None else self.default_retry.narrowed_by(retry)
        if headers:
            kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **headers}}
        method = str(kwargs.get("method", "GET")).upper()
        content = kwargs.get("content")
        if isinstance(content, bytes) and not content.isascii():
            try:
                content.decode()
            except UnicodeDecodeError:
                # The generated bodies keep a lone surrogate as it is (see types.json_dumps).
                raise ValidationError(
                    "the request body holds text that is not valid Unicode (a lone "
                    "surrogate); nothing was sent"
                ) from None
        options = (
            RequestOptions(retry=retry, resend=resend)
            if retry is not None or resend is not Resend.BY_METHOD
            else None
        )
        url = kwargs.get("url", "")
        if isinstance(url, str) and "/." in url:
            kwargs = {**kwargs, "url": _escaped_dot_segments(url)}
            url = kwargs["url"]
        # (the generated client's own attribute once set: ``self.http`` without its two calls)
        http = getattr(self.client, "_async_client", None) or self.http
        direct = _direct_auth(http)
        failure: BillingError | None = None
        try:
            if direct is not None:
                request = _built(http, kwargs, options)
            else:
                if isinstance(url, str) and url.startswith("/"):
                    # The absolute URL, joined as httpx joins it (the base path, which ends
                    # in "/", plus the path without its leading "/"): httpx then parses one
                    # URL instead of two.
                    kwargs = {**kwargs, "url": _joined(http.base_url, url)}
                request = http.build_request(
                    **kwargs, extensions=options.extensions() if options is not None else None
                )
        except (ValueError, UnicodeError, httpx.InvalidURL) as exc:
            # json.dumps refuses NaN, UTF-8 refuses lone surrogates, ASCII headers refuse
            # the rest of Unicode: nothing was sent.
            failure = ValidationError(
                f"the request cannot be encoded ({type(exc).__name__}); nothing was sent"
            )
        if failure is not None:
            raise failure
        return http, direct, request, method, url

    def failure_for(self, response: httpx.Response) -> BillingError:
        """The error for a non-success response, with what a re-send means taken into account:
        a refusal the first send may have caused is :class:`OutcomeUnknown`."""
        error = self.error_for(response)
        request = response.request
        doubt = request.extensions.get(RESENT_AFTER_DOUBT_EXTENSION)
        if doubt is None or request.method in READ_METHODS:
            return error
        error.landed = None
        if not caused_by_an_earlier_send(error.status):
            return error
        unknown = OutcomeUnknown(
            f"{request.method} {error.path} was sent again after an attempt that may have "
            f"landed ({doubt}), and the re-send was refused with HTTP {error.status}, which "
            "the first send may have caused: read the resource to see whether it landed",
            reference=error.path,
            attempts=2,
        )
        unknown.__cause__ = error
        return unknown

    def error_for(self, response: httpx.Response) -> APIStatusError:
        """The typed error for a non-success response."""
        status = response.status_code
        method = response.request.method
        path = response.request.url.path
        vendor = self._parse_error(response)
        safe = {k: v for k, v in response.headers.items() if k.lower() in _SAFE_HEADERS}
        kwargs: dict[str, Any] = {
            "method": method,
            "path": path,
            "status": status,
            "code": vendor.code,
            "vendor_message": vendor.message,
            "request_id": next(
                (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
            ),
            "headers": safe,
            "landed": landed_for_status(vendor.status_hint or status),
            "response": ErrorResponse.sanitised(status, safe, response.content),
        }
        cls: type[APIStatusError] = error_class_for_status(status)
        reason = httpx.codes.get_reason_phrase(status) or "non-standard status"
        if vendor.raise_as is not None:
            cls = vendor.raise_as(vendor.status_hint or status)
            if issubclass(cls, RateLimited):
                advised = server_advised_wait(response.headers, TOO_MANY_REQUESTS)
                return cls(vendor.message or "rate limited", retry_after=advised, **kwargs)
            return cls(vendor.message or vendor.code or "the vendor reported an error", **kwargs)
        if cls is RateLimited:
            advised = server_advised_wait(response.headers, status)
            return RateLimited(f"rate limited ({reason})", retry_after=advised, **kwargs)
        if cls is PreconditionFailed:
            return PreconditionFailed(
                "the resource changed since it was read (If-Match version is stale)",
                if_match=response.request.headers.get("if-match"),
                **kwargs,
            )
        if 300 <= status < 400:
            return APIStatusError(
                f"unexpected redirect ({reason}); redirects are not followed", **kwargs
            )
        return cls(reason, **kwargs)

    def _decode_error(self, response: httpx.Response, exc: Exception) -> DecodeError:
        if isinstance(exc, RecursionError):
            what = "the body's JSON is nested too deeply"
        elif isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
            what = "the body is not valid JSON"
        else:
            what = f"the body does not match the expected shape ({type(exc).__name__})"
        content_type = response.headers.get("content-type", "none")
        return DecodeError(
            f"{what} (HTTP {response.status_code}, content-type {content_type})",
            method=response.request.method,
            path=response.request.url.path,
            status=response.status_code,
            # The server answered with a success status: the operation itself went through.
            landed=True if response.request.method not in READ_METHODS else None,
        )


def operation_name(parse: Callable[..., Any]) -> str:
    """The spec operation a generated ``_parse_response`` belongs to (its module's name)."""
    return getattr(parse, "__module__", "").rpartition(".")[2] or "call"


def _transport_failure(exc: Exception, method: str, path: str) -> BillingError:
    """The error for a failure below the response (the library's exception is not kept)."""
    where: dict[str, Any] = {"method": method, "path": path}
    if isinstance(exc, CallDeadlinePassed):
        return RequestTimeout(f"not sent: {exc}", landed=False, **where)
    if isinstance(exc, httpx.ConnectError):
        return ConnectError(f"cannot connect: {exc}", **where)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return ConnectError("timed out connecting", **where)
    if isinstance(exc, httpx.TimeoutException):
        # The request may have been processed; only reconciliation can tell for a write.
        return RequestTimeout(f"timed out waiting for the response: {exc}", **where)
    if isinstance(exc, httpx.TooManyRedirects):
        return ResponseError(
            "the server redirected too many times (a redirect loop); nothing was done "
            "with the last answer",
            **where,
        )
    if isinstance(exc, httpx.DecodingError):
        return DecodeError(f"the body cannot be decoded ({type(exc).__name__})", **where)
    if isinstance(exc, httpx.TransportError):
        return TransportError(f"the connection failed: {type(exc).__name__}", **where)
    if isinstance(exc, httpx.StreamError | httpx.HTTPError):
        return TransportError(f"the response stream failed: {type(exc).__name__}", **where)
    # A value the HTTP stack refuses to put on the wire (it checks before writing).
    return ValidationError(f"the request cannot be sent ({type(exc).__name__}); nothing was sent")


#: What sending can raise that becomes the call's error (``_failure``).
_SENDING_ERRORS = (BillingError, httpx.HTTPError, httpx.StreamError, httpx.InvalidURL, ValueError)


def _failure(exc: Exception, request: httpx.Request, method: str, url: Any) -> BillingError:
    """The error a failed send raises (raised by the caller outside its ``except``, so
    nothing is chained)."""
    if isinstance(exc, BillingError):
        # Raised below (the transport, an auth flow): keep the error, drop the frames that
        # sent the request (their locals hold it, credentials and all).
        failure = exc.with_traceback(None)
    else:
        failure = _transport_failure(exc, method, _path_of(url))
    _after_doubt(failure, request, method)
    return failure


def _received(response: httpx.Response) -> None:
    """A response as the engine hands it on: its stream cycle cut, noted for ``raw_responses``."""
    if not isinstance(response.stream, httpx.ByteStream):
        # httpx leaves each response it sent in a reference cycle (response -> its
        # BoundAsyncStream -> response), so the response, its request, headers and the
        # connection's response behind it wait for the cyclic garbage collector: ~50
        # objects per call. The body is read and the stream closed by now, so cut the
        # cycle: refcounting frees them.
        response.stream = httpx.ByteStream(response.content)
    if _raw.collecting() is not None:
        _raw.note(response)


def _after_doubt(failure: BillingError, request: httpx.Request, method: str) -> None:
    """A write sent again after an attempt that may have landed cannot say "not landed"."""
    if method in READ_METHODS or RESENT_AFTER_DOUBT_EXTENSION not in request.extensions:
        return
    if failure.landed is False and not isinstance(failure, ValidationError):
        failure.landed = None


# -- the direct route ---------------------------------------------------------------------------
#
# ``AsyncClient.build_request`` + ``AsyncClient.send`` cost about a third of a call's CPU on top
# of the transport: the URL parsed twice, every header merged and normalised again, the auth flow
# and the redirect loop driven through four coroutines, the response bound to a stream that
# closes it. For a client configured the way this SDK builds it (no redirects followed, no
# response hooks, no mounted proxies) the engine does the same steps itself, in this order:
# the request built from the generated ``_get_kwargs`` with the client's headers and timeouts,
# the client's auth flow, the client's request hooks, then the client's transport, which is the
# one PolicyTransport (retries, pacing, deadlines, the size cap): the same objects, the same
# rules, fewer layers. Anything else (a user turning on redirects or adding a response hook,
# an env proxy) goes through ``http.send`` as before.

#: A path the generated code builds (parameters percent-encoded, dot segments escaped): one
#: that httpx's URL parser would keep as it is, so it can be put on the base URL unparsed.
_PLAIN_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")
#: A ``%`` that does not start a percent-escape (httpx would encode it as ``%25``).
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NO_AUTH = httpx.Auth()
_CLOSED = httpx._client.ClientState.CLOSED
_HTTPX_LOG = logging.getLogger("httpx")


def _direct_auth(http: httpx.AsyncClient) -> httpx.Auth | None:
    """The auth flow to run on the direct route, or ``None`` when ``http.send`` must run."""
    # (httpx 0.28's own attributes behind ``event_hooks``, ``base_url.userinfo``, ``auth``)
    # (``http.params`` is ``_params``, whose truth is that of its ``_dict``)
    if http.follow_redirects or http._event_hooks["response"] or http._mounts or http._params._dict:
        return None
    if http._base_url._uri_reference.userinfo:
        return None  # httpx derives a BasicAuth from it: leave that to httpx
    auth = http._auth
    return _NO_AUTH if auth is None else auth


class _Prefix:
    """What every plain request of one client starts with, built once: the base URL's parts
    and text, the client's header triples and names, the ``Host`` httpx adds for it, and the
    triples ``_plain_request`` would produce for a request without a body or headers of its
    own (that ``Host`` first, then the client's headers). Kept on the client
    and rebuilt whenever its base URL or headers change (a user may edit
    ``client.http.headers`` in place or assign new ones).
    """

    __slots__ = (
        "base",
        "fragment",
        "headers",
        "host",
        "items",
        "names",
        "origin",
        "path",
        "snapshot",
        "text",
    )

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.base = http.base_url
        self.headers = http.headers
        self.snapshot = list(self.headers._list)
        parts = self.base._uri_reference
        #: The base URL's parts before its path (scheme, userinfo, host, port).
        self.origin = tuple(parts)[:4]
        self.path = parts.path or "/"
        self.fragment = parts.fragment
        # ``str()`` of the base URL's origin and path: a target's text is this plus its own
        # path and query (kept on the target for the transport, ``_headers.URL_TEXT``).
        bare = httpx.URL.__new__(httpx.URL)
        bare._uri_reference = tuple.__new__(_ParseResult, (*self.origin, self.path, None, None))
        self.text = str(bare) if self.fragment is None else None
        #: The client's header names, lower-case.
        self.names = frozenset(lower for _, lower, _ in self.snapshot)
        #: The ``Host`` value httpx adds to a request on this base URL (``None``: none).
        host = self.host = self.base.netloc if self.base.host else None
        auto = [(b"Host", b"host", host)] if host is not None and b"host" not in self.names else []
        self.items = auto + self.snapshot


def _prefix(http: httpx.AsyncClient) -> _Prefix:
    prefix: _Prefix | None = http.__dict__.get("_billing_sdk_prefix")
    # (what the ``base_url`` and ``headers`` properties return, httpx 0.28)
    if (
        prefix is None
        or http._base_url is not prefix.base
        or http._headers is not prefix.headers
        or prefix.headers._list != prefix.snapshot
    ):
        prefix = http.__dict__["_billing_sdk_prefix"] = _Prefix(http)
    return prefix


#: httpx's parsed-URL tuple (``URL._uri_reference``): built directly from its fields.
_ParseResult = type(httpx.URL("http://x")._uri_reference)
#: The body of every request without one (a ``ByteStream`` only hands out its bytes).
_NO_BODY = httpx.ByteStream(b"")


#: Methods httpx gives a ``Content-Length: 0`` when they carry no body.
_EMPTY_BODY_LENGTH = ("POST", "PUT", "PATCH")


def _built(
    http: httpx.AsyncClient, kwargs: dict[str, Any], options: RequestOptions | None
) -> httpx.Request:
    """``http.build_request(**kwargs)``, for a client with no params or cookies of its own.

    A plain path on the base URL is put on its parsed parts; a read's headers are the
    client's prefix as it is, a write's the client's triples merged with its own
    (``_merged_items``)."""
    url: Any = kwargs.get("url", "")
    params = kwargs.get("params")
    # (httpx keeps the base URL's path ending in "/", so joining is appending.)
    if (
        isinstance(url, str)
        and _PLAIN_PATH.fullmatch(url)
        and ("%" not in url or not _LONE_PERCENT.search(url))
        and not http._base_url._uri_reference.query  # (``base_url.query == b""``)
    ):
        query = str(httpx.QueryParams(params)) if params else None
        # The base URL's parsed parts with this path and query: what httpx's parser would
        # produce for them (the path holds only characters it keeps as they are).
        prefix = _prefix(http)
        target = httpx.URL.__new__(httpx.URL)
        target._uri_reference = tuple.__new__(
            _ParseResult, (*prefix.origin, prefix.path + url[1:], query, prefix.fragment)
        )
        if prefix.text is not None:
            # What ``str(target)`` gives (no fragment): the transport reads it from here.
            text = prefix.text + url[1:]
            target.__dict__[_headers.URL_TEXT] = text if query is None else f"{text}?{query}"
        method = str(kwargs.get("method", "GET")).upper()
        if (
            not kwargs.get("headers")
            and not kwargs.get("content")
            and method not in _EMPTY_BODY_LENGTH
            and kwargs.get("data") is None
            and kwargs.get("files") is None
            and kwargs.get("json") is None
        ):
            # A read: the client's headers as they are, no body; what ``Headers(...)``,
            # ``as_dict`` and ``_request_of`` would make, made directly.
            headers = httpx.Headers.__new__(httpx.Headers)
            headers._list = list(prefix.items)
            headers._encoding = None
            request = httpx.Request.__new__(httpx.Request)
            request.method = method
            request.url = target
            request.headers = headers
            request.extensions = {"timeout": http._timeout.as_dict()}
            if options is not None:
                request.extensions.update(options.extensions())
            request.stream = _NO_BODY
            request._content = b""
            return request
        content = kwargs.get("content")
        extra = kwargs.get("headers")
        if (
            (content is None or content.__class__ is bytes)
            and (not extra or extra.__class__ is dict)
            and kwargs.get("data") is None
            and kwargs.get("files") is None
            and kwargs.get("json") is None
        ):
            merged = _merged_items(prefix.snapshot, prefix.names, extra)
            if merged is not None:
                items, names = merged
                return _plain_request(
                    method, target, prefix.host, items, names, content, _extensions(http, options)
                )
    else:
        target = http._merge_url(url)
        if params is not None:
            target = httpx.URL(target, params=params)  # as httpx.Request(params=...) does
    headers = http.headers.copy()
    extra = kwargs.get("headers")
    if extra:
        headers.update(extra)
    extensions = _extensions(http, options)
    content = kwargs.get("content")
    if (
        (content is None or isinstance(content, bytes))
        and kwargs.get("data") is None
        and kwargs.get("files") is None
        and kwargs.get("json") is None
    ):
        items = headers._list  # (built for this request alone: used as it is)
        return _plain_request(
            str(kwargs.get("method", "GET")).upper(),
            target,
            target.netloc if target.host else None,
            items,
            {lower for _, lower, _ in items},
            content,
            extensions,
        )
    return httpx.Request(
        kwargs.get("method", "GET"),
        target,
        content=kwargs.get("content"),
        data=kwargs.get("data"),
        files=kwargs.get("files"),
        json=kwargs.get("json"),
        headers=headers,
        extensions=extensions,
    )


_LENGTH_NAMES = frozenset((b"content-length", b"transfer-encoding"))

_Triple = tuple[bytes, bytes, bytes]


def _merged_items(
    items: list[_Triple], names: frozenset[bytes], extra: Any
) -> tuple[list[_Triple], Collection[bytes]] | None:
    """``Headers(items).update(extra)``'s triples and lower-case names, for a request's own
    headers given as a dict of text or bytes (as every generated operation gives them): each
    client header the request names again dropped, the request's appended. ``None`` for
    anything else (httpx merges those, and raises what it raises)."""
    if not extra:
        return list(items), names
    if extra.__class__ is not dict:
        return None
    added = []
    lowers = set()
    for name, value in extra.items():
        if name.__class__ is str:
            key = name.encode("ascii")  # httpx's own encoding (UnicodeError: not sent)
        elif name.__class__ is bytes:
            key = name
        else:
            return None
        if value.__class__ is str:
            value = value.encode("ascii")
        elif value.__class__ is not bytes:
            return None  # httpx's TypeError, from httpx
        lower = key.lower()
        added.append((key, lower, value))
        lowers.add(lower)
    kept = items if names.isdisjoint(lowers) else [i for i in items if i[1] not in lowers]
    return kept + added, names | lowers


def _extensions(http: httpx.AsyncClient, options: RequestOptions | None) -> dict[str, Any]:
    extensions: dict[str, Any] = {"timeout": http._timeout.as_dict()}  # (``http.timeout``)
    if options is not None:
        extensions.update(options.extensions())
    return extensions


def _plain_request(
    method: str,
    url: httpx.URL,
    host: bytes | None,
    items: list[_Triple],
    names: Collection[bytes],
    content: bytes | None,
    extensions: dict[str, Any],
) -> httpx.Request:
    """``httpx.Request(method, url, headers=..., content=content)``, header for header, for an
    upper-case method, the request's merged header triples (``items``, a list of its own, and
    their lower-case ``names``) and ``host``, the ``Host`` value of ``url`` (``None``: none).

    The body is bytes or nothing (every generated operation but an upload): the headers
    httpx would add (``Host`` first unless named, then ``Content-Length: 0`` for an empty
    POST/PUT/PATCH without a length, or the body's ``Content-Length`` after the others) are
    added here, without httpx's content-type parsing, encoders and header-by-header merging.
    """
    body = content or b""
    auto: list[_Triple] = []
    if host is not None and b"host" not in names:
        auto.append((b"Host", b"host", host))
    if body:
        if b"content-length" not in names:
            items.append((b"Content-Length", b"content-length", b"%d" % len(body)))
    elif method in _EMPTY_BODY_LENGTH and not any(name in names for name in _LENGTH_NAMES):
        auto.append((b"Content-Length", b"content-length", b"0"))
    headers = httpx.Headers.__new__(httpx.Headers)  # bytes already: no normalising
    headers._list = auto + items if auto else items
    headers._encoding = None
    # What ``httpx.Request(method, url, headers=headers, stream=ByteStream(body),
    # extensions=extensions)`` and its ``read()`` set, without copying the headers again
    # (httpx 0.28 is pinned; ``_content`` is where ``read`` keeps the body).
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = headers
    request.extensions = extensions
    stream = request.stream = httpx.ByteStream.__new__(httpx.ByteStream)
    stream._stream = body  # (what ``ByteStream(body)`` keeps)
    request._content = body
    return request


async def _sent(
    http: httpx.AsyncClient, request: httpx.Request, auth: httpx.Auth
) -> httpx.Response:
    """``http.send(request)`` on the direct route: the auth flow, the request hooks and the
    client's transport, the way httpx drives them (its ``_send_handling_auth``).

    An SDK flow that holds a usable credential (``_auth.HeldCredential``) is run without its
    generator: the credential put on, the request sent, the credential taken off; only a
    rejection hands over to the rest of the flow (``renewed``)."""
    if http._state is _CLOSED:  # (``http.is_closed``)
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    hooks = http._event_hooks["request"]
    credential = auth if isinstance(auth, _auth.HeldCredential) else None
    held = credential.attach(request) if credential is not None else None
    flow = None if held is not None else auth.async_auth_flow(request)
    response: httpx.Response | None = None
    try:
        if flow is not None:
            request = await flow.__anext__()
        while True:
            for hook in hooks:
                # A hook with nothing to wait for may offer its check as a plain function.
                check = getattr(hook, "check_now", None)
                if check is not None:
                    check(request)
                else:
                    await hook(request)
            # (no mounts on the direct route: ``_transport_for_url`` is the client's transport)
            response = await http._transport.handle_async_request(request)
            if response._request is not request:  # (the SDK's transports set it already)
                response.request = request
            if _HTTPX_LOG.isEnabledFor(logging.INFO):
                # httpx's own line, as its ``send`` writes it (the SDK's log filter redacts
                # the query's credentials in it).
                _HTTPX_LOG.info(
                    'HTTP Request: %s %s "%s %d %s"',
                    request.method,
                    request.url,
                    response.http_version,
                    response.status_code,
                    response.reason_phrase,
                )
            try:
                try:
                    if flow is not None:
                        next_request = await flow.asend(response)
                    elif credential is not None and credential.rejects(response):
                        flow = credential.renewed(request, held)
                        held = None
                        next_request = await flow.__anext__()
                    else:
                        break
                except StopAsyncIteration:
                    break
                if not hasattr(response, "_content"):  # what ``aread`` checks (httpx 0.28)
                    await response.aread()
                request = next_request
            except BaseException:
                await response.aclose()
                raise
    finally:
        if flow is not None:
            await flow.aclose()
        elif credential is not None and held is not None:
            credential.detach(request, response)
    assert response is not None
    if not hasattr(response, "_content"):
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
    return response


def _joined(base_url: httpx.URL, path: str) -> str:
    base = str(base_url)
    # An empty base path ("https://host") prints without the "/" httpx reads it as.
    return (base if base.endswith("/") else base + "/") + path.lstrip("/")


def _escaped_dot_segments(url: str) -> str:
    """``url`` with path segments ``.`` and ``..`` percent-encoded.

    Generated operations percent-encode every path parameter except its unreserved
    characters, so an id that is exactly ``.`` or ``..`` (a document number may be) would be
    read as a dot segment and change the resource addressed. ``%2E`` is the same character to
    the server but no dot segment to a URL parser.
    """
    path, separator, query = url.partition("?")
    segments = ["%2E" * len(s) if s in (".", "..") else s for s in path.split("/")]
    return "/".join(segments) + separator + query


def _path_of(url: Any) -> str:
    text = str(url)
    return text.split("?", 1)[0]


def expect(value: object, cls: type[T], result: Result[Any]) -> T:
    """Narrow a generated parse result to the success model, or raise ``DecodeError``.

    A model whose fields are all optional parses from any JSON object, so an unrelated body
    (``{"error": "maintenance"}``, ``{}``) would come back as an empty model: a model without
    a single one of its own fields set is a ``DecodeError`` too.
    """
    if isinstance(value, cls) and (_carries_a_field(value) or _all_known_and_null(value, result)):
        return value
    what = type(value).__name__
    if isinstance(value, cls):
        what = f"an object with none of {cls.__name__}'s fields"
    raise DecodeError(f"expected a {cls.__name__} body, got {what}", status=result.status)


def _carries_a_field(value: object) -> bool:
    model = type(value)
    known = _FIELDS.get(model)
    if known is None:
        known = _FIELDS[model] = _fields_of(model)
    if not known:
        return True
    for name in known:  # noqa: SIM110  (a loop, not ``any(...)``: it runs on every read)
        if getattr(value, name) is not None:
            return True
    return False


def _all_known_and_null(value: object, result: Result[Any]) -> bool:
    """A body whose keys are all the model's own, each ``null`` (read as absent), is the
    model with nothing filled in, not an unrelated object: only keys the model does not know
    land in ``additional_properties``. Rare, so the body is decoded again only here."""
    if getattr(value, "additional_properties", None):
        return False
    try:
        body = _json.loads(result.content)
    except ValueError:
        return False
    return isinstance(body, dict) and bool(body)


#: Per generated model: its own attribute names (empty: not a generated model, nothing to
#: check). An absent field reads as ``None``.
_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(model: type) -> tuple[str, ...]:
    # Every generated model lists its fields (JSON key -> attribute name) in FIELD_NAMES.
    names = getattr(model, "FIELD_NAMES", None)
    return tuple(names.values()) if isinstance(names, dict) else ()
