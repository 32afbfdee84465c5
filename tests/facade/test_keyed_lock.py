"""KeyedLock: one holder per key, waiters in arrival order, nothing left behind, no self-wait."""

from __future__ import annotations

import asyncio

import anyio
import pytest

from billing_sdk._locks import KeyedLock


async def _queue_in_order(locks: KeyedLock) -> list[str]:
    order: list[str] = []
    inside = 0

    async def worker(name: str, delay: float) -> None:
        nonlocal inside
        await anyio.sleep(delay)
        async with locks.hold("k"):
            inside += 1
            assert inside == 1, "two holders of one key at once"
            order.append(name)
            await anyio.sleep(0.01)
            inside -= 1

    async with anyio.create_task_group() as tg:
        for i, name in enumerate("abcd"):
            tg.start_soon(worker, name, i * 0.001)
        async with locks.hold("other"):  # another key is not held up
            order.append("other")
    return order


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_holders_of_one_key_take_turns_in_arrival_order(backend: str) -> None:
    locks = KeyedLock()
    order = anyio.run(_queue_in_order, locks, backend=backend)
    assert order == ["other", "a", "b", "c", "d"]
    assert len(locks) == 0


async def _cancelled_waiter(locks: KeyedLock) -> list[str]:
    seen: list[str] = []
    release = anyio.Event()

    async def holder() -> None:
        async with locks.hold("k"):
            seen.append("holder")
            await release.wait()

    async def waiter(name: str) -> None:
        async with locks.hold("k"):
            seen.append(name)

    async with anyio.create_task_group() as tg:
        tg.start_soon(holder)
        await anyio.sleep(0.01)
        async with anyio.create_task_group() as inner:
            inner.start_soon(waiter, "cancelled")
            await anyio.sleep(0.01)
            tg.start_soon(waiter, "after")  # queued behind the one cancelled below
            await anyio.sleep(0.01)
            inner.cancel_scope.cancel()
        release.set()
    return seen


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_cancelled_waiter_leaves_the_queue_and_the_key_moves_on(backend: str) -> None:
    locks = KeyedLock()
    seen = anyio.run(_cancelled_waiter, locks, backend=backend)
    assert seen == ["holder", "after"]
    assert len(locks) == 0


async def test_a_waiter_cancelled_after_the_handover_passes_the_key_on() -> None:
    """The holder leaves (handing the key to the first waiter) and that waiter is cancelled
    before it runs: the key passes on to the next one instead of staying held forever."""
    locks = KeyedLock()
    seen: list[str] = []

    async def waiter(name: str) -> None:
        async with locks.hold("k"):
            seen.append(name)

    async with locks.hold("k"):
        first = asyncio.create_task(waiter("first"))
        await asyncio.sleep(0)
        second = asyncio.create_task(waiter("second"))
        await asyncio.sleep(0)
    first.cancel()  # handed the key already, not yet running
    for _ in range(100):  # a few turns of the loop; no clock involved
        if second.done():
            break
        await asyncio.sleep(0)
    assert second.done(), "the key stayed with the cancelled waiter"
    assert first.cancelled()
    assert seen == ["second"]
    assert len(locks) == 0


async def test_a_task_holding_a_key_asking_again_is_refused_not_left_waiting() -> None:
    locks = KeyedLock()
    async with locks.hold("k"):
        with pytest.raises(RuntimeError, match="already holds"):
            async with locks.hold("k"):
                pass  # pragma: no cover
        async with locks.hold("k2"):
            assert len(locks) == 2
    assert len(locks) == 0


async def test_an_error_inside_releases_the_key() -> None:
    locks = KeyedLock()
    with pytest.raises(LookupError):
        async with locks.hold("k"):
            raise LookupError
    assert len(locks) == 0
    async with locks.hold("k"):
        pass


async def test_take_wait_release_is_async_with_spelt_out() -> None:
    """``take`` takes a free key by a plain call; a busy key is waited for in arrival order,
    and ``release`` hands it to the first waiter (what ``async with`` does)."""
    locks = KeyedLock()
    first = locks.hold("k")
    assert first.take()
    assert not locks.hold("k").take()  # busy: nothing taken, nothing queued
    with pytest.raises(RuntimeError, match="already holds"):
        await locks.hold("k").wait()  # the holder's own task: refused, not left waiting
    order: list[str] = []

    async def waiter(name: str) -> None:
        hold = locks.hold("k")
        if not hold.take():
            await hold.wait()
        try:
            order.append(name)
        finally:
            hold.release()

    second = asyncio.create_task(waiter("second"))
    third = asyncio.create_task(waiter("third"))
    await asyncio.sleep(0)
    assert order == []
    first.release()
    await asyncio.gather(second, third)
    assert order == ["second", "third"]
    assert len(locks) == 0
