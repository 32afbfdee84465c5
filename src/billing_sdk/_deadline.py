"""The deadline of the call in progress, and a cheap timeout for one attempt.

A call's deadline covers everything it sends: its token request or login, its attempts and the
waits between them. The engine sets it (:func:`begin`, then :func:`end`) in a context variable
for the duration of the call, and the transport gives every attempt it sends on the call's
behalf, a token request included, no more than what is left (:func:`current`), so no extra
timer runs per call.

:class:`AttemptTimers` bounds the attempts of one transport on asyncio under one loop timer;
:func:`limit` bounds one attempt: on asyncio, ``asyncio.timeout``'s rules in a plain context
manager (a fraction of the cost of an anyio cancel scope, which would be paid on every attempt),
anyio's ``fail_after`` on other loops. Both raise ``TimeoutError`` when the time is up.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import contextvars
import math
import time
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any

import anyio
import sniffio

_DEADLINE: contextvars.ContextVar[float] = contextvars.ContextVar(
    "billing_sdk_call_deadline", default=math.inf
)


def begin(seconds: float | None) -> contextvars.Token[float]:
    """Until :func:`end` is given the token returned, the calls made end within ``seconds``
    (``None``: no limit of their own), and never later than an enclosing call's deadline.

    (A pair of calls rather than a context manager: it runs for every call, and ``with``
    costs three calls where this costs one.)"""
    outer = _DEADLINE.get()
    deadline = outer if seconds is None else min(outer, time.monotonic() + seconds)
    return _DEADLINE.set(deadline)


#: Ends what :func:`begin` started (the context variable's ``reset``, given its token).
end = _DEADLINE.reset


def deadline() -> float:
    """The absolute deadline (``time.monotonic``) of the call in progress; ``inf`` if none."""
    return _DEADLINE.get()


#: :func:`deadline` itself (the context variable's ``get``), for the transport's every request.
current = _DEADLINE.get


class _AsyncioLimit:
    """``asyncio.timeout(seconds)`` as a plain (synchronous) context manager: nothing in it
    awaits, so no coroutine per enter and exit, and no state machine beyond what one attempt
    needs. The rules are asyncio's own (``asyncio.timeouts.Timeout``): the task is cancelled
    when the time is up, and the ``CancelledError`` that cancellation raised (and no other
    cancellation) leaves as ``TimeoutError``."""

    __slots__ = ("_cancelling", "_expired", "_handle", "_seconds", "_task")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._expired = False

    def __enter__(self) -> None:
        task = self._task = _running_task()
        self._cancelling = task.cancelling()
        loop = task.get_loop()
        if self._seconds <= 0:
            self._handle: asyncio.Handle | None = loop.call_soon(self._expire)
        else:
            self._handle = loop.call_at(loop.time() + self._seconds, self._expire)

    def _expire(self) -> None:
        self._task.cancel()
        self._expired = True
        self._handle = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired:
            self._expired = False
            if _timed_out(self._task, self._cancelling, exc_type):
                raise TimeoutError from exc


def _running_task() -> asyncio.Task[Any]:
    """The task a timeout is entered in (outside one, ``asyncio.timeout``'s refusal)."""
    task = asyncio.current_task()
    if task is None:
        raise RuntimeError("Timeout should be used inside a task")
    return task


def _timed_out(
    task: asyncio.Task[Any], cancelling: int, exc_type: type[BaseException] | None
) -> bool:
    """``asyncio.timeout``'s rule once its timer cancelled ``task`` (which was
    ``cancelling`` times cancelling on entry): that cancellation is taken back, and only the
    ``CancelledError`` it raised leaves as ``TimeoutError``."""
    return task.uncancel() <= cancelling and exc_type is asyncio.CancelledError


class AttemptTimers:
    """The attempt limits of one transport on asyncio, under one loop timer.

    ``_AsyncioLimit`` arms and cancels a loop timer per attempt: a ``TimerHandle``, a push
    onto the loop's heap and, once cancelled, a pop from it later, each step comparing
    handles in Python (about 11 comparisons per read at concurrency 256, where every request
    in flight keeps its timers in the heap). Here each attempt is an entry in arrival order;
    one timer stays armed for the earliest entry still running. When it fires, every entry
    whose time is up has its task cancelled, with ``asyncio.timeout``'s rules
    (``_AsyncioLimit``'s), and it is armed again for the earliest entry left. An attempt that
    ends takes itself off the front of the queue (with those behind it that ended first) and
    lets go of its task; behind a long attempt at the front, the ended entries are swept out
    once they outnumber the running ones (plus 64), so the queue stays about what is in
    flight. The timer is re-armed only when it fires or when an
    attempt must end before the time it waits for (a call's deadline nearer than the
    attempt's own limit); after the last attempt, at most one timer per transport stays
    armed, and finds nothing to do when it fires.
    """

    __slots__ = ("_armed_at", "_entries", "_handle", "_loop", "_running")

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._entries: collections.deque[SharedLimit] = collections.deque()
        self._handle: asyncio.TimerHandle | None = None
        self._armed_at = math.inf
        #: Entries still running (the rest of the queue has ended or expired).
        self._running = 0

    def limit(
        self, seconds: float, loop: asyncio.AbstractEventLoop | None = None
    ) -> AbstractContextManager[None]:
        """A plain context manager: ``TimeoutError`` when ``seconds`` have passed.

        ``loop``: the running loop when the caller has it (:func:`asyncio_loop`)."""
        return SharedLimit(self, seconds, loop or asyncio.get_running_loop())

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._armed_at = when
        self._handle = loop.call_at(when, self._fire, loop)

    def _fire(self, loop: asyncio.AbstractEventLoop) -> None:
        if loop is not self._loop:
            return  # armed on a loop this transport has left: its attempts went with it
        # A loop runs a timer up to its clock's resolution early: what the timer was armed
        # for is due, whatever ``time()`` says.
        due = max(loop.time(), self._armed_at)
        self._handle = None
        self._armed_at = math.inf
        left: collections.deque[SharedLimit] = collections.deque()
        earliest = math.inf
        for entry in self._entries:
            if entry._state is not _RUNNING:
                continue
            if entry._when <= due:
                entry._state = _EXPIRED
                self._running -= 1
                if entry._task is not None:
                    entry._task.cancel()
            else:
                left.append(entry)
                earliest = min(earliest, entry._when)
        self._entries = left
        if left:
            self._arm(loop, earliest)


_RUNNING, _ENDED, _EXPIRED = "running", "ended", "expired"


class SharedLimit:
    """One attempt's entry in :class:`AttemptTimers` (``_AsyncioLimit``'s rules): a plain
    context manager, ``TimeoutError`` when ``seconds`` have passed (``timers.limit(seconds)``;
    the transport makes it directly, once per attempt, with the running ``loop`` it has
    looked up: its task is then found without asking for the loop again)."""

    __slots__ = ("_cancelling", "_loop", "_seconds", "_state", "_task", "_timers", "_when")

    def __init__(
        self, timers: AttemptTimers, seconds: float, loop: asyncio.AbstractEventLoop
    ) -> None:
        self._timers = timers
        self._seconds = seconds
        self._loop = loop

    def __enter__(self) -> None:
        loop = self._loop
        task = asyncio.current_task(loop)
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task: asyncio.Task[Any] | None = task
        self._cancelling = task.cancelling()
        self._state = _RUNNING
        timers = self._timers
        if timers._loop is not loop:
            # Another loop (a transport may outlive an ``asyncio.run``): the old queue's
            # tasks and timer went with theirs.
            timers._loop = loop
            timers._entries = collections.deque()
            timers._handle = None
            timers._armed_at = math.inf
            timers._running = 0
        when = self._when = loop.time() + self._seconds
        timers._entries.append(self)
        timers._running += 1
        if when < timers._armed_at:
            timers._arm(loop, when)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        task, self._task = self._task, None  # an ended entry keeps no task alive
        state, self._state = self._state, _ENDED
        timers = self._timers
        if state is _RUNNING:
            timers._running -= 1  # (an expired one was counted off when the timer fired)
        entries = timers._entries
        while entries and entries[0]._state is _ENDED:
            entries.popleft()
        if len(entries) > 2 * timers._running + 64:
            # Ended entries piled up behind a long attempt: sweep them (amortised O(1)).
            timers._entries = collections.deque(e for e in entries if e._state is _RUNNING)
        if state is _EXPIRED and task is not None and _timed_out(task, self._cancelling, exc_type):
            raise TimeoutError from exc


# Looked up once (sniffio keeps these two objects for the life of the process; the running
# loop's getter is asyncio's C function): ``asyncio_loop`` runs for every request, twice.
_SNIFFIO_THREAD = sniffio.thread_local
_sniffio_context = sniffio.current_async_library_cvar.get
_running_loop = asyncio._get_running_loop


def asyncio_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop when asyncio is the running async library (``library()``
    would say ``"asyncio"``), else ``None``.

    One question where ``library()`` followed by ``asyncio.get_running_loop()`` asks for the
    loop twice: on Python 3.11 every such question is a ``getpid`` system call (asyncio's
    check that the loop was not inherited through ``fork``), and the transports ask for
    every request. With the loop in hand, ``asyncio.current_task(loop)`` asks no more.
    """
    name = _SNIFFIO_THREAD.name
    if name is None:
        name = _sniffio_context()
    if name is None or name == "asyncio":
        return _running_loop()
    return None


def library() -> str | None:
    """The running async library's name, as ``sniffio.current_async_library()`` says it,
    ``None`` outside one: look it up once per request and hand it to :func:`limit`.

    sniffio's own order (its thread-local name, its context variable, then asyncio), without
    the import it runs on every call; only another library is left to it. (sniffio asks for
    asyncio's current task; the SDK asks from inside one, where a running loop says the same.)
    """
    name = _SNIFFIO_THREAD.name
    if name is None:
        name = _sniffio_context()
    if name is not None:
        return name
    if _running_loop() is not None:
        return "asyncio"
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return None


def limit(seconds: float | None, library: str | None = None) -> AbstractContextManager[object]:
    """A context manager that raises ``TimeoutError`` after ``seconds`` (``None``: never).

    ``library``: the running async library when the caller has looked it up (:func:`library`).
    """
    if seconds is None:
        return contextlib.nullcontext()
    if (library or sniffio.current_async_library()) == "asyncio":
        return _AsyncioLimit(seconds)
    return anyio.fail_after(seconds)
