"""A tiny Acme server: an ``httpx.MockTransport`` over a dict of things, with faults to order."""

from __future__ import annotations

import json
import re

import httpx


class AcmeServer:
    """Serves ``/things`` and ``/things/{id}``; ``unavailable`` answers the next N writes 503."""

    def __init__(self, count: int = 5) -> None:
        self.things = {f"t{n}": {"id": f"t{n}", "name": f"thing {n}"} for n in range(1, count + 1)}
        self.unavailable = 0
        self.seen: list[tuple[str, str, str | None]] = []

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.headers.get("authorization")))
        path = request.url.path
        if path == "/things" and request.method == "GET":
            page = int(request.url.params.get("page", "1"))
            size = int(request.url.params.get("per_page", "2"))
            items = list(self.things.values())
            chunk = items[(page - 1) * size : page * size]
            return httpx.Response(200, json={"items": chunk, "total": len(items)})
        match = re.fullmatch(r"/things/([^/]+)", path)
        if match is None:
            return _error(404, "NO_SUCH_PATH", path)
        thing = self.things.get(match[1])
        if thing is None:
            return _error(404, "NO_SUCH_THING", f"no thing {match[1]}")
        if request.method == "GET":
            return httpx.Response(200, json=thing)
        if request.method == "PUT":
            if self.unavailable:
                self.unavailable -= 1
                return _error(503, "MAINTENANCE", "back in a moment", {"Retry-After": "0"})
            thing["name"] = json.loads(request.content)["name"]
            return httpx.Response(200, json=thing)
        return _error(405, "METHOD", request.method)


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"code": code, "message": message}}, headers=headers
    )
