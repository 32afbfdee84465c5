"""The benchmarks' replay server is C (``bench/_replay_server.c``): its tests need a compiler."""

from __future__ import annotations

import os
import sys

import pytest

from bench._replay import compiler


def require_c_compiler() -> None:
    """Skip (fail under CI) when the replay server cannot be built here: it is C for Linux
    (epoll, signalfd), built with the C compiler ``compiler()`` finds."""
    message = None
    if not sys.platform.startswith("linux"):
        message = "the replay server runs on Linux only (epoll, signalfd)"
    elif compiler() is None:
        message = "no C compiler for the replay server (apt-get install gcc, or set CC)"
    if message is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}: CI must run the benchmark tests", pytrace=False)
        pytest.skip(message)
