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

M = TypeVar("M")

#: Waits between 412 retries: full jitter up to min(MAX, BASE * 2**n) seconds.
CONFLICT_BACKOFF_BASE = 0.02
CONFLICT_BACKOFF_MAX = 1.0
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
    and raises ``OutcomeUnknown`` otherwise, so a change is never applied twice. Writes to
    the same ``key`` from this client are serialised by ``locks``; across clients and
    processes ``If-Match`` is the guard, so no update is lost.
    """
    if attempts < 1:
        raise ValidationError("attempts must be at least 1", field="attempts")
    rng = rng or random.Random()
    conflicts = 0
    async with locks.hold(key):
        for attempt in range(1, attempts + 1):
            current = await read()
            version = version_of(current)
            if not version:
                raise ValidationError("the resource carries no version to send as If-Match")
            changes = change(current)
            if inspect.isawaitable(changes):
                changes = await changes
            try:
                new_version = await write(changes, version)
            except PreconditionFailed:
                conflicts += 1
                if attempt == attempts:
                    raise
            except BillingError as exc:
                if exc.landed is not None:
                    raise
                # The answer was lost (timeout, dropped connection, 5xx). The write is sent
                # without blind re-sends, so look: an unchanged version proves it did not land
                # and it is safe to go round again; a changed one may be ours, and applying
                # `change` a second time would double it.
                if version_of(await read()) != version:
                    raise OutcomeUnknown(
                        "the update's answer was lost and the resource has changed since; "
                        "read it to see whether the update landed",
                        reference=reference or str(key),
                        attempts=attempt,
                    ) from exc
                if attempt == attempts:
                    raise
            else:
                return Modified(await read(), new_version, attempt, conflicts)
            ceiling = min(CONFLICT_BACKOFF_MAX, CONFLICT_BACKOFF_BASE * 2 ** (attempt - 1))
            await anyio.sleep(rng.uniform(0, ceiling))
    raise AssertionError("unreachable")  # pragma: no cover
