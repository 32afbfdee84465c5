"""The benchmark harness: ``python -m bench [--quick]`` (or ``python bench/run.py``).

Starts the sandbox as a separate process on 127.0.0.1, records its answers and starts the
replay server on them (``bench/_replay.py``, its own process), runs every section, writes
``bench/results/latest.json`` and ``docs/benchmarks.md`` (a full run) or
``bench/results/quick.json`` (``--quick``: tiny N, proves the harness works, means nothing),
and stops both servers at the end, error or not. Exit status 1 if a section failed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import signal
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import anyio

from bench import (
    _contenders,
    _report,
    bench_concurrency,
    bench_imports,
    bench_memory,
    bench_overhead,
)
from bench._replay import ReplayProcess, body_sizes, record
from bench._sandbox import start_sandbox

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

#: Sections other people write, each ``async def run(quick: bool) -> dict``: key -> module.
EXTERNAL = {
    "fanout": "bench.bench_fanout",
    "jobs": "bench.bench_jobs",
    "safe_writes": "bench.bench_safe_writes",
    "decode": "bench.bench_decode",
    "workers": "bench.bench_workers",
}
#: Time limits per section (seconds): a hung section must not hang the run.
LIMITS = {"quick": 60.0, "full": 1800.0}


async def _section(
    name: str, body: Callable[[], Awaitable[dict[str, Any]]], limit: float
) -> dict[str, Any]:
    print(f"bench: {name} ...", flush=True)
    started = time.perf_counter()
    try:
        with anyio.fail_after(limit):
            result = await body()
    except Exception as exc:
        traceback.print_exc()
        result = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    result.setdefault("status", "ok")
    result["elapsed_seconds"] = round(time.perf_counter() - started, 2)
    print(f"bench: {name}: {result['status']} in {result['elapsed_seconds']} s", flush=True)
    return result


def _external(module_name: str, quick: bool) -> Callable[[], Awaitable[dict[str, Any]]] | str:
    """The module's ``run(quick)``, or why there is none."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return f"{module_name.replace('.', '/')}.py is not there yet"
        raise
    run = getattr(module, "run", None)
    if run is None:
        return f"{module_name} has no run(quick)"

    async def call() -> dict[str, Any]:
        result = await run(quick)
        if not isinstance(result, dict):
            raise TypeError(f"{module_name}.run returned {type(result).__name__}, not dict")
        return result

    return call


SECTIONS = ("per_call", "concurrency", *EXTERNAL, "memory", "imports")


async def run(
    quick: bool, include_peers: bool = True, only: frozenset[str] = frozenset(SECTIONS)
) -> dict[str, Any]:
    """The sections in ``only``, in order.

    The sandbox process lives while its answers are recorded and for the end-to-end rows of
    section 2; the replay server (those answers) for sections 1, 2 and 6.
    """
    limit = LIMITS["quick" if quick else "full"]
    meta = _report.machine()
    meta["quick"] = quick
    sections: dict[str, Any] = {}
    classes, skipped = _contenders.available(include_peers)
    for name, why in skipped.items():
        print(f"bench: skipping {name}: {why}", flush=True)
    not_asked = {"status": "absent", "reason": "not asked for (--only)"}
    async with contextlib.AsyncExitStack() as stack:
        async with contextlib.AsyncExitStack() as sandbox_stack:
            sandbox, facts = await start_sandbox(sandbox_stack)
            meta["sandbox"] = facts
            if facts["nodelay_shim"]:
                print(f"bench: note: {facts['why']}", flush=True)
            cassette = await record(sandbox, list_total=bench_memory.items(quick))
            replay = await stack.enter_async_context(ReplayProcess(cassette))
            sizes = body_sizes(cassette)
            meta["replay"] = {
                "command": replay.command,
                "pid": replay.pid,
                "loop": (await replay.server_facts())["loop"],
                "routes": len(cassette["routes"]),
                "invoice_bytes": {
                    k.rsplit("/", 1)[1]: v for k, v in sizes.items() if "invoice" in k
                },
            }
            sections["per_call"] = not_asked
            if "per_call" in only:
                sections["per_call"] = await _section(
                    "1 per-call cost (concurrency 1)",
                    lambda: bench_overhead.run(quick, replay, classes, skipped),
                    limit,
                )
            sections["concurrency"] = not_asked
            if "concurrency" in only:
                sections["concurrency"] = await _section(
                    "2 concurrency 16, 64, 256",
                    lambda: bench_concurrency.run(quick, replay, classes, skipped, sandbox),
                    limit,
                )
        await _rest(quick, only, limit, replay, sections)
    return {"meta": meta, "targets": _report.targets(sections), "sections": sections}


async def _rest(
    quick: bool, only: frozenset[str], limit: float, replay: ReplayProcess, sections: dict[str, Any]
) -> None:
    """Sections 3 to 7 (the external ones start their own sandbox)."""
    not_asked = {"status": "absent", "reason": "not asked for (--only)"}
    titles = {
        "fanout": "3 fan-out",
        "jobs": "4 background jobs",
        "safe_writes": "5 safe writes",
        "decode": "8 decoding (exact money, tolerant reading)",
        "workers": "9 many workers, one vendor budget (Redis)",
    }
    for key, module_name in EXTERNAL.items():
        if key not in only:
            sections[key] = not_asked
            continue
        body = _external(module_name, quick)
        if isinstance(body, str):
            print(f"bench: {titles[key]}: absent ({body})", flush=True)
            sections[key] = {"status": "absent", "reason": body}
        else:
            sections[key] = await _section(titles[key], body, limit)
    sections["memory"] = not_asked
    if "memory" in only:
        sections["memory"] = await _section(
            "6 memory", lambda: bench_memory.run(quick, replay), limit
        )
    sections["imports"] = not_asked
    if "imports" in only:
        sections["imports"] = await _section("7 imports", lambda: bench_imports.run(quick), limit)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so `kill` unwinds like Ctrl-C: the sandbox process is stopped


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _interrupt)
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny N: prove the harness works")
    parser.add_argument(
        "--no-peers", action="store_true", help="leave the openapi-generator peers out"
    )
    parser.add_argument(
        "--only",
        help=f"comma-separated sections ({','.join(SECTIONS)}); writes bench/results/partial.json",
    )
    parser.add_argument("--out", type=Path, help="results JSON (default: bench/results/...)")
    parser.add_argument(
        "--markdown", type=Path, help="results page (default: docs/benchmarks.md, full runs only)"
    )
    parser.add_argument(
        "--render",
        type=Path,
        metavar="RESULTS_JSON",
        help="only re-render the results page from a results file (no benchmark runs)",
    )
    args = parser.parse_args(argv)
    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
        page = args.markdown or ROOT / "docs" / "benchmarks.md"
        page.write_text(_report.markdown(results), encoding="utf-8")
        print(f"bench: wrote {page} from {args.render}")
        return 0
    only = frozenset(args.only.split(",")) if args.only else frozenset(SECTIONS)
    if unknown := only - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    partial = only != frozenset(SECTIONS)
    default = "quick.json" if args.quick else "partial.json" if partial else "latest.json"
    out = args.out or RESULTS / default
    full = not args.quick and not partial
    markdown = args.markdown or (ROOT / "docs" / "benchmarks.md" if full else None)
    results = anyio.run(run, args.quick, not args.no_peers, only)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"bench: wrote {out}")
    if markdown is not None:
        markdown.write_text(_report.markdown(results), encoding="utf-8")
        print(f"bench: wrote {markdown}")
    print(_report.summary_lines(results))
    failed = [k for k, v in results["sections"].items() if v.get("status") == "error"]
    if failed:
        print(f"bench: sections failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
