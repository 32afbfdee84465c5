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
    "sniffio",
)
#: The facade's client CPU per call: at most these multiples of the typed floor and the peer.
MAX_VS_TYPED_FLOOR = 1.3
MAX_VS_PEER = 0.7
TYPED_FLOOR = "typed_floor"
PEER = "oag_asyncio"
#: The replay server must stay below this many µs of its own CPU per request.
MAX_SERVER_US = 60.0


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
    dirty = bool(_run(["git", "status", "--porcelain", "--", "src"]))
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


def _target(
    name: str, met: bool | None, shown: str, ratio: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"target": name, "shown": shown, "ratio": ratio or {}, "met": met}


def _ratio_target(
    name: str, ratio: dict[str, Any] | None, limit: float, why: str
) -> dict[str, Any]:
    """A ratio judged on its median (paired per-repetition ratios); ``why`` when unmeasured."""
    if not ratio or ratio.get("median") is None:
        return _target(name, None, f"not measured: {why}")
    return _target(name, ratio["median"] <= limit, _ratio(ratio), ratio)


def _cost_rows(sections: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(concurrency, operation, contender rows) of sections 1 and 2, in order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    per_call = sections.get("per_call", {})
    if per_call.get("status") == "ok":
        rows = per_call["contenders"]
        for op in ("read", "write"):
            found.append(
                (
                    "1",
                    op,
                    {
                        name: {
                            "cpu_us": r[f"{op}_cpu_us"],
                            "server_us": r[f"{op}_server_us"],
                            "cpu_ratio": r[f"{op}_cpu_ratio"],
                        }
                        for name, r in rows.items()
                    },
                )
            )
    concurrency = sections.get("concurrency", {})
    if concurrency.get("status") == "ok":
        for level, rows in concurrency["levels"].items():
            found.append((level, "read", rows))
    return found


def targets(sections: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target of the suite with its verdict (``met`` is None when it was not measured)."""
    found: list[dict[str, Any]] = []
    cost = _cost_rows(sections)
    skipped = {**sections.get("per_call", {}).get("skipped", {})}
    for level, op, rows in cost:
        facade = rows.get("facade", {}).get("cpu_ratio", {})
        found.append(
            _ratio_target(
                f"facade {op} client CPU/call <= {MAX_VS_TYPED_FLOOR}x typed floor (c={level})",
                facade.get(f"vs_{TYPED_FLOOR}"),
                MAX_VS_TYPED_FLOOR,
                "no typed floor row",
            )
        )
        found.append(
            _ratio_target(
                f"facade {op} client CPU/call <= {MAX_VS_PEER}x {PEER} peer (c={level})",
                facade.get(f"vs_{PEER}"),
                MAX_VS_PEER,
                skipped.get(PEER, "the peer did not run"),
            )
        )
    if cost:
        # Judged while it serves the rows the targets compare (the facade, the typed floor and
        # the peer); the other rows' figures are in sections 1 and 2. Its CPU per request is
        # lowest under load from fast clients (one wake-up serves several requests) and
        # highest at concurrency 1, where every request is a wake-up, a read and a write.
        judged = ("facade", TYPED_FLOOR, PEER)
        figures = [
            (r["server_us"]["median"] or 0.0, level, op, name)
            for level, op, rows in cost
            for name, r in rows.items()
        ]
        value, level, op, name = max(
            (f for f in figures if f[3] in judged), default=(0.0, "", "", "")
        )
        overall = max(figures, default=(0.0, "", "", ""))
        found.append(
            _target(
                f"replay server CPU/request <= {MAX_SERVER_US:g} µs serving the facade, the "
                "typed floor and the peer (every concurrency)",
                value <= MAX_SERVER_US,
                f"worst median {value:.1f} µs ({name}, {op}, c={level}); any row: "
                f"{overall[0]:.1f} µs ({overall[3]}, c={overall[1]})",
                {"median": value},
            )
        )
    fanout = sections.get("fanout", {})
    if fanout.get("status") == "ok" and "bulk_ratios_vs_ideal" in fanout:
        found.append(_fanout_verdict(fanout))
    found += _jobs_targets(sections.get("jobs", {}))
    safe = sections.get("safe_writes", {})
    if safe.get("status") == "ok" and "invariants_hold" in safe:
        found.append(
            _target(
                "safe writes: no lost or doubled update, no duplicate or missing payment",
                bool(safe["invariants_hold"]),
                "hold" if safe["invariants_hold"] else "BROKEN",
            )
        )
    found += _memory_targets(sections.get("memory", {}))
    found += _import_targets(sections.get("imports", {}))
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


def _jobs_targets(jobs: dict[str, Any]) -> list[dict[str, Any]]:
    if jobs.get("status") != "ok":
        return []
    found = []
    for row in jobs.get("rows", []):
        if "first_delay_s" not in row:
            continue
        hints = "with" if row["server_hints"] else "without"
        found.append(
            _target(
                f"background job of {row['duration_s']:g} s {hints} server hints, repeated: "
                f"seen <= {row['target_delay_s']:g} s late (median), "
                f"<= {row['target_polls']} polls",
                bool(row["delay_ok"] and row["polls_ok"]),
                f"median {row['median_delay_s']:.3f} s (max {row['max_delay_s']:.3f}), "
                f"<= {row['max_polls']} polls; first job {row['first_delay_s']:.3f} s, "
                f"{row['first_polls']} polls",
            )
        )
    return found


def _memory_targets(memory: dict[str, Any]) -> list[dict[str, Any]]:
    if memory.get("status") != "ok":
        return []
    modes = {m["mode"]: m for m in memory["modes"]}
    limit = memory["limit_mib"]
    items = f"{modes['bulk_map']['items']:,}"
    found = []
    for mode, what in (
        ("bulk_stream", "bulk.stream"),
        ("facade_list", "customer_invoices.list"),
    ):
        growth = modes[mode]["growth_kib"] / 1024
        found.append(
            _target(
                f"{what} over {modes[mode]['items']:,} real invoices (socket): "
                f"peak RSS growth <= {limit:g} MiB",
                growth <= limit,
                f"{growth:.1f} MiB",
                {"median": growth},
            )
        )
    ratio = memory.get("map_vs_models")
    per_item = modes["bulk_map"]["growth_bytes_per_item"]
    bare = modes["models_only"]["growth_bytes_per_item"]
    found.append(
        _target(
            f"bulk.map over {items} real invoices keeps <= {memory['map_vs_models_limit']}x "
            "what the bare models weigh (no retention beyond its results)",
            None if ratio is None else ratio <= memory["map_vs_models_limit"],
            f"{ratio}x ({per_item / 1024:.1f} KiB vs {bare / 1024:.1f} KiB per invoice; "
            f"{modes['bulk_map']['growth_kib'] / 1024 / 1024:.2f} GiB in all)",
            {"median": ratio},
        )
    )
    return found


def _import_targets(imports: dict[str, Any]) -> list[dict[str, Any]]:
    if imports.get("status") != "ok":
        return []
    rows = imports["rows"]
    ratio = rows["billing_sdk"]["ratio_vs_httpx"]
    where = "plain install" if imports["install"].startswith("plain") else "bench venv"
    found = [
        _ratio_target(
            f"import billing_sdk <= {imports['limit']:g}x import httpx (CPU, {where})",
            ratio,
            imports["limit"],
            "not measured",
        ),
        _target(
            "a Visma-only program imports no CRM.COM or Billomat code",
            bool(imports["visma_only_clean"]),
            "none loaded"
            if imports["visma_only_clean"]
            else json.dumps(imports["visma_only_program_loaded"]),
        ),
    ]
    return found


# -- markdown ---------------------------------------------------------------------------------


def _range(s: dict[str, Any], unit: str = "") -> str:
    if s.get("median") is None:
        return "n/a"
    return f"{s['min']:g}-{s['max']:g}{unit}"


def _ratio(s: dict[str, Any] | None) -> str:
    if not s or s.get("median") is None:
        return "n/a"
    return f"{s['median']:.3f}x ({s['min']:.2f}-{s['max']:.2f})"


def _med(s: dict[str, Any] | None, fmt: str = "{:g}") -> str:
    if not s or s.get("median") is None:
        return "n/a"
    return fmt.format(s["median"])


def _med_range(s: dict[str, Any] | None) -> str:
    if not s or s.get("median") is None:
        return "n/a"
    return f"{s['median']:g} ({s['min']:g}-{s['max']:g})"


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


def _verdict(met: bool | None) -> str:
    return {True: "**met**", False: "**NOT met**", None: "n/a"}[met]


def markdown(results: dict[str, Any]) -> str:
    """The whole ``docs/benchmarks.md`` page."""
    meta = results["meta"]
    sections = results["sections"]
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`bench/run.py`) on {meta['date']}; do not edit by hand.",
        "Figures are from one machine and one run, a 2-core machine shared with other work:",
        "compare the ratios, which come from contenders interleaved in the same run, more than",
        "the absolute numbers.",
        "",
        "```sh",
        "make bench                         # venv, bench extra, openapi-generator peer, full run",
        ".venv/bin/python -m bench --quick  # tiny N: proves the harness works; figures mean nil",
        ".venv/bin/python -m bench.peers    # (re)generate and install the openapi-generator peer",
        "```",
        "",
        "## Machine",
        "",
    ]
    versions = ", ".join(
        f"{k} {v}" if v else f"{k} (not installed)" for k, v in meta["versions"].items()
    )
    replay = meta.get("replay", {})
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
            [
                "sandbox",
                "`" + " ".join(meta["sandbox"]["command"]) + "` (separate process): recorded, "
                "then the contender of the end-to-end rows and sections 3-5",
            ],
            [
                "replay server",
                "`" + " ".join(replay.get("command", [])) + f"` (separate process, "
                f"{replay.get('loop', '?')} loop, {replay.get('routes', '?')} recorded routes): "
                "sections 1, 2 and 6",
            ],
        ],
    )
    lines += ["", "## Targets", "", "Every target of the suite, met or not.", ""]
    target_rows = [
        [t["target"], t.get("shown") or _ratio(t["ratio"]), _verdict(t["met"])]
        for t in results["targets"]
    ]
    lines += _table(["target", "measured (median, range)", "verdict"], target_rows)
    lines += _baselines()
    lines += _where_the_time_goes()
    lines += _per_call(sections.get("per_call", {}))
    lines += _concurrency(sections.get("concurrency", {}), sections.get("per_call", {}))
    for key, title in (
        ("fanout", "3. Fan-out efficiency vs ideal (sandbox, end to end)"),
        ("jobs", "4. Background-job wait delay and poll counts (sandbox)"),
        ("safe_writes", "5. Safe-write cost (sandbox)"),
    ):
        lines += ["", f"## {title}", "", *_external_section(sections.get(key, {}))]
    lines += _memory(sections.get("memory", {}))
    lines += _imports(sections.get("imports", {}))
    lines += _others(sections)
    lines += _method(meta)
    return "\n".join(lines) + "\n"


def _baselines() -> list[str]:
    return [
        "",
        "## Baselines, and why each is the strongest available",
        "",
        "All client rows read the same recorded 3.5-3.7 KB invoices from the same replay server "
        "over loopback HTTP/1.1 keep-alive, on asyncio's own event loop, and decode the body "
        "(section 1 also writes).",
        "",
        "- **Python floor** (asyncio streams + `json.loads`, HTTP written by hand): what the "
        "interpreter and the event loop cost per call. No client can go below it; it is a "
        "reference, not a target baseline.",
        "- **raw aiohttp** (`ClientSession.get`, `await response.json()`): the fastest "
        "maintained asyncio HTTP client for Python we can install here, and the connection "
        "library under both the facade's default transport and the openapi-generator peer. "
        "It is the floor of any client on aiohttp, untyped.",
        "- **typed floor** (raw aiohttp + `CustomerInvoiceDto.from_dict(json)`, the facade's "
        "own generated attrs models): the least a typed client written straight on aiohttp "
        "costs. The facade's 1.3x target is relative to it: everything above it is the "
        "facade's own machinery (the request object, auth flow, policy transport, engine) and "
        "exact money (every fraction read as a `Decimal`).",
        "- **openapi-generator python `--library asyncio`** (aiohttp + pydantic v2 models), "
        "generated by openapi-generator 7.26 from the same `openapi/visma-erp.yaml`: the most "
        "used generated Python client family, in its fastest flavour (its `--library httpx` "
        "flavour was slower at every concurrency in earlier runs, 1.2x raw httpx sequentially "
        "and 4 ms/read at concurrency 64, so it is no longer raced). The facade's 0.7x target "
        "is relative to it.",
        "- **generated client alone** (openapi-python-client 0.29.1 on httpx, the package the "
        "facade wraps): what the facade would cost with nothing of its own and httpx's "
        "httpcore pool underneath.",
        "- The **replay server** (C on epoll) answers the sandbox's recorded responses byte for "
        "byte at 20-50 µs of its own CPU per request, nearly all of it the kernel's (measured "
        "per batch and judged above), so the client is what is measured. The sandbox itself "
        "spends several hundred µs per request, which caps "
        "every client at the same rate (see the end-to-end rows of section 2); it stays the "
        "server of the end-to-end sections 3-5.",
    ]


def _where_the_time_goes() -> list[str]:
    return [
        "",
        "## Where the facade's time goes",
        "",
        "`python -m bench.profile_facade` cuts one facade read and one write into layers "
        "(cProfile shares scaled to the unprofiled CPU per call; estimates, the ratios above "
        "are the measurements). What a read pays above the typed floor:",
        "",
        "- **The request and response objects.** The engine builds the `httpx.Request` from "
        "the generated `_get_kwargs` itself (the generated path put on the base URL's parsed "
        "parts, the client's headers and timeouts) and drives the client's auth flow, request "
        "hooks and transport directly (`_engine._built`, `_engine._sent`): "
        "`AsyncClient.build_request` and `send` (URL parsed twice, headers merged twice, the "
        "redirect loop, the stream binding) are no longer on the path of a default client; "
        "they cost about a third of a read before (about 240 µs of 560 went to httpx layered "
        "on aiohttp). The aiohttp transport reads a body with a `Content-Length` within "
        "`max_response_bytes` whole and hands it over as the response's content, instead of a "
        "stream of 64 KiB chunks that the size cap wrapped and httpx joined. What is left of "
        "httpx per call is one `Request`, its `Headers` and one `Response`; their headers are "
        "built from bytes and read in one pass (`_headers`: httpx's `Headers` normalised and "
        "re-decoded every pair on each build and read, about a tenth of a read's CPU).",
        "- **The policy layer** (`PolicyTransport`: pause and rate checks, the attempt's "
        "deadline, the size check, the quota headers, the retry decision) and the **auth "
        "flow** (the cached token put on and taken off the request): a few tens of µs.",
        "- **Exact money** costs nothing over the floor's floats: the body is parsed once "
        "with `json.loads(parse_float=Decimal)` (C-scanned; `Decimal` only for fractions), and "
        "the generated `from_dict` then takes a `Decimal` as it is where the typed floor turns "
        "each float into one (`Decimal(repr(x))`); a decimal field's empty-string test is a "
        'type check, not `Decimal == ""` (an ABC check each). Parse and `from_dict` of the '
        "3.6 KB invoice: about 93 µs exact against 107 µs from floats, measured alone. "
        "`from_dict` (~60 attrs objects per invoice) is the largest single cost of both.",
        "- **Writes** also build and check their body (`build_update`: the update DTO, the "
        "amounts against their limits, unknown fields refused), which the typed floor does "
        "not check; the walks visit only the attributes whose keys the body's `from_dict` "
        "saw (a few of ~50), and an uncontended write lock is taken without an event-loop "
        "round trip.",
        "",
        "Measured on 2026-12-06, third session, in the benchmark's loop against the replay "
        "server (medians over interleaved batches; the typed floor's write costs about 117 "
        "µs of client CPU). Cut into layers, a write's steady cost is: the generated body "
        "sent by a direct aiohttp call with the facade's headers, 108.5 µs (below the typed "
        "floor: no `from_dict`/`to_dict` round trip); plus the engine's request building "
        "(`_prepared`, the credential, the headers as text), 123.8; plus the aiohttp "
        "transport's wrapping (the pool check, the timeout, the response as httpx's), 135.1; "
        "plus `PolicyTransport`, the engine's send and the resource (body checks, lock, "
        "ETag), 152.9. `_prepared` alone is 10-13 µs there and 3.4 µs timed alone: every "
        "Python call on the path costs two to four times in the loop what it costs alone.",
        "",
        "Two things this session took off every request: aiohttp's read timeout "
        "(`timeout.read`, its `sock_read`) armed two loop timers and cancelled two per "
        "request; it now runs under one timer per pool (`_aiohttp_transport._ReadWatch`, "
        "the same rule on aiohttp's own hooks). And each transport asks for the running "
        "loop once (on Python 3.11 every such question is a `getpid` system call: six per "
        "write before, four now; about 0.3 µs each in the loop). Together they moved writes "
        "from 1.32x to 1.29x the typed floor and reads from 1.16x to 1.12x, in four "
        "interleaved A/B pairs against the session's starting code with only the facade and "
        "the typed floor running. Python calls per write went from 282 to 261 (the typed "
        "floor: 227), per read from 396 to 373 (341).",
        "",
        "Fourth session (same day, same machine, slower that day: the typed floor's write "
        "about 170 µs): aiohttp now takes httpx's headers in one piece "
        "(`_aiohttp_transport._Request`, the session's `request_class`, and its "
        "`_prepare_headers` made one C call): aiohttp's own two passes over a write's eight "
        "headers went header by header in Python. Writes went from 1.25x to 1.22x the typed "
        "floor in three A/B pairs of the facade and the typed floor alone, and the table's "
        "write ratio from 1.32x to 1.27-1.30x in three runs of section 1. Cut out of the "
        "loop for measurement only, the whole `PolicyTransport` is worth about 0.05 of the "
        "ratio, but no piece of it is worth more than the noise (±0.01 over three or four pairs of "
        "300 batches): the attempt's timer (`SharedLimit`), the quota-header scan and the "
        "log check each measured within it; C-level scans (`map` over the header triples) "
        "in place of three short Python loops (the credential put on and taken off, the "
        "quota scan) measured 1.232x against 1.230x and were not kept. In counted bytecode "
        "a write runs about 7,480 instructions against the typed floor's 6,530 (which "
        "spends 1,000 in the update DTO's `from_dict`, which the facade builds directly).",
        "",
        "Fifth session: the replay server is now C on epoll (`bench/_replay_server.c`) in place "
        "of an asyncio Protocol on uvloop, which had come to spend 45-70 µs of CPU per request "
        "on this machine on its slower days and failed the 60 µs target in two runs; serving "
        "the same clients, interleaved, the Python one took 43-60 µs and the C one 23-34 µs. "
        "Nothing on the client's path changed (the same loop iterations and callbacks per "
        "call, counted: four per write, two per read, for the facade and the typed floor "
        "alike).",
        "",
        "Why the write ratio sits at 1.3x rather than well under it: the facade pays more than "
        "the typed floor for the first calls after other code has run. After a batch of the "
        "other contenders, the facade's first write costs about 470 µs, its second 240, its "
        "third 190, settling at about 153 after six; the typed floor's first costs about "
        "200 and settles at 119 after three. That start costs the facade about 480 µs more "
        "per batch, which over 100 calls is about 5 µs, or 0.04 of the ratio. With every "
        "contender interleaved, writes measured 1.41-1.42x in batches of 30 calls, "
        "1.35-1.39x in batches of 100 (the table's) and 1.29-1.34x in batches of 300 (two "
        "runs each). The batches keep 100 "
        "calls: a real application calls the SDK between its own work, so that start is "
        "part of what it pays. Where the server runs matters too: with the replay server "
        "on the client's core, its work evicts the client's caches between requests "
        "(1.38-1.40x for the facade and the typed floor alone; 1.27-1.30x on separate "
        "cores). The run leaves placement to the scheduler, as for every contender. What "
        "is left is spread thinly: each layer above adds 10-20 µs in the loop, made of "
        "steps of a few µs at most.",
        "",
        "A client with `follow_redirects=True`, a response hook or a proxy mount keeps going "
        "through `httpx.AsyncClient.send`; both routes end in the same auth flow and the "
        "same `PolicyTransport`.",
    ]


def _failed(result: dict[str, Any]) -> list[str] | None:
    if result.get("status") == "ok":
        return None
    return ["", f"Not measured: `{result.get('error') or result.get('reason')}`."]


def _per_call(result: dict[str, Any]) -> list[str]:
    lines = ["", "## 1. Client cost per call, concurrency 1 (replay server)", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    cfg = result["settings"]
    lines += [
        f"{cfg['calls']} reads then {cfg['calls']} writes per contender per repetition, "
        f"{cfg['repetitions']} repetitions (after {cfg['warmup']} + {cfg['warmup']} warm-up "
        "calls). Read: " + result["work"]["read"] + ". Write: " + result["work"]["write"] + ".",
        "Client CPU is this process's CPU per call (the server runs in another process); "
        "`x typed floor` and `x peer` are medians of the per-repetition ratios of client CPU "
        "(min-max); server CPU is the replay server's own CPU per request.",
        "",
    ]
    for op in ("read", "write"):
        rows = []
        for r in result["contenders"].values():
            ratio = r[f"{op}_cpu_ratio"]
            rows.append(
                [
                    r["label"],
                    _med_range(r[f"{op}_cpu_us"]),
                    _ratio(ratio.get(f"vs_{TYPED_FLOOR}")),
                    _ratio(ratio.get(f"vs_{PEER}")),
                    _med(r[f"{op}_wall_us"]),
                    _med(r[f"{op}_server_us"]),
                ]
            )
        lines += [f"**{op.capitalize()}s**", ""]
        lines += _table(
            [
                "contender",
                "client CPU µs/call (range)",
                "x typed floor",
                "x peer",
                "wall µs/call",
                "server CPU µs/request",
            ],
            rows,
        )
        lines.append("")
    lines += _skipped(result)
    return lines


def _concurrency(result: dict[str, Any], per_call: dict[str, Any]) -> list[str]:
    lines = ["", "## 2. Client cost and throughput at concurrency 1, 16, 64, 256", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    cfg = result["settings"]
    levels = result["levels"]
    lines += [
        f"{result['work']}, {cfg['repetitions']} repetitions per level; bound: "
        f"{result['bound']}; pool: concurrency + 1 connections for every contender. c=1 is "
        "section 1's reads.",
        "",
    ]
    names: list[str] = []
    labels: dict[str, str] = {}
    for rows in levels.values():
        for name, r in rows.items():
            if name not in names:
                names.append(name)
                labels[name] = r["label"]
    first = per_call.get("contenders", {}) if per_call.get("status") == "ok" else {}
    header = ["contender", *(["c=1"] if first else []), *(f"c={k}" for k in levels)]

    def cells(name: str, key: str, first_key: str) -> list[str]:
        out = [_med(first[name][first_key]) if name in first else "-"] if first else []
        for rows in levels.values():
            out.append(_med(rows[name][key]) if name in rows else "-")
        return out

    lines += ["**Client CPU µs per read** (median)", ""]
    lines += _table(header, [[labels[n], *cells(n, "cpu_us", "read_cpu_us")] for n in names])
    lines += ["", "**Facade client CPU per read, x typed floor / x peer** (median, min-max)", ""]
    ratio_rows = []
    for base in (TYPED_FLOOR, PEER):
        row = [f"facade / {base}"]
        if first:
            row.append(_ratio(first.get("facade", {}).get("read_cpu_ratio", {}).get(f"vs_{base}")))
        for rows in levels.values():
            row.append(_ratio(rows.get("facade", {}).get("cpu_ratio", {}).get(f"vs_{base}")))
        ratio_rows.append(row)
    lines += _table(header, ratio_rows)
    lines += ["", "**Reads per second** (median; wall clock, both processes on 2 shared cores)", ""]
    per_second = []
    for n in names:
        row = [labels[n]]
        if first:
            wall = first.get(n, {}).get("read_wall_us", {}).get("median")
            row.append(f"{1e6 / wall:.0f}" if wall else "-")
        for rows in levels.values():
            row.append(_med(rows[n]["requests_per_second"], "{:.0f}") if n in rows else "-")
        per_second.append(row)
    lines += _table(header, per_second)
    lines += ["", "**Replay server CPU µs per request** (median)", ""]
    lines += _table(header, [[labels[n], *cells(n, "server_us", "read_server_us")] for n in names])
    e2e = result.get("end_to_end")
    if e2e:
        lines += [
            "",
            f"**End to end against the sandbox** ({e2e['reads']} reads per run; the sandbox in "
            "its own process, uvicorn + Starlette + the Visma simulator): the server sets "
            "the pace.",
            "",
        ]
        rows = []
        for level, contenders in e2e["levels"].items():
            for name, r in contenders.items():
                rows.append(
                    [
                        f"c={level}",
                        labels.get(name, name),
                        _med(r["requests_per_second"], "{:.0f}"),
                        _med(r["cpu_us"]),
                        _med(r["server_us"]),
                    ]
                )
        lines += _table(
            ["concurrency", "contender", "reads/s", "client CPU µs/read", "sandbox CPU µs/read"],
            rows,
        )
    pools = []
    for rows in list(levels.values())[-1:]:
        pools = [[r["label"], _pool(r["pool"])] for r in rows.values()]
    if pools:
        lines += ["", f"Pools at c={list(levels)[-1]}:", ""]
        lines += _table(["contender", "pool"], pools)
    lines += _skipped(result)
    return lines


def _skipped(result: dict[str, Any]) -> list[str]:
    skipped = result.get("skipped") or {}
    if not skipped:
        return []
    return ["", *(f"- skipped `{k}`: {v}" for k, v in skipped.items())]


def _memory(result: dict[str, Any]) -> list[str]:
    lines = ["", "## 6. Memory over 100,000 real invoices (replay server, over a socket)", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    lines += [
        f"{result['items']:,} items; list pages of {result['page_size']}; bulk concurrency "
        f"{result['bulk_concurrency']}. Method: " + result["method"] + ".",
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
                f"{m['growth_bytes_per_item'] / 1024:.2f}",
                f"{m['items_per_second']:,}" if m["items_per_second"] else "n/a",
            ]
        )
    lines += _table(
        [
            "mode",
            "items",
            "baseline MiB",
            "peak MiB",
            "growth MiB",
            "KiB kept per item",
            "items/s",
        ],
        rows,
    )
    lines += [
        "",
        "`bulk_map` returns one outcome per item, so it keeps every invoice by design; "
        "`models_only` (no SDK, no network) shows what the same invoices weigh as "
        "generated models, `json_only` as plain `json.loads` dicts. The difference between "
        "`bulk_map` and `models_only` is what the SDK itself keeps.",
    ]
    return lines


def _imports(result: dict[str, Any]) -> list[str]:
    lines = ["", "## 7. Import cost", ""]
    failed = _failed(result)
    if failed:
        return lines + failed
    lines += [
        f"{result['install']}. Each statement in a fresh interpreter, timed inside it (not the "
        f"interpreter's start-up), {result['rounds']} interleaved rounds; ratios are paired "
        "per round, on CPU time.",
        "",
    ]
    rows = [
        [
            f"`{r['statement']}`",
            _med_range(r["cpu_ms"]),
            _med(r["wall_ms"]),
            _ratio(r["ratio_vs_httpx"]),
        ]
        for r in result["rows"].values()
    ]
    lines += _table(["statement", "CPU ms (range)", "wall ms", "x import httpx"], rows)
    loaded = result["visma_only_program_loaded"]
    lines += [
        "",
        "`import billing_sdk` loads only the error tree; a client loads on first use, with its "
        "vendor's generated package, the core (httpx, anyio, aiohttp: the default transport) "
        "and nothing of the other vendors. A Visma-only program (a read, `bulk.map`, a "
        "`NotFound`) loaded " + ", ".join(f"{len(v)} {k} modules" for k, v in loaded.items()) + ".",
    ]
    return lines


#: Headings of sections laid out by ``_others``.
_TITLES = {"workers": "9. Many workers, one vendor budget (Redis)"}


def _others(sections: dict[str, Any]) -> list[str]:
    """Sections this report has no layout for (added by others): generic tables."""
    known = {"per_call", "concurrency", "fanout", "jobs", "safe_writes", "memory", "imports"}
    lines: list[str] = []
    for key, result in sections.items():
        if key not in known:
            title = _TITLES.get(key, key)
            lines += ["", f"## {title}", "", *_external_section(result)]
    return lines


def _method(meta: dict[str, Any]) -> list[str]:
    sandbox = meta["sandbox"]
    lines = [
        "",
        "## Method",
        "",
        "- Two servers, each in its own process on 127.0.0.1. The sandbox "
        "(`python -m billing_sdk.sandbox --port 0`, uvicorn) is started first and its answers "
        "are recorded (`bench/_replay.py`: the token, all 33 seeded invoices, invoice writes "
        "with their new ETags, payments, a list page, the 404 and the 401, byte for byte). The "
        "replay server (`bench/_replay_server.c`, an HTTP/1.1 keep-alive server in C on epoll, "
        "compiled with `cc -O2` on first use) then answers them for sections 1, 2 and 6, from "
        "bytes prepared at start-up; it stops when the harness ends (its stdin closes). It "
        "replaced a Python one (an asyncio Protocol on uvloop): serving the same clients, "
        "interleaved, on 2026-12-06, the Python one spent 43-60 µs of CPU per request "
        "(medians per client and operation) and the C one 23-34 µs, nearly all of it the "
        "kernel's three system calls per request and its wake-ups. Sections 3-5 and the "
        "end-to-end rows run against the sandbox.",
        "- Contenders are interleaved inside each repetition and the first one rotates; every "
        "figure is a median over repetitions with its min-max; ratios are medians of "
        "per-repetition ratios (same moment, same load). The machine has 2 cores shared with "
        "other work, so absolute figures move between runs; the paired ratios move much less.",
        "- Client CPU is `time.process_time()` of the benchmark process per call (the clients "
        "run on asyncio's own loop, one at a time); server CPU comes from the replay server "
        "(`/_replay/stats`, not counted as a request) or from `/proc/PID/stat` for the sandbox.",
        "- Same work for all: every contender but the facade gets one token fetched up front "
        "and sends it as a bearer header; the facade fetches its own token once, during the "
        "untimed warm-up. Every contender checks the status, decodes the body, checks it got "
        "the invoice it asked for, and reads the new `ETag` after a write.",
        "- Peer: `openapi-generator-cli` (PyPI, bundled jar, needs `java`) generates the "
        "`python` client from `openapi/visma-erp.yaml` with `--library asyncio` into "
        "`bench/peers/` (git-ignored), pip-installed into the venv. Without java it is skipped "
        "and its targets say so.",
        "- Garbage: every timed batch starts with `gc.collect()`; sections 1 and 2 also freeze "
        "the objects alive before the timed part (`gc.freeze()`), so a collection costs each "
        "contender only its own objects. Section 3 does not freeze: the collections a fan-out "
        "run causes count against its ideal.",
        "- Pools: every contender gets the same pool (64 connections at c=1, concurrency + 1 "
        "above, because `bulk.map` keeps one connection free for the client's other calls).",
        "- `python -m bench.profile_facade` profiles the facade's client CPU per call (cProfile) "
        "against the replay server, layer by layer.",
    ]
    if sandbox.get("nodelay_shim"):
        lines.append(
            f"- **Sandbox workaround**: {sandbox['why']} (probe: {sandbox['probe_get_ms']} ms "
            f"before, {sandbox.get('probe_get_ms_with_shim')} ms after)."
        )
    lines.append("- Raw results: `bench/results/latest.json`.")
    return lines


def summary_lines(results: dict[str, Any]) -> str:
    """The targets table for the terminal: every target, its figure and its verdict."""
    out = []
    for t in results["targets"]:
        verdict = {True: "met", False: "NOT MET", None: "n/a"}[t["met"]]
        out.append(f"  [{verdict:>7}] {t['target']}: {t.get('shown') or _ratio(t['ratio'])}")
    statuses = ", ".join(f"{k}={v.get('status')}" for k, v in results["sections"].items())
    return "bench: targets\n" + "\n".join(out) + f"\nbench: sections {statuses}"
