"""One bulk run: worker tasks pulling items, the shared per-client limiter, AIMD, progress.

A bulk run (:class:`BulkRun`) runs a fixed set of worker tasks in an anyio task group; each
pulls the next item from the input, calls ``fn(item)`` and reports an
:class:`~billing_sdk.bulk.Outcome`. Because
workers pull, the input is never materialised: at most one item per worker is held, however
long the input.

Concurrency has three bounds; the smallest wins:

* the run's own ``concurrency`` (the number of workers);
* the client's one :class:`~billing_sdk._capacity.Capacity` (kept on its engine), sized below
  the connection pool and shared by every bulk run and background-job poll on that client, so
  they together never queue for connections (and never hit ``PoolTimeout``); a bulk run started
  inside another one's ``fn`` takes free slots or shares its parent's, never deadlocks;
* with ``adaptive=True``, an AIMD window (:class:`Window`).

Server pacing is not done here: the client's transport pauses every request of the client
after a 429 or a spent quota, and applies its optional ``rate_limit``.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import sys
import time
import warnings
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sized,
)
from typing import Any, Generic, cast

import anyio

from billing_sdk._capacity import Capacity
from billing_sdk._client import BaseClient
from billing_sdk._engine import Engine
from billing_sdk._errors import BillingError, ValidationError
from billing_sdk._fanout_types import (
    DEFAULT_CONCURRENCY,
    ErrorTypes,
    ItemT,
    Outcome,
    Progress,
    ProgressCallback,
    ResultT,
    short_repr,
)
from billing_sdk._retry import asks_to_slow_down, slow_down_signals

Emit = Callable[[Outcome[ItemT, ResultT]], Awaitable[None]]

_END: Any = object()
#: The slot of a job whose ``fn`` belongs to no client: nothing to share.
_NO_SLOT: contextlib.nullcontext[None] = contextlib.nullcontext()


class Source(Generic[ItemT]):
    """Hands out ``(index, item)`` one at a time from a sync or async iterable."""

    def __init__(self, items: Iterable[ItemT] | AsyncIterable[ItemT]) -> None:
        self._sync: Iterator[ItemT] | None = None
        self._async: AsyncIterator[ItemT] | None = None
        if isinstance(items, AsyncIterable):
            self._async = aiter(items)
        else:
            self._sync = iter(items)
        # Concurrent ``__anext__`` on an async generator raises; workers take turns.
        self._lock = anyio.Lock()
        self._exhausted = False
        self.pulled = 0

    async def next(self) -> tuple[int, ItemT] | None:
        """The next item and its index, or ``None`` once the input is exhausted."""
        if self._exhausted:
            return None
        if self._sync is not None:
            item = next(self._sync, _END)
        else:
            async with self._lock:
                if self._exhausted:
                    return None
                assert self._async is not None
                item = await anext(self._async, _END)
        if item is _END:
            self._exhausted = True
            return None
        index = self.pulled
        self.pulled += 1
        return index, cast(ItemT, item)


class Window:
    """AIMD concurrency: halve on a slow-down signal, grow by one per window of successes.

    A signal is any increase of the client's slow-down counters
    (``_retry.slow_down_signals``) or an outcome that asks to slow down
    (``_retry.asks_to_slow_down``). Calls that started before the last decrease do not
    decrease again: one burst of 429s is one congestion event, as in TCP, or the window
    would collapse to 1.
    """

    def __init__(self, maximum: int, signals: Callable[[], int]) -> None:
        self.maximum = maximum
        self.limiter = anyio.CapacityLimiter(maximum)
        self._size = float(maximum)
        self._signals = signals
        self._seen = signals()
        self._local = 0
        self.epoch = 0

    @property
    def size(self) -> int:
        """Calls allowed at once right now."""
        return int(self.limiter.total_tokens)

    def record(self, started_epoch: int, error: Exception | None) -> None:
        """Adapt to one finished call that started in ``started_epoch``."""
        if error is not None and asks_to_slow_down(error):
            self._local += 1
        signals = self._signals() + self._local
        if signals > self._seen:
            self._seen = signals
            if started_epoch == self.epoch:
                self._size = max(1.0, self._size / 2)
                self.epoch += 1
        elif error is None:
            self._size = min(float(self.maximum), self._size + 1 / self._size)
        # Lowering the total never revokes a slot: running calls finish, new ones wait.
        self.limiter.total_tokens = max(1, int(self._size))


class BulkRun(Generic[ItemT, ResultT]):
    """One bulk run: checked options, the workers, counters and the first fatal error."""

    def __init__(
        self,
        fn: Callable[[ItemT], Awaitable[ResultT]],
        items: Iterable[ItemT] | AsyncIterable[ItemT],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        fail_fast: bool = False,
        adaptive: bool = False,
        progress: bool | ProgressCallback = False,
        total: int | None = None,
        catch: ErrorTypes = BillingError,
        client: BaseClient | None = None,
    ) -> None:
        _check(fn, items, concurrency, fail_fast, adaptive, progress, total, client)
        self._catch = _error_types(catch)
        self._fn = fn
        self._source: Source[ItemT] = Source(items)
        self._engine = client._engine if client is not None else engine_of(fn)
        self._fail_fast = fail_fast
        self._length = _length(items)
        self._workers = concurrency
        self._total = total if total is not None else self._length
        self._callback = progress if callable(progress) else None
        self._bar = progress is True
        self._adaptive = adaptive
        self._window: Window | None = None
        self._scope: anyio.CancelScope | None = None
        self._error: Exception | None = None
        self._done = self._failed = self._in_flight = 0
        self._started = 0.0
        self._show: Callable[[Progress], None] | None = None
        self._label = getattr(fn, "__qualname__", None) or type(fn).__name__
        #: Called with each index as it is pulled (``map`` reserves the result slot).
        self.on_pull: Callable[[int], object] | None = None

    async def run(self, emit: Emit[ItemT, ResultT]) -> None:
        """Run every item through ``fn``; raise the first fatal error after the workers stop."""
        capacity = self._engine.capacity if self._engine is not None else None
        if capacity is not None:
            # More workers than the client can ever run at once would only hold items.
            self._workers = min(self._workers, capacity.total)
        if self._length is not None:  # the real length: ``total`` is only a progress hint
            self._workers = max(1, min(self._workers, self._length))
        if self._adaptive:
            stats = self._engine.stats if self._engine is not None else None
            self._window = Window(
                self._workers,
                (lambda: slow_down_signals(stats)) if stats is not None else (lambda: 0),
            )
        self._started = time.monotonic()
        with self._display() as show:
            self._show = show
            self._report()
            async with anyio.create_task_group() as tg:
                self._scope = tg.cancel_scope
                for _ in range(self._workers):
                    tg.start_soon(self._worker, capacity, emit)
            self._report()
        if self._engine is not None and self._engine.telemetry is not None:
            self._engine.telemetry.fanned_out(
                self._engine.vendor, self._done, self._failed, self._workers
            )
        if self._error is not None:
            raise self._error

    async def _worker(self, capacity: Capacity | None, emit: Emit[ItemT, ResultT]) -> None:
        # Any exception here (a bug in fn, a failing input iterator, a progress callback that
        # raises) ends the job: record it and cancel the siblings, then ``run`` raises it
        # as itself rather than as an ExceptionGroup of one.
        window = self._window.limiter if self._window is not None else None
        try:
            while True:
                # One checkpoint per item: an fn that answers without waiting (a cache hit)
                # must not run a whole job without letting other tasks, timeouts and
                # cancellation in.
                await anyio.lowlevel.checkpoint()
                # The window slot is taken before pulling, so a shrinking window also
                # shrinks the number of items held.
                if window is not None:
                    await window.acquire()
                try:
                    pulled = await self._source.next()
                    if pulled is None:
                        return
                    index, item = pulled
                    if self.on_pull is not None:
                        self.on_pull(index)
                    epoch = self._window.epoch if self._window is not None else 0
                    async with capacity.slot() if capacity is not None else _NO_SLOT:
                        self._in_flight += 1
                        try:
                            outcome = await self._call(index, item)
                        finally:
                            self._in_flight -= 1
                    if self._window is not None:
                        self._window.record(epoch, outcome.error)
                finally:
                    if window is not None:
                        window.release()
                self._done += 1
                self._failed += outcome.error is not None
                self._report()
                if self._fail_fast and outcome.error is not None:
                    outcome.error.add_note(f"(bulk item {index}: {short_repr(item)})")
                    self._fail(outcome.error)
                    return
                # Outside the limiters: a slow consumer holds no connection slot.
                await emit(outcome)
        except Exception as exc:
            self._fail(exc)

    async def _call(self, index: int, item: ItemT) -> Outcome[ItemT, ResultT]:
        try:
            call = self._fn(item)
        except self._catch as exc:
            return Outcome(index, item, error=exc)
        if not inspect.isawaitable(call):
            raise ValidationError(
                f"fn must return an awaitable (is {self._label} an async function?)",
                field="fn",
            )
        try:
            value = await call
        except self._catch as exc:
            return Outcome(index, item, error=exc)
        return Outcome(index, item, value=value)

    def _fail(self, error: Exception) -> None:
        if self._error is None:
            self._error = error
        if self._scope is not None:
            self._scope.cancel()

    # -- progress ---------------------------------------------------------------------------

    def snapshot(self) -> Progress:
        """Where the job stands now."""
        return Progress(
            done=self._done,
            failed=self._failed,
            total=self._total,
            in_flight=self._in_flight,
            concurrency=self._window.size if self._window is not None else self._workers,
            elapsed=time.monotonic() - self._started if self._started else 0.0,
        )

    def _report(self) -> None:
        if self._callback is None and self._show is None:
            return
        snapshot = self.snapshot()
        if self._callback is not None:
            self._callback(snapshot)
        if self._show is not None:
            self._show(snapshot)

    @contextlib.contextmanager
    def _display(self) -> Iterator[Callable[[Progress], None] | None]:
        """A rich progress bar on a terminal when asked for one; nothing otherwise."""
        if not self._bar or not sys.stderr.isatty():
            yield None
            return
        try:  # lazily: rich is an optional extra, and only a terminal needs it
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar
        except ImportError:
            message = "progress=True needs rich: pip install 'billing-sdk[progress]'"
            warnings.warn(message, stacklevel=5)  # the caller of bulk.map
            yield None
            return
        bar = Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        task = bar.add_task(self._label, total=self._total, failed=0)

        def show(p: Progress) -> None:
            bar.update(task, completed=p.done, failed=p.failed)

        with bar:
            yield show


def _check(
    fn: object,
    items: object,
    concurrency: object,
    fail_fast: object,
    adaptive: object,
    progress: object,
    total: object,
    client: object,
) -> None:
    """Refuse bad arguments before anything runs."""
    if not callable(fn):
        raise ValidationError(f"fn must be an async callable, got {type(fn).__name__}", field="fn")
    if isinstance(items, str | bytes | bytearray) or not isinstance(
        items, Iterable | AsyncIterable
    ):
        what = type(items).__name__
        raise ValidationError(f"items must be an (async) iterable, not {what}", field="items")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(
            f"concurrency must be an integer of at least 1, got {concurrency!r}",
            field="concurrency",
        )
    for name, flag in (("fail_fast", fail_fast), ("adaptive", adaptive)):
        if not isinstance(flag, bool):
            raise ValidationError(f"{name} must be True or False", field=name)
    if not isinstance(progress, bool) and not callable(progress):
        raise ValidationError(
            "progress must be True, False or a callable taking a Progress", field="progress"
        )
    if total is not None and (isinstance(total, bool) or not isinstance(total, int) or total < 0):
        raise ValidationError(f"total must be a count >= 0, got {total!r}", field="total")
    if client is not None and not isinstance(client, BaseClient):
        raise ValidationError(
            f"client must be a billing-sdk client, got {type(client).__name__}", field="client"
        )


def engine_of(fn: object) -> Engine | None:
    """The engine behind a resource method, also through ``functools.partial`` and
    decorators that set ``__wrapped__`` (such as ``keyword_calls``)."""
    for _ in range(16):  # a bounded walk: wrapper chains can be cyclic
        if isinstance(fn, functools.partial):
            fn = fn.func
            continue
        engine = getattr(getattr(fn, "__self__", None), "_engine", None)
        if isinstance(engine, Engine):
            return engine
        wrapped = getattr(fn, "__wrapped__", None)
        if wrapped is None:
            return None
        fn = wrapped
    return None


def _length(items: object) -> int | None:
    return len(items) if isinstance(items, Sized) else None


def _error_types(catch: object) -> tuple[type[Exception], ...]:
    types = catch if isinstance(catch, tuple) else (catch,)
    if not types or not all(isinstance(t, type) and issubclass(t, Exception) for t in types):
        # Catching BaseException subclasses (cancellation!) would break the task group.
        raise ValidationError(
            "catch must be an Exception subclass or a tuple of them", field="catch"
        )
    return cast("tuple[type[Exception], ...]", types)
