"""Machine facts, target verdicts, and the generated ``docs/benchmarks.md``."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
from pathlib import Path
from typing import Any

from bench._stats import paired_ratios

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "billing-sdk",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "attrs",
    "pydantic",
    "aiohttp",
    "uvicorn",
    "starlette",
    "openapi-python-client",
    "openapi-generator-cli",
    "httpx-aiohttp",
    "sniffio",
)
#: The issue's targets: facade per call at most this multiple of raw httpx.
MAX_FACADE_VS_RAW = 1.10
PEERS = ("oag_asyncio", "oag_httpx")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _run(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
    except OSError:
        return ""
    return (out.stdout or out.stderr).strip()


def machine() -> dict[str, Any]:
    """Where and with what the run happened."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    java = _run(["java", "-version"]).splitlines()[:1] if shutil.which("java") else []
    commit = _run(["git", "rev-parse", "--short", "HEAD"]) if shutil.which("git") else ""
    dirty = bool(_run(["git", "status", "--porcelain", "--", "src", "generated"]))
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": (commit + ("+dirty" if dirty else "")) or None,
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "java": java[0] if java else None,
        "versions": versions,
    }


# -- targets ----------------------------------------------------------------------------------


def _verdict(name: str, ratio: dict[str, Any], limit: float) -> dict[str, Any]:
    median = ratio.get("median")
    return {
        "target": name,
        "limit": limit,
        "ratio": ratio,
        "met": None if median is None else median <= limit,
    }


def targets(sections: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, judged on paired per-repetition ratios (median)."""
    found: list[dict[str, Any]] = []
    per_call = sections.get("per_call", {})
    if per_call.get("status") == "ok":
        rows = per_call["contenders"]
        for op in ("read", "write"):
            found.append(
                _verdict(
                    f"facade per-call {op} <= {MAX_FACADE_VS_RAW}x raw httpx",
                    rows["facade"][f"{op}_ratio_vs_raw"],
                    MAX_FACADE_VS_RAW,
                )
            )
        for peer in PEERS:
            if peer not in rows:
                continue
            for op in ("read", "write"):
                ratio = paired_ratios(
                    rows["facade"]["samples_us"][op], rows[peer]["samples_us"][op]
                )
                found.append(_verdict(f"facade per-call {op} <= {peer}", ratio, 1.0))
    concurrency = sections.get("concurrency", {})
    if concurrency.get("status") == "ok":
        rows = concurrency["contenders"]
        for peer in PEERS:
            if peer not in rows:
                continue
            ratio = paired_ratios(rows["facade"]["samples_seconds"], rows[peer]["samples_seconds"])
            found.append(_verdict(f"facade concurrent time <= {peer}", ratio, 1.0))
    fanout = sections.get("fanout", {})
    if fanout.get("status") == "ok" and "bulk_ratios_vs_ideal" in fanout:
        found.append(_fanout_verdict(fanout))
    # Sections that judge their own targets list them (e.g. bench/bench_decode.py).
    for section in sections.values():
        if section.get("status") == "ok":
            found.extend(section.get("targets", []))
    return found


def _fanout_verdict(fanout: dict[str, Any]) -> dict[str, Any]:
    """Judged on the median run, as the other targets are; the best run is shown beside it."""
    ratios = fanout["bulk_ratios_vs_ideal"]
    median, limit = statistics.median(ratios), fanout["target_ratio"]
    return {
        "target": f"bulk.map fan-out wall <= {limit}x ideal (median of {len(ratios)} runs)",
        "limit": limit,
        "ratio": {"median": median, "min": min(ratios), "max": max(ratios)},
        "shown": f"{median:.3f}x (best run {min(ratios):.3f}x, "
        f"{min(ratios):.2f}-{max(ratios):.2f})",
        "met": median <= limit,
    }


# -- markdown ---------------------------------------------------------------------------------


def _range(s: dict[str, Any], unit: str = "") -> str:
    if s.get("median") is None:
        return "n/a"
    return f"{s['min']:g}-{s['max']:g}{unit}"


def _ratio(s: dict[str, Any]) -> str:
    if s.get("median") is None:
        return "n/a"
    return f"{s['median']:.3f}x ({s['min']:.2f}-{s['max']:.2f})"


def _pool(p: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in p.items())


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | dict):
        value = json.dumps(value, separators=(",", ":"))
    return str(value).replace("|", "\\|")


#: Keys of other sections' results that are bookkeeping, not figures.
_QUIET = {"status", "elapsed_seconds", "quick", "benchmark", "sandbox"}


def _generic(result: dict[str, Any]) -> list[str]:
    """Any result dict as tables: scalars as measure/value rows, lists of dicts as tables."""
    scalars: list[list[str]] = []
    blocks: list[str] = []

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if not (prefix == "" and k in _QUIET):
                    walk(v, f"{prefix}.{k}" if prefix else str(k))
        elif isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            header: list[str] = []
            for row in value:
                header += [k for k in row if k not in header]
            rows = [[_cell(row.get(h, "")) for h in header] for row in value]
            blocks.extend(["", f"`{prefix}`:", "", *_table(header, rows)])
        elif isinstance(value, list) and len(value) > 12:
            scalars.append([prefix, f"[{len(value)} values]"])
        else:
            scalars.append([prefix, _cell(value)])

    walk(result, "")
    lines = _table(["measure", "value"], scalars) if scalars else []
    return lines + blocks


def _external_section(result: dict[str, Any]) -> list[str]:
    """Sections written by others: their own ``markdown`` if they give one, else tables."""
    status = result.get("status")
    if status == "absent":
        return [f"Not measured: {result.get('reason')}."]
    if status == "error":
        return [f"**Failed**: `{result.get('error')}`."]
    if isinstance(result.get("markdown"), str):
        return [result["markdown"].rstrip()]
    return _generic(result)


def markdown(results: dict[str, Any]) -> str:
    """The whole ``docs/benchmarks.md`` page."""
    meta = results["meta"]
    sections = results["sections"]
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`bench/run.py`) on {meta['date']}; do not edit by hand.",
        "Figures are from one machine and one run: compare the ratios, which come from",
        "contenders interleaved in the same run, more than the absolute numbers.",
        "",
        "```sh",
        "make bench                         # venv, bench extra, openapi-generator peers, full run",
        ".venv/bin/python -m bench --quick  # tiny N: proves the harness works; figures mean nil",
        ".venv/bin/python -m bench.peers    # (re)generate and install the openapi-generator peers",
        "```",
        "",
        "## Machine",
        "",
    ]
    versions = ", ".join(
        f"{k} {v}" if v else f"{k} (not installed)" for k, v in meta["versions"].items()
    )
    lines += _table(
        ["", ""],
        [
            ["date (UTC)", meta["date"]],
            ["commit", meta.get("git_commit")],
            ["platform", meta["platform"]],
            ["CPU", f"{meta['cpu']} x {meta['cpus']}"],
            ["memory", f"{meta['memory_gib']} GiB"],
            ["load average at start", meta["load_average_at_start"]],
            ["python", meta["python"]],
            ["java", meta.get("java")],
            ["packages", versions],
            ["sandbox", "`" + " ".join(meta["sandbox"]["command"]) + "` (separate process)"],
        ],
    )
    lines += ["", "## Targets", ""]
    target_rows = []
    for t in results["targets"]:
        met = {True: "**met**", False: "**not met**", None: "n/a"}[t["met"]]
        target_rows.append([t["target"], t.get("shown") or _ratio(t["ratio"]), met])
    lines += _table(["target", "measured ratio (median, range)", "verdict"], target_rows)
    lines += _per_call(sections.get("per_call", {}))
    lines += _concurrency(sections.get("concurrency", {}))
    for key, title in (
        ("fanout", "3. Fan-out efficiency vs ideal"),
        ("jobs", "4. Background-job wait delay and poll counts"),
        ("safe_writes", "5. Safe-write cost"),
    ):
        lines += ["", f"## {title}", "", *_external_section(sections.get(key, {}))]
    lines += _memory(sections.get("memory", {}), sections.get("fanout", {}))
    lines += _method(meta, sections)
    return "\n".join(lines) + "\n"


def _failed(result: dict[str, Any]) -> list[str] | None:
    if result.get("status") == "ok":
        return None
    return ["", f"Not measured: `{result.get('error') or result.get('reason')}`."]


def _per_call(result: dict[str, Any]) -> list[str]:
    lines = ["", "## 1. Per-call overhead (sequential)", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    cfg = result["settings"]
    lines += [
        f"{cfg['calls']} reads then {cfg['calls']} writes per contender per repetition, "
        f"{cfg['repetitions']} repetitions (after {cfg['warmup']} + {cfg['warmup']} warm-up "
        "calls). Read: " + result["work"]["read"] + ". Write: " + result["work"]["write"] + ".",
        "Times are µs per call (median over repetitions, min-max); xraw is the median of the",
        "per-repetition ratios to raw httpx; client CPU is this process's CPU per call (the",
        "server runs in another process).",
        "",
    ]
    rows = []
    for r in result["contenders"].values():
        rows.append(
            [
                r["label"],
                r["read_us"]["median"],
                _range(r["read_us"]),
                _ratio(r["read_ratio_vs_raw"]),
                r["read_client_cpu_us"]["median"],
                r["write_us"]["median"],
                _range(r["write_us"]),
                _ratio(r["write_ratio_vs_raw"]),
                r["write_client_cpu_us"]["median"],
            ]
        )
    lines += _table(
        [
            "contender",
            "read µs",
            "read min-max",
            "read xraw",
            "read client CPU µs",
            "write µs",
            "write min-max",
            "write xraw",
            "write client CPU µs",
        ],
        rows,
    )
    lines += _skipped(result)
    return lines


def _concurrency(result: dict[str, Any]) -> list[str]:
    lines = ["", "## 2. Concurrent throughput", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    cfg = result["settings"]
    lines += [
        f"{result['work']}, {cfg['repetitions']} repetitions; bound: {result['bound']}.",
        "",
    ]
    rows = []
    for r in result["contenders"].values():
        rows.append(
            [
                r["label"],
                r["requests_per_second"]["median"],
                _range(r["requests_per_second"]),
                r["seconds"]["median"],
                _ratio(r["time_ratio_vs_raw"]),
                r["client_cpu_us_per_read"]["median"],
                _pool(r["pool"]),
            ]
        )
    lines += _table(
        ["contender", "reads/s", "min-max", "seconds", "time xraw", "client CPU µs/read", "pool"],
        rows,
    )
    lines += _skipped(result)
    return lines


def _skipped(result: dict[str, Any]) -> list[str]:
    skipped = result.get("skipped") or {}
    if not skipped:
        return []
    return ["", *(f"- skipped `{k}`: {v}" for k, v in skipped.items())]


def _memory(result: dict[str, Any], fanout: dict[str, Any]) -> list[str]:
    lines = ["", "## 6. Memory (peak RSS)", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    lines += [
        f"{result['items']:,} items, page size {result['page_size']}. Method: "
        + result["method"]
        + ".",
        "",
    ]
    rows = []
    for m in result["modes"]:
        rows.append(
            [
                m["mode"],
                f"{m['items']:,}",
                f"{m['baseline_rss_kib'] / 1024:.1f}",
                f"{m['peak_rss_kib'] / 1024:.1f}",
                f"{m['growth_kib'] / 1024:.1f}",
                f"{m['items_per_second']:,}" if m["items_per_second"] else "n/a",
            ]
        )
    lines += _table(["mode", "items", "baseline MiB", "peak MiB", "growth MiB", "items/s"], rows)
    memory_keys = {k: v for k, v in fanout.items() if "memory" in k or "rss" in k}
    if memory_keys:
        lines += ["", "Fan-out input (from `bench/bench_fanout.py`):", ""]
        lines += _generic(memory_keys)
    else:
        lines += ["", "Fan-out input memory: see section 3 (reported by `bench/bench_fanout.py`)."]
    return lines


def _method(meta: dict[str, Any], sections: dict[str, Any]) -> list[str]:
    sandbox = meta["sandbox"]
    lines = [
        "",
        "## Method",
        "",
        "- The sandbox runs as a separate process (`python -m billing_sdk.sandbox --port 0`, "
        "uvicorn on 127.0.0.1), so server and clients never share an event loop; it is reset "
        "(state and rate-limit windows) before every repetition and stopped at the end.",
        "- Contenders are interleaved inside each repetition and the first one rotates; every "
        "figure is a median over repetitions with its min-max; ratios are medians of "
        "per-repetition ratios (same moment, same load).",
        "- Same work for all: raw httpx, the generated client and the openapi-generator peers "
        "get one token fetched up front and send it as a bearer header; the facade fetches its "
        "own token once, during the untimed warm-up. Every contender checks the status and "
        "decodes the body (raw: `response.json()`; the others build their models) and reads "
        "the new `ETag` after a write.",
        "- Peers: `openapi-generator-cli` (PyPI, bundled jar, needs `java`) generates the "
        "`python` client from `openapi/visma-erp.yaml` with `--library asyncio` (aiohttp) and "
        "`--library httpx` into `bench/peers/` (git-ignored), pip-installed into the venv. "
        "Without java they are skipped with the reason in the results.",
        "- Client CPU is `time.process_time()` of the benchmark process per call; the server's "
        "CPU is not in it.",
        "- Garbage: every timed batch starts with `gc.collect()`, so none pays for the garbage "
        "another contender left. Sections 1 and 2 also freeze the objects alive before the "
        "timed part (`gc.freeze()`: imported modules), so a collection costs each contender only "
        "its own objects; section 3 does not freeze: the collections a fan-out run causes, full "
        "ones included, count against its ideal.",
        "- Targets are judged on medians: of the paired per-repetition ratios in sections 1 and "
        "2, of the five runs in section 3.",
        "- Pools: every contender gets the same pool (64 connections sequentially; concurrency "
        "+ 1 in section 2, because `bulk.map` keeps one connection free for the client's other "
        "calls); the tables list what each one configured.",
        "- `via bulk.map` is the facade's own fan-out primitive, bounded by itself rather than by "
        "the harness's CapacityLimiter.",
        "- The facade sends through its default transport, httpx requests over an aiohttp "
        "connection pool (`billing_sdk._aiohttp_transport`). Two reference rows, not judged by "
        "the targets, separate the causes: `facade on httpx's httpcore pool` is the same facade "
        "given `transport=httpx.AsyncHTTPTransport(...)` (the previous default), and "
        "`raw aiohttp.ClientSession` is hand-built requests on aiohttp itself (the floor of the "
        "facade's wire).",
        "- `python -m bench.profile_facade` measures each layer's client CPU per call without "
        "network or server (an `httpx.MockTransport` serving a real sandbox invoice) and can "
        "cProfile the facade.",
    ]
    if not meta["versions"].get("sniffio"):
        lines.append(
            "- `sniffio` is not installed: httpcore 1.0 runs `import sniffio` each time it makes "
            "a lock or semaphore (several per request) and every failed import searches "
            "`sys.path` again; all httpx-based contenders pay this alike."
        )
    if sandbox.get("nodelay_shim"):
        lines.append(
            f"- **Sandbox workaround**: {sandbox['why']} (probe: {sandbox['probe_get_ms']} ms "
            f"before, {sandbox.get('probe_get_ms_with_shim')} ms after)."
        )
    lines.append("- Raw results: `bench/results/latest.json`.")
    return lines


def summary_lines(results: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    out = []
    for t in results["targets"]:
        verdict = {True: "met", False: "NOT met", None: "n/a"}[t["met"]]
        out.append(f"  {t['target']}: {t['ratio'].get('median')} -> {verdict}")
    statuses = ", ".join(f"{k}={v.get('status')}" for k, v in results["sections"].items())
    return "bench: targets\n" + "\n".join(out) + f"\nbench: sections {statuses}"
