"""The benchmarks' replay server speaks the HTTP/1.1 its clients send, over a real socket.

A small hand-made cassette (the recorder is exercised by ``test_bench_quick``); raw sockets,
so what is on the wire is exactly what the test wrote.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bench import _replay
from bench._replay import PAGE_MARK, ReplayProcess
from tests._compiler import require_c_compiler


def _answer(status: int, body: bytes, **headers: str) -> dict[str, Any]:
    return {
        "status": status,
        "reason": {200: "OK", 204: "No Content", 401: "Unauthorized", 404: "Not Found"}[status],
        "headers": [[k.replace("_", "-"), v] for k, v in headers.items()]
        + [["content-type", "application/json"]],
        "body_b64": base64.b64encode(body).decode(),
    }


BIG = 8 * 1024 * 1024

CASSETTE: dict[str, Any] = {
    "credentials": {"token_url_path": "/connect/token"},
    "open_paths": ["/connect/token"],
    "routes": [
        {"method": "POST", "path": "/connect/token", "answers": [_answer(200, b'{"t":1}')]},
        {"method": "GET", "path": "/v1/x/1", "answers": [_answer(200, b'{"n":"1"}', etag='"a"')]},
        {
            "method": "PUT",
            "path": "/v1/x/1",
            "answers": [_answer(204, b"", etag='"v1"'), _answer(204, b"", etag='"v2"')],
        },
        {
            "method": "GET",
            "path": "/v1/x",
            "pages": {"page": _answer(200, b"[1,2]"), "empty": _answer(200, b"[]"), "count": 2},
        },
        {
            "method": "GET",
            "path": "/v1/marked",
            "pages": {
                "page": _answer(200, b'["%s","%s"]' % (PAGE_MARK, PAGE_MARK)),
                "empty": _answer(200, b"[]"),
                "count": 12,
            },
        },
        # Larger than a socket's buffers: written as the client reads.
        {"method": "GET", "path": "/v1/big", "answers": [_answer(200, b'"' + b"x" * BIG + b'"')]},
    ],
    "not_found": _answer(404, b'{"message":"nope"}'),
    "unauthorized": _answer(401, b'{"message":"denied"}'),
}


@pytest.fixture(autouse=True)
def _compiler() -> None:
    require_c_compiler()


@pytest.fixture
async def server() -> AsyncIterator[ReplayProcess]:
    async with ReplayProcess(CASSETTE) as replay:
        yield replay


def _connect(server: ReplayProcess) -> socket.socket:
    host, port = server.base_url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _read_response(sock: socket.socket, buffer: bytearray) -> tuple[int, dict[str, str], bytes]:
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        rest += sock.recv(65536)
    del buffer[:]
    buffer += rest[length:]
    return status, headers, rest[:length]


def _get(path: str, auth: bool = True) -> bytes:
    extra = "Authorization: Bearer t\r\n" if auth else ""
    return f"GET {path} HTTP/1.1\r\nHost: x\r\n{extra}\r\n".encode()


async def test_keep_alive_pipelining_auth_and_unknown_paths(server: ReplayProcess) -> None:
    with _connect(server) as sock:
        buffer = bytearray()
        # Three requests in one write: answered in order on the same connection.
        sock.sendall(_get("/v1/x/1") + _get("/v1/x/1", auth=False) + _get("/v1/nothing"))
        status, headers, body = _read_response(sock, buffer)
        assert (status, headers["etag"], json.loads(body)) == (200, '"a"', {"n": "1"})
        status, _, body = _read_response(sock, buffer)
        assert (status, json.loads(body)) == (401, {"message": "denied"})
        status, _, body = _read_response(sock, buffer)
        assert (status, json.loads(body)) == (404, {"message": "nope"})
        # The token path needs no token.
        sock.sendall(b"POST /connect/token HTTP/1.1\r\nContent-Length: 3\r\n\r\na=b")
        assert _read_response(sock, buffer)[0] == 200


async def test_request_bodies_split_or_chunked_and_writes_in_turn(server: ReplayProcess) -> None:
    with _connect(server) as sock:
        buffer = bytearray()
        head = b"PUT /v1/x/1 HTTP/1.1\r\nAuthorization: B t\r\nContent-Length: 11\r\n\r\n"
        sock.sendall(head + b'{"a":')
        await asyncio.sleep(0.05)  # the body arrives in two segments
        sock.sendall(b"12345}")
        status, headers, _ = _read_response(sock, buffer)
        assert (status, headers["etag"]) == (204, '"v1"')
        chunked = (
            b"PUT /v1/x/1 HTTP/1.1\r\nAuthorization: B t\r\nTransfer-Encoding: chunked\r\n\r\n"
            b'5\r\n{"a":\r\n3\r\n12}\r\n0\r\n\r\n'
        )
        sock.sendall(chunked + _get("/v1/x/1"))
        status, headers, _ = _read_response(sock, buffer)
        assert (status, headers["etag"]) == (204, '"v2"')
        assert _read_response(sock, buffer)[0] == 200  # the request after the chunked body


async def test_pages_by_page_number(server: ReplayProcess) -> None:
    with _connect(server) as sock:
        buffer = bytearray()
        pages = []
        for number in (1, 2, 3):
            sock.sendall(_get(f"/v1/x?pageSize=2&pageNumber={number}"))
            pages.append(json.loads(_read_response(sock, buffer)[2]))
        assert pages == [[1, 2], [1, 2], []]


async def test_page_numbers_written_in_and_odd_numbers_get_the_empty_page(
    server: ReplayProcess,
) -> None:
    with _connect(server) as sock:
        buffer = bytearray()
        got = []
        for query in (
            "pageNumber=12",
            "pageNumber=3&pageSize=2",
            "pageNumber=9&pageNumber=1",  # the last one counts
            "pageSize=2",  # no number: the first page
            "pageNumber=13",
            "pageNumber=0",
            "pageNumber=-1",
            "pageNumber=abc",
            "pageNumber=",
            "pageNumber=99999999999999999999999",
        ):
            sock.sendall(_get(f"/v1/marked?{query}"))
            got.append(json.loads(_read_response(sock, buffer)[2]))
    assert got == [
        ["0000012", "0000012"],
        ["0000003", "0000003"],
        ["0000001", "0000001"],
        ["0000001", "0000001"],
        *[[]] * 6,
    ]


async def test_an_answer_larger_than_the_socket_buffers_arrives_whole(
    server: ReplayProcess,
) -> None:
    with _connect(server) as sock:
        buffer = bytearray()
        # Two pipelined: the second waits behind the first's unwritten bytes.
        sock.sendall(_get("/v1/big") + _get("/v1/x/1"))
        await asyncio.sleep(0.2)  # the client is slow to read: the server must wait for it
        status, _, body = _read_response(sock, buffer)
        assert (status, len(body)) == (200, BIG + 2)
        assert _read_response(sock, buffer)[2] == b'{"n":"1"}'


async def test_a_request_in_one_byte_segments_is_answered(server: ReplayProcess) -> None:
    with _connect(server) as sock:
        for byte in _get("/v1/x/1"):
            sock.sendall(bytes([byte]))
        assert _read_response(sock, bytearray())[2] == b'{"n":"1"}'


async def test_connection_close_is_honoured_after_the_answer(server: ReplayProcess) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /v1/x/1 HTTP/1.1\r\nAuthorization: B t\r\nConnection: close\r\n\r\n")
        assert _read_response(sock, bytearray())[0] == 200
        assert sock.recv(10) == b""


async def test_stats_count_requests_not_themselves(server: ReplayProcess) -> None:
    before, cpu_before = await server.stats()
    with _connect(server) as sock:
        buffer = bytearray()
        for _ in range(5):
            sock.sendall(_get("/v1/x/1"))
            _read_response(sock, buffer)
    after, cpu_after = await server.stats()
    assert after - before == 5
    assert cpu_after >= cpu_before
    loop = (await server.server_facts())["loop"]
    assert loop == "C epoll"


async def test_malformed_requests_get_400_and_the_connection_closes(
    server: ReplayProcess,
) -> None:
    for bad in (
        b"NONSENSE\r\n\r\n",
        b"GET /v1/x/1 HTTP/1.1\r\nContent-Length: nine\r\n\r\n",
        b"GET /v1/x/1 HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"GET  /v1/x/1 HTTP/1.1\r\n\r\n",  # four parts
        b"GET /v1/x/1 SPDY/3\r\n\r\n",
        b"PUT /v1/x/1 HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",  # over 16 MiB
        b"PUT /v1/x/1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"GET /v1/x/1 HTTP/1.1\r\nX: " + b"y" * (65 * 1024),  # a head without an end
    ):
        with _connect(server) as sock:
            sock.sendall(bad)
            status, _, _ = _read_response(sock, bytearray())
            assert status == 400
            assert sock.recv(10) == b""


async def test_the_server_stops_on_sigterm() -> None:
    replay = ReplayProcess(CASSETTE)
    async with replay:
        proc = replay._proc
        assert proc is not None
        proc.terminate()
        assert proc.wait(10) == 0


async def test_the_server_stops_when_its_parent_closes_stdin() -> None:
    replay = ReplayProcess(CASSETTE)
    async with replay:
        proc = replay._proc
        assert proc is not None and proc.stdin is not None
        pid = proc.pid
        proc.stdin.close()  # what the parent's exit does
        proc.wait(10)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_server_is_built_once_per_source_in_a_folder_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the venv when it is writable; else in the user's cache folder, never a shared one.
    venv, cache = tmp_path / "venv", tmp_path / "cache"
    venv.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for prefix, folder in (
        (venv, venv / "replay-server"),
        (tmp_path / "read-only", cache / "billing-sdk" / "replay-server"),
    ):
        monkeypatch.setattr(sys, "prefix", str(prefix))
        folder.mkdir(parents=True)
        stale = folder / "replay-server-0123456789abcdef"
        stale.write_text("built from an earlier source")
        binary = _replay.server_binary()
        assert binary.parent == folder and os.access(binary, os.X_OK)
        assert not stale.exists()
        built = binary.stat().st_mtime_ns
        assert _replay.server_binary() == binary
        assert binary.stat().st_mtime_ns == built  # kept, not built again
