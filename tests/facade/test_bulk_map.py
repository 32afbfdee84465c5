"""``bulk.map``: input order, typed per-item outcomes, fail-fast, lazy input, bad input."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from billing_sdk import BillingError, NotFound, ValidationError, VismaClient, bulk
from billing_sdk.sandbox import Sandbox


def _not_found(message: str) -> NotFound:
    return NotFound(message, status=404)


async def test_outcomes_keep_input_order_whatever_the_latencies() -> None:
    rng = random.Random(7)
    delays = [rng.random() / 200 for _ in range(300)]
    finished: list[int] = []

    async def slow_double(i: int) -> int:
        await anyio.sleep(delays[i])
        finished.append(i)
        return i * 2

    outcomes = await bulk.map(slow_double, range(300), concurrency=25)

    assert finished != sorted(finished)  # they really did complete out of order
    assert [o.index for o in outcomes] == list(range(300))
    assert [o.item for o in outcomes] == list(range(300))
    assert [o.value for o in outcomes] == [i * 2 for i in range(300)]
    assert all(o.ok and o.error is None for o in outcomes)


async def test_per_item_errors_are_typed_and_at_their_index(sandbox: Sandbox) -> None:
    numbers = ["000101", "999999", "000102", "far-too-long-number", "000103"]
    async with VismaClient.for_sandbox(sandbox) as visma:
        outcomes = await bulk.map(visma.customer_invoices.get, numbers, concurrency=3)

    assert [o.ok for o in outcomes] == [True, False, True, False, True]
    assert [o.item for o in outcomes] == numbers
    assert [o.value.reference_number for o in outcomes if o.ok] == ["000101", "000102", "000103"]
    missing, invalid = outcomes[1], outcomes[3]
    assert isinstance(missing.error, NotFound) and missing.error.status == 404
    assert isinstance(invalid.error, ValidationError)  # refused before sending
    with pytest.raises(NotFound):
        _ = missing.value  # reading the value of a failure raises its error
    assert "index=1" in repr(missing) and "NotFound" in repr(missing)
    assert "value=<CustomerInvoiceDto>" in repr(outcomes[0])


async def test_only_billing_errors_become_outcomes_by_default() -> None:
    async def fn(i: int) -> int:
        if i == 1:
            raise _not_found("gone")
        if i == 2:
            raise LookupError("a bug in the caller's own code")
        return i

    with pytest.raises(LookupError):  # raised as itself, not as an ExceptionGroup
        await bulk.map(fn, range(4), concurrency=1)

    outcomes = await bulk.map(fn, range(4), concurrency=1, catch=(BillingError, LookupError))
    assert [type(o.error).__name__ for o in outcomes] == [
        "NoneType",
        "NotFound",
        "LookupError",
        "NoneType",
    ]


async def test_fail_fast_raises_the_first_error_and_cancels_every_sibling() -> None:
    started: list[int] = []
    cancelled: list[int] = []
    pulled: list[int] = []
    all_started = anyio.Event()

    def items() -> Iterator[int]:
        for i in range(1000):
            pulled.append(i)
            yield i

    async def fn(i: int) -> int:
        started.append(i)
        if len(started) == 8:
            all_started.set()
        if i == 5:
            # Fail only once the others are all in flight, so there is something to cancel.
            await all_started.wait()
            raise _not_found(f"invoice {i} not found")
        try:
            await anyio.sleep_forever()
        except anyio.get_cancelled_exc_class():
            cancelled.append(i)
            raise
        return i

    tasks_before = asyncio.all_tasks()
    with pytest.raises(NotFound) as caught:
        await bulk.map(fn, items(), concurrency=8, fail_fast=True)

    assert "bulk item 5" in "".join(caught.value.__notes__)
    assert sorted(cancelled) == sorted(set(started) - {5})  # every other call was cancelled
    assert len(started) == 8 and len(pulled) == 8  # nothing was started after the failure
    assert asyncio.all_tasks() == tasks_before  # no task outlives the call


async def test_default_mode_keeps_going_after_failures() -> None:
    async def fn(i: int) -> int:
        if i % 3 == 0:
            raise _not_found(str(i))
        return i

    outcomes = await bulk.map(fn, range(10), concurrency=4)
    assert [o.index for o in outcomes if not o.ok] == [0, 3, 6, 9]
    assert all(isinstance(o.error, NotFound) for o in outcomes if not o.ok)


async def test_a_generator_is_consumed_lazily() -> None:
    pulled = 0
    release = anyio.Event()
    all_running = anyio.Event()
    running = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for i in range(1_000_000):
            pulled += 1
            yield i

    async def fn(i: int) -> int:
        nonlocal running
        running += 1
        if running == 4:
            all_running.set()
        await release.wait()
        return i

    seen: list[int] = []

    async def watch(scope: anyio.CancelScope) -> None:
        await all_running.wait()
        for _ in range(10):  # give the workers every chance to pull more than they should
            await anyio.lowlevel.checkpoint()
        seen.append(pulled)
        scope.cancel()

    async with anyio.create_task_group() as tg:
        tg.start_soon(watch, tg.cancel_scope)
        await bulk.map(fn, numbers(), concurrency=4)
    # Every worker held one item and waited: the generator went no further.
    assert seen == [4] and pulled == 4


async def test_async_iterables_and_empty_inputs() -> None:
    async def source() -> AsyncIterator[str]:
        for text in ("a", "bb", "ccc"):
            await anyio.lowlevel.checkpoint()
            yield text

    async def length(text: str) -> int:
        return len(text)

    outcomes = await bulk.map(length, source(), concurrency=2)
    assert [o.value for o in outcomes] == [1, 2, 3]
    assert await bulk.map(length, [], concurrency=2) == []
    assert await bulk.map(length, source(), concurrency=50) != []


async def test_partial_and_lambda_wrappers_still_find_the_client() -> None:
    import functools

    from billing_sdk._fanout_job import engine_of

    async with VismaClient.for_sandbox(Sandbox()) as visma:
        get = visma.customer_invoices.get
        assert engine_of(get) is visma._engine
        assert engine_of(functools.partial(get)) is visma._engine
        assert engine_of(lambda n: get(n)) is None  # a lambda hides it: pass client=
        slots_in_use: list[int] = []

        async def via_lambda(number: str) -> object:
            slots_in_use.append(visma._engine.capacity.in_use)
            return await get(number)

        outcomes = await bulk.map(via_lambda, ["000101"], client=visma)
        assert outcomes[0].ok
        # The call ran in a slot of the client's budget, given back afterwards.
        assert slots_in_use == [1]
        assert visma._engine.capacity.in_use == 0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": -3}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"concurrency": 2.5}, "concurrency"),
        ({"fail_fast": "yes"}, "fail_fast"),
        ({"adaptive": 1}, "adaptive"),
        ({"progress": "bar"}, "progress"),
        ({"total": -1}, "total"),
        ({"catch": BaseException}, "catch"),
        ({"catch": (NotFound, "x")}, "catch"),
        ({"catch": ()}, "catch"),
        ({"client": object()}, "client"),
    ],
)
async def test_bad_options_are_refused_before_any_call(kwargs: dict[str, Any], field: str) -> None:
    calls = 0

    async def fn(i: int) -> int:
        nonlocal calls
        calls += 1
        return i

    with pytest.raises(ValidationError) as caught:
        await bulk.map(fn, [1, 2], **kwargs)
    assert caught.value.field == field
    with pytest.raises(ValidationError):
        bulk.stream(fn, [1, 2], **kwargs)  # stream checks when called, before ``async with``
    assert calls == 0


async def test_bad_fn_and_items_are_refused() -> None:
    async def fn(i: int) -> int:
        return i

    with pytest.raises(ValidationError, match="fn must be"):
        await bulk.map("not callable", [1])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="items must be"):
        await bulk.map(fn, None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="items must be"):
        await bulk.map(fn, "000101")  # type: ignore[arg-type]  # a str is one id, not many
    with pytest.raises(ValidationError, match="awaitable"):
        await bulk.map(lambda i: i, [1, 2])  # type: ignore[arg-type, return-value]


@pytest.mark.parametrize("with_client", [False, True])
async def test_an_fn_that_never_waits_still_lets_other_tasks_run(with_client: bool) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await anyio.lowlevel.checkpoint()

    async def cached(item: int) -> int:  # answers without ever waiting
        return item

    async with VismaClient(base_url="https://erp.example", token="t") as visma:
        client = visma if with_client else None
        async with anyio.create_task_group() as tg:
            tg.start_soon(ticker)
            outcomes = await bulk.map(cached, range(2_000), concurrency=4, client=client)
            tg.cancel_scope.cancel()
        # A timeout around a long job fires on time, not after the last item.
        with anyio.move_on_after(0.01) as scope:
            await bulk.map(cached, range(200_000), concurrency=4, client=client)
    assert len(outcomes) == 2_000
    assert ticks >= 100  # the ticker ran alongside (about one tick per round of 4 items)
    assert scope.cancelled_caught
