"""The benchmarks' replay server is C (``bench/_replay_server.c``): its tests need a compiler."""

from __future__ import annotations

import sys

from bench._replay import compiler
from tests._ci import missing


def require_c_compiler() -> None:
    """Skip (fail under CI) when the replay server cannot be built here: it is C for Linux
    (epoll, signalfd), built with the C compiler ``compiler()`` finds."""
    if not sys.platform.startswith("linux"):
        missing("the replay server runs on Linux only (epoll, signalfd)", "the benchmark tests")
    if compiler() is None:
        missing(
            "no C compiler for the replay server (apt-get install gcc, or set CC)",
            "the benchmark tests",
        )
