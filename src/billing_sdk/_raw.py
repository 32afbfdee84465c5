"""The raw responses of calls: ``with billing_sdk.raw_responses() as seen: ...``."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

_SEEN: contextvars.ContextVar[list[RawResponse] | None] = contextvars.ContextVar(
    "billing_sdk_raw_responses", default=None
)


@dataclass(frozen=True)
class RawResponse:
    """One HTTP answer a call received (the last attempt's, after retries).

    Attributes:
        method, path: the request (the path without its query string).
        status: the HTTP status.
        headers: every response header, as the server sent them.
        content: the body's bytes (decompressed).
    """

    method: str
    path: str
    status: int
    headers: httpx.Headers
    content: bytes

    def __repr__(self) -> str:
        return f"RawResponse({self.method} {self.path} -> {self.status})"


@contextlib.contextmanager
def raw_responses() -> Iterator[list[RawResponse]]:
    """Collect the raw response of every call made inside the block, in order.

    ::

        with raw_responses() as seen:
            invoice = await client.customer_invoices.get("000101")
        print(seen[-1].status, seen[-1].headers["content-type"])

    Works for any call of any client, errors included (the failing answer is collected
    before the error is raised). The list belongs to the block's context: concurrent tasks
    started inside it share it, other tasks never see it.
    """
    seen: list[RawResponse] = []
    token = _SEEN.set(seen)
    try:
        yield seen
    finally:
        _SEEN.reset(token)


#: The list a :func:`raw_responses` block collects into, ``None`` outside one (the context
#: variable's ``get``: checked before :func:`note` is called for every response).
collecting = _SEEN.get


def note(response: httpx.Response) -> None:
    """Record ``response`` if a :func:`raw_responses` block is collecting."""
    seen = _SEEN.get()
    if seen is not None:
        request = response.request
        seen.append(
            RawResponse(
                request.method,
                request.url.path,
                response.status_code,
                httpx.Headers(response.headers),
                response.content,
            )
        )
