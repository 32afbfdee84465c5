"""What a test does when something it needs is missing: skip locally, fail under CI."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def missing(message: str, tests: str) -> NoReturn:
    """Skip for want of what ``message`` names; with ``CI`` set, fail instead: a CI run must
    not pass by skipping ``tests`` (the Makefile installs what they need)."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{message}: CI must run {tests}", pytrace=False)
    pytest.skip(message)
