"""A hostile HTTP server on a real loopback socket, and the bounds every case must keep.

:class:`HostileServer` is a raw ``asyncio`` TCP server on ``127.0.0.1`` (a free port) that
parses each request and hands it to a script, which writes whatever bytes it likes: a body one
byte every half second, a header block that never ends, five gigabytes, a gzip bomb, garbage
for a status line, a reset in the middle of a body. Token requests and logins get a proper
answer unless the case scripts them. The server stops itself when its ``async with`` ends,
cancelling whatever its scripts were still doing.

:class:`Bounds` measures one call: its wall time, and its peak RSS above what the process
held before (sampled from ``/proc/self/statm`` every 2 ms by a thread, after freed memory was
handed back to the system, so a peak cannot hide under an earlier one).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import json
import os
import socket
import struct
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

#: What the scripts answer token requests and logins with, and the secrets clients send.
ACCESS_TOKEN = "hostile-access-TOKEN-7f3a"
SESSION_TOKEN = "hostile-session-TOKEN-2b9c"
VISMA_TOKEN_PATH = "/connect/token"
CRM_LOGIN_PATH = "/crmapi/rest/v2/authentication/token"
CRM_RELEASE_PATH = "/crmapi/rest/v2/authentication/token/release"


@dataclass
class Exchange:
    """One request the server read, and the connection to answer it on."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def answer(
        self,
        status: int,
        body: bytes = b"",
        *,
        headers: Mapping[str, str] | None = None,
        reason: str = "Whatever",
    ) -> bool:
        """A well-formed response; True: the connection may carry another request."""
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        lines += [f"{name}: {value}" for name, value in all_headers.items()]
        await self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        return True

    async def json(self, status: int, data: Any, **headers: str) -> bool:
        return await self.answer(status, json.dumps(data).encode(), headers=headers)

    async def trickle(self, data: bytes, every: float) -> None:
        """``data`` one byte at a time, ``every`` seconds apart."""
        for index in range(len(data)):
            await self.send(data[index : index + 1])
            await asyncio.sleep(every)

    async def flood(self, head: bytes, chunk: bytes, limit: int | None = None) -> None:
        """``head``, then ``chunk`` again and again as fast as the client reads (up to
        ``limit`` bytes), until it hangs up."""
        await self.send(head)
        sent = 0
        while limit is None or sent < limit:
            await self.send(chunk)
            sent += len(chunk)

    def reset(self) -> None:
        """Close with a TCP reset (RST), not an orderly FIN."""
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()

    async def hold(self) -> None:
        """Say nothing until the client hangs up."""
        while await self.reader.read(65536):
            pass


Script = Callable[[Exchange], Awaitable[bool | None]]


async def visma_token(exchange: Exchange) -> bool:
    return await exchange.json(200, {"access_token": ACCESS_TOKEN, "expires_in": 3600})


async def crm_login(exchange: Exchange) -> bool:
    return await exchange.json(200, {"status": {"code": "OK"}, "data": {"token": SESSION_TOKEN}})


async def crm_release(exchange: Exchange) -> bool:
    return await exchange.json(200, {"status": {"code": "OK"}})


async def not_found(exchange: Exchange) -> bool:
    return await exchange.json(404, {"message": "no such thing"})


DEFAULT_ROUTES: dict[str, Script] = {
    VISMA_TOKEN_PATH: visma_token,
    CRM_LOGIN_PATH: crm_login,
    CRM_RELEASE_PATH: crm_release,
}


@dataclass
class HostileServer:
    """Answers each request by the script of its path (``routes`` over the defaults)."""

    routes: Mapping[str, Script]
    requests: list[Exchange] = field(default_factory=list)
    url: str = ""

    def __post_init__(self) -> None:
        self._routes = {**DEFAULT_ROUTES, **self.routes}
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> HostileServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                exchange = await _read_request(reader, writer)
                if exchange is None:
                    return
                self.requests.append(exchange)
                script = self._routes.get(exchange.path, not_found)
                if not await script(exchange):
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        except OSError:
            return
        except asyncio.CancelledError:
            return  # the server is stopping (asyncio would log a cancelled handler as an error)
        finally:
            self._tasks.discard(task)
            if not writer.transport.is_closing():
                writer.transport.abort()

    def to(self, path: str) -> list[Exchange]:
        return [e for e in self.requests if e.path == path]


async def _read_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> Exchange | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = await reader.readexactly(length) if length else b""
    path = target.split("?", 1)[0]
    return Exchange(method, path, headers, body, reader, writer)


# -- measuring -------------------------------------------------------------------------------

_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    """This process's resident set size in bytes, now."""
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * _PAGE


def _give_back() -> None:
    """Return freed heap to the system, so the baseline is what is really in use."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class Bounds:
    """Wall time and peak RSS growth of what runs inside ``with Bounds() as bounds:``."""

    INTERVAL = 0.002

    def __init__(self) -> None:
        self.elapsed = 0.0
        self.baseline = 0
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @property
    def growth(self) -> int:
        """Peak RSS above the baseline, in bytes."""
        return max(0, self.peak - self.baseline)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss())
            self._stop.wait(self.INTERVAL)

    def __enter__(self) -> Bounds:
        _give_back()
        self.baseline = self.peak = rss()
        self._thread.start()
        self._started = time.monotonic()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.elapsed = time.monotonic() - self._started
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss())
