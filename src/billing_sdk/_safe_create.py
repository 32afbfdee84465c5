"""At-most-once writes: after a lost answer, look before sending again.

A create whose answer never arrived (a read timeout, a connection dropped after the request
went out, a 5xx from a server that may have committed first) may or may not have happened, and
sending it again blindly can make a second payment. :func:`write_once` is the one loop every
vendor uses instead:

1. send the write;
2. if its outcome is unknown (the error's ``landed`` is ``None``), run the vendor's lookup by
   the write's unique reference (a back-office code, a payment reference, a comment marker
   — whatever field the vendor keeps it in) or, for a state transition, by the state it leads to;
3. found: return what was found (and count a duplicate prevented); provably absent: send again;
4. after ``attempts`` sends that all provably did not land, raise the last error with
   ``landed=False``; when the lookup itself fails or cannot decide, raise
   :class:`~billing_sdk.OutcomeUnknown` (``landed=None``) naming the reference to look for.

The transport below never re-sends a POST unless it provably was not processed (connect
errors, 429), so every lost answer reaches this loop instead of being retried blindly under it.
Writes whose HTTP method the transport treats as idempotent (a ``DELETE``, a ``PUT`` with
``If-Match``) are sent with ``Resend.PROVEN_UNSENT`` for the same reason (``_retry``).

The reference exists before anything is sent, and the caller can always learn it: it is the
caller's own (every safe write takes one; :func:`new_reference` makes one up front), it is on
every error the write raises (``error.reference``), and a write cancelled or cut off by a
deadline after it may have been sent adds it to ``SafeWriteStats.unresolved`` and to a note on
the cancellation, so it can be looked up before the write is sent again.
"""

from __future__ import annotations

import collections
import random
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio

from billing_sdk._errors import BillingError, OutcomeUnknown, ReferenceConflict, ValidationError
from billing_sdk._retry import may_still_land, resend_wait

T = TypeVar("T")

#: Sends per write (the first one plus re-sends after a lookup proved the last one absent).
DEFAULT_WRITE_ATTEMPTS = 3
#: Seconds to wait before looking after a timeout (or a gateway's 504): the server may still be
#: working on the request, and a lookup that runs too early cannot see it yet.
DEFAULT_SETTLE = 1.0
#: How many unresolved references a resource keeps (the oldest are dropped first).
MAX_UNRESOLVED = 1000


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
        unresolved: the references of writes that were cancelled (or cut off by a deadline)
            after they may have been sent, newest last (at most :data:`MAX_UNRESOLVED`): the
            caller was never told their outcome, so look each one up before sending it again.
    """

    calls: int = 0
    sends: int = 0
    resends: int = 0
    lookups: int = 0
    duplicates_prevented: int = 0
    not_landed: int = 0
    unknown: int = 0
    state_refused: int = 0
    unresolved: collections.deque[str] = field(
        default_factory=lambda: collections.deque(maxlen=MAX_UNRESOLVED), compare=False
    )


def already_booked(
    stats: SafeWriteStats, existing: str, named_by: str, reference: str, differs: Mapping[str, bool]
) -> None:
    """A create looked first for the caller's own ``reference`` and found record ``existing``
    carrying it (an earlier run's, or another worker's): a duplicate prevented, or, when it
    ``differs`` from what this call books (by field: account, amount...),
    :class:`~billing_sdk.ReferenceConflict`. Nothing is booked either way."""
    differences = tuple(name for name, differing in differs.items() if differing)
    if differences:
        raise ReferenceConflict(
            f"payment {existing} already carries {named_by} {reference!r} but differs in "
            f"{' and '.join(differences)}: nothing was booked",
            reference=reference,
            existing=existing,
            differences=differences,
        )
    stats.duplicates_prevented += 1


@dataclass(frozen=True)
class Found(Generic[T]):
    """A lookup's positive answer (a class, so that a write returning ``None`` can be found)."""

    value: T


Lookup = Callable[[], Awaitable[Found[T] | None]]


def new_reference(prefix: str = "SDK") -> str:
    """A fresh unique reference: ``SDK-`` and 20 random hex digits (80 bits, 24 characters).

    Short enough for every vendor field it goes into (the shortest holds 40). Make
    one before a create and pass it (``back_office_code=``, ``payment_ref``, ``reference=``)
    to know it whatever happens to the call, cancellation included.
    """
    return f"{prefix}-{secrets.token_hex(10).upper()}"


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
        what: a short description for messages (``"payment create"``).
        stats: the counters to update.
        attempts: the most sends (at least 1).
        earlier_landed: says whether an error answering a *re-send* means an earlier send
            landed after all (a vendor that refuses a reused reference); the lookup then
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
    stats.calls += 1
    # Whether a send of this write may have landed without the caller knowing (a send under
    # way, or a lost answer not yet looked up): a cancellation then leaves it unresolved.
    in_doubt = [False]
    try:
        return await _write_once(
            send,
            lookup,
            reference=reference,
            what=what,
            stats=stats,
            attempts=attempts,
            earlier_landed=earlier_landed,
            settle=settle,
            rng=rng or random.Random(),
            in_doubt=in_doubt,
        )
    except BillingError as exc:
        if exc.reference is None:
            exc.reference = reference
        raise
    except BaseException as exc:  # cancelled, or a deadline ran out around the call
        if in_doubt[0]:
            stats.unresolved.append(reference)
            exc.add_note(
                f"{what} was interrupted after it may have been sent: look it up by "
                f"reference {reference!r} before sending it again"
            )
        raise


async def _write_once(
    send: Callable[[], Awaitable[T]],
    lookup: Lookup[T],
    *,
    reference: str,
    what: str,
    stats: SafeWriteStats,
    attempts: int,
    earlier_landed: Callable[[BillingError], bool] | None,
    settle: float,
    rng: random.Random,
    in_doubt: list[bool],
) -> T:
    error: BillingError | None = None
    for attempt in range(1, attempts + 1):
        if attempt > 1:
            stats.resends += 1
            await anyio.sleep(resend_wait(attempt - 2, rng))
        stats.sends += 1
        in_doubt[0] = True
        try:
            return await send()
        except BillingError as exc:
            error = exc
        refused_as_repeat = attempt > 1 and earlier_landed is not None and earlier_landed(error)
        if error.landed is False and not refused_as_repeat:
            # Refused before anything was written; earlier sends were proven absent.
            in_doubt[0] = False
            raise error
        # Unknown outcome, or an answer saying it landed that cannot be used: look first.
        if may_still_land(error):
            await anyio.sleep(settle)
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
        in_doubt[0] = False  # found, or proven absent
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
