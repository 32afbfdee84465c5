"""At-most-once writes: after a lost answer, look before sending again.

A create whose answer never arrived (a read timeout, a connection dropped after the request
went out, a 5xx from a server that may have committed first) may or may not have happened, and
sending it again blindly can make a second payment. :func:`write_once` is the one loop every
vendor uses instead:

1. send the write;
2. if its outcome is unknown (the error's ``landed`` is ``None``), run the vendor's lookup by
   the write's unique reference (CRM.COM ``back_office_code``, Visma ``paymentRef``, the Billomat
   comment marker) or, for a state transition, by the state it leads to;
3. found: return what was found (and count a duplicate prevented); provably absent: send again;
4. after ``attempts`` sends that all provably did not land, raise the last error with
   ``landed=False``; when the lookup itself fails or cannot decide, raise
   :class:`~billing_sdk.OutcomeUnknown` (``landed=None``) naming the reference to look for.

The transport below never re-sends a POST unless it provably was not processed (connect
errors, 429), so every lost answer reaches this loop instead of being retried blindly under it.
Writes whose HTTP method the transport treats as idempotent (Billomat's ``DELETE``) pass
:data:`PROVEN_ONLY_RETRY` as their per-call policy for the same reason.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import anyio

from billing_sdk._errors import (
    APIStatusError,
    BillingError,
    OutcomeUnknown,
    RequestTimeout,
    ValidationError,
)
from billing_sdk._retry import RetryPolicy

T = TypeVar("T")

#: Sends per write (the first one plus re-sends after a lookup proved the last one absent).
DEFAULT_WRITE_ATTEMPTS = 3
#: Seconds to wait before looking after a timeout (or a gateway's 504): the server may still be
#: working on the request, and a lookup that runs too early cannot see it yet.
DEFAULT_SETTLE = 1.0
#: Full-jitter wait before a re-send: uniform(0, min(MAX, BASE * 2**n)) seconds.
RESEND_BACKOFF_BASE = 0.05
RESEND_BACKOFF_MAX = 2.0


class _ProvenOnlyRetry(RetryPolicy):
    """Retries any method only when the request provably was not processed.

    The default policy re-sends an idempotent method (``DELETE``) after a 5xx or a dropped
    connection; for a write that :func:`write_once` reconciles, that re-send would hide the
    lost answer from it (and turn a landed delete into a confusing 404).
    """

    def retries_exception(self, method: str, exc: Exception) -> bool:
        return super().retries_exception("POST", exc)

    def retries_status(self, method: str, status: int) -> bool:
        return super().retries_status("POST", status)


#: Per-call retry policy for reconciled writes: connect errors and 429 only.
PROVEN_ONLY_RETRY: RetryPolicy = _ProvenOnlyRetry()


@dataclass
class SafeWriteStats:
    """What the safe-write loop did for one resource (``resource.safe_writes``).

    Attributes:
        calls: reconciled writes started.
        sends: requests sent (first sends and re-sends).
        resends: re-sends after a lookup proved the earlier send had not landed.
        lookups: lookups run after an unknown outcome.
        duplicates_prevented: lookups that found the earlier send had landed (a blind re-send
            would have written it twice); the found record was returned.
        not_landed: writes that ended with an error after every send provably did not land.
        unknown: writes that ended with :class:`~billing_sdk.OutcomeUnknown`.
        state_refused: state transitions refused with ``StateError`` before anything was sent.
    """

    calls: int = 0
    sends: int = 0
    resends: int = 0
    lookups: int = 0
    duplicates_prevented: int = 0
    not_landed: int = 0
    unknown: int = 0
    state_refused: int = 0


@dataclass(frozen=True)
class Found(Generic[T]):
    """A lookup's positive answer (a class, so that a write returning ``None`` can be found)."""

    value: T


Lookup = Callable[[], Awaitable[Found[T] | None]]


def new_reference(prefix: str = "SDK") -> str:
    """A fresh unique reference: ``SDK-`` and 20 random hex digits (80 bits, 24 characters).

    Short enough for every vendor field it goes into (Visma ``paymentRef`` holds 40).
    """
    return f"{prefix}-{secrets.token_hex(10).upper()}"


def may_still_land(error: BillingError) -> bool:
    """Was the answer lost while the server may still be working on the request?

    A 5xx or a cut connection means the server is done with it; a timeout (ours, or a
    gateway's 504) means it may still be processing, and land after a lookup has looked.
    """
    if isinstance(error, RequestTimeout):
        return True
    return isinstance(error, APIStatusError) and error.status == 504


def _settle_for(error: BillingError, settle: float) -> float:
    return settle if may_still_land(error) else 0.0


async def write_once(
    send: Callable[[], Awaitable[T]],
    lookup: Lookup[T],
    *,
    reference: str,
    what: str,
    stats: SafeWriteStats,
    attempts: int = DEFAULT_WRITE_ATTEMPTS,
    earlier_landed: Callable[[BillingError], bool] | None = None,
    settle: float = DEFAULT_SETTLE,
    rng: random.Random | None = None,
) -> T:
    """Send a write at most once in effect: reconcile every unknown outcome before re-sending.

    Args:
        send: performs the write once and returns its result.
        lookup: finds the write's effect by its unique reference: ``Found(value)`` if it
            landed, ``None`` if it provably did not; raises if it cannot tell.
        reference: what identifies the write (e.g. the ``back_office_code``), for messages
            and :attr:`OutcomeUnknown.reference`.
        what: a short description for messages (``"CRM.COM payment create"``).
        stats: the counters to update.
        attempts: the most sends (at least 1).
        earlier_landed: says whether an error answering a *re-send* means an earlier send
            landed after all (CRM.COM refuses a reused ``back_office_code``); the lookup then
            runs again instead of the error being raised.
        settle: seconds to wait before a lookup that follows a timeout.
        rng: randomness for the re-send backoff (tests pass a seeded one).

    Returns:
        The write's result, from the answer or from the lookup.

    Raises:
        OutcomeUnknown: the lookup failed or could not decide (``landed`` is ``None``).
        BillingError: the write was refused (``landed`` False), or every send provably did not
            land (the last error, with ``landed`` set to False).
    """
    if attempts < 1:
        raise ValidationError("attempts must be at least 1", field="attempts")
    rng = rng or random.Random()
    stats.calls += 1
    error: BillingError | None = None
    for attempt in range(1, attempts + 1):
        if attempt > 1:
            stats.resends += 1
            ceiling = min(RESEND_BACKOFF_MAX, RESEND_BACKOFF_BASE * 2 ** (attempt - 2))
            await anyio.sleep(rng.uniform(0, ceiling))
        stats.sends += 1
        try:
            return await send()
        except BillingError as exc:
            error = exc
        refused_as_repeat = attempt > 1 and earlier_landed is not None and earlier_landed(error)
        if error.landed is False and not refused_as_repeat:
            # Refused before anything was written; earlier sends were proven absent.
            raise error
        # Unknown outcome, or an answer saying it landed that cannot be used: look first.
        if delay := _settle_for(error, settle):
            await anyio.sleep(delay)
        stats.lookups += 1
        try:
            found = await lookup()
        except BillingError as lookup_error:
            stats.unknown += 1
            raise OutcomeUnknown(
                f"{what}: the answer was lost ({_describe(error)}) and the lookup by "
                f"{reference!r} failed ({_describe(lookup_error)}); it may or may not have "
                "landed: look for it before sending it again",
                reference=reference,
                attempts=attempt,
            ) from lookup_error
        if found is not None:
            stats.duplicates_prevented += 1
            return found.value
        if error.landed is True:
            raise error  # the server said it landed; a lookup cannot overrule that
        if refused_as_repeat:
            stats.unknown += 1
            raise OutcomeUnknown(
                f"{what}: the re-send was refused as a repeat of {reference!r}, yet the lookup "
                "does not find it; it may or may not have landed",
                reference=reference,
                attempts=attempt,
            ) from error
    assert error is not None  # attempts >= 1 and every path above either returned or raised
    stats.not_landed += 1
    error.landed = False
    error.add_note(
        f"{what}: none of {attempts} send(s) landed (each was looked up by {reference!r})"
    )
    raise error


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
