"""The reconciliation as text: one row per vendor and operation kind, then the verdicts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tests.soak._reconcile import Row
from tests.soak._runner import SoakResult

_HEADERS = (
    "vendor",
    "operation",
    "issued",
    "ok",
    "confirmed",
    "said-not",
    "said-yes",
    "unk->yes",
    "unk->no",
    "lost",
    "dup",
    "untyped",
    "misrep",
    "failed by error type",
)
_LEGEND = (
    "writes: confirmed = succeeded and found once; said-not / said-yes = failed with "
    "landed=False / True and the sandbox agrees;\n"
    "unk->yes / unk->no = failed with landed=None (unknown), resolved against the sandbox: "
    "landed / not landed (never counted as lost)"
)
#: Problems listed in full; the rest are counted.
_SHOWN_PROBLEMS = 25


def _row_cells(row: Row) -> list[str]:
    failed = ", ".join(f"{name} {n}" for name, n in row.failed.most_common())
    counts = [row.confirmed, row.said_not_landed, row.said_landed]
    counts += [row.unknown_landed, row.unknown_not_landed]
    writes = [str(n) for n in counts] if row.writes else [""] * len(counts)
    return [
        row.vendor,
        row.kind,
        str(row.issued),
        str(row.succeeded),
        *writes,
        *(str(n) if n else "." for n in (row.lost, row.duplicated, row.untyped, row.misreported)),
        failed,
    ]


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(width) if i in (0, 1, len(row) - 1) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("-" * len(lines[0]))
    return lines


def format_report(result: SoakResult) -> str:
    """The whole reconciliation, ready to print."""
    config, recon = result.config, result.reconciliation
    rows = sorted(recon.rows, key=lambda r: (r.vendor, r.kind))
    total = Row("all", "")
    for row in rows:
        for name in ("issued", "succeeded", "confirmed", "said_not_landed", "said_landed"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
        for name in ("unknown_landed", "unknown_not_landed", "lost", "duplicated"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
        total.untyped += row.untyped
        total.misreported += row.misreported
        total.failed += row.failed
        total.writes |= row.writes
    lines = [
        f"Soak reconciliation: seed {config.seed}, {len(result.records)} of {config.ops} "
        f"operations, concurrency {config.concurrency}, client read timeout {config.timeout} s, "
        f"stalls {config.stall} s, transport {config.transport}",
        "",
        *_table([_HEADERS, *(_row_cells(r) for r in rows), _row_cells(total)]),
        "",
        _LEGEND,
        "",
    ]
    lines += _verdicts(result)
    lines += _facts(result)
    lines += _problems(result)
    verdict = "PASS" if result.ok else "FAIL"
    lines.append(f"\nSOAK {verdict}")
    return "\n".join(lines)


def _verdicts(result: SoakResult) -> list[str]:
    recon = result.reconciliation
    failed_reads = recon.count("idempotent_failed")
    unknown = recon.unknown_landed + recon.unknown_not_landed
    hung = sum(1 for r in result.records if r.hung)
    return [
        f"lost:                     {recon.count('lost')}",
        f"duplicated:               {recon.count('duplicated')}",
        f"untyped failures:         {recon.count('untyped')} (hangs among them: {hung})",
        f"misreported landed=False: {recon.count('misreported')}",
        f"idempotent ops failed:    {failed_reads} of {recon.idempotent_issued}",
        f"unknown outcomes:         {unknown} -> landed {recon.unknown_landed}, "
        f"not landed {recon.unknown_not_landed}",
        *_contended(result),
        "",
    ]


def _contended(result: SoakResult) -> list[str]:
    state = result.state
    applied = Counter(
        r.effect.key
        for r in result.records
        if r.effect is not None and r.effect.kind == "append" and (r.ok or r.landed is not False)
    )
    lines = []
    for document, total in sorted(state.totals.items()):
        added = total - state.initial_totals.get(document, total)
        tokens = len(
            [t for t in state.logs.get(document, "").split() if t.startswith(state.prefix)]
        )
        lines.append(
            f"contended {document}:         +{added} from {tokens} increments landed "
            f"({applied[document]} modify calls succeeded or unknown)"
        )
    return lines


def _facts(result: SoakResult) -> list[str]:
    seconds = result.seconds
    lines = [
        f"wall time {seconds:.1f} s, {len(result.records)} operations, "
        f"{len(result.records) / seconds if seconds else 0:.0f} ops/s"
        + ("" if result.finished else f" (CUT SHORT by the {result.config.deadline:g} s deadline)"),
    ]
    injected = ", ".join(f"{kind} {n}" for kind, n in sorted(result.state.faults.items()))
    lines.append(
        f"faults injected by the sandbox: {sum(result.state.faults.values())} ({injected})"
    )
    for name, stats in result.stats.items():
        lines.append(
            f"{name}: {stats['requests']:.0f} requests, {stats['attempts']:.0f} attempts, "
            f"{stats['retries']:.0f} retries, {stats['throttled']:.0f} x 429, "
            f"{stats['unavailable']:.0f} x 503, {stats['pauses']:.0f} pauses"
        )
    if result.unclosed_connections:
        lines.append(
            f"transport: {result.unclosed_connections} aiohttp connections cut mid-body were "
            "never closed by the SDK (finalised by the garbage collector: 'Unclosed connection')"
        )
    for name, safe in result.safe_writes.items():
        lines.append(
            f"safe writes, {name}: {safe.calls} calls, {safe.sends} sends, "
            f"{safe.lookups} lookups, {safe.duplicates_prevented} duplicates prevented, "
            f"{safe.resends} re-sends, {safe.not_landed} not landed, {safe.unknown} unknown"
        )
    return lines


def _problems(result: SoakResult) -> list[str]:
    problems = result.reconciliation.problems
    if not problems:
        return []
    lines = ["", f"PROBLEMS ({len(problems)}):"]
    lines += [f"  [{p.verdict}] {p.detail}" for p in problems[:_SHOWN_PROBLEMS]]
    if len(problems) > _SHOWN_PROBLEMS:
        lines.append(f"  ... and {len(problems) - _SHOWN_PROBLEMS} more")
    return lines
