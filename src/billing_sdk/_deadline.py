"""The deadline of the call in progress, and a cheap timeout for one attempt.

A call's deadline covers everything it sends: its token request or login, its attempts and the
waits between them. The engine sets it (:func:`call_deadline`) in a context variable for the
duration of the call, and the transport gives every attempt it sends on the call's behalf, a
token request included, no more than what is left (:func:`remaining`), so no extra timer runs
per call.

:func:`limit` bounds one attempt: on asyncio, ``asyncio.timeout``'s rules in a plain context
manager (a fraction of the cost of an anyio cancel scope, which would be paid on every attempt),
anyio's ``fail_after`` on other loops. Both raise ``TimeoutError`` when the time is up.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import math
import time
from contextlib import AbstractContextManager
from types import TracebackType

import anyio
import sniffio

_DEADLINE: contextvars.ContextVar[float] = contextvars.ContextVar(
    "billing_sdk_call_deadline", default=math.inf
)


class call_deadline:
    """The calls inside end within ``seconds`` (``None``: no limit of their own), and never
    later than an enclosing call's deadline (a class, not a generator: it runs per call)."""

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds

    def __enter__(self) -> float:
        outer = _DEADLINE.get()
        seconds = self._seconds
        deadline = outer if seconds is None else min(outer, time.monotonic() + seconds)
        self._token = _DEADLINE.set(deadline)
        return deadline

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


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
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
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
            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc


def library() -> str | None:
    """The running async library's name, as ``sniffio.current_async_library()`` says it,
    ``None`` outside one: look it up once per request and hand it to :func:`limit`.

    sniffio's own order (its thread-local name, its context variable, then asyncio), without
    the import it runs on every call; only another library is left to it. (sniffio asks for
    asyncio's current task; the SDK asks from inside one, where a running loop says the same.)
    """
    name = sniffio.thread_local.name
    if name is None:
        name = sniffio.current_async_library_cvar.get()
    if name is not None:
        return name
    if asyncio._get_running_loop() is not None:
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
