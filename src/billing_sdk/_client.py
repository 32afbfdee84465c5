"""What every vendor client shares: one owned httpx client, the policy transport, the engine."""

from __future__ import annotations

import copy
import functools
import math
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from billing_sdk._aiohttp_transport import AiohttpTransport
from billing_sdk._body import ACCEPT_ENCODING
from billing_sdk._constants import (
    DEFAULT_CALL_TIMEOUT,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
)
from billing_sdk._coordination import Coordination, LocalCoordination
from billing_sdk._engine import Engine
from billing_sdk._errors import APIStatusError, ErrorParser, ValidationError
from billing_sdk._logging import configure_from_env
from billing_sdk._retry import RetryPolicy
from billing_sdk._transport import PolicyTransport, TransportStats
from billing_sdk._validation import is_loopback_host
from billing_sdk._version import __version__

if TYPE_CHECKING:
    from billing_sdk._telemetry import Telemetry
    from billing_sdk.sandbox import Sandbox

USER_AGENT = f"billing-sdk/{__version__} (python)"


def sandbox_options(sandbox: Sandbox, options: dict[str, Any]) -> dict[str, Any]:
    """``options`` with what every ``for_sandbox`` adds, unless the caller set it.

    In-process, the transport calls the app (no socket). A served sandbox gets no transport
    of its own: the client then talks to it through its default pool, the same code path as
    production (and the ``limits`` option applies). Plain http is allowed: it is loopback.
    """
    if not sandbox.is_serving:
        options.setdefault("transport", sandbox.transport())
    options.setdefault("allow_insecure_http", True)
    return options


def check_base_url(base_url: str, *, allow_insecure_http: bool) -> httpx.URL:
    """Refuse plain http:// to anything but loopback unless the caller opted in.

    Raises ``ValidationError`` (a ``ValueError``): nothing has been sent.
    """
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https"):
        raise ValidationError(f"base_url must be http(s), not {url.scheme!r}", field="base_url")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ValidationError(
            f"refusing plain http:// to {url.host}: credentials would travel unencrypted "
            "(pass allow_insecure_http=True if you really mean it)",
            field="base_url",
        )
    return url


class _InsecureRequestRefusal:
    """The request hook by which every request (token URLs included, not only ``base_url``)
    obeys the http:// rule. It has nothing to wait for, so it offers the check as a plain
    function too (``check_now``): the engine's direct route calls that instead of awaiting
    the hook (one coroutine less per request)."""

    async def __call__(self, request: httpx.Request) -> None:
        self.check_now(request)

    @staticmethod
    def check_now(request: httpx.Request) -> None:
        url = request.url
        # (``url.scheme`` and ``url.host`` as parsed, lower-case, without the two property
        # calls: a loopback host is never IDNA-encoded, so the raw host answers the same)
        parts = url._uri_reference
        if parts.scheme == "http" and not _is_loopback(parts.host):
            raise ValidationError(
                f"refusing plain http:// to {url.host}: credentials would travel unencrypted "
                "(pass allow_insecure_http=True if you really mean it)",
                field="url",
            )

    def __repr__(self) -> str:
        return "<refuse plain http:// to non-loopback hosts>"


_refuse_insecure_request = _InsecureRequestRefusal()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host.lower(), url.port or default


async def _same_origin_redirects_only(response: httpx.Response) -> None:
    """With ``follow_redirects=True``: refuse a redirect that leaves the request's origin.

    httpx itself drops only ``Authorization`` on a cross-origin hop; an API-key header,
    ``X-AppSecret`` and a session token in a 307/308 body would follow. So a hop to another
    scheme, host or port is not made at all; the error names the target's origin only (its
    path and query could carry anything).
    """
    if not response.has_redirect_location:
        return
    request = response.request
    try:
        target = request.url.join(response.headers["location"])
        leaves = _origin(target) != _origin(request.url)
        where = f"{target.scheme}://{target.netloc.decode('ascii', 'replace')}"
    except (httpx.InvalidURL, UnicodeError):
        leaves, where = True, "a malformed location"
    if leaves:
        raise APIStatusError(
            f"refusing a redirect to {where}: only same-origin redirects are followed, so "
            "credentials never reach another host",
            method=request.method,
            path=request.url.path,
            status=response.status_code,
        )


# Cached: it runs on every request, and parsing the address costs more than the lookup.
_is_loopback = functools.lru_cache(maxsize=256)(is_loopback_host)


class _NoCookies(httpx.Cookies):
    """A jar that keeps nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass

    def set_cookie_header(self, request: httpx.Request) -> None:
        pass


_NO_COOKIES = _NoCookies()


class _CookielessAsyncClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` without a cookie jar.

    None of these APIs authenticates with cookies, so a cookie a server (or anything on the
    way) sets is never stored or sent back: no sticky state across tenants or clients. It also
    saves ~100 us of CPU per response (httpx runs every response through ``http.cookiejar``).
    """

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        pass  # httpx's constructor assigns its (empty) default here


class BaseClient:
    """An async context manager owning one ``httpx.AsyncClient`` for one vendor API.

    Subclasses build their auth and resources; this class owns the connection pool, the
    retry/pacing transport and the engine that runs generated operations.

    Options every client takes (defaults in ``billing_sdk._constants``):

    * ``timeout`` (``httpx.Timeout``): connect, read (between two bytes), write and pool;
    * ``attempt_timeout``: seconds one attempt may take in total, from connecting to the last
      byte of the body (default: the connect and read timeouts added up), so a server that
      trickles its headers or body cannot hold a call;
    * ``call_timeout``: seconds one call may take in total, its token request or login, its
      retries and the waits between them included (default 300);
    * ``max_response_bytes``: the largest body read, after decompression (default 32 MiB);
    * ``limits``, ``retry`` (a :class:`~billing_sdk.RetryPolicy`), ``transport``,
      ``rate_limit``, ``headers``, ``follow_redirects``, ``allow_insecure_http``;
    * ``coordination`` (default: this process only) and ``account``: clients of one vendor
      account in many processes share its rate budget, reference claims and job registry
      (``billing_sdk.coordination.RedisCoordination``; see docs/many-workers.md). ``account``
      defaults to what the vendor counts the budget by, which each vendor's client derives
      (a company and client id, or the account's host).
    * ``telemetry``: a :class:`~billing_sdk.Telemetry` (OpenTelemetry spans and metrics,
      ``billing-sdk[otel]``; ``docs/telemetry.md``).

    A deadline ends in ``RequestTimeout``, a larger body in ``ResponseTooLarge``.

    Security defaults: TLS certificates are verified (httpx's default SSL context); plain
    ``http://`` to a host other than loopback is refused, for ``base_url`` and for every request
    (token URLs too), unless ``allow_insecure_http=True``; redirects are not followed (a 3xx
    raises ``APIStatusError``). ``follow_redirects=True`` follows same-origin redirects only.
    """

    _vendor = "api"

    def __init__(
        self,
        *,
        base_url: str,
        generated_client: Any,
        parse_error: ErrorParser,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_insecure_http: bool = False,
        headers: dict[str, str] | None = None,
        rate_limit: float | None = None,
        follow_redirects: bool = False,
        attempt_timeout: float | None = None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        coordination: Coordination | None = None,
        account: str | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        configure_from_env()
        url = check_base_url(base_url, allow_insecure_http=allow_insecure_http)
        if not isinstance(timeout, httpx.Timeout) or not isinstance(limits, httpx.Limits):
            raise ValidationError("timeout and limits must be explicit httpx.Timeout/Limits")
        if attempt_timeout is None:
            attempt_timeout = (timeout.connect or 0.0) + (timeout.read or 0.0) or None
        max_response_bytes = _byte_count(max_response_bytes)
        inner = transport or AiohttpTransport(limits=limits, whole_body_limit=max_response_bytes)
        self.limits = limits
        #: Who this client coordinates with, and the vendor account it speaks for.
        self.coordination: Coordination = coordination or LocalCoordination()
        self.account = _account(account, self._vendor, url)
        self._transport = PolicyTransport(
            inner,
            retry or RetryPolicy(),
            rate_limit=rate_limit,
            attempt_timeout=_seconds(attempt_timeout, "attempt_timeout"),
            call_timeout=_seconds(call_timeout, "call_timeout"),
            max_response_bytes=max_response_bytes,
            pacer=self.coordination.pacer(self.account),
        )
        self._http = _CookielessAsyncClient(
            base_url=url,
            auth=auth,
            timeout=timeout,
            limits=limits,
            transport=self._transport,
            follow_redirects=bool(follow_redirects),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                # What the transport decodes, in bounded pieces (``_body``).
                "Accept-Encoding": ACCEPT_ENCODING,
                **(headers or {}),
            },
            event_hooks={
                "request": [] if allow_insecure_http else [_refuse_insecure_request],
                "response": [_same_origin_redirects_only] if follow_redirects else [],
            },
        )
        generated_client.set_async_httpx_client(self._http)
        self._engine = Engine(
            generated_client,
            parse_error,
            max_connections=limits.max_connections,
            stats=self._transport.stats,
            call_timeout=self._transport.call_timeout,
        )
        self._engine.guard = self._claim
        self._engine.vendor = self._vendor
        if telemetry is not None:
            self._engine.telemetry = telemetry
            self._transport.observer = functools.partial(telemetry.observe, self._vendor)
        self.base_url = str(url)
        self._closed = False
        #: False for a ``with_options`` view: the pool belongs to the client it came from.
        self._owns_pool = True

    @property
    def retry_policy(self) -> RetryPolicy:
        """The client's retry policy (assignable; a per-call policy can only narrow it)."""
        return self._transport.policy

    @retry_policy.setter
    def retry_policy(self, policy: RetryPolicy) -> None:
        if not isinstance(policy, RetryPolicy):
            raise ValidationError("retry_policy must be a RetryPolicy", field="retry_policy")
        self._transport.policy = policy

    @property
    def stats(self) -> TransportStats:
        """Requests, attempts, retries, 429s and pause time seen by this client so far."""
        return self._transport.stats

    @property
    def http(self) -> httpx.AsyncClient:
        """The owned ``httpx.AsyncClient`` (shared by every call of this client)."""
        return self._http

    @property
    def rate_limit(self) -> float | None:
        """The client-side limit in requests per second (``None``: only the server paces).

        Set it for an API with a known quota; every request of this client, bulk or not,
        retries included, is spaced to stay under it. Assignable at any time.
        """
        return self._transport.rate_limit

    @rate_limit.setter
    def rate_limit(self, value: float | None) -> None:
        self._transport.rate_limit = value

    def _claim(self, reference: str) -> AbstractAsyncContextManager[None]:
        """Hold ``reference`` across every client of this account while a create is under
        way (waiting no longer than a call may take)."""
        wait = self._transport.call_timeout or DEFAULT_CALL_TIMEOUT
        return self.coordination.claims(self.account).claim(reference, wait=wait)

    def pause(self, seconds: float) -> None:
        """Hold every request of this client for ``seconds`` (used by server pacing)."""
        self._transport.pause_for(seconds)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with options for the calls made through it (openai-python's pattern).

        ``client.with_options(timeout=5).customer_invoices.get("000101")`` sets them for one
        call; keep the view to use them for many. The view shares the connection pool, the
        authentication, the write locks and the counters; closing it closes nothing.

        Args:
            timeout: seconds each call may take in total, retries and waits included (at
                most the client's ``call_timeout``).
            retry: a :class:`~billing_sdk.RetryPolicy` that narrows the client's (never
                widens it).
            headers: extra request headers sent with each call.
        """
        view = copy.copy(self)
        view._engine = self._engine.with_defaults(
            timeout=_seconds(timeout, "timeout"),
            retry=retry,
            headers=dict(headers) if headers else None,
        )
        view._owns_pool = False
        view._bind_resources()
        for name, resource in vars(self).items():
            stats = getattr(resource, "safe_writes", None)
            if stats is not None and hasattr(getattr(view, name, None), "safe_writes"):
                getattr(view, name).safe_writes = stats  # one count per client
        return view

    def _bind_resources(self) -> None:
        """Build the vendor's resources on ``self._engine`` (called again by a view)."""

    async def aclose(self) -> None:
        """Close the connection pool (not a ``with_options`` view's: it is shared). Idempotent."""
        if not self._owns_pool:
            return
        if not self._closed:
            self._closed = True
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _account(account: str | None, vendor: str, url: httpx.URL) -> str:
    """The account's name in shared keys: the caller's, else the vendor and API host."""
    if account is None:
        return f"{vendor}:{url.host}"
    if not isinstance(account, str) or not account or any(c.isspace() for c in account):
        raise ValidationError("account must be a non-empty name without spaces", field="account")
    return account


def _seconds(value: float | None, field: str) -> float | None:
    """A positive, finite number of seconds, or ``None`` (unbounded)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError(f"{field} must be a positive number of seconds", field=field)
    return None if math.isinf(value) else float(value)


def _byte_count(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(
            "max_response_bytes must be a positive number of bytes", field="max_response_bytes"
        )
    return value
