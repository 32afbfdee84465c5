"""The sandbox as a separate process on 127.0.0.1, so server and client never share a loop.

``python -m billing_sdk.sandbox --port 0`` prints ``billing-sdk sandbox listening on URL``
and then a JSON block with the credentials; :class:`SandboxProcess` starts it, reads both, and
stops it (SIGINT, then SIGTERM, then SIGKILL) when the ``async with`` block ends, error or not.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import anyio
import httpx

_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0
_SHIM = Path(__file__).resolve().parent / "_serve.py"
#: A GET with a body slower than this over loopback means Nagle + delayed ACK (~40 ms).
_STALL_MS = 20.0
#: Servers still running: stopped at interpreter exit if nothing else stopped them.
_RUNNING: set[SandboxProcess] = set()


class SandboxProcess:
    """``async with SandboxProcess() as sb:``: ``sb.base_url``, ``sb.info`` (credentials)."""

    def __init__(
        self,
        *,
        python: str = sys.executable,
        seed: int = 0,
        nodelay_shim: bool = False,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        entry = [str(_SHIM)] if nodelay_shim else ["-m", "billing_sdk.sandbox"]
        self._argv = [python, *entry, "--host", "127.0.0.1", "--port", "0", "--seed", str(seed)]
        self._argv += extra_args  # e.g. --visma-rate-limit 300 --rate-window 5
        self.nodelay_shim = nodelay_shim
        self._proc: subprocess.Popen[str] | None = None
        # Lives as long as the server: its warnings land here, not in a pipe that could fill.
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
        self.base_url = ""
        self.info: dict[str, Any] = {}

    @property
    def command(self) -> list[str]:
        """How the server was started (interpreter path shortened)."""
        return ["python", *("bench/_serve.py" if a == str(_SHIM) else a for a in self._argv[1:])]

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    async def __aenter__(self) -> Self:
        try:
            with anyio.fail_after(_START_TIMEOUT):
                await anyio.to_thread.run_sync(self._start, abandon_on_cancel=True)
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        """Start the process and read its banner (blocking: runs in a worker thread)."""
        self._proc = subprocess.Popen(
            self._argv,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        _RUNNING.add(self)
        assert self._proc.stdout is not None
        first = self._proc.stdout.readline()
        match = _LISTENING.search(first)
        if not match:
            self._stderr.seek(0)
            raise RuntimeError(
                f"the sandbox did not start: {first!r} {self._stderr.read()[-2000:]}"
            )
        self.base_url = match.group(1)
        block: list[str] = []
        while line := self._proc.stdout.readline():
            block.append(line)
            try:
                self.info = json.loads("".join(block))
                break
            except ValueError:
                continue
        else:
            raise RuntimeError("the sandbox printed no credentials block")
        self._wait_until_accepting()

    def _wait_until_accepting(self) -> None:
        """Connect until the server accepts: the CLI prints its banner before it listens."""
        url = httpx.URL(self.base_url)
        assert url.port is not None
        while True:
            try:
                socket.create_connection((url.host, url.port), timeout=1.0).close()
                return
            except ConnectionRefusedError:
                if self._proc is None or self._proc.poll() is not None:
                    raise RuntimeError("the sandbox exited before accepting connections") from None
                time.sleep(0.02)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the server process (idempotent): Ctrl-C first, as a person would."""
        proc, self._proc = self._proc, None
        _RUNNING.discard(self)
        if proc is None:
            return
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
            if proc.poll() is not None:
                break
            proc.send_signal(sig)
            try:
                proc.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                continue
        if proc.stdout:
            proc.stdout.close()
        self._stderr.close()

    # -- helpers the benchmarks share ---------------------------------------------------------

    @property
    def visma(self) -> dict[str, str]:
        creds: dict[str, str] = self.info["visma"]
        return creds

    async def reset(self) -> None:
        """Re-seed every vendor and clear rate-limit windows (issued tokens stay valid)."""
        async with httpx.AsyncClient(base_url=self.base_url) as http:
            response = await http.post(
                "/_sandbox/reset", headers={self.info["admin_header"]: self.info["admin_token"]}
            )
            response.raise_for_status()

    async def visma_token(self) -> str:
        """One Visma access token, fetched once for the contenders that take a bearer token."""
        creds = self.visma
        async with httpx.AsyncClient(base_url=self.base_url) as http:
            response = await http.post(
                creds["token_url_path"],
                data={
                    "grant_type": "client_credentials",
                    "client_id": creds["client_id"],
                    "client_secret": creds["client_secret"],
                    "tenant_id": creds["tenant_id"],
                },
            )
            response.raise_for_status()
            token: str = response.json()["access_token"]
            return token

    async def probe_ms(self, calls: int = 5) -> float:
        """Median milliseconds of a Visma invoice GET (a response with a body) over loopback."""
        token = await self.visma_token()
        headers = {"Authorization": f"Bearer {token}"}
        times = []
        async with httpx.AsyncClient(base_url=self.base_url, headers=headers) as http:
            for _ in range(calls + 1):
                started = time.perf_counter()
                response = await http.get("/v1/customerinvoice/000101")
                response.raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times[1:])


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_RUNNING):
        server.stop()


async def start_sandbox(exit_stack: Any) -> tuple[SandboxProcess, dict[str, Any]]:
    """Start ``python -m billing_sdk.sandbox``; if its responses stall, restart it with the shim.

    Returns the running server (stopped by ``exit_stack``) and what happened, for the report.
    """
    plain = await exit_stack.enter_async_context(SandboxProcess())
    probe = await plain.probe_ms()
    facts: dict[str, Any] = {
        "probe_get_ms": round(probe, 2),
        "nodelay_shim": False,
        "pids": [plain.pid],
    }
    if probe < _STALL_MS:
        facts["command"] = plain.command
        return plain, facts
    plain.stop()
    shimmed = await exit_stack.enter_async_context(SandboxProcess(nodelay_shim=True))
    facts["pids"].append(shimmed.pid)
    facts.update(
        nodelay_shim=True,
        probe_get_ms_with_shim=round(await shimmed.probe_ms(), 2),
        command=shimmed.command,
        why=(
            "python -m billing_sdk.sandbox answered a GET with a body in "
            f"{probe:.1f} ms (Nagle + delayed ACK: its listening socket has protocol 0, so "
            "asyncio leaves TCP_NODELAY off); restarted through bench/_serve.py, which sets it"
        ),
    )
    return shimmed, facts
