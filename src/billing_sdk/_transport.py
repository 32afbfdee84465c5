"""The one place requests go through: retries, server pacing, timeouts and logging.

:class:`PolicyTransport` wraps the real transport of a client's ``httpx.AsyncClient``, so every
generated call, every token request and every poll gets the same behaviour:

* retries under the client's :class:`~billing_sdk.RetryPolicy` (or a per-call one);
* one shared pause: when the server says 429 (or that the quota is spent), every request of
  this client waits until the advised time, not just the one that was told;
* a hard deadline for in-process transports, which do not enforce ``httpx.Timeout``;
* one log line per attempt (method, path without query, status, attempt, duration).
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import anyio
import httpx

from billing_sdk._constants import LOGGER_NAME, REQUEST_OPTIONS_EXTENSION
from billing_sdk._retry import RetryPolicy, server_advised_wait

logger = logging.getLogger(LOGGER_NAME)

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides, carried in ``request.extensions``."""

    retry: RetryPolicy | None = None


@dataclass
class TransportStats:
    """Counters a client exposes (``client.stats``) for people and benchmarks."""

    requests: int = 0
    attempts: int = 0
    retries: int = 0
    throttled: int = 0
    paused_seconds: float = 0.0


class PolicyTransport(httpx.AsyncBaseTransport):
    """Wraps ``inner`` with the retry policy, shared pacing, deadlines and logging."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        enforce_deadline: bool | None = None,
        rng: random.Random | None = None,
        sleep: Sleep = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.policy = policy
        # httpx.ASGITransport ignores timeouts; enforce them ourselves in-process.
        self._enforce_deadline = (
            isinstance(inner, httpx.ASGITransport) if enforce_deadline is None else enforce_deadline
        )
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._clock = clock
        self._resume_at = 0.0
        self.stats = TransportStats()

    # -- pacing -------------------------------------------------------------------------------

    def pause_for(self, seconds: float) -> None:
        """Hold every request of this client for ``seconds`` (extends, never shortens)."""
        self._resume_at = max(self._resume_at, self._clock() + seconds)

    async def _wait_for_pause(self) -> None:
        while (remaining := self._resume_at - self._clock()) > 0:
            self.stats.paused_seconds += remaining
            await self._sleep(remaining)

    # -- the request loop ---------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        options = request.extensions.get(REQUEST_OPTIONS_EXTENSION)
        policy = options.retry if isinstance(options, RequestOptions) and options.retry else None
        policy = policy or self.policy
        # Read the body once so every attempt can send it again.
        await request.aread()
        self.stats.requests += 1
        attempt = 0
        while True:
            await self._wait_for_pause()
            attempt += 1
            self.stats.attempts += 1
            started = self._clock()
            try:
                response = await self._send_once(request)
            except httpx.TransportError as exc:
                self._log(request, None, attempt, started, exc)
                if attempt < policy.max_attempts and policy.retries_exception(request.method, exc):
                    self.stats.retries += 1
                    await self._sleep(policy.backoff(attempt - 1, self._rng))
                    continue
                raise
            self._log(request, response, attempt, started, None)
            status = response.status_code
            if not policy.retries_status(request.method, status):
                return response
            advised = server_advised_wait(response.headers, status)
            if status == 429:
                self.stats.throttled += 1
            if advised is not None and advised > policy.max_server_wait:
                return response  # fail fast: the caller raises RateLimited(retry_after=...)
            if attempt >= policy.max_attempts:
                return response
            await response.aclose()
            self.stats.retries += 1
            if advised is not None:
                if status in (429, 503):
                    self.pause_for(advised)
                    await self._wait_for_pause()
                else:
                    await self._sleep(advised)
            else:
                await self._sleep(policy.backoff(attempt - 1, self._rng))

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        if not self._enforce_deadline:
            return await self.inner.handle_async_request(request)
        timeouts = request.extensions.get("timeout", {})
        limit = timeouts.get("read") if isinstance(timeouts, dict) else None
        if limit is None:
            return await self.inner.handle_async_request(request)
        try:
            with anyio.fail_after(limit):
                response = await self.inner.handle_async_request(request)
                await response.aread()
                return response
        except TimeoutError:
            raise httpx.ReadTimeout("timed out waiting for the response", request=request) from None

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        started: float,
        exc: Exception | None,
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        elapsed_ms = (self._clock() - started) * 1000
        # The path only: query strings carry CRM.COM tokens and Billomat API keys.
        outcome = str(response.status_code) if response is not None else type(exc).__name__
        level = (
            logging.INFO if response is not None and response.status_code < 400 else logging.WARNING
        )
        logger.log(
            level,
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method,
            request.url.path,
            outcome,
            attempt,
            elapsed_ms if math.isfinite(elapsed_ms) else -1.0,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
