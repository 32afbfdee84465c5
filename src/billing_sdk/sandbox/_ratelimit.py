"""A fixed-window request counter, shared by the vendors that publish rate-limit headers."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimitState:
    """The outcome of counting one request."""

    allowed: bool
    limit: int
    remaining: int
    #: Unix time (seconds) when the current window ends.
    reset_at: float

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.reset_at - time.time()))


class FixedWindowLimiter:
    """Allows ``limit`` requests per ``window`` seconds per key; ``limit <= 0`` means no limit."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str) -> RateLimitState:
        now = time.time()
        if self.limit <= 0:
            return RateLimitState(True, 0, 0, now + self.window)
        start, count = self._windows.get(key, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        count += 1
        self._windows[key] = (start, count)
        return RateLimitState(
            allowed=count <= self.limit,
            limit=self.limit,
            remaining=max(0, self.limit - count),
            reset_at=start + self.window,
        )
