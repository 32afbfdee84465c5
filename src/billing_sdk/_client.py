"""What every vendor client shares: one owned httpx client, the policy transport, the engine."""

from __future__ import annotations

import ipaddress
from types import TracebackType
from typing import Any, Self

import httpx

from billing_sdk._constants import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from billing_sdk._engine import Engine, ErrorParser
from billing_sdk._logging import configure_from_env
from billing_sdk._retry import RetryPolicy
from billing_sdk._transport import PolicyTransport, TransportStats
from billing_sdk._version import __version__

USER_AGENT = f"billing-sdk/{__version__} (python)"


def check_base_url(base_url: str, *, allow_insecure_http: bool) -> httpx.URL:
    """Refuse plain http:// to anything but loopback unless the caller opted in."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https"):
        raise ValueError(f"base_url must be http(s), not {url.scheme!r}")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ValueError(
            f"refusing plain http:// to {url.host}: credentials would travel unencrypted "
            "(pass allow_insecure_http=True if you really mean it)"
        )
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class BaseClient:
    """An async context manager owning one ``httpx.AsyncClient`` for one vendor API.

    Subclasses build their auth and resources; this class owns the connection pool, the
    retry/pacing transport and the engine that runs generated operations.
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
    ) -> None:
        configure_from_env()
        url = check_base_url(base_url, allow_insecure_http=allow_insecure_http)
        if timeout is None or limits is None:  # pragma: no cover - typed, but be explicit
            raise ValueError("timeout and limits must be explicit")
        inner = transport or httpx.AsyncHTTPTransport(limits=limits, retries=0)
        self.retry_policy = retry or RetryPolicy()
        self.limits = limits
        self._transport = PolicyTransport(inner, self.retry_policy)
        self._http = httpx.AsyncClient(
            base_url=url,
            auth=auth,
            timeout=timeout,
            limits=limits,
            transport=self._transport,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
        )
        generated_client.set_async_httpx_client(self._http)
        self._engine = Engine(generated_client, parse_error)
        self.base_url = str(url)
        self._closed = False

    @property
    def stats(self) -> TransportStats:
        """Requests, attempts, retries, 429s and pause time seen by this client so far."""
        return self._transport.stats

    @property
    def http(self) -> httpx.AsyncClient:
        """The owned ``httpx.AsyncClient`` (shared by every call of this client)."""
        return self._http

    def pause(self, seconds: float) -> None:
        """Hold every request of this client for ``seconds`` (used by server pacing)."""
        self._transport.pause_for(seconds)

    async def aclose(self) -> None:
        """Close the connection pool. Idempotent."""
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
