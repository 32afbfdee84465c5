"""A real ``redis-server`` for the tests: started on a free 127.0.0.1 port, stopped after.

No fake Redis: the coordination tests run the Lua scripts, leases and blocking reads of the
real server (Debian's ``redis-server``). When it is missing the tests are skipped locally, but
with ``CI`` set they fail: a CI run must not pass by skipping them (the Makefile installs it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

from tests._ci import missing


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def redis_server_path() -> str:
    """The ``redis-server`` binary, or skip (fail under CI) when there is none."""
    path = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None
    )
    if path is None:
        missing(
            "redis-server is not installed (apt-get install redis-server)",
            "the coordination tests",
        )
    return path


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """Run a throwaway Redis on 127.0.0.1 (no persistence); yields its URL."""
    binary = redis_server_path()
    for _ in range(5):
        port = _free_port()
        with tempfile.TemporaryDirectory() as folder:
            proc = subprocess.Popen(
                [
                    binary,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    folder,
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                if _wait_ready(port, proc):
                    yield f"redis://127.0.0.1:{port}/0"
                    return
            finally:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    raise RuntimeError("redis-server did not start")


def _wait_ready(port: int, proc: subprocess.Popen[bytes]) -> bool:
    # Readiness, not a time limit: poll until it answers PING or the process exits.
    while proc.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return True
        except OSError:
            time.sleep(0.02)
    return False
