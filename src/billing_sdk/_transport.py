"""The one place requests go through: retries, server pacing, deadlines, size caps, logging.

:class:`PolicyTransport` wraps the real transport of a client's ``httpx.AsyncClient``, so every
generated call, every token request and every poll gets the same behaviour:

* retries under the client's :class:`~billing_sdk.RetryPolicy` (narrowed by a per-call one)
  and the request's :class:`~billing_sdk._retry.Resend` rule (``_retry`` decides what may be
  re-sent and what each status means; this module only applies it);
* one shared pause: when the server says slow down (429, or a 503 with advice, or that the
  quota is spent), every request of this client waits until the advised time;
* a shared rate budget when the client has a ``pacer`` (``coordination=``): every attempt
  takes its share first and every answer is reported (a 429 pauses every worker of the
  account; the quota headers set the pace), so many processes spend one vendor budget; the
  wait is bounded by ``min(max_server_wait, what is left of the call)``;
* an optional client-side rate limit (``rate_limit`` requests per second) for APIs with a
  known quota, so a busy client never provokes the 429s in the first place;
* deadlines on every transport (aiohttp, httpx's own, in-process): each attempt, from the
  first byte sent to the last byte of the body read, ends within ``attempt_timeout``, and the
  attempts of one request with the waits between them within ``call_timeout``, however slowly
  a server trickles its headers or body;
* a size cap: the body is read (and decompressed, in bounded pieces) inside the attempt, up to
  ``max_response_bytes``;
* header values that cannot travel (control characters) are refused before anything is sent;
* a request sent again after an attempt that may have landed is marked, so the engine never
  reports its refusal as "not landed";
* one log line per attempt (method, path without query, status, attempt, duration).
"""

from __future__ import annotations

import logging
import math
import operator
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import anyio
import httpx

from billing_sdk import _deadline, _headers
from billing_sdk._body import cap_body
from billing_sdk._constants import (
    LOGGER_NAME,
    REQUEST_OPTIONS_EXTENSION,
    RESENT_AFTER_DOUBT_EXTENSION,
)
from billing_sdk._coordination import Pacer, PacerWaitTooLong
from billing_sdk._errors import ValidationError
from billing_sdk._retry import (
    READ_METHODS,
    TOO_MANY_REQUESTS,
    UNAVAILABLE,
    Resend,
    RetryPolicy,
    attempt_in_doubt,
    is_slow_down,
    server_advised_wait,
)

logger = logging.getLogger(LOGGER_NAME)

_REMAINING_HEADERS = ("x-ratelimit-remaining", "x-rate-limit-remaining")
_QUOTA_HEADERS = (*_REMAINING_HEADERS, "x-ratelimit-reset", "x-rate-limit-reset")
_REMAINING_RAW = tuple(name.encode() for name in _REMAINING_HEADERS)
#: Bytes no header value may hold (CR/LF would split the header block, NUL ends it early):
#: found by ``bytes.translate`` deleting them (one C pass), then by the search that names
#: the header.
_UNSENDABLE_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0A, 0x20)) + b"\x7f"
_UNSENDABLE = re.compile(b"[" + re.escape(_UNSENDABLE_BYTES) + b"]")
#: A header triple's value (``map`` with it makes no Python call per header).
_VALUE = operator.itemgetter(2)

Sleep = Callable[[float], Awaitable[None]]


class CallDeadlinePassed(httpx.PoolTimeout):
    """The call's deadline would pass before the request could be sent (nothing was sent)."""


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options, carried in ``request.extensions``.

    Attributes:
        retry: a policy that narrows the client's (never widens it).
        resend: when the request may be sent again (see :class:`~billing_sdk._retry.Resend`).
    """

    retry: RetryPolicy | None = None
    resend: Resend = Resend.BY_METHOD

    def extensions(self) -> dict[str, object]:
        """The ``extensions`` argument that carries these options."""
        return {REQUEST_OPTIONS_EXTENSION: self}


#: A token request or a login: sending it twice only issues another token.
REPEATABLE = RequestOptions(resend=Resend.REPEATABLE)
_DEFAULT_OPTIONS = RequestOptions()


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
    """Wraps ``inner`` with the retry policy, shared pacing, deadlines, the size cap and logging.

    Args:
        inner: the transport that moves the bytes.
        policy: the client's retry policy.
        attempt_timeout: seconds one attempt may take in total (``None``: unbounded).
        call_timeout: seconds the attempts of one request and the waits between them may
            take in total (``None``: unbounded).
        max_response_bytes: the largest body read, after decompression (``None``: no cap).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        attempt_timeout: float | None = None,
        call_timeout: float | None = None,
        max_response_bytes: int | None = None,
        rng: random.Random | None = None,
        sleep: Sleep = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rate_limit: float | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self.inner = inner
        #: The account's shared budget (``None``: this client paces on its own).
        self.pacer = pacer
        self.policy = policy
        self.attempt_timeout = attempt_timeout
        self.call_timeout = call_timeout
        self.max_response_bytes = max_response_bytes
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._clock = clock
        self._resume_at = 0.0
        self._interval = 0.0
        self._next_slot = 0.0
        self.rate_limit = rate_limit
        self.stats = TransportStats()
        #: The attempts' limits on asyncio, under one loop timer.
        self._timers = _deadline.AttemptTimers()
        #: Told of each ``attempt``, ``retry`` and ``pause`` (seconds): the client's telemetry.
        self.observer: Callable[[str, float], None] | None = None

    # -- pacing -------------------------------------------------------------------------------

    def pause_for(self, seconds: float) -> None:
        """Hold every request of this client for ``seconds`` (extends, never shortens)."""
        self.stats.pauses += 1
        if self.observer is not None:
            self.observer("pause", seconds)
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

    async def _wait_for_pause(self, request: httpx.Request, deadline: float) -> None:
        while (remaining := self._resume_at - self._clock()) > 0:
            if self._resume_at >= deadline:
                # The server's advice outlasts this call: fail now instead of waiting it out.
                raise CallDeadlinePassed(
                    "the client is paused on the server's advice past this call's deadline",
                    request=request,
                )
            self.stats.paused_seconds += remaining
            await self._sleep(remaining)

    # -- the request loop ---------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        options = request.extensions.get(REQUEST_OPTIONS_EXTENSION)
        if not isinstance(options, RequestOptions):
            options = _DEFAULT_OPTIONS
        policy = self.policy if options.retry is None else self.policy.narrowed_by(options.retry)
        resend = options.resend
        _refuse_unsendable_headers(request)
        # Read the body once so every attempt can send it again (``aread``'s own check).
        if not hasattr(request, "_content"):
            await request.aread()
        self.stats.requests += 1
        # The call's deadline (the engine's, which a token request shares) and this request's
        # own, on this transport's clock.
        left = min(self.call_timeout or math.inf, _deadline.current() - time.monotonic())
        deadline = self._clock() + left
        # Looked up once per request, for the attempt's timer: the running asyncio loop
        # (``None`` on another library, whose name is then asked for).
        loop = _deadline.asyncio_loop()
        library = "asyncio" if loop is not None else _deadline.library()
        attempt = 0
        while True:
            if self._resume_at > self._clock():
                await self._wait_for_pause(request, deadline)
            if self.pacer is not None:
                await self._take_shared(request, policy, deadline)
            if self._interval:
                await self._wait_for_rate_slot()
                # A 429 may have paused the client while this attempt waited for its slot.
                await self._wait_for_pause(request, deadline)
            attempt += 1
            self.stats.attempts += 1
            if self.observer is not None:
                self.observer("attempt", 0.0)
            started = self._clock()
            if started >= deadline:
                raise CallDeadlinePassed(
                    "the call's deadline passed before this attempt", request=request
                )
            # Seconds this attempt may take: its own limit, and never past the call's deadline.
            own, remaining = self.attempt_timeout, deadline - started
            limit: float | None = remaining if own is None else min(own, remaining)
            if limit == math.inf:
                limit = None
            try:
                # One attempt, body included. Each attempt reads its body (decoded, within the
                # size cap): a connection cut mid-body is retried like one cut before the
                # headers (httpx would otherwise read the body after this transport has
                # returned, and the error would escape every retry), and the deadline covers a
                # body that trickles in as much as headers that never come.
                try:
                    with (
                        _deadline.SharedLimit(self._timers, limit, loop)
                        if loop is not None and limit is not None
                        else _deadline.limit(limit, library)
                    ):
                        response = await self.inner.handle_async_request(request)
                        try:
                            cap = self.max_response_bytes
                            if response.is_closed and hasattr(response, "_content"):
                                # Read whole by the transport: only its size is checked.
                                if cap is not None and len(response._content) > cap:
                                    cap_body(response, request, cap)  # (raises ResponseTooLarge)
                            else:
                                cap_body(response, request, cap)
                                if not hasattr(response, "_content"):  # ``aread``'s check
                                    await response.aread()
                        except BaseException:
                            with anyio.CancelScope(shield=True):
                                await response.aclose()
                            raise
                except TimeoutError:
                    # With no limit here, the timeout is the inner transport's own.
                    message = (
                        "no complete response: the transport timed out"
                        if limit is None
                        else f"no complete response within the attempt's {limit:g} s"
                    )
                    raise httpx.ReadTimeout(message, request=request) from None
            except httpx.TransportError as exc:
                self._log(request, None, attempt, started, exc)
                if attempt < policy.max_attempts and policy.retries_exception(
                    request.method, exc, resend
                ):
                    wait = policy.backoff(attempt - 1, self._rng)
                    if self._clock() + wait < deadline:
                        self._note_resend(request, resend, attempt_in_doubt(exc=exc), exc)
                        self.stats.retries += 1
                        if self.observer is not None:
                            self.observer("retry", wait)
                        await self._sleep(wait)
                        continue
                raise
            if logger.isEnabledFor(logging.INFO):
                self._log(request, response, attempt, started, None)
            status = response.status_code
            if status == UNAVAILABLE:
                self.stats.unavailable += 1
            if self.pacer is not None:
                await self._report(response, policy)
            if (
                status != TOO_MANY_REQUESTS and status not in policy.retry_statuses
            ) or not policy.retries_status(request.method, status, resend):
                # (the first test is the usual answer: a status no policy retries)
                if self.pacer is None and _may_say_spent(response.headers):
                    self._pause_if_quota_spent(response, policy)
                return response
            if status == TOO_MANY_REQUESTS:
                self.stats.throttled += 1
            advised = server_advised_wait(response.headers, status)
            if advised is not None and advised > policy.max_server_wait:
                return response  # fail fast: the caller raises RateLimited(retry_after=...)
            if attempt >= policy.max_attempts:
                return response
            wait = advised if advised is not None else policy.backoff(attempt - 1, self._rng)
            if self._clock() + wait >= deadline:
                return response  # the call would end before the next attempt could
            await response.aclose()
            self._note_resend(request, resend, attempt_in_doubt(status=status), status)
            self.stats.retries += 1
            if self.observer is not None:
                self.observer("retry", wait)
            if advised is not None and is_slow_down(status) and self.pacer is None:
                self.pause_for(advised)
                await self._wait_for_pause(request, deadline)
            elif advised is not None and is_slow_down(status):
                pass  # reported to the shared budget: the next take waits with every worker
            else:
                await self._sleep(wait)

    async def _take_shared(
        self, request: httpx.Request, policy: RetryPolicy, deadline: float
    ) -> None:
        """Take this attempt's share of the account's budget, waiting no longer than the
        server's advice may be waited for and never past the call's deadline."""
        assert self.pacer is not None
        max_wait = min(policy.max_server_wait, deadline - self._clock())
        try:
            waited = await self.pacer.before_attempt(max(0.0, max_wait))
        except PacerWaitTooLong as exc:
            raise CallDeadlinePassed(
                f"the account's shared rate budget asks for a wait of {exc.seconds:.1f} s, "
                "more than this call may wait (nothing was sent)",
                request=request,
            ) from None
        if waited > 0:
            self.stats.rate_limited += 1
            self.stats.rate_limited_seconds += waited

    async def _report(self, response: httpx.Response, policy: RetryPolicy) -> None:
        """Tell the shared budget what the vendor said: a 429/503 with advice, or a spent
        quota, pauses every worker of the account; the quota headers set the pace."""
        assert self.pacer is not None
        headers = response.headers
        status = response.status_code
        pause = 0.0
        if is_slow_down(status):
            pause = server_advised_wait(headers, status) or 0.0
        elif _quota_spent(headers):
            quota = {name: headers[name] for name in _QUOTA_HEADERS if name in headers}
            pause = server_advised_wait(quota, status) or 0.0
        if pause > 0:
            self.stats.pauses += 1
        if pause > 0 or _headers.has_any(headers, _REMAINING_RAW):
            await self.pacer.after_response(status, headers, pause)

    @staticmethod
    def _note_resend(
        request: httpx.Request, resend: Resend, in_doubt: bool, failure: object
    ) -> None:
        """Mark a write about to be sent again after an attempt that may have landed: a
        refusal of the re-send may then be that attempt's doing (``_retry``)."""
        if not in_doubt or resend is Resend.REPEATABLE or request.method in READ_METHODS:
            return
        if RESENT_AFTER_DOUBT_EXTENSION not in request.extensions:
            what = type(failure).__name__ if isinstance(failure, Exception) else f"HTTP {failure}"
            request.extensions[RESENT_AFTER_DOUBT_EXTENSION] = what

    def _pause_if_quota_spent(self, response: httpx.Response, policy: RetryPolicy) -> None:
        """A response that says the quota is spent (``Remaining: 0``) pauses the client until
        the window resets, so the next requests wait instead of collecting 429s.

        Only the rate-limit headers count here: ``Retry-After`` on a success (a 202 for a
        background job) is a polling hint for that one job, not a reason to stop everyone.
        A reset further away than ``max_server_wait`` is not waited for: the next request
        then gets its 429 and fails fast with ``RateLimited(retry_after=...)``.
        """
        headers = response.headers
        if not _quota_spent(headers):
            return
        quota = {name: headers[name] for name in _QUOTA_HEADERS if name in headers}
        wait = server_advised_wait(quota, response.status_code)
        if wait is not None and 0 < wait <= policy.max_server_wait:
            self.pause_for(wait)

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
        # The path only: query strings may carry session tokens and API keys.
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


def _may_say_spent(headers: httpx.Headers) -> bool:
    """Whether a remaining-quota header holds a ``0`` at all: one pass, and ``False`` for the
    usual answer (only then is :func:`_quota_spent` asked)."""
    for _, lower, raw in headers._list:  # noqa: SIM110  (a loop: it runs on every response)
        if lower in _REMAINING_RAW and b"0" in raw:
            return True
    return False


def _quota_spent(headers: httpx.Headers) -> bool:
    """Whether a remaining-quota header says ``0`` (``headers.get(name, "").strip() == "0"``
    for each name, read in one pass each)."""
    if not _may_say_spent(headers):
        return False
    for name in _REMAINING_RAW:
        value = _headers.value(headers, name)
        if value is not None and value.strip() == "0":
            return True
    return False


def _refuse_unsendable_headers(request: httpx.Request) -> None:
    """A header value with a control character cannot travel: refuse before anything is sent.

    (The SDK checks the values it builds earlier: ``if_match``, tokens from a server, keys
    given to a client. This is the net under all of them, user ``headers=`` included.)
    """
    items = request.headers._list  # (name, lower-case name, value): httpx 0.28 is pinned
    values = b"".join(map(_VALUE, items))
    if len(values.translate(None, _UNSENDABLE_BYTES)) == len(values):
        return  # one pass over every value, nothing to delete: the common case
    for name, _, value in items:
        if _UNSENDABLE.search(value):
            header = name.decode("ascii", "replace")
            raise ValidationError(
                f"the {header} header holds a control character and cannot be sent "
                "(nothing was sent)",
                field=header,
            )
