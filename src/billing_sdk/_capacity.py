"""A client's one concurrency budget: what bulk fan-out workers and background-job polls share.

Every client has a connection pool; fan-out beyond it only queues requests inside the pool (and
ends in pool timeouts). So each client has one ``anyio.CapacityLimiter`` of ``pool - 1`` slots
(one connection stays free for the client's other calls: token renewals, the caller's own
requests), and everything that multiplies requests takes a slot per request: each bulk worker
while it calls ``fn(item)``, each poll of a background job's ``wait`` and
``background.wait_all``. Two bulk jobs and a ``wait_all`` running side by side on one client
therefore never have more than ``pool - 1`` requests out between them.

Nesting. A task holding a slot may start more work that needs slots: a bulk job inside a bulk
job's ``fn``, a ``job.wait()`` or ``wait_all`` from a bulk worker. Waiting for a fresh slot
there could deadlock (every slot held by a parent that waits for its children), so nested work
takes a free slot if one is free *now* and otherwise shares its enclosing slot, one request at
a time. The enclosing task is waiting for that work meanwhile, so the budget still holds, and
every nested flow can always make progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import AsyncIterator, Iterator, Mapping
from types import MappingProxyType

import anyio

from billing_sdk._constants import DEFAULT_LIMITS


def client_capacity(max_connections: int | None) -> int:
    """How many fan-out requests may be out at once on a client with this pool size."""
    pool = DEFAULT_LIMITS.max_connections if max_connections is None else max_connections
    assert pool is not None  # the default is explicit
    return max(1, pool - 1)


class _Slot:
    """One slot of a client's capacity, held by a task; work it starts may share it."""

    __slots__ = ("_lock", "holder")

    def __init__(self, holder: int) -> None:
        #: The task working in this slot (``anyio`` task id).
        self.holder = holder
        self._lock: anyio.Lock | None = None

    @property
    def lock(self) -> anyio.Lock:
        # Made only when nested work first shares the slot: most slots never are.
        if self._lock is None:
            self._lock = anyio.Lock()
        return self._lock


# The slot the current task works in, per capacity. Tasks started inside inherit it (a context
# copy), which is how nested work finds the slot it may share.
_HELD: contextvars.ContextVar[Mapping[Capacity, _Slot]] = contextvars.ContextVar(
    "billing_sdk_capacity_held", default=MappingProxyType({})
)


class Capacity:
    """The fan-out budget of one client (kept on its engine, so resources reach it)."""

    def __init__(self, max_connections: int | None) -> None:
        self.total = client_capacity(max_connections)
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        """The slots (made on first use, inside the event loop that uses them)."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.total)
        return self._limiter

    @property
    def in_use(self) -> int:
        """Slots held right now (for tests and diagnostics)."""
        return self._limiter.borrowed_tokens if self._limiter is not None else 0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one slot while the block runs (see the module docstring for nesting)."""
        task = _current_task_id()
        held = _HELD.get()
        enclosing = held.get(self)
        if enclosing is not None and enclosing.holder == task:
            # The task already works in a slot (a job poll from a bulk worker's own call):
            # one task sends one request at a time, so it needs no second one.
            yield
            return
        limiter = self.limiter
        own = _Slot(task)
        try:
            # A free slot is taken without a trip through the event loop (the common case);
            # this refuses while others queue, so waiting stays first come, first served.
            limiter.acquire_on_behalf_of_nowait(own)
        except anyio.WouldBlock:
            if enclosing is not None:
                # Work started from here shares this turn of the enclosing slot.
                async with enclosing.lock:
                    with _working_in(self, own, held):
                        yield
                return
            await limiter.acquire_on_behalf_of(own)
        try:
            with _working_in(self, own, held):
                yield
        finally:
            limiter.release_on_behalf_of(own)


@contextlib.contextmanager
def _working_in(capacity: Capacity, slot: _Slot, held: Mapping[Capacity, _Slot]) -> Iterator[None]:
    """Mark ``slot`` as the current task's (and, through the context, its children's)."""
    token = _HELD.set({**held, capacity: slot})
    try:
        yield
    finally:
        _HELD.reset(token)


def _current_task_id() -> int:
    """The running task's id, as ``anyio.get_current_task().id`` gives it, but cheaper on
    asyncio (where anyio's id is ``id(task)``), since every slot asks."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # another event loop than asyncio (trio, through anyio)
        task = None
    return id(task) if task is not None else anyio.get_current_task().id
