"""``_deadline.limit``: one attempt's timer follows ``asyncio.timeout``'s rules on asyncio."""

from __future__ import annotations

import asyncio

import pytest

from billing_sdk import _deadline


async def test_the_time_running_out_is_a_timeout_error() -> None:
    with pytest.raises(TimeoutError), _deadline.limit(0.01):
        await asyncio.sleep(10)
    with pytest.raises(TimeoutError), _deadline.limit(0):  # already past: the next iteration
        await asyncio.sleep(10)
    task = asyncio.current_task()
    assert task is not None and task.cancelling() == 0  # its own cancellation is taken back


async def test_a_body_that_ends_in_time_keeps_its_result_and_no_timer_stays() -> None:
    loop = asyncio.get_running_loop()
    with _deadline.limit(30.0, _deadline.library()):
        await asyncio.sleep(0)
    with _deadline.limit(None):
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert all(h.cancelled() for h in loop._scheduled)  # type: ignore[attr-defined]


async def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    started = asyncio.Event()

    async def attempt() -> None:
        with _deadline.limit(30.0):
            started.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(attempt())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def _outcome(timer: object, scenario: str) -> str:
    """What ``scenario`` ends in under ``timer`` (a context manager factory)."""

    async def attempt() -> str:
        task = asyncio.current_task()
        assert task is not None
        cm = timer(0) if scenario != "done in time" else timer(30.0)  # type: ignore[operator]
        if not hasattr(cm, "__aenter__"):  # ours are plain context managers
            cm.__enter__()
            leave = cm.__exit__
        else:
            await cm.__aenter__()
            leave = cm.__aexit__
        try:
            if scenario == "outer cancel with the timer":
                asyncio.get_running_loop().call_soon(task.cancel)
            await asyncio.sleep(0 if scenario == "done in time" else 10)
        except BaseException as exc:
            result = leave(type(exc), exc, exc.__traceback__)
            if asyncio.iscoroutine(result):
                await result
            raise
        result = leave(None, None, None)
        if asyncio.iscoroutine(result):
            await result
        return "done"

    task = asyncio.create_task(attempt())
    try:
        return await task
    except BaseException as exc:
        return f"{type(exc).__name__} (cancelling {task.cancelling()})"


@pytest.mark.parametrize("shared", [False, True], ids=["own timer", "shared timer"])
@pytest.mark.parametrize("scenario", ["done in time", "time up", "outer cancel with the timer"])
async def test_it_ends_as_asyncio_timeout_ends(scenario: str, shared: bool) -> None:
    timers = _deadline.AttemptTimers()
    ours = await _outcome(
        timers.limit if shared else lambda s: _deadline.limit(s, "asyncio"), scenario
    )
    theirs = await _outcome(asyncio.timeout, scenario)
    assert ours == theirs
    assert (
        ours
        == {
            "done in time": "done",
            "time up": "TimeoutError (cancelling 0)",
            "outer cancel with the timer": "CancelledError (cancelling 1)",
        }[scenario]
    )


async def test_outside_a_task_it_refuses_as_asyncio_does() -> None:
    def outside() -> None:
        with _deadline.limit(1.0, "asyncio"):
            pass

    loop = asyncio.get_running_loop()
    handle_error: list[BaseException] = []

    def run() -> None:
        try:
            outside()
        except RuntimeError as exc:
            handle_error.append(exc)

    loop.call_soon(run)
    await asyncio.sleep(0.01)
    assert handle_error and "inside a task" in str(handle_error[0])


async def test_shared_timers_end_each_attempt_at_its_own_time_and_no_other() -> None:
    """Attempts of one transport with different limits, overlapping, ending in any order:
    each one whose time is up is cancelled (and only it), the others end on their own, and
    the queue is empty afterwards with at most one timer left armed."""
    timers = _deadline.AttemptTimers()
    loop = asyncio.get_running_loop()

    async def attempt(limit: float, takes: float) -> str:
        try:
            with timers.limit(limit):
                await asyncio.sleep(takes)
        except TimeoutError:
            return "timeout"
        return "done"

    plan = [(0.05, 10), (5.0, 0.01), (0.02, 10), (5.0, 0.15), (2.0, 0.01), (0.1, 10)]
    before = sum(1 for h in loop._scheduled if not h.cancelled())  # type: ignore[attr-defined]
    got = await asyncio.gather(*(attempt(limit, takes) for limit, takes in plan))
    assert got == ["timeout", "done", "timeout", "done", "done", "timeout"]
    assert not timers._entries
    armed = sum(1 for h in loop._scheduled if not h.cancelled())  # type: ignore[attr-defined]
    assert armed - before <= 1
    task = asyncio.current_task()
    assert task is not None and task.cancelling() == 0


async def test_shared_timers_keep_a_shorter_limit_that_arrives_later() -> None:
    timers = _deadline.AttemptTimers()

    async def long() -> None:
        with timers.limit(30.0):
            await asyncio.sleep(10)

    first = asyncio.create_task(long())
    await asyncio.sleep(0)
    with pytest.raises(TimeoutError), timers.limit(0.02):  # re-armed before the 30 s one
        await asyncio.sleep(10)
    assert not first.done()  # the long attempt runs on
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first


def test_shared_timers_start_afresh_on_a_new_loop() -> None:
    timers = _deadline.AttemptTimers()

    async def attempts() -> None:
        with timers.limit(30.0):
            await asyncio.sleep(0)
        with pytest.raises(TimeoutError), timers.limit(0.01):
            await asyncio.sleep(10)

    asyncio.run(attempts())
    asyncio.run(attempts())  # the first loop's timer and queue are not this one's


async def test_a_timer_left_on_a_loop_the_transport_has_left_touches_nothing() -> None:
    timers = _deadline.AttemptTimers()
    other = asyncio.new_event_loop()
    try:
        with timers.limit(30.0):
            timers._fire(other)  # what a handle armed on ``other`` would run
            await asyncio.sleep(0)  # not cancelled
            assert [entry._state for entry in timers._entries] == ["running"]
    finally:
        other.close()
    assert not timers._entries


async def test_attempts_that_end_behind_a_long_one_do_not_pile_up() -> None:
    """One slow attempt at the front of the queue, 2,000 short ones ending behind it: the
    queue stays about what is in flight, and no ended entry keeps its task alive."""
    timers = _deadline.AttemptTimers()
    release = asyncio.Event()

    async def slow() -> None:
        with timers.limit(30.0):
            await release.wait()

    async def quick() -> None:
        with timers.limit(30.0):
            await asyncio.sleep(0)

    first = asyncio.create_task(slow())
    await asyncio.sleep(0)
    most = 0
    for _ in range(20):
        await asyncio.gather(*(quick() for _ in range(100)))
        most = max(most, len(timers._entries))
    assert timers._running == 1
    assert most <= 2 * 100 + 64 + 1
    assert all(e._task is None for e in timers._entries if e._state != "running")
    release.set()
    await first
    assert not timers._entries and timers._running == 0
