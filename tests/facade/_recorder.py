"""A transport that passes requests on and keeps them, to see what went over the wire."""

from __future__ import annotations

import httpx


class Recorder(httpx.AsyncBaseTransport):
    """Wraps another transport (in-process ASGI, or a real socket to a served sandbox)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def to(self, path_end: str, method: str | None = None) -> list[httpx.Request]:
        """The requests whose path ends with ``path_end`` (and of ``method``, if given)."""
        return [
            r
            for r in self.requests
            if r.url.path.endswith(path_end) and (method is None or r.method == method)
        ]
