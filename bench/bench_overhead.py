"""Section 1: client cost per call at concurrency 1 (one caller), reads and writes.

Against the replay server (``bench/_replay_server.c``, the sandbox's recorded answers at a few
tens of µs of server CPU each), so what differs between the rows is the client. Each
contender opens its client once and warms up (the facade fetches its token there); then, in
every repetition, each does the same ``calls`` reads (``GET`` the 3.5-3.7 KB invoices in turn)
and the same ``calls`` writes (``PUT`` an invoice text on the Hold invoices 000101..000103, no
``If-Match``). Repetitions interleave the contenders and rotate who goes first.
Per repetition we record this process's CPU per call (the client's own cost), wall time per
call, and the server's CPU per request.
"""

from __future__ import annotations

import contextlib
from typing import Any

from bench._contenders import Contender, Target
from bench._load import reader, spread, timed, writer
from bench._replay import INVOICES_3_6KB, WRITE_INVOICES, ReplayProcess
from bench._stats import frozen_heap, paired_ratios, rotated, summary

#: The rows the targets are relative to.
TYPED_FLOOR = "typed_floor"
PEER = "oag_asyncio"


def settings(quick: bool) -> dict[str, int]:
    # Many short repetitions rather than a few long ones: the contenders take turns more
    # often, so a burst of load from elsewhere on the machine hits them alike.
    if quick:
        return {"calls": 5, "repetitions": 2, "warmup": 2}
    return {"calls": 100, "repetitions": 25, "warmup": 50}


def _items(op: str, n: int, first: int) -> list[str]:
    pool = INVOICES_3_6KB if op == "read" else WRITE_INVOICES
    return [pool[(first + i) % len(pool)] for i in range(n)]


def ratio_rows(samples: dict[str, dict[str, list[float]]], key: str) -> dict[str, Any]:
    """Per contender: paired per-repetition ratios of ``key`` to the typed floor and the peer."""
    out: dict[str, Any] = {}
    for name, s in samples.items():
        out[name] = {
            f"vs_{base}": paired_ratios(s[key], samples[base][key])
            for base in (TYPED_FLOOR, PEER)
            if base in samples
        }
    return out


async def run(
    quick: bool,
    replay: ReplayProcess,
    classes: list[type[Contender]],
    skipped: dict[str, str],
) -> dict[str, Any]:
    cfg = settings(quick)
    n = cfg["calls"]
    target = Target(replay.base_url, await replay.token(), replay.credentials)
    keys = ("read_wall", "read_cpu", "read_server", "write_wall", "write_cpu", "write_server")
    samples: dict[str, dict[str, list[float]]] = {
        cls.name: {k: [] for k in keys} for cls in classes
    }
    async with contextlib.AsyncExitStack() as stack:
        contenders = [await stack.enter_async_context(cls(target)) for cls in classes]
        for c in contenders:
            await spread(reader(c), _items("read", cfg["warmup"], 0), 1)
            await spread(writer(c), _items("write", cfg["warmup"], 0), 1)
        with frozen_heap():
            for rep in range(cfg["repetitions"]):
                for op, make in (("read", reader), ("write", writer)):
                    for c in rotated(contenders, rep):
                        call, items = make(c), _items(op, n, rep * n)
                        got = await timed(lambda: spread(call, items, 1), n, replay)  # noqa: B023
                        samples[c.name][f"{op}_wall"].append(got["wall_us"] or 0.0)
                        samples[c.name][f"{op}_cpu"].append(got["cpu_us"] or 0.0)
                        samples[c.name][f"{op}_server"].append(got["server_us"] or 0.0)
        about = {c.name: (c.label, c.candidate, c.pool()) for c in contenders}

    results: dict[str, Any] = {}
    ratios = {op: ratio_rows(samples, f"{op}_cpu") for op in ("read", "write")}
    for name, s in samples.items():
        label, candidate, pool = about[name]
        results[name] = {
            "label": label,
            "candidate": candidate,
            "pool": pool,
            **{
                f"{op}_{what}_us": summary(s[f"{op}_{what}"])
                for op in ("read", "write")
                for what in ("wall", "cpu", "server")
            },
            "read_cpu_ratio": ratios["read"][name],
            "write_cpu_ratio": ratios["write"][name],
            "samples_cpu_us": {
                op: [round(x, 1) for x in s[f"{op}_cpu"]] for op in ("read", "write")
            },
        }
    return {
        "status": "ok",
        "settings": cfg,
        "concurrency": 1,
        "work": {
            "read": "GET /v1/customerinvoice/{number}, the 3.5-3.7 KB invoices "
            f"({', '.join(INVOICES_3_6KB)}) in turn, body decoded",
            "write": "PUT /v1/customerinvoice/{number} {invoiceText} without If-Match, "
            f"new ETag read ({', '.join(WRITE_INVOICES)} in turn)",
        },
        "contenders": results,
        "skipped": skipped,
    }
