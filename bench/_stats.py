"""Medians, ranges and paired ratios: the only statistics the report uses.

Contenders run interleaved inside each repetition, so a ratio is computed per repetition
(contender / baseline, same moment, same machine load) and the report gives the median of
those paired ratios with their range. Medians resist the noise of a shared 2-core machine.
"""

from __future__ import annotations

import contextlib
import gc
import statistics
from collections.abc import Iterator, Sequence
from typing import Any


def summary(samples: Sequence[float], digits: int = 1) -> dict[str, Any]:
    """Median, min, max and count of ``samples``."""
    if not samples:
        return {"median": None, "min": None, "max": None, "n": 0}
    return {
        "median": round(statistics.median(samples), digits),
        "min": round(min(samples), digits),
        "max": round(max(samples), digits),
        "n": len(samples),
    }


def paired_ratios(values: Sequence[float], baseline: Sequence[float]) -> dict[str, Any]:
    """Per-repetition ``value / baseline``, summarised (>1 means slower than the baseline)."""
    ratios = [v / b for v, b in zip(values, baseline, strict=True) if b > 0]
    return summary(ratios, digits=3)


def rotated(items: Sequence[Any], turn: int) -> list[Any]:
    """``items`` starting at ``turn`` (mod len): who goes first changes every repetition."""
    if not items:
        return []
    k = turn % len(items)
    return [*items[k:], *items[:k]]


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Move everything alive now out of the collector's sight for the timed part.

    Each timed batch starts with ``gc.collect()`` so that no batch inherits another one's
    garbage; with the imported clients' objects frozen that costs microseconds, not the
    ~160 ms a full collection of ~100,000 module-level objects takes on this machine.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
