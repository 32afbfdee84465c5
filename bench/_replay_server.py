"""The benchmarks' replay server: answers recorded sandbox responses, at a few µs per request.

``python bench/_replay_server.py CASSETTE.json`` (stdlib only, so its start-up and its CPU are
its own) listens on 127.0.0.1 on a free port, prints ``replay server listening on URL`` and
serves HTTP/1.1 with keep-alive until its standard input closes (the harness that started it
ended, however it ended), or SIGINT/SIGTERM, or ``--max-seconds`` passed.

Why it exists: the sandbox (Starlette + uvicorn, stateful simulators) spends several hundred
µs of server CPU on every request. On a 2-core machine that caps every client at the same
~1,200 reads/s and flattens the differences a client benchmark is after. This server answers
the sandbox's own responses, recorded byte for byte (status, headers, ETags, bodies; see
``bench/_replay.py``), from bytes prepared at start-up: per request it finds the end of the
head, reads ``Content-Length`` (or de-chunks the body), looks the path up, and writes.

Routes (from the cassette): ``(method, path)`` -> responses, handed out in turn (a PUT gets the
next recorded ``204`` with its new ``ETag``); a ``pages`` route serves a list page by its
``pageNumber`` query parameter (an empty page past the last). It runs on uvloop when that is
importable (``make bench`` installs it into a folder of its own, see ``bench/_replay.py``;
about half the CPU per request of asyncio's own loop), else on asyncio's loop; the clients
under test always run on asyncio's loop. An API path asked without an
``Authorization`` header gets the recorded ``401``; an unknown path the recorded ``404``.
``GET /_replay/stats`` answers ``{"requests", "connections", "cpu_seconds", "loop"}`` (requests
answered, connections accepted, this process's CPU, the event loop) and is not counted: the
harness reads it around a batch to report server CPU per request.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import signal
import sys
import threading
import time
from typing import Any

_HEAD_END = b"\r\n\r\n"
_STATS = b"/_replay/stats"
_MAX_HEAD = 64 * 1024
_MAX_BODY = 16 * 1024 * 1024
#: In a list page's bytes, replaced by the page number (7 digits) on every answer.
PAGE_MARK = b"@@@@@@@"


def _response(status: int, reason: str, headers: list[list[str]], body: bytes) -> bytes:
    """One whole HTTP/1.1 response, ``Content-Length`` set from ``body`` (not trusted)."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    for name, value in headers:
        if name.lower() not in ("content-length", "transfer-encoding", "connection"):
            lines.append(f"{name}: {value}")
    if status not in (204, 304) and not 100 <= status < 200:
        lines.append(f"content-length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _answer(spec: dict[str, Any]) -> bytes:
    body = base64.b64decode(spec["body_b64"]) if spec.get("body_b64") else b""
    return _response(spec["status"], spec["reason"], spec["headers"], body)


class _Route:
    """The responses of one ``(method, path)``, handed out in turn."""

    __slots__ = ("_answers", "_next")

    def __init__(self, answers: list[bytes]) -> None:
        self._answers = answers
        self._next = 0

    def answer(self, query: bytes) -> bytes:
        answers = self._answers
        if len(answers) == 1:
            return answers[0]
        i = self._next
        self._next = (i + 1) % len(answers)
        return answers[i]


class _Pages:
    """A page-numbered list: ``pageNumber`` 1..``pages`` get the page, later ones ``[]``."""

    __slots__ = ("_empty", "_page", "_pages")

    def __init__(self, page: bytes, empty: bytes, pages: int) -> None:
        self._page = page
        self._empty = empty
        self._pages = pages

    def answer(self, query: bytes) -> bytes:
        number = 1
        for pair in query.split(b"&"):
            key, _, value = pair.partition(b"=")
            if key == b"pageNumber":
                try:
                    number = int(value)
                except ValueError:
                    number = 0
        if not 1 <= number <= self._pages:
            return self._empty
        # Same length whatever the number: Content-Length stays true.
        return self._page.replace(PAGE_MARK, b"%07d" % number)


class Replay:
    """The routes of one cassette, and the counters."""

    def __init__(self, cassette: dict[str, Any], loop_name: str) -> None:
        self.loop_name = loop_name
        self.routes: dict[tuple[bytes, bytes], _Route | _Pages] = {}
        for route in cassette["routes"]:
            key = (route["method"].encode(), route["path"].encode())
            if "pages" in route:
                pages = route["pages"]
                self.routes[key] = _Pages(
                    _answer(pages["page"]), _answer(pages["empty"]), pages["count"]
                )
            else:
                self.routes[key] = _Route([_answer(a) for a in route["answers"]])
        self.unauthorized = _answer(cassette["unauthorized"])
        self.not_found = _answer(cassette["not_found"])
        self.open_paths = tuple(p.encode() for p in cassette.get("open_paths", []))
        self.bad_request = _response(400, "Bad Request", [["connection", "close"]], b"")
        self.requests = 0
        self.connections = 0

    def stats(self) -> bytes:
        body = json.dumps(
            {
                "requests": self.requests,
                "connections": self.connections,
                "cpu_seconds": time.process_time(),
                "loop": self.loop_name,
            }
        )
        return _response(200, "OK", [["content-type", "application/json"]], body.encode())


class _Connection(asyncio.Protocol):
    """One keep-alive connection: requests are answered in order (pipelining works too)."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.replay.connections += 1

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        transport = self.transport
        assert transport is not None
        replay = self.replay
        while True:
            end = buffer.find(_HEAD_END)
            if end < 0:
                if len(buffer) > _MAX_HEAD:
                    return self._refuse()
                break
            head = buffer[:end]
            line_end = head.find(b"\r\n")
            request_line = head if line_end < 0 else head[:line_end]
            parts = request_line.split(b" ")
            if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
                return self._refuse()
            method, target = parts[0], parts[1]
            lower = head.lower()
            start = end + 4
            body_end = self._body_end(lower, buffer, start)
            if body_end is None:
                break  # the body is not all here yet
            if body_end < 0:
                return self._refuse()
            buffer = buffer[body_end:]
            path, _, query = target.partition(b"?")
            if path == _STATS:
                transport.write(replay.stats())
                continue
            replay.requests += 1
            route = replay.routes.get((method, path))
            if b"\r\nauthorization:" not in lower and not path.startswith(replay.open_paths):
                transport.write(replay.unauthorized)
            elif route is None:
                transport.write(replay.not_found)
            else:
                transport.write(route.answer(query))
            if b"\r\nconnection: close" in lower:
                transport.close()
                return None
        self.buffer = buffer
        return None

    @staticmethod
    def _body_end(lower: bytes, buffer: bytes, start: int) -> int | None:
        """Where the body ends in ``buffer``; ``None``: not all here yet; -1: malformed."""
        at = lower.find(b"\r\ncontent-length:")
        if at >= 0:
            value_end = lower.find(b"\r\n", at + 2)
            try:
                length = int(lower[at + 17 : value_end if value_end >= 0 else len(lower)])
            except ValueError:
                return -1
            if not 0 <= length <= _MAX_BODY:
                return -1
            return start + length if len(buffer) >= start + length else None
        if b"\r\ntransfer-encoding:" in lower:
            if b"chunked" not in lower:
                return -1
            return _chunked_end(buffer, start)
        return start

    def _refuse(self) -> None:
        assert self.transport is not None
        self.transport.write(self.replay.bad_request)
        self.transport.close()
        self.buffer = b""


def _chunked_end(buffer: bytes, at: int) -> int | None:
    """The end of a chunked body starting at ``at`` (the body itself is not needed)."""
    while True:
        line_end = buffer.find(b"\r\n", at)
        if line_end < 0:
            return None
        try:
            size = int(buffer[at:line_end].split(b";", 1)[0], 16)
        except ValueError:
            return -1
        if size == 0:
            # Optional trailers, then the blank line.
            trailers_end = buffer.find(b"\r\n\r\n", line_end)
            if buffer[line_end : line_end + 4] == b"\r\n\r\n":
                return line_end + 4
            return None if trailers_end < 0 else trailers_end + 4
        at = line_end + 2 + size + 2
        if len(buffer) < at:
            return None


async def serve(cassette: dict[str, Any], max_seconds: float, loop_name: str) -> None:
    """Serve until stdin closes, a signal arrives, or ``max_seconds`` pass."""
    loop = asyncio.get_running_loop()
    replay = Replay(cassette, loop_name)
    server = await loop.create_server(
        lambda: _Connection(replay), host="127.0.0.1", port=0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    def watch_stdin() -> None:
        # Whatever stdin is (a pipe, a terminal, /dev/null), its end is the signal to stop.
        while sys.stdin.buffer.read1(65536):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    print(f"replay server listening on http://127.0.0.1:{port}", flush=True)
    async with server:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), max_seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/_replay_server.py", description=__doc__)
    parser.add_argument("cassette", help="the recorded responses (bench/_replay.py writes it)")
    parser.add_argument("--max-seconds", type=float, default=4 * 3600.0)
    parser.add_argument(
        "--loop",
        choices=("auto", "uvloop", "asyncio"),
        default="auto",
        help="event loop (auto: uvloop when installed, about half the CPU per request)",
    )
    args = parser.parse_args(argv)
    with open(args.cassette, encoding="utf-8") as f:
        cassette = json.load(f)
    if args.loop != "asyncio":
        try:
            import uvloop
        except ImportError:
            if args.loop == "uvloop":
                raise
        else:
            uvloop.run(serve(cassette, args.max_seconds, f"uvloop {uvloop.__version__}"))
            return 0
    asyncio.run(serve(cassette, args.max_seconds, "asyncio"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
