"""``python -m billing_sdk.sandbox`` with TCP_NODELAY on every accepted connection.

Only used when the harness's probe finds the sandbox stalling (see ``bench/_sandbox.py``):
the CLI binds ``socket.socket(AF_INET)`` (protocol 0), and asyncio only switches Nagle off
for sockets whose protocol is ``IPPROTO_TCP``. Each response with a body is then written as
two segments (headers, body); the second waits for the client's delayed ACK, about 40 ms on
Linux. That latency would swamp every client-side difference the benchmark is after.

This shim relaxes asyncio's check and then runs the unchanged CLI ``main()``, so the server is
still the project's own, in its own process, on 127.0.0.1. The fix belongs in the sandbox
(create the socket with ``socket.IPPROTO_TCP``); once it is there the probe passes and this
shim is not used.
"""

from __future__ import annotations

import asyncio.base_events
import socket
import sys


def _set_nodelay(sock: socket.socket) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def main() -> int:
    asyncio.base_events._set_nodelay = _set_nodelay  # type: ignore[attr-defined]
    from billing_sdk.sandbox.__main__ import main as sandbox_main

    return sandbox_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
