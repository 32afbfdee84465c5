"""Record the sandbox's real responses, and serve them from the replay server in its own process.

:func:`record` asks a running sandbox (``bench/_sandbox.py``) for what the benchmarks send and
keeps every answer byte for byte: the token, every seeded invoice (2.4-4.0 KB; 000101 is the
3.6 KB one), invoice writes with their new ``ETag`` s, payments, a list page, the Visma 404
and 401. :class:`ReplayProcess` prepares those answers as the bytes the server writes, starts
the replay server on them (``bench/_replay_server.c``, compiled here with ``cc -O2`` on first
use and kept in the venv; 127.0.0.1, a free port, its own process) and stops it when the
``async with`` block ends; the server also stops by itself when this process's end closes its
standard input.

The list page: the sandbox serves invoices 50 to a page (``maxPageSize``), and it only has 33.
For the memory benchmarks over 100,000 invoices the cassette's list page is the sandbox's own
bytes of all 33 invoices followed by the first 17 again (50 items), with each item's
``metadata.totalCount`` set to the length of the list being played; every ``pageNumber`` up to
the last gets it, with the page number written into each item's ``referenceNumber`` (so every
page brings 50 invoices the pager has not seen, as a real list does).
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import anyio
import httpx

from bench._sandbox import SandboxProcess

_SOURCE = Path(__file__).resolve().parent / "_replay_server.c"
_CFLAGS = ("-O2", "-std=c11", "-Wall", "-Wextra")
#: In a list page's bytes, replaced by the page number (7 digits) on every answer.
PAGE_MARK = b"@@@@@@@"
_LISTENING = re.compile(rb"listening on (http://127\.0\.0\.1:\d+)")
_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0
#: Seeded invoices (000101..000133) and payments the benchmarks read.
INVOICES = [f"{n:06d}" for n in range(101, 134)]
#: The invoices whose body is 3.5-3.7 KB (000101 is 3.6 KB): the per-call benchmarks' reads.
INVOICES_3_6KB = ["000101", "000104", "000107", "000119", "000122", "000125", "000128", "000132"]
#: Hold invoices the write benchmarks update (no If-Match): each write is recorded.
WRITE_INVOICES = ["000101", "000102", "000103"]
WRITES_RECORDED = 8
LIST_PAGE_SIZE = 50
_RUNNING: set[ReplayProcess] = set()


def _answer(response: httpx.Response) -> dict[str, Any]:
    if "content-encoding" in response.headers:
        raise RuntimeError("the sandbox compressed a response; the cassette needs the raw bytes")
    return {
        "status": response.status_code,
        "reason": response.reason_phrase,
        # Raw names and values as sent (httpx keeps them), in order.
        "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in response.headers.raw],
        "body_b64": base64.b64encode(response.content).decode("ascii"),
    }


def _list_page(pages: list[httpx.Response], total: int) -> bytes:
    """Real list pages joined into one page of ``LIST_PAGE_SIZE``, ``totalCount`` = ``total``."""
    inner = b",".join(p.content.strip()[1:-1] for p in pages)
    body = b"[" + inner + b"]"
    if len(json.loads(body)) != LIST_PAGE_SIZE:
        raise RuntimeError("the sandbox's list pages do not add up to one page of 50")
    body = re.sub(rb'"totalCount":\s*\d+', b'"totalCount":%d' % total, body)
    # Every page must bring new invoices (the facade's pager ends a list whose page repeats
    # the last one: a server that ignores the page number): each item's referenceNumber
    # becomes "R<PAGE_MARK>-<index>", the server puts the page number in the mark.
    index = iter(range(LIST_PAGE_SIZE))
    body, count = re.subn(
        rb'"referenceNumber":\s*"[^"]*"',
        lambda _: b'"referenceNumber":"R%s-%02d"' % (PAGE_MARK, next(index)),
        body,
    )
    if count != LIST_PAGE_SIZE:
        raise RuntimeError("not every invoice of the list page has a referenceNumber")
    return body


async def record(sandbox: SandboxProcess, *, list_total: int = 100_000) -> dict[str, Any]:
    """The cassette: every answer the benchmarks need, as the sandbox gave it."""
    await sandbox.reset()
    creds = sandbox.visma
    routes: list[dict[str, Any]] = []
    plain = {"accept-encoding": "identity"}
    async with httpx.AsyncClient(base_url=sandbox.base_url, headers=plain) as http:
        token = await http.post(
            creds["token_url_path"],
            data={
                "grant_type": "client_credentials",
                "client_id": creds["client_id"],
                "client_secret": creds["client_secret"],
                "tenant_id": creds["tenant_id"],
            },
        )
        token.raise_for_status()
        routes.append(
            {"method": "POST", "path": creds["token_url_path"], "answers": [_answer(token)]}
        )
        http.headers["authorization"] = f"Bearer {token.json()['access_token']}"
        for number in INVOICES:
            got = await http.get(f"/v1/customerinvoice/{number}")
            got.raise_for_status()
            routes.append(
                {
                    "method": "GET",
                    "path": f"/v1/customerinvoice/{number}",
                    "answers": [_answer(got)],
                }
            )
        for number in WRITE_INVOICES:
            answers = []
            for i in range(WRITES_RECORDED):
                put = await http.put(
                    f"/v1/customerinvoice/{number}",
                    json={"invoiceText": {"value": f"bench {i:06d}"}},
                )
                if put.status_code != 204 or "etag" not in put.headers:
                    raise RuntimeError(f"PUT invoice {number}: {put.status_code}")
                answers.append(_answer(put))
            routes.append(
                {"method": "PUT", "path": f"/v1/customerinvoice/{number}", "answers": answers}
            )
        payments = await http.get("/v1/customerPayment", params={"pageSize": 10})
        payments.raise_for_status()
        for item in payments.json():
            number = item["refNbr"]
            got = await http.get(f"/v1/customerPayment/{number}")
            got.raise_for_status()
            routes.append(
                {
                    "method": "GET",
                    "path": f"/v1/customerPayment/{number}",
                    "answers": [_answer(got)],
                }
            )
        # All 33 seeded invoices (one page of 50), then the first 17 again: 50 real items.
        pages = [
            await http.get("/v1/customerinvoice", params={"pageSize": size, "pageNumber": 1})
            for size in (LIST_PAGE_SIZE, LIST_PAGE_SIZE - len(INVOICES))
        ]
        for page in pages:
            page.raise_for_status()
        empty = await http.get("/v1/customerinvoice", params={"pageSize": 50, "pageNumber": 99})
        empty.raise_for_status()
        page = _answer(pages[0])
        page["body_b64"] = base64.b64encode(_list_page(pages, list_total)).decode("ascii")
        count = -(-list_total // LIST_PAGE_SIZE)
        routes.append(
            {
                "method": "GET",
                "path": "/v1/customerinvoice",
                "pages": {"page": page, "empty": _answer(empty), "count": count},
            }
        )
        not_found = await http.get("/v1/customerinvoice/999999")
        if not_found.status_code != 404:
            raise RuntimeError(f"GET an unknown invoice: {not_found.status_code}, not 404")
        del http.headers["authorization"]
        unauthorized = await http.get("/v1/customerinvoice/000101")
        if unauthorized.status_code != 401:
            raise RuntimeError(f"GET without a token: {unauthorized.status_code}, not 401")
    await sandbox.reset()
    return {
        "recorded_from": "python -m billing_sdk.sandbox (bench/_sandbox.py)",
        "list_total": list_total,
        "list_page_size": LIST_PAGE_SIZE,
        "credentials": creds,
        "open_paths": [creds["token_url_path"]],
        "routes": routes,
        "not_found": _answer(not_found),
        "unauthorized": _answer(unauthorized),
    }


class NoCompiler(RuntimeError):
    """The replay server cannot be built here: no C compiler, or not Linux."""


def _response(status: int, reason: str, headers: list[list[str]], body: bytes) -> bytes:
    """One whole HTTP/1.1 response, ``Content-Length`` set from ``body`` (not trusted)."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    for name, value in headers:
        if name.lower() not in ("content-length", "transfer-encoding", "connection"):
            lines.append(f"{name}: {value}")
    if status not in (204, 304) and not 100 <= status < 200:
        lines.append(f"content-length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _wire(spec: dict[str, Any]) -> bytes:
    body = base64.b64decode(spec["body_b64"]) if spec.get("body_b64") else b""
    return _response(spec["status"], spec["reason"], spec["headers"], body)


def prepared(cassette: dict[str, Any]) -> bytes:
    """The cassette as the replay server reads it: the bytes of every answer, ready to write.

    One record per answer, ``TAG METHOD PATH NUMBER LENGTH\\n`` then ``LENGTH`` bytes and a
    newline: ``answer`` (a route's answers, handed out in turn), ``page`` and ``empty`` (a
    page-numbered list of ``NUMBER`` pages), ``open`` (a path that needs no token),
    ``unauthorized``, ``not_found`` and ``bad_request`` (``-`` for what a record lacks)."""
    out = bytearray()

    def record(tag: str, method: str, path: str, number: int, data: bytes) -> None:
        for word, most in ((method, 31), (path, 2047)):  # (what the server's reader takes)
            if not word or len(word.encode()) > most or any(ch.isspace() for ch in word):
                raise ValueError(f"a cassette method or path the server cannot read: {word!r}")
        out.extend(f"{tag} {method} {path} {number} {len(data)}\n".encode() + data + b"\n")

    for path in cassette.get("open_paths", []):
        record("open", "-", path, 0, b"")
    for route in cassette["routes"]:
        method, path = route["method"], route["path"]
        if "pages" in route:
            pages = route["pages"]
            record("page", method, path, pages["count"], _wire(pages["page"]))
            record("empty", method, path, pages["count"], _wire(pages["empty"]))
        else:
            for answer in route["answers"]:
                record("answer", method, path, 0, _wire(answer))
    record("unauthorized", "-", "-", 0, _wire(cassette["unauthorized"]))
    record("not_found", "-", "-", 0, _wire(cassette["not_found"]))
    record(
        "bad_request",
        "-",
        "-",
        0,
        b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n",
    )
    return bytes(out)


def compiler() -> str | None:
    """The C compiler the replay server is built with (``$CC``, else ``cc``), if any."""
    return shutil.which(os.environ.get("CC") or "cc")


def server_binary() -> Path:
    """The compiled replay server, built from ``bench/_replay_server.c`` when its source (or
    the flags) changed: kept in the venv (the user's cache folder when the venv is read-only)
    under a name that holds their digest."""
    source = _SOURCE.read_bytes()
    digest = hashlib.sha256(source + " ".join(_CFLAGS).encode()).hexdigest()[:16]
    folder = Path(sys.prefix) / "replay-server"
    if not os.access(sys.prefix, os.W_OK):
        # (not a shared temporary folder, where another user could put a binary first)
        cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        folder = Path(cache) / "billing-sdk" / "replay-server"
    binary = folder / f"replay-server-{digest}"
    if binary.exists():
        return binary
    if not sys.platform.startswith("linux"):
        raise NoCompiler("the benchmarks' replay server runs on Linux only (epoll, signalfd)")
    cc = compiler()
    if cc is None:
        raise NoCompiler(
            "the benchmarks' replay server is C (bench/_replay_server.c) and no C compiler "
            "was found: install one (Debian: apt-get install gcc) or set CC"
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Built under a name of its own, then moved into place: two processes building at once
    # each end up with a whole binary.
    building = folder / f".building-{os.getpid()}-{digest}"
    done = subprocess.run(
        [cc, *_CFLAGS, "-o", str(building), str(_SOURCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        building.unlink(missing_ok=True)
        raise RuntimeError(f"building the replay server failed:\n{done.stderr}")
    os.replace(building, binary)
    for old in folder.glob("replay-server-*"):
        if old != binary:
            old.unlink(missing_ok=True)  # built from an earlier source
    return binary


def body_sizes(cassette: dict[str, Any]) -> dict[str, int]:
    """Bytes of each recorded GET body, by path (for the report)."""
    sizes = {}
    for route in cassette["routes"]:
        if route["method"] == "GET" and "answers" in route:
            sizes[route["path"]] = len(base64.b64decode(route["answers"][0]["body_b64"]))
    return sizes


class ReplayProcess:
    """``async with ReplayProcess(cassette) as server:``, then ``server.base_url``."""

    def __init__(self, cassette: dict[str, Any]) -> None:
        self.cassette = cassette
        self._proc: subprocess.Popen[bytes] | None = None
        self._file = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "wb", suffix=".answers", prefix="replay-", delete=False
        )
        self.base_url = ""
        self._stats_client: httpx.AsyncClient | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def command(self) -> list[str]:
        return [f"cc {' '.join(_CFLAGS)} bench/_replay_server.c &&", "replay-server", "ANSWERS"]

    @property
    def credentials(self) -> dict[str, str]:
        creds: dict[str, str] = self.cassette["credentials"]
        return creds

    async def __aenter__(self) -> Self:
        try:
            with anyio.fail_after(_START_TIMEOUT):
                await anyio.to_thread.run_sync(self._start, abandon_on_cancel=True)
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        binary = server_binary()
        with self._file as f:
            f.write(prepared(self.cassette))
        self._proc = subprocess.Popen(
            [str(binary), self._file.name],
            stdin=subprocess.PIPE,  # closed when this process ends: the server then stops
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        _RUNNING.add(self)
        assert self._proc.stdout is not None
        first = self._proc.stdout.readline()
        match = _LISTENING.search(first)
        if not match:
            said = b""
            if not first and self._proc.stderr is not None:
                said = self._proc.stderr.read(4096)  # (it ended: what it said on the way out)
            raise RuntimeError(f"the replay server did not start: {first!r} {said!r}")
        self.base_url = match.group(1).decode()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stats_client is not None:
            await self._stats_client.aclose()
            self._stats_client = None
        self.stop()

    def stop(self) -> None:
        """Stop the server (idempotent): close its stdin, then signals if it lingers."""
        proc, self._proc = self._proc, None
        _RUNNING.discard(self)
        if proc is not None:
            if proc.stdin:
                proc.stdin.close()
            for sig in (None, signal.SIGTERM, signal.SIGKILL):
                if sig is not None and proc.poll() is None:
                    proc.send_signal(sig)
                try:
                    proc.wait(_STOP_TIMEOUT)
                    break
                except subprocess.TimeoutExpired:
                    continue
            for stream in (proc.stdout, proc.stderr):
                if stream:
                    stream.close()
        with_name = getattr(self._file, "name", None)
        if with_name and os.path.exists(with_name):
            os.unlink(with_name)

    async def token(self) -> str:
        """The recorded Visma access token (for the contenders that take a bearer token)."""
        creds = self.credentials
        async with httpx.AsyncClient(base_url=self.base_url) as http:
            response = await http.post(creds["token_url_path"], data={"grant_type": "x"})
            response.raise_for_status()
            token: str = response.json()["access_token"]
            return token

    async def server_facts(self) -> dict[str, Any]:
        """What ``/_replay/stats`` says: requests and CPU seconds so far, the event loop.

        Over one kept-alive connection, so asking costs the server one small request, not a
        connection's accept and close as well.
        """
        if self._stats_client is None:
            self._stats_client = httpx.AsyncClient(base_url=self.base_url)
        response = await self._stats_client.get("/_replay/stats")
        response.raise_for_status()
        facts: dict[str, Any] = response.json()
        return facts

    async def stats(self) -> tuple[int, float]:
        """(requests answered so far, the server's CPU seconds so far)."""
        facts = await self.server_facts()
        return int(facts["requests"]), float(facts["cpu_seconds"])


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_RUNNING):
        server.stop()
