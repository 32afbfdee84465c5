"""The one home of the rules about sending again: what may be re-sent, what a status means for
a write, and how long to wait.

Every layer asks this module instead of deciding for itself: the transport (retries, the
shared pause, counters), fan-out (its slow-down signal), the safe-write loop (``write_once``),
``modify`` and the engine (what ``landed`` an error reports).

**What may be re-sent.** Each request carries a :class:`Resend` rule:

* :attr:`Resend.BY_METHOD` (the default): an idempotent method (GET, HEAD, OPTIONS, PUT,
  DELETE) is sent again after connection errors, timeouts, dropped connections and the
  statuses of the policy (408, 429, 5xx); any other method (POST) only when the server
  provably did not process it: the connection was never established, or it said 429;
* :attr:`Resend.PROVEN_UNSENT`: any method only when provably not processed. Writes that
  are reconciled above the transport use it, so a lost answer reaches their reconciliation
  instead of being re-sent blindly under it;
* :attr:`Resend.REPEATABLE`: any method like a GET. For requests that only issue another
  token when sent twice (token requests, logins).

**What an answer means for a write** (:func:`landed_for_status`): a 2xx landed; a 4xx was
refused before anything changed; a 5xx may or may not have landed. Once an attempt whose
outcome is in doubt (:func:`attempt_in_doubt`) has been followed by a re-send, a refusal may
have been caused by that first send (a 412 after our own PUT, a 404 after our own DELETE: see
:func:`caused_by_an_earlier_send`), so it no longer proves anything.

**What "slow down" means** (:data:`SLOW_DOWN_STATUSES`): 429 and 503. A server-advised wait
on either pauses the whole client; fan-out counts both as congestion.

**How long to wait**: full jitter (:func:`full_jitter`) everywhere: transport retries,
re-sends after a reconciliation, ``modify`` after a 412; the server's advice
(:func:`server_advised_wait`: ``Retry-After-Ms``, ``Retry-After`` in seconds or as an HTTP date,
``X-RateLimit-Reset`` in seconds, ``X-Rate-Limit-Reset`` as a Unix time) wins
over backoff, and an advised wait above ``max_server_wait`` is not slept through: the answer is
handed back and becomes ``RateLimited``.

A per-call :class:`RetryPolicy` never widens the client's: :meth:`RetryPolicy.narrowed_by`.
"""

from __future__ import annotations

import email.utils
import enum
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from billing_sdk._constants import (
    DEFAULT_BACKOFF_INITIAL,
    DEFAULT_BACKOFF_MAX,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_MAX_SERVER_WAIT,
)
from billing_sdk._errors import (
    APIStatusError,
    BillingError,
    RateLimited,
    RequestTimeout,
    ValidationError,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Methods that change nothing: a failure of one is never a write's outcome.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: "Too many requests": the quota is spent. Never processed, so re-sent for any method.
TOO_MANY_REQUESTS = 429
#: "Service unavailable": overloaded or in maintenance. Re-sent like any 5xx (idempotent
#: methods only, the outcome of a write is in doubt), counted, and paced like a 429.
UNAVAILABLE = 503
#: Statuses that ask the client to slow down: an advised wait pauses the whole client, and
#: fan-out counts them as congestion.
SLOW_DOWN_STATUSES = frozenset({TOO_MANY_REQUESTS, UNAVAILABLE})
#: Failures where the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Refusals that no earlier send of the same request can have caused: they are verdicts on
#: the credentials or the pace (401, 403, 407, 429) or say the request never arrived whole (408).
_NOT_CAUSED_BY_A_SEND = frozenset({401, 403, 407, 408, 429})
#: A reset header above this is a Unix time, below it a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000

#: Re-sends after a reconciliation proved the earlier send absent: full jitter up to
#: min(MAX, BASE * 2**n) seconds.
RESEND_BACKOFF_BASE = 0.05
RESEND_BACKOFF_MAX = 2.0
#: ``modify`` after a 412: full jitter up to min(MAX, BASE * 2**n) seconds.
CONFLICT_BACKOFF_BASE = 0.02
CONFLICT_BACKOFF_MAX = 1.0


class Resend(enum.Enum):
    """When the transport may send a request again after a failed attempt."""

    #: Idempotent methods after any failure the policy retries; others only when unsent.
    BY_METHOD = "by-method"
    #: Any method only when the request provably was not processed (connect errors, 429).
    PROVEN_UNSENT = "proven-unsent"
    #: Any method as if it were a GET: sending it twice is harmless (token requests, logins).
    REPEATABLE = "repeatable"


def full_jitter(
    retry_number: int, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """A wait uniform in ``[0, min(cap, base * 2**retry_number)]`` (0 for the first retry)."""
    ceiling = min(cap, base * (2 ** min(retry_number, 62)))
    return (rng or random).uniform(0.0, ceiling)


def resend_wait(resend_number: int, rng: random.Random | None = None) -> float:
    """The wait before re-send ``resend_number`` (0 for the first) of a reconciled write."""
    return full_jitter(resend_number, RESEND_BACKOFF_BASE, RESEND_BACKOFF_MAX, rng)


def conflict_wait(conflict_number: int, rng: random.Random | None = None) -> float:
    """The wait after 412 number ``conflict_number`` (0 for the first) in ``modify``."""
    return full_jitter(conflict_number, CONFLICT_BACKOFF_BASE, CONFLICT_BACKOFF_MAX, rng)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. Pass one to a client to change the defaults.

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
        default_factory=lambda: frozenset({408, TOO_MANY_REQUESTS, 500, 502, UNAVAILABLE, 504})
    )

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValidationError("max_attempts must be at least 1", field="max_attempts")
        if min(self.backoff_initial, self.backoff_max, self.max_server_wait) < 0:
            raise ValidationError("retry waits must not be negative")

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Full-jitter wait before retry ``retry_number`` (0 for the first retry)."""
        return full_jitter(retry_number, self.backoff_initial, self.backoff_max, rng)

    def narrowed_by(self, other: RetryPolicy | None) -> RetryPolicy:
        """This policy as ``other`` may restrict it, never widen it.

        A per-call policy can only make a call give up sooner: the fewer attempts, the shorter
        ``max_server_wait`` and only the statuses both retry. Waits between attempts are the
        longer of the two, so a call never presses the server harder than its client allows.
        """
        if other is None or other is self:
            return self
        return RetryPolicy(
            max_attempts=min(self.max_attempts, other.max_attempts),
            backoff_initial=max(self.backoff_initial, other.backoff_initial),
            backoff_max=max(self.backoff_max, other.backoff_max),
            max_server_wait=min(self.max_server_wait, other.max_server_wait),
            retry_statuses=self.retry_statuses & other.retry_statuses,
        )

    def retries_exception(
        self, method: str, exc: Exception, resend: Resend = Resend.BY_METHOD
    ) -> bool:
        """May a request that failed with ``exc`` be sent again?"""
        if isinstance(exc, _NOT_SENT):
            return True
        if not isinstance(exc, httpx.TransportError):
            return False
        return _treated_as_idempotent(method, resend)

    def retries_status(self, method: str, status: int, resend: Resend = Resend.BY_METHOD) -> bool:
        """May a request answered with ``status`` be sent again?"""
        if status == TOO_MANY_REQUESTS:
            return True
        return _treated_as_idempotent(method, resend) and status in self.retry_statuses


def _treated_as_idempotent(method: str, resend: Resend) -> bool:
    if resend is Resend.REPEATABLE:
        return True
    if resend is Resend.PROVEN_UNSENT:
        return False
    return method.upper() in IDEMPOTENT_METHODS


NO_RETRIES = RetryPolicy(max_attempts=1)


# -- what an answer says about a write ------------------------------------------------------


def attempt_in_doubt(*, exc: Exception | None = None, status: int | None = None) -> bool:
    """Could a failed attempt (``exc``, or an answer with ``status``) have been processed?

    A connection that never opened and a 408 or 429 prove it was not; any other transport
    failure (the request may have arrived) and any 5xx (the server may have committed first)
    leave it in doubt.
    """
    if exc is not None:
        return not isinstance(exc, _NOT_SENT)
    return status is not None and status >= 500


def landed_for_status(status: int) -> bool | None:
    """What an error status says about the write it answers: a 4xx was refused before
    anything changed (``False``); anything else may or may not have landed (``None``)."""
    return False if 400 <= status < 500 else None


def caused_by_an_earlier_send(status: int) -> bool:
    """Could an earlier send of the same write have caused this refusal of a re-send?

    A 412 after our own PUT moved the version, a 404 or 410 after our own DELETE, a 409 or
    400 after our own action ("already released"): any 4xx except the verdicts on the
    credentials or the pace. Such an answer to a re-send proves nothing about ``landed``.
    """
    return 400 <= status < 500 and status not in _NOT_CAUSED_BY_A_SEND


def may_still_land(error: BillingError) -> bool:
    """Was the answer lost while the server may still be working on the request?

    A 5xx or a cut connection means the server is done with it; a timeout (ours, or a
    gateway's 504) means it may still be processing, and land after a lookup has looked.
    """
    if isinstance(error, RequestTimeout):
        return True
    return isinstance(error, APIStatusError) and error.status == 504


def is_slow_down(status: int | None) -> bool:
    """Is ``status`` one of the :data:`SLOW_DOWN_STATUSES`?"""
    return status in SLOW_DOWN_STATUSES


class SlowDownCounters(Protocol):
    """The transport's counters of what the server said (``_transport.TransportStats``)."""

    #: 429s that were retried.
    throttled: int
    #: 503s seen.
    unavailable: int
    #: Pauses taken on the server's advice (already decided by :func:`is_slow_down`).
    pauses: int


def slow_down_signals(stats: SlowDownCounters) -> int:
    """How often the server has asked this client to slow down so far: fan-out's congestion
    signal, counted from the statuses in :data:`SLOW_DOWN_STATUSES` only."""
    signals = stats.pauses
    if is_slow_down(TOO_MANY_REQUESTS):
        signals += stats.throttled
    if is_slow_down(UNAVAILABLE):
        signals += stats.unavailable
    return signals


def asks_to_slow_down(error: BaseException) -> bool:
    """Does a failed call's error ask the client to slow down (a 429, a vendor's
    rate-limit envelope, a 503)?"""
    if isinstance(error, RateLimited):
        return True
    return isinstance(error, APIStatusError) and is_slow_down(error.status)


# -- what the server advises ----------------------------------------------------------------


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
                return _finite_wait(float(value) / 1000)
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
            return _finite_wait(number - now if number > _EPOCH_THRESHOLD else number)
    return None


def _finite_wait(seconds: float) -> float:
    """A wait that is a number of seconds: ``nan`` and negatives are 0, ``inf`` stays (it is
    longer than any cap, so the caller fails fast)."""
    return seconds if seconds > 0 else 0.0


def _parse_retry_after(value: str, now: float) -> float | None:
    try:
        return _finite_wait(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        return _finite_wait(when.timestamp() - now)
    except (OverflowError, ValueError):
        return None
