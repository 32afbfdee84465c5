"""The deadline of the call in progress, and a cheap timeout for one attempt.

A call's deadline covers everything it sends: its token request or login, its attempts and the
waits between them. The engine sets it (:func:`call_deadline`) in a context variable for the
duration of the call, and the transport gives every attempt it sends on the call's behalf, a
token request included, no more than what is left (:func:`remaining`), so no extra timer runs
per call.

:func:`limit` bounds one attempt: ``asyncio.timeout`` on asyncio (a fifth of the cost of an
anyio cancel scope, which is paid on every attempt), anyio's ``fail_after`` on other loops.
Both raise ``TimeoutError`` when the time is up.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from contextlib import AbstractAsyncContextManager
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


class _AnyioLimit:
    """``anyio.fail_after`` as an async context manager (for loops other than asyncio)."""

    def __init__(self, seconds: float | None) -> None:
        self._scope = anyio.fail_after(seconds)

    async def __aenter__(self) -> None:
        self._scope.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        return self._scope.__exit__(exc_type, exc, tb)


def library() -> str | None:
    """The running async library's name (``sniffio``), ``None`` outside one: look it up once
    per request and hand it to :func:`limit`."""
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return None


def limit(seconds: float | None, library: str | None = None) -> AbstractAsyncContextManager[object]:
    """An async context manager that raises ``TimeoutError`` after ``seconds`` (``None``: never).

    ``library``: the running async library when the caller has looked it up (:func:`library`).
    """
    if (library or sniffio.current_async_library()) == "asyncio":
        return asyncio.timeout(seconds)
    return _AnyioLimit(seconds)
