"""The one read-modify-write loop: optimistic concurrency with ``If-Match`` and 412 retries."""

from __future__ import annotations

import inspect
import random
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import anyio

from billing_sdk._errors import BillingError, OutcomeUnknown, PreconditionFailed, ValidationError
from billing_sdk._locks import KeyedLock
from billing_sdk._retry import conflict_wait, may_still_land

M = TypeVar("M")

DEFAULT_MODIFY_ATTEMPTS = 10

ChangeFn = Callable[[M], Any]


@dataclass(frozen=True)
class Modified(Generic[M]):
    """What :meth:`modify` wrote: the resource as read back after the write, its version,
    and how many attempts it took (``conflicts`` is the number of 412s absorbed)."""

    value: M
    version: str | None
    attempts: int
    conflicts: int


async def modify(
    *,
    key: Hashable,
    locks: KeyedLock,
    read: Callable[[], Awaitable[M]],
    version_of: Callable[[M], str | None],
    write: Callable[[Any, str], Awaitable[str | None]],
    change: ChangeFn[M],
    attempts: int = DEFAULT_MODIFY_ATTEMPTS,
    rng: random.Random | None = None,
    reference: str | None = None,
) -> Modified[M]:
    """Read, compute ``change(current)``, write with ``If-Match``; on 412 start over.

    ``change`` may be sync or async and may raise to refuse after seeing the current state
    (nothing is written then). ``write`` must not re-send blindly: when its answer is lost,
    the loop re-reads, goes round again only if the version proves the write did not land,
    and raises ``OutcomeUnknown`` otherwise, so a change is never applied twice. After a
    timeout an unchanged version proves nothing for good (the write may still be on its way),
    so from then on any change of version, seen by a read or as a 412, is ``OutcomeUnknown``
    too; a later write of ours that lands first makes the late one fail its ``If-Match``.
    Writes to
    the same ``key`` from this client are serialised by ``locks``; across clients and
    processes ``If-Match`` is the guard, so no update is lost.

    Every ``BillingError`` it raises says whether the change landed: ``landed=False`` when
    none of its writes can have landed (a failed read before any write is marked so),
    ``OutcomeUnknown`` when one may have.
    """
    if attempts < 1:
        raise ValidationError("attempts must be at least 1", field="attempts")
    rng = rng or random.Random()
    conflicts = 0
    ref = reference or str(key)
    # A write of ours whose answer timed out, and the version it was conditioned on: the
    # server may still apply it, at any moment, even after a read showed it had not landed.
    in_doubt: BillingError | None = None
    doubted_version: str | None = None
    async with locks.hold(key):
        for attempt in range(1, attempts + 1):
            current = await _read(read, in_doubt, ref, attempt)
            version = version_of(current)
            if not version:
                raise ValidationError("the resource carries no version to send as If-Match")
            if in_doubt is not None and version != doubted_version:
                # Changed since the timed-out write was sent: that write may be the change.
                raise _unknown(
                    "an earlier update timed out and the resource has changed since",
                    ref,
                    attempt,
                ) from in_doubt
            changes = change(current)
            if inspect.isawaitable(changes):
                changes = await changes
            try:
                new_version = await write(changes, version)
            except PreconditionFailed as exc:
                if in_doubt is not None:
                    # The version moved on since this attempt's read, and our timed-out
                    # write may be what moved it: applying `change` again could double it.
                    raise _unknown(
                        "an earlier update timed out and the resource has changed since",
                        ref,
                        attempt,
                    ) from exc
                conflicts += 1
                if attempt == attempts:
                    raise
            except BillingError as exc:
                if exc.landed is not None:
                    raise
                # The answer was lost (timeout, dropped connection, 5xx). The write is sent
                # without blind re-sends, so look: an unchanged version proves it did not land
                # (yet: after a timeout it may still, see `in_doubt`) and it is safe to go round
                # again; a changed one may be ours, and applying `change` again would double it.
                if version_of(await _read(read, exc, ref, attempt)) != version:
                    raise _unknown(
                        "the update's answer was lost and the resource has changed since",
                        ref,
                        attempt,
                    ) from exc
                if may_still_land(exc):
                    in_doubt, doubted_version = exc, version
                if attempt == attempts:
                    if in_doubt is not None:
                        raise _unknown("the last update timed out", ref, attempt) from exc
                    exc.landed = False
                    raise
            else:
                try:
                    written = await read()
                except BillingError as exc:
                    exc.landed = True  # the write was answered; only reading it back failed
                    raise
                return Modified(written, new_version, attempt, conflicts)
            await anyio.sleep(conflict_wait(attempt - 1, rng))
    raise AssertionError("unreachable")  # pragma: no cover


async def _read(
    read: Callable[[], Awaitable[M]], in_doubt: BillingError | None, reference: str, attempt: int
) -> M:
    """A read inside the loop; its failure says whether an earlier write may have landed."""
    try:
        return await read()
    except BillingError as exc:
        if in_doubt is None:
            exc.landed = False  # every write so far provably did not land
            raise
        raise _unknown(
            "an update's answer was lost and reading the resource to check failed",
            reference,
            attempt,
        ) from exc


def _unknown(why: str, reference: str, attempts: int) -> OutcomeUnknown:
    return OutcomeUnknown(
        f"{why}; read it to see whether the update landed", reference=reference, attempts=attempts
    )
