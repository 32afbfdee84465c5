"""Per-key locks that disappear when nobody holds or waits for them."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Hashable
from types import TracebackType

import anyio


class KeyedLock:
    """One lock per key, created on first use and dropped when unused.

    Used to serialise writes to one resource within one client, so local coroutines queue
    up instead of racing each other into 412s. Memory stays bounded by the number of keys
    in use at the same moment.

    Every write takes one, nearly always uncontended: taking a free key is a dictionary
    entry, with no trip through the event loop and no lock object. Only a second holder
    waits, on an ``anyio.Event`` of its own, in arrival order; the holder leaving hands the
    key to the first waiter directly (nobody can slip in between). A task asking again for a
    key it holds gets a ``RuntimeError`` instead of waiting for itself forever.
    """

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: dict[Hashable, _Slot] = {}

    def hold(self, key: Hashable) -> _Hold:
        """``async with locks.hold(key):`` runs its body while no other holder of ``key`` does."""
        return _Hold(self._slots, key)

    def __len__(self) -> int:
        return len(self._slots)


class _Slot:
    """A key in use: the task holding it and those waiting for it, first come first."""

    __slots__ = ("owner", "waiters")

    def __init__(self, owner: object) -> None:
        self.owner = owner
        self.waiters: deque[tuple[object, anyio.Event]] | None = None


class _Hold:
    """One ``hold(key)``: an async context manager used once."""

    __slots__ = ("_key", "_slot", "_slots")

    def __init__(self, slots: dict[Hashable, _Slot], key: Hashable) -> None:
        self._slots = slots
        self._key = key
        self._slot: _Slot | None = None

    def take(self) -> bool:
        """Take the key if it is free, without waiting (a plain call, no coroutine): True
        when taken; otherwise ``await wait()`` for it. Either way, :meth:`release` it after."""
        if self._key in self._slots:
            return False
        self._slot = self._slots[self._key] = _Slot(_current_task())
        return True

    async def wait(self) -> None:
        """Wait for the key :meth:`take` found busy, in arrival order (as ``async with`` does)."""
        await self.__aenter__()

    async def __aenter__(self) -> None:
        task = _current_task()
        slot = self._slots.get(self._key)
        if slot is None:
            self._slot = self._slots[self._key] = _Slot(task)
            return
        if task is not None and slot.owner is task:
            raise RuntimeError(f"this task already holds the lock of {self._key!r}")
        event = anyio.Event()
        waiter = (task, event)
        if slot.waiters is None:
            slot.waiters = deque()
        slot.waiters.append(waiter)
        try:
            await event.wait()
        except BaseException:
            if event.is_set():
                # Handed the key just as it was cancelled: pass it on.
                self._slot = slot
                self.release()
            else:
                slot.waiters.remove(waiter)
            raise
        self._slot = slot

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def release(self) -> None:
        """Give the key up (to its first waiter, if any): after :meth:`take` or :meth:`wait`."""
        slot = self._slot
        assert slot is not None  # entered
        self._slot = None
        if slot.waiters:
            slot.owner, event = slot.waiters.popleft()
            event.set()
        else:
            del self._slots[self._key]


def _current_task() -> object:
    """The running task (the same object for the whole task), on asyncio or trio."""
    try:
        return asyncio.current_task()
    except RuntimeError:  # no asyncio loop running: another backend (trio, through anyio)
        return anyio.get_current_task().id
