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
  the request can have landed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from billing_sdk._capacity import Capacity
from billing_sdk._constants import REQUEST_OPTIONS_EXTENSION
from billing_sdk._errors import (
    APIStatusError,
    ConnectError,
    DecodeError,
    PreconditionFailed,
    RateLimited,
    RequestTimeout,
    TransportError,
    crmcom_error_class,
    error_class_for_status,
)
from billing_sdk._retry import IDEMPOTENT_METHODS, RetryPolicy, server_advised_wait
from billing_sdk._transport import RequestOptions, TransportStats

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


@dataclass(frozen=True)
class VendorError:
    """What a vendor's error body says."""

    code: str | None = None
    message: str | None = None
    #: A CRM.COM non-OK envelope: raise ``CrmComError`` (even on HTTP 200), classed by the
    #: status its code stands for (``status_hint``), not the HTTP status it came with.
    envelope: bool = False
    status_hint: int | None = None


class ErrorParser(Protocol):
    """Reads a vendor's error body; must never raise."""

    def __call__(self, response: httpx.Response) -> VendorError: ...


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
    ) -> None:
        # ``client`` is the generated Client/AuthenticatedClient holding our httpx client.
        self.client = client
        self._parse_error = parse_error
        # What fan-out needs to know about the owning client (every resource holds the
        # engine, so ``bulk.map(resource.method, ...)`` finds these through ``__self__``):
        # the one concurrency budget below its pool, and the counters it adapts to.
        self.capacity = Capacity(max_connections)
        self.stats = stats or TransportStats()

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
        ok: Callable[[httpx.Response], bool] | None = None,
    ) -> Result[T | None]:
        """Send one operation and return its parsed success body.

        Args:
            request: the generated operation's ``_get_kwargs(...)`` output (called by the
                resource, so its arguments are type-checked).
            parse: the generated operation's ``_parse_response``.
            headers: extra request headers.
            retry: a per-call retry policy.
            ok: decides which responses are successes (default: any 2xx).
        """
        response = await self.send_raw(request, headers=headers, retry=retry)
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
            raise self.error_for(response)
        try:
            parsed = parse(client=self.client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise self._decode_error(response, exc) from exc
        return Result(parsed, response.status_code, response.headers, response.content)

    async def send_raw(
        self,
        kwargs: dict[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        """Send a request described by generated ``_get_kwargs`` output; raise transport errors."""
        if headers:
            kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **headers}}
        method = str(kwargs.get("method", "GET")).upper()
        extensions = {REQUEST_OPTIONS_EXTENSION: RequestOptions(retry=retry)} if retry else None
        url = kwargs.get("url", "")
        if isinstance(url, str) and "/." in url:
            kwargs = {**kwargs, "url": _escaped_dot_segments(url)}
            url = kwargs["url"]
        path = _path_of(url)
        http = self.http
        if isinstance(url, str) and url.startswith("/"):
            # The absolute URL, joined as httpx joins it (the base path, which ends in "/",
            # plus the path without its leading "/"): httpx then parses one URL instead of
            # two (the relative one, then the base with the new path), a sixth of the
            # client's CPU per call.
            kwargs = {**kwargs, "url": _joined(http.base_url, url)}
        try:
            response = await http.request(**kwargs, extensions=extensions)
        except httpx.ConnectError as exc:
            raise ConnectError(f"cannot connect: {exc}", method=method, path=path) from exc
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise ConnectError("timed out connecting", method=method, path=path) from exc
        except httpx.TimeoutException as exc:
            # The request may have been processed; only reconciliation can tell for a write.
            raise RequestTimeout(
                "timed out waiting for the response", method=method, path=path
            ) from exc
        except httpx.TransportError as exc:
            raise TransportError(
                f"the connection failed: {type(exc).__name__}", method=method, path=path
            ) from exc
        except httpx.StreamError as exc:
            raise TransportError(f"stream error: {exc}", method=method, path=path) from exc
        # httpx leaves each response in a reference cycle (response -> its BoundAsyncStream ->
        # response), so the response, its request, headers and the connection's response
        # behind it wait for the cyclic garbage collector: ~50 objects per call, and under
        # fan-out the collections that find them. The body is read and the stream closed
        # by now (``request`` does not stream), so cut the cycle: refcounting frees them.
        response.stream = httpx.ByteStream(response.content)
        return response

    def error_for(self, response: httpx.Response) -> APIStatusError:
        """The typed error for a non-success response."""
        status = response.status_code
        method = response.request.method
        path = response.request.url.path
        vendor = self._parse_error(response)
        kwargs: dict[str, Any] = {
            "method": method,
            "path": path,
            "status": status,
            "code": vendor.code,
            "vendor_message": vendor.message,
            "request_id": next(
                (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
            ),
            "headers": {k: v for k, v in response.headers.items() if k.lower() in _SAFE_HEADERS},
            # A 4xx was refused before anything changed; a 5xx may or may not have landed.
            "landed": False if 400 <= (vendor.status_hint or status) < 500 else None,
        }
        cls: type[APIStatusError] = error_class_for_status(status)
        if vendor.envelope:
            cls = crmcom_error_class(vendor.status_hint or status)
        reason = httpx.codes.get_reason_phrase(status) or "non-standard status"
        if vendor.envelope:
            if issubclass(cls, RateLimited):
                advised = server_advised_wait(response.headers, 429)
                return cls(vendor.message or "rate limited", retry_after=advised, **kwargs)
            return cls(vendor.message or vendor.code or "CRM.COM error", **kwargs)
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
        if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
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
            landed=True if response.request.method not in IDEMPOTENT_METHODS else None,
        )


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
    """Narrow a generated parse result to the success model, or raise ``DecodeError``."""
    if isinstance(value, cls):
        return value
    raise DecodeError(
        f"expected a {cls.__name__} body, got {type(value).__name__}",
        status=result.status,
    )
