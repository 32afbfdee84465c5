"""The benchmarks' replay server is C (``bench/_replay_server.c``): its tests need a compiler."""

from __future__ import annotations

import os

import pytest

from bench._replay import compiler


def require_c_compiler() -> None:
    """Skip (fail under CI) when there is no C compiler to build the replay server with."""
    if compiler() is None:
        message = "no C compiler for the replay server (apt-get install gcc, or set CC)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}: CI must run the benchmark tests", pytrace=False)
        pytest.skip(message)
