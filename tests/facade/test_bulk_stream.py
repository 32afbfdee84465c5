"""``bulk.stream``: outcomes as they complete, nothing kept, no task outliving the block."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import anyio
import anyio.lowlevel
import pytest

from billing_sdk import NotFound, VismaClient, bulk
from billing_sdk.sandbox import Sandbox


def _counting(limit: int, pulled: list[int]) -> Iterator[int]:
    for i in range(limit):
        pulled[0] += 1
        yield i


async def test_outcomes_arrive_as_calls_complete() -> None:
    first_done = anyio.Event()

    async def fn(i: int) -> int:
        if i == 0:
            await first_done.wait()  # item 0 finishes only after item 1 was handed over
        return i

    order = []
    async with bulk.stream(fn, [0, 1], concurrency=2) as results:
        async for index, outcome in results:
            assert outcome.index == index
            order.append(index)
            first_done.set()
    assert order == [1, 0]


async def test_stream_against_the_sandbox(sandbox: Sandbox) -> None:
    numbers = ["000101", "999999", "000102"]
    async with (
        VismaClient.for_sandbox(sandbox) as visma,
        bulk.stream(visma.customer_invoices.get, iter(numbers)) as results,
    ):
        got = {index: outcome async for index, outcome in results}
    assert sorted(got) == [0, 1, 2]
    assert got[0].value.reference_number == "000101"
    assert isinstance(got[1].error, NotFound)


async def test_leaving_early_cancels_the_rest_and_stops_pulling() -> None:
    pulled = [0]
    waiting = cancelled = 0
    all_waiting = anyio.Event()

    async def fn(i: int) -> int:
        nonlocal waiting, cancelled
        if i >= 20:
            waiting += 1
            if waiting == 5:
                all_waiting.set()
            try:
                await anyio.sleep_forever()
            except anyio.get_cancelled_exc_class():
                cancelled += 1
                raise
        return i

    tasks_before = asyncio.all_tasks()
    taken = 0
    async with bulk.stream(fn, _counting(1_000_000, pulled), concurrency=5) as results:
        async for _index, _outcome in results:
            taken += 1
            if taken == 20:
                await all_waiting.wait()  # every worker is in its next, endless call
                break
    assert asyncio.all_tasks() == tasks_before  # the block took its workers with it
    assert cancelled == waiting == 5  # the five calls in flight when we left
    assert pulled[0] <= 20 + 5  # at most one item per worker beyond what was taken


async def test_fail_fast_raises_from_the_async_for() -> None:
    async def fn(i: int) -> int:
        if i == 3:
            raise NotFound("missing", status=404)
        return i

    seen = []
    with pytest.raises(NotFound):
        async with bulk.stream(fn, range(100), concurrency=1, fail_fast=True) as results:
            async for index, _outcome in results:
                seen.append(index)
    assert seen == [0, 1, 2]


async def test_an_error_in_the_consumer_cancels_the_workers() -> None:
    async def fn(i: int) -> int:
        if i:
            await anyio.sleep_forever()
        return i

    tasks_before = asyncio.all_tasks()
    with pytest.raises(KeyError):
        async with bulk.stream(fn, range(10), concurrency=3) as results:
            async for _ in results:
                raise KeyError("consumer bug")
    assert asyncio.all_tasks() == tasks_before


async def test_an_async_generator_input_is_pulled_one_at_a_time() -> None:
    pulled = 0

    async def source() -> AsyncIterator[int]:
        nonlocal pulled
        for i in range(1_000_000):
            pulled += 1
            yield i

    async def fn(i: int) -> int:
        await anyio.lowlevel.checkpoint()
        return i

    got = 0
    async with bulk.stream(fn, source(), concurrency=8) as results:
        async for _ in results:
            got += 1
            if got == 100:
                break
    assert pulled <= 100 + 8


async def test_memory_stays_flat_on_a_long_generator() -> None:
    async def fn(i: int) -> int:
        return i

    pulled = [0]
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        async with bulk.stream(fn, _counting(20_000, pulled), concurrency=16) as results:
            async for _ in results:
                pass
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    assert pulled[0] == 20_000
    # Keeping anything per item (an outcome, a task) would take megabytes for 20,000 items.
    assert peak < 500_000, f"peak grew by {peak} bytes"
