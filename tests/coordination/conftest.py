"""Fixtures of the coordination tests: one real Redis per test module, emptied per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from billing_sdk.coordination import RedisCoordination
from tests._redis import redis_server


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free 127.0.0.1 port, stopped after the module."""
    with redis_server() as url:
        yield url


@pytest.fixture
async def coordination(redis_url: str) -> AsyncIterator[RedisCoordination]:
    """A Redis coordination on an empty database."""
    coord = RedisCoordination(redis_url)
    await coord.redis.flushdb()
    try:
        yield coord
    finally:
        await coord.aclose()
