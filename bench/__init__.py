"""The billing-sdk benchmark harness (``make bench``, ``python -m bench [--quick]``).

Sections: 1 client cost per call at concurrency 1 and 2 at concurrency 16, 64, 256 (the Python
floor, raw aiohttp, the typed floor, the generated client, the facade and the
openapi-generator asyncio peer against the replay server, the sandbox's recorded answers in
their own process; plus end-to-end rows against the sandbox), 3 fan-out, 4 background jobs,
5 safe writes (``bench_fanout``, ``bench_jobs``, ``bench_safe_writes``:
``async def run(quick: bool) -> dict``), 6 memory over real invoices on a socket, 7 imports.
"""
