"""Section 2: client cost per read and reads per second at concurrency 16, 64 and 256.

The same reads as section 1 (the 3.5-3.7 KB invoices in turn) against the replay server,
``concurrency`` workers pulling from one shared list, every contender on a pool of
``concurrency + 1`` connections. The facade also runs through ``bulk.map`` (``facade_bulk``,
a reference row: its own workers and bound), the way users fan out. Repetitions interleave
the contenders and rotate who goes first.

Then a short end-to-end run against the sandbox itself (uvicorn + Starlette + the Visma
simulator in its own process): there the server, not the client, sets the pace, which is
why the client rows above are measured against the replay server.
"""

from __future__ import annotations

import contextlib
from typing import Any

from bench._contenders import Contender, Facade, Target, WorkError
from bench._load import ProcessServer, Server, reader, spread, timed
from bench._replay import INVOICES_3_6KB, ReplayProcess
from bench._sandbox import SandboxProcess
from bench._stats import frozen_heap, rotated, summary
from bench.bench_overhead import PEER, TYPED_FLOOR, ratio_rows


def settings(quick: bool) -> dict[str, Any]:
    if quick:
        return {"levels": [4, 8], "reads": 24, "repetitions": 1, "end_to_end_reads": 10}
    # 640 reads a batch (2.5 rounds of the widest level): with 1,024, `make bench` in a fresh
    # clone on a slow day took 16.5 minutes against its 15.
    return {"levels": [16, 64, 256], "reads": 640, "repetitions": 9, "end_to_end_reads": 400}


def _numbers(n: int) -> list[str]:
    return [INVOICES_3_6KB[i % len(INVOICES_3_6KB)] for i in range(n)]


async def _through_bulk(c: Contender, numbers: list[str], concurrency: int) -> None:
    from billing_sdk import bulk

    assert isinstance(c, Facade)
    outcomes = await bulk.map(c.invoices.get, numbers, concurrency=concurrency)
    if len(outcomes) != len(numbers):
        raise WorkError(f"bulk.map returned {len(outcomes)} outcomes for {len(numbers)} inputs")
    for number, outcome in zip(numbers, outcomes, strict=True):
        if str(outcome.value.reference_number) != number:
            raise WorkError(f"bulk.map: read {number} returned another invoice")


Run = tuple[str, Contender, Any]


async def _level(
    target: Target,
    classes: list[type[Contender]],
    concurrency: int,
    cfg: dict[str, Any],
    server: Server,
) -> dict[str, Any]:
    numbers = _numbers(cfg["reads"])
    runs: list[Run] = []
    async with contextlib.AsyncExitStack() as stack:
        for cls in classes:
            c = await stack.enter_async_context(cls(target))
            runs.append((c.name, c, lambda c=c, k=concurrency: spread(reader(c), numbers, k)))
            if type(c) is Facade:
                runs.append(
                    ("facade_bulk", c, lambda c=c, k=concurrency: _through_bulk(c, numbers, k))
                )
        # Warm-up: open the pool's connections, fetch the facade's token.
        for _, _, batch in runs:
            await batch()
        keys = ("wall", "cpu", "server", "per_second")
        samples: dict[str, dict[str, list[float]]] = {
            name: {k: [] for k in keys} for name, *_ in runs
        }
        with frozen_heap():
            for rep in range(cfg["repetitions"]):
                for name, _, batch in rotated(runs, rep):
                    got = await timed(batch, len(numbers), server)
                    for k in keys:
                        samples[name][k].append(got[f"{k}_us" if k != "per_second" else k] or 0.0)
        about = {
            name: (
                c.label + (" via bulk.map" if name == "facade_bulk" else ""),
                c.candidate or name == "facade_bulk",
                c.pool(),
            )
            for name, c, _ in runs
        }
    ratios = ratio_rows(samples, "cpu")
    rows = {}
    for name, s in samples.items():
        label, candidate, pool = about[name]
        rows[name] = {
            "label": label,
            "candidate": candidate,
            "pool": pool,
            "cpu_us": summary(s["cpu"]),
            "wall_us": summary(s["wall"]),
            "server_us": summary(s["server"]),
            "requests_per_second": summary(s["per_second"], digits=0),
            "cpu_ratio": ratios[name],
            "samples_cpu_us": [round(x, 1) for x in s["cpu"]],
        }
    return rows


async def _end_to_end(
    sandbox: SandboxProcess, classes: list[type[Contender]], cfg: dict[str, Any]
) -> dict[str, Any]:
    """A few contenders against the sandbox itself: reads/s and the sandbox's CPU per request."""
    wanted = {TYPED_FLOOR, PEER, "facade"}
    chosen = [cls for cls in classes if cls.name in wanted]
    server = ProcessServer(sandbox.pid)
    numbers = _numbers(cfg["end_to_end_reads"])
    levels: dict[str, Any] = {}
    for concurrency in (1, 64):
        target = Target(
            sandbox.base_url, await sandbox.visma_token(), sandbox.visma, concurrency + 1
        )
        rows: dict[str, Any] = {}
        async with contextlib.AsyncExitStack() as stack:
            contenders = [await stack.enter_async_context(cls(target)) for cls in chosen]
            for c in contenders:
                await spread(reader(c), numbers[: concurrency * 2], concurrency)
            samples: dict[str, list[dict[str, float | None]]] = {c.name: [] for c in contenders}
            for rep in range(max(1, cfg["repetitions"] // 3)):
                await sandbox.reset()
                for c in rotated(contenders, rep):
                    batch = lambda c=c, k=concurrency: spread(reader(c), numbers, k)  # noqa: E731
                    samples[c.name].append(await timed(batch, len(numbers), server))
        for name, got in samples.items():
            rows[name] = {
                "requests_per_second": summary([g["per_second"] or 0.0 for g in got], digits=0),
                "cpu_us": summary([g["cpu_us"] or 0.0 for g in got]),
                "server_us": summary([g["server_us"] or 0.0 for g in got]),
            }
        levels[str(concurrency)] = rows
    return {"reads": len(numbers), "levels": levels}


async def run(
    quick: bool,
    replay: ReplayProcess,
    classes: list[type[Contender]],
    skipped: dict[str, str],
    sandbox: SandboxProcess | None = None,
) -> dict[str, Any]:
    cfg = settings(quick)
    token = await replay.token()
    levels = {}
    for concurrency in cfg["levels"]:
        # One connection more than the concurrency: bulk.map keeps one free for the client's
        # other calls, so with this pool it too runs `concurrency` reads at once.
        target = Target(replay.base_url, token, replay.credentials, concurrency + 1)
        levels[str(concurrency)] = await _level(target, classes, concurrency, cfg, replay)
    result: dict[str, Any] = {
        "status": "ok",
        "settings": cfg,
        "work": f"{cfg['reads']} GET /v1/customerinvoice/{{number}} (3.5-3.7 KB invoices) "
        "per contender per repetition",
        "bound": "concurrency workers sharing one list (facade_bulk: bulk.map's own workers)",
        "levels": levels,
        "skipped": skipped,
    }
    if sandbox is not None:
        result["end_to_end"] = await _end_to_end(sandbox, classes, cfg)
    return result
