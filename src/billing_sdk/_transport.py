"""The one place requests go through: retries, server pacing, timeouts and logging.

:class:`PolicyTransport` wraps the real transport of a client's ``httpx.AsyncClient``, so every
generated call, every token request and every poll gets the same behaviour:

* retries under the client's :class:`~billing_sdk.RetryPolicy` (or a per-call one);
* one shared pause: when the server says 429 (or that the quota is spent), every request of
  this client waits until the advised time, not just the one that was told;
* an optional client-side rate limit (``rate_limit`` requests per second) for APIs with a
  known quota, so a busy client never provokes the 429s in the first place;
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
from billing_sdk._errors import ValidationError
from billing_sdk._retry import RetryPolicy, server_advised_wait

logger = logging.getLogger(LOGGER_NAME)

_REMAINING_HEADERS = ("x-ratelimit-remaining", "x-rate-limit-remaining")
_QUOTA_HEADERS = (*_REMAINING_HEADERS, "x-ratelimit-reset", "x-rate-limit-reset")

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
    #: 429 answers, and 503 answers (the other "slow down" signal; bulk fan-out adapts to both).
    throttled: int = 0
    unavailable: int = 0
    #: Times the whole client was paused on the server's advice, and the waits requests sat out
    #: (summed per request, so two requests waiting one second count two).
    pauses: int = 0
    paused_seconds: float = 0.0
    #: Attempts held back by the client-side ``rate_limit``, and how long in total.
    rate_limited: int = 0
    rate_limited_seconds: float = 0.0


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
        rate_limit: float | None = None,
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
        self._interval = 0.0
        self._next_slot = 0.0
        self.rate_limit = rate_limit
        self.stats = TransportStats()

    # -- pacing -------------------------------------------------------------------------------

    def pause_for(self, seconds: float) -> None:
        """Hold every request of this client for ``seconds`` (extends, never shortens)."""
        self.stats.pauses += 1
        self._resume_at = max(self._resume_at, self._clock() + seconds)

    @property
    def resume_at(self) -> float:
        """When (on this transport's clock) the current pause ends; in the past when none."""
        return self._resume_at

    @property
    def rate_limit(self) -> float | None:
        """Requests (attempts) per second this client sends at most; ``None`` for no limit."""
        return 1.0 / self._interval if self._interval else None

    @rate_limit.setter
    def rate_limit(self, value: float | None) -> None:
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value <= 0
        ):
            raise ValidationError(
                f"rate_limit must be a positive number of requests per second, got {value!r}",
                field="rate_limit",
            )
        self._interval = 1.0 / value if value is not None else 0.0

    async def _wait_for_rate_slot(self) -> None:
        # Even spacing (no bursts): each attempt books the next free slot before sleeping,
        # so concurrent requests queue up in order without a lock. A cancelled waiter's
        # slot is simply lost, which errs on the side of the server's quota.
        if not self._interval:
            return
        now = self._clock()
        slot = max(now, self._next_slot)
        self._next_slot = slot + self._interval
        if slot > now:
            self.stats.rate_limited += 1
            self.stats.rate_limited_seconds += slot - now
            await self._sleep(slot - now)

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
            if self._interval:
                await self._wait_for_rate_slot()
                # A 429 may have paused the client while this attempt waited for its slot.
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
            if status == 503:
                self.stats.unavailable += 1
            if not policy.retries_status(request.method, status):
                self._pause_if_quota_spent(response, policy)
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

    def _pause_if_quota_spent(self, response: httpx.Response, policy: RetryPolicy) -> None:
        """A response that says the quota is spent (``Remaining: 0``) pauses the client until
        the window resets, so the next requests wait instead of collecting 429s.

        Only the rate-limit headers count here: ``Retry-After`` on a success (Visma's 202 for
        a background job) is a polling hint for that one job, not a reason to stop everyone.
        A reset further away than ``max_server_wait`` is not waited for: the next request
        then gets its 429 and fails fast with ``RateLimited(retry_after=...)``.
        """
        headers = response.headers
        if not any(headers.get(name, "").strip() == "0" for name in _REMAINING_HEADERS):
            return
        quota = {name: headers[name] for name in _QUOTA_HEADERS if name in headers}
        wait = server_advised_wait(quota, response.status_code)
        if wait is not None and 0 < wait <= policy.max_server_wait:
            self.pause_for(wait)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout", {})
        limit = timeouts.get("read") if isinstance(timeouts, dict) else None
        if not self._enforce_deadline or limit is None:
            response = await self.inner.handle_async_request(request)
            # Read the body here, inside the retry loop: a connection cut mid-body must be
            # retried like one cut before the headers (httpx would otherwise read it later,
            # after this transport has returned, and the error would escape every retry).
            await response.aread()
            return response
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
