"""Where the facade spends its client CPU per call: ``python -m bench.profile_facade``.

Against the replay server (the sandbox's recorded answers, its own process; see
``bench/_replay.py``), the same way section 1 of ``make bench`` measures:

1. client CPU per call (process time, median of interleaved batches) of the Python floor, raw
   aiohttp, the typed floor, the generated client, the facade and the openapi-generator peer
   when installed, for reads (the 3.6 KB invoices) and writes;
2. a cProfile of the facade doing the same calls, cut into layers by the cumulative time of the
   functions that bound them (httpx's request building, its send and auth flow, the policy
   transport, the aiohttp transport, the generated parse and its models, ...). Each layer is
   shown as a share of the profiled call and, scaled by the unprofiled CPU per call, in µs
   (cProfile slows every Python call alike, so the shares carry over; the µs are estimates);
3. ``--top N``: the profile's own-time table.

Diagnostic only: not part of ``make bench``; nothing is written.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import pstats
import statistics
import time
from collections.abc import Awaitable, Callable

from bench import _contenders
from bench._contenders import Contender, Facade, Target
from bench._load import reader, spread, writer
from bench._replay import INVOICES_3_6KB, WRITE_INVOICES, ReplayProcess, record
from bench._sandbox import SandboxProcess

#: Layers: (name, (file fragment, function name)): cumulative time of that function per call.
#: Nested layers are shown nested; their times are included in their parent's.
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("facade resources (visma/_base.py and _invoices.py)", "billing_sdk/visma/_", "*"),
    ("  engine.send_raw: the HTTP exchange", "billing_sdk/_engine.py", "send_raw"),
    ("    engine._built: the httpx.Request (direct route)", "billing_sdk/_engine.py", "_built"),
    ("    engine._sent: auth flow, hooks, transport (direct)", "billing_sdk/_engine.py", "_sent"),
    ("    httpx AsyncClient.build_request (httpx route)", "httpx/_client.py", "build_request"),
    ("    httpx AsyncClient.send (httpx route)", "httpx/_client.py", "send"),
    (
        "      auth flow (OAuth2 client credentials)",
        "billing_sdk/visma/_auth.py",
        "async_auth_flow",
    ),
    (
        "      PolicyTransport.handle_async_request",
        "billing_sdk/_transport.py",
        "handle_async_request",
    ),
    (
        "        AiohttpTransport.handle_async_request",
        "billing_sdk/_aiohttp_transport.py",
        "handle_async_request",
    ),
    ("          aiohttp ClientSession._request", "aiohttp/client.py", "_request"),
    ("          aiohttp ClientResponse.read (whole body)", "aiohttp/client_reqrep.py", "read"),
    ("      httpx Response.aread (body to httpx)", "httpx/_models.py", "aread"),
    ("  engine.handle: check + generated parse", "billing_sdk/_engine.py", "handle"),
    ("    httpx Response.json (json.loads)", "httpx/_models.py", "json"),
    ("    CustomerInvoiceDto.from_dict (attrs models)", "customer_invoice_dto.py", "from_dict"),
    ("    import machinery (from ..models import ...)", "<frozen importlib._bootstrap>", "*"),
    (
        "  build_update: the write body and its checks",
        "billing_sdk/visma/_updates.py",
        "build_update",
    ),
    ("    CustomerInvoiceUpdateDto.from_dict (write body)", "customer_invoice_update_dto.py", "*"),
)


def _cumulative(stats: pstats.Stats, fragment: str, function: str) -> tuple[float, int]:
    """Cumulative seconds of the matching functions, not counting recursion twice."""
    total, calls = 0.0, 0
    for (filename, _line, name), (cc, _nc, _tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if fragment not in filename or (function != "*" and name != function):
            continue
        # A function called by another matching function is already inside that one's time.
        if any(
            fragment in caller[0] and (function == "*" or caller[2] == function)
            for caller in callers
        ):
            continue
        total += ct
        calls += cc
    return total, calls


async def _batch_cpu(call: Callable[[], Awaitable[None]], n: int) -> float:
    started = time.process_time()
    await call()
    return (time.process_time() - started) / n * 1e6


async def main_async(calls: int, batches: int, top: int) -> None:
    classes, skipped = _contenders.available(True)
    async with contextlib.AsyncExitStack() as stack:
        sandbox = await stack.enter_async_context(SandboxProcess())
        cassette = await record(sandbox)
        sandbox.stop()
        replay = await stack.enter_async_context(ReplayProcess(cassette))
        target = Target(replay.base_url, await replay.token(), replay.credentials)
        contenders: list[Contender] = [
            await stack.enter_async_context(cls(target)) for cls in classes
        ]
        reads = [INVOICES_3_6KB[i % len(INVOICES_3_6KB)] for i in range(calls)]
        writes = [WRITE_INVOICES[i % len(WRITE_INVOICES)] for i in range(calls)]
        for c in contenders:
            await spread(reader(c), reads[:50], 1)
            await spread(writer(c), writes[:50], 1)
        cpu: dict[tuple[str, str], list[float]] = {}
        for _ in range(batches):
            for c in contenders:
                for op, make, items in (("read", reader, reads), ("write", writer, writes)):
                    call = make(c)
                    got = await _batch_cpu(lambda: spread(call, items, 1), calls)  # noqa: B023
                    cpu.setdefault((c.name, op), []).append(got)
        print(f"client CPU per call, µs (median of {batches} batches of {calls}; replay server):")
        for (name, op), samples in cpu.items():
            print(
                f"  {name:12} {op:5} {statistics.median(samples):7.1f}"
                f"   ({min(samples):.1f}-{max(samples):.1f})"
            )
        for name, why in skipped.items():
            print(f"  ({name} skipped: {why})")
        facade = next(c for c in contenders if isinstance(c, Facade))
        for op, make, items in (("read", reader, reads), ("write", writer, writes)):
            profiler = cProfile.Profile(time.process_time)  # CPU, as the figures above
            call = make(facade)
            profiler.enable()
            await spread(call, items, 1)
            profiler.disable()
            stats = pstats.Stats(profiler)
            # Every profiled second of the batch (the event loop's own included): what the
            # unprofiled CPU per call measures too.
            whole = stats.total_tt  # type: ignore[attr-defined]
            unprofiled = statistics.median(cpu[("facade", op)])
            print(
                f"\nfacade {op}: where the time goes (cProfile of {calls} calls; µs scaled to "
                f"the unprofiled {unprofiled:.0f} µs/call)"
            )
            for label, fragment, function in LAYERS:
                seconds, n = _cumulative(stats, fragment, function)
                if not n or not whole:
                    continue
                share = seconds / whole
                # cProfile counts a coroutine once per resumption: only plain functions' counts
                # mean calls (the import machinery's is the "42 imports per call").
                count = f"  ({n / calls:.0f} per call)" if "importlib" in fragment else ""
                print(f"  {label:56} {share * 100:5.1f}%  {share * unprofiled:6.1f} µs{count}")
            if top:
                stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_facade", description=__doc__)
    parser.add_argument("--calls", type=int, default=500, help="calls per batch")
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--top", type=int, default=0, help="also print the top N by own time")
    args = parser.parse_args(argv)
    asyncio.run(main_async(args.calls, args.batches, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
