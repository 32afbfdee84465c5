"""Bulk fan-out: ``map`` and ``stream`` (public as :mod:`billing_sdk.bulk`), and the helper the
per-resource conveniences (``get_many``, ``create_many`` ...) use.

The SDK's one fan-out primitive. The run itself (workers, the per-client limiter, AIMD,
progress) is :class:`~billing_sdk._fanout_job.BulkRun`; the values it hands back are in
``_fanout_types``. ``map`` keeps the outcomes to return them in order; ``stream`` hands each
over as it completes and keeps nothing.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, Generic, Unpack, cast

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream

from billing_sdk._client import BaseClient
from billing_sdk._errors import ValidationError
from billing_sdk._fanout_job import BulkRun
from billing_sdk._fanout_types import (
    BulkOptions,
    ItemT,
    Outcome,
    Outcomes,
    ResultT,
)

__all__ = ["keyword_calls", "map", "stream"]


class RunOptions(BulkOptions, total=False):
    """The keyword options of :func:`map` and :func:`stream`: ``BulkOptions`` and the client."""

    client: BaseClient | None


async def map(
    fn: Callable[[ItemT], Awaitable[ResultT]],
    items: Iterable[ItemT] | AsyncIterable[ItemT],
    **options: Unpack[RunOptions],
) -> Outcomes[ItemT, ResultT]:
    """Call ``fn(item)`` for every item concurrently; return the outcomes in input order.

    The input is consumed lazily (a generator is advanced only as workers free up), but the
    returned list holds one :class:`Outcome` per item: for an endless or huge input use
    :func:`stream`, which keeps nothing once an outcome is handed over.

    Args:
        fn: an async callable taking one item, typically a resource method such as
            ``client.invoices.get``. Its client is found through the method, so
            every bulk run on one client shares that client's capacity.
        items: any iterable or async iterable (a list, a generator, an ``async for`` source).
        concurrency: at most this many calls at once (also capped below the client's
            connection pool, shared with its other bulk jobs).
        fail_fast: on the first failed item, cancel the rest and raise that item's error
            (with a note naming the item). Default: every failure becomes an outcome.
        adaptive: adapt concurrency to the server (AIMD): halve on 429/503, grow by one per
            window of successes, so the run settles just under the server's limit.
        progress: ``True`` for a terminal progress bar (needs ``rich``; only on a TTY), or a
            callable receiving a :class:`Progress` when the bulk run starts and after every item.
        total: the number of items, for progress on inputs without a length.
        catch: the exceptions that become failed outcomes (default: the SDK's
            :class:`~billing_sdk.BillingError` tree). Anything else is a bug: it cancels the
            bulk run and is raised as is.
        client: the client whose capacity to share, when ``fn`` is not one of its methods
            (for example a lambda, or your own function making several calls).

    Raises:
        ValidationError: bad arguments (nothing is called).
        BillingError: with ``fail_fast=True``, the first failed item's error.

    Example::

        outcomes = await bulk.map(client.invoices.get, numbers, concurrency=32)
        missing = [o.item for o in outcomes if isinstance(o.error, NotFound)]
    """
    bulk_run: BulkRun[ItemT, ResultT] = BulkRun(fn, items, **options)
    results: list[Outcome[ItemT, ResultT] | None] = []
    # Pulls happen in index order, so reserving a slot per pull keeps ``results[index]``
    # valid without a reorder buffer: the list is exactly what map has to return.
    bulk_run.on_pull = lambda _index: results.append(None)

    async def store(outcome: Outcome[ItemT, ResultT]) -> None:
        results[outcome.index] = outcome

    await bulk_run.run(store)
    return cast("Outcomes[ItemT, ResultT]", results)


def stream(
    fn: Callable[[ItemT], Awaitable[ResultT]],
    items: Iterable[ItemT] | AsyncIterable[ItemT],
    **options: Unpack[RunOptions],
) -> AbstractAsyncContextManager[AsyncIterator[tuple[int, Outcome[ItemT, ResultT]]]]:
    """Like :func:`map`, but yield ``(index, outcome)`` as calls complete, keeping nothing.

    Memory stays flat however long the input: one item per worker is in flight, and a
    worker waits for you to take its outcome before pulling the next item. Use it as::

        async with bulk.stream(client.invoices.get, numbers()) as results:
            async for index, outcome in results:
                ...

    The ``async with`` block owns the workers: leaving it (``break``, an exception) cancels
    the calls still running, so no task outlives the block. Arguments are those of
    :func:`map`, checked when ``stream`` is called.

    Raises:
        ValidationError: bad arguments (nothing is called).
        BillingError: with ``fail_fast=True``, the first failed item's error, raised from
            the ``async for``.
    """
    return _open_stream(BulkRun(fn, items, **options))


@contextlib.asynccontextmanager
async def _open_stream(
    bulk_run: BulkRun[ItemT, ResultT],
) -> AsyncIterator[AsyncIterator[tuple[int, Outcome[ItemT, ResultT]]]]:
    # Unbuffered: a worker hands its outcome straight to the consumer (backpressure).
    send, receive = anyio.create_memory_object_stream[tuple[int, Outcome[ItemT, ResultT]]](0)
    results = _Results(receive)

    async def produce() -> None:
        async with send:
            try:
                await bulk_run.run(lambda outcome: send.send((outcome.index, outcome)))
            except Exception as exc:
                # Handed to the consumer when the stream ends, as the error itself.
                results.error = exc

    error: Exception | None = None
    async with anyio.create_task_group() as tg:
        tg.start_soon(produce)
        try:
            yield results
        except Exception as exc:
            # Raised after the task group, so the caller gets its own error (or the item's,
            # with fail_fast) rather than an ExceptionGroup wrapping it.
            error = exc
        finally:
            # The consumer left (done, break or error): stop whatever is still running.
            tg.cancel_scope.cancel()
            receive.close()
    if error is not None:
        raise error


class _Results(Generic[ItemT, ResultT]):
    """The ``async for`` side of :func:`stream`."""

    def __init__(self, receive: MemoryObjectReceiveStream[tuple[int, Outcome[ItemT, ResultT]]]):
        self._receive = receive
        self.error: Exception | None = None

    def __aiter__(self) -> _Results[ItemT, ResultT]:
        return self

    async def __anext__(self) -> tuple[int, Outcome[ItemT, ResultT]]:
        try:
            return await self._receive.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            if self.error is not None:
                raise self.error from None
            raise StopAsyncIteration from None


def keyword_calls(
    fn: Callable[..., Awaitable[ResultT]],
) -> Callable[[Mapping[str, Any]], Awaitable[ResultT]]:
    """Adapt a keyword-only method for bulk use: each item is a mapping of its arguments.

    A mapping with names the method does not take fails as that item's ``ValidationError``
    instead of a ``TypeError`` that would end the whole bulk run. The wrapper keeps
    ``__wrapped__``, so bulk still finds the method's client.
    """
    parameters = inspect.signature(fn).parameters
    accepted = {
        name
        for name, p in parameters.items()
        if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
    }

    @functools.wraps(fn)
    async def call(arguments: Mapping[str, Any]) -> ResultT:
        if not isinstance(arguments, Mapping):
            raise ValidationError(
                f"each item must be a mapping of arguments, not {type(arguments).__name__}",
                field="items",
            )
        unknown = sorted(set(arguments) - accepted)
        if unknown:
            raise ValidationError(
                f"unknown argument(s) {unknown}; accepted: {sorted(accepted)}", field="items"
            )
        return await fn(**arguments)

    return call
