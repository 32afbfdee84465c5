"""The billing-sdk benchmark harness (``make bench``, ``python -m bench [--quick]``).

Sections: 1 per-call overhead and 2 concurrent throughput (raw httpx, the generated client,
the facade and the openapi-generator peers against the sandbox in its own process),
3 fan-out, 4 background jobs, 5 safe writes (``bench_fanout``, ``bench_jobs``,
``bench_safe_writes``: ``async def run(quick: bool) -> dict``), 6 memory.
"""
