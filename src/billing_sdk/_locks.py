"""Per-key locks that disappear when nobody holds or waits for them."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Hashable

import anyio


class KeyedLock:
    """One ``anyio.Lock`` per key, created on first use and dropped when unused.

    Used to serialise writes to one resource within one client, so local coroutines queue
    up instead of racing each other into 412s. Memory stays bounded by the number of keys
    in use at the same moment.
    """

    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[anyio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            # fast_acquire: a lock nobody holds is taken without a trip through the event
            # loop (a checkpoint per write); a held one is waited for as before.
            lock = anyio.Lock(fast_acquire=True)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)
