"""The retry policy: which failures are retried, how long to wait, and what the server says.

One policy serves every vendor. What may be retried depends on whether the request could
have been processed:

* an idempotent method (GET, HEAD, OPTIONS, PUT, DELETE) is retried on connection errors,
  timeouts, dropped connections, 408, 429 and 5xx;
* any other method (POST) only when the server provably did not process it: the connection
  was never established (connect error or timeout, pool timeout) or the server said 429.

Waits use capped exponential backoff with full jitter, unless the server advises a wait
(``Retry-After-Ms``; ``Retry-After`` in seconds or as an HTTP date; Visma
``X-RateLimit-Reset`` in seconds; Billomat ``X-Rate-Limit-Reset`` as a Unix time). An
advised wait above ``max_server_wait`` is not slept through: the response is handed back
and becomes ``RateLimited``.
"""

from __future__ import annotations

import dataclasses
import email.utils
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from billing_sdk._constants import (
    DEFAULT_BACKOFF_INITIAL,
    DEFAULT_BACKOFF_MAX,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_MAX_SERVER_WAIT,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Failures where the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: A reset header above this is a Unix time, below it a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. Pass one to a client, or per call, to change the defaults.

    Args:
        max_attempts: total attempts including the first; 1 disables retries.
        backoff_initial: the first backoff ceiling in seconds (doubles per retry).
        backoff_max: the backoff ceiling cap in seconds.
        max_server_wait: the longest server-advised wait slept through; longer fails fast.
        retry_statuses: statuses retried for idempotent requests (429 is retried for all).
    """

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_initial: float = DEFAULT_BACKOFF_INITIAL
    backoff_max: float = DEFAULT_BACKOFF_MAX
    max_server_wait: float = DEFAULT_MAX_SERVER_WAIT
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({408, 429, 500, 502, 503, 504})
    )

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if min(self.backoff_initial, self.backoff_max, self.max_server_wait) < 0:
            raise ValueError("retry waits must not be negative")

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Full-jitter wait before retry ``retry_number`` (0 for the first retry)."""
        ceiling = min(self.backoff_max, self.backoff_initial * (2**retry_number))
        return (rng or random).uniform(0.0, ceiling)

    def retries_exception(self, method: str, exc: Exception) -> bool:
        """May a request that failed with ``exc`` be sent again?"""
        if isinstance(exc, _NOT_SENT):
            return True
        return method.upper() in IDEMPOTENT_METHODS and isinstance(exc, httpx.TransportError)

    def retries_status(self, method: str, status: int) -> bool:
        """May a request answered with ``status`` be sent again?"""
        if status == 429:
            return True
        return method.upper() in IDEMPOTENT_METHODS and status in self.retry_statuses


NO_RETRIES = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class _Repeatable(RetryPolicy):
    """``base`` applied to a POST as if it were a GET (see :func:`repeatable`)."""

    base: RetryPolicy = field(default_factory=RetryPolicy)

    def retries_exception(self, method: str, exc: Exception) -> bool:
        return self.base.retries_exception("GET", exc)

    def retries_status(self, method: str, status: int) -> bool:
        return self.base.retries_status("GET", status)


def repeatable(policy: RetryPolicy) -> RetryPolicy:
    """``policy`` for a POST that changes nothing worth guarding, so sending it twice is
    harmless: a token request or a login only issues another token. It is then retried like a
    GET (5xx, dropped connections, timeouts), with ``policy``'s attempts and waits.
    """
    values = {f.name: getattr(policy, f.name) for f in dataclasses.fields(RetryPolicy)}
    return _Repeatable(**values, base=policy)


def server_advised_wait(
    headers: Mapping[str, str], status: int, now: float | None = None
) -> float | None:
    """Seconds the server asks us to wait, or ``None`` when it gives no advice.

    ``Retry-After`` wins. The reset headers only count when the quota is spent (a 429, or
    ``Remaining: 0``): on an ordinary response they describe the window, not a wait.
    """
    now = time.time() if now is None else now
    # A millisecond hint (Azure-style `retry-after-ms`, also the sandbox's background API) is
    # more precise than Retry-After's whole seconds.
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value:
            try:
                return max(0.0, float(value) / 1000)
            except ValueError:
                pass
    retry_after = headers.get("retry-after")
    if retry_after:
        parsed = _parse_retry_after(retry_after.strip(), now)
        if parsed is not None:
            return parsed
    spent = status == 429 or any(
        headers.get(name, "").strip() == "0"
        for name in ("x-ratelimit-remaining", "x-rate-limit-remaining")
    )
    if not spent:
        return None
    for name in ("x-ratelimit-reset", "x-rate-limit-reset"):
        value = headers.get(name)
        if value:
            try:
                number = float(value.strip())
            except ValueError:
                continue
            wait = number - now if number > _EPOCH_THRESHOLD else number
            return max(0.0, wait)
    return None


def _parse_retry_after(value: str, now: float) -> float | None:
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)
