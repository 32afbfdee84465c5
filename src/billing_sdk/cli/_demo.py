"""``billing-sdk demo``: one accounts-receivable day against the embedded sandbox.

The sandbox is served on 127.0.0.1 (uvicorn in its own thread, :meth:`Sandbox.serve`) and the
three vendors' parts of the day run concurrently, each through its own clients, exactly as an
application would. Every step checks its outcome against the sandbox's state. With
``--faults`` the same day runs with fault injection switched on and its normalised outcome
(invoices, payments, balances) is compared with a clean day's.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from typing import Any

import anyio
from rich.console import Console
from rich.table import Table

from billing_sdk import BillomatClient, CrmComClient, RetryPolicy, VismaClient
from billing_sdk.cli._demo_billomat import BillomatDay
from billing_sdk.cli._demo_crmcom import CrmComDay
from billing_sdk.cli._demo_report import Flow, Reporter, StepRecord
from billing_sdk.cli._demo_visma import VismaDay
from billing_sdk.sandbox import SOAK_FAULTS, FaultPlan, FaultRule, Sandbox

#: The faults of the reliability soak (10% 5xx, 5% 429, 2% drops, 1% stalls, 2% lost
#: answers), with stalls short enough for a one-minute demo.
DEMO_FAULTS = replace(SOAK_FAULTS, stall_seconds=0.3, retry_after=0.05)
#: Reconciled writes (safe creates, state-checked transitions): every lost answer costs one of
#: the SDK's three sends, so under the full mix about 1 write in 400 runs out of sends. They get
#: every kind of fault at half the rate (a tenth of the lost answers is still a lost answer).
WRITE_FAULTS = FaultRule(
    status_rates={500: 0.01, 502: 0.01, 503: 0.01, 429: 0.05},
    retry_after=0.05,
    drop_rate=0.01,
    stall_rate=0.01,
    stall_seconds=0.3,
    commit_then_fail_rate=0.02,
)
#: The contested invoice's PUT: only the faults that provably leave the write undone.
PUT_FAULTS = FaultRule(
    status_rates={429: 0.05}, retry_after=0.05, stall_rate=0.01, stall_seconds=0.3
)
#: Guarded writes (Visma's release and void, and the start of a background release): every
#: fault of the mix except an answer lost after the commit.
GUARDED_FAULTS = replace(DEMO_FAULTS, commit_then_fail_rate=0.0)
_GUARDED_REASON = (
    "every fault but answers lost after the commit: a lost answer is sent again under "
    "If-Match, and when the first send had landed the SDK raises OutcomeUnknown (a day "
    "would have to read the document to resolve it) instead of guessing"
)
_RECONCILED = (
    "customerPaymentCreatePayment",
    "paymentsCreate",
    "paymentsPost",
    "paymentsReject",
    "paymentsCancel",
    "paymentsPayBill",
    "createCreditNotePayment",
    "deleteCreditNotePayment",
)
#: Operations that get another rule than :data:`DEMO_FAULTS`, and why. Every other operation
#: (every read, every background-job poll, the token requests and logins) runs under the full
#: mix.
OVERRIDES: dict[str, tuple[FaultRule, str]] = {
    **{op: (WRITE_FAULTS, "reconciled write: half-rate faults") for op in _RECONCILED},
    "customerInvoiceUpdateByinvoiceNumber": (
        PUT_FAULTS,
        "429s and stalls only: modify never re-sends a PUT blindly, and when its answer is "
        "lost while other workers edit the same invoice it cannot tell its own write from "
        "theirs (OutcomeUnknown)",
    ),
    "customerInvoiceV2Create": (
        FaultRule(),
        "not faulted: Visma invoice creates have no safe-create reconciliation",
    ),
    "customerInvoiceReleaseInvoiceByinvoiceNumber": (GUARDED_FAULTS, _GUARDED_REASON),
    "customerPaymentReleasePaymentBypaymentNumber": (GUARDED_FAULTS, _GUARDED_REASON),
    "customerPaymentVoidPaymentBypaymentNumber": (GUARDED_FAULTS, _GUARDED_REASON),
}
#: Both days use the same clients' policy: more attempts and shorter waits than the default,
#: because a fifth of the faulty day's requests fail at least once.
DEMO_RETRY = RetryPolicy(max_attempts=8, backoff_initial=0.05, backoff_max=0.5)


def demo_fault_plan(seed: int) -> FaultPlan:
    """:data:`DEMO_FAULTS` everywhere except the :data:`OVERRIDES`."""
    return FaultPlan(
        seed=seed,
        default=DEMO_FAULTS,
        operations={op: rule for op, (rule, _) in OVERRIDES.items()},
    )


@dataclass
class DayResult:
    """What one run of the day did."""

    title: str
    records: list[StepRecord]
    outcome: dict[str, Any]
    seconds: float
    faults: dict[str, int] = field(default_factory=dict)
    jobs: list[tuple[int, float]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every step ran and held."""
        return bool(self.records) and all(r.ok for r in self.records)


async def run_day(
    reporter: Reporter, *, title: str, plan: FaultPlan | None, seed: int
) -> DayResult:
    """Serve a fresh sandbox on loopback and run the three vendors' parts of the day."""
    started = time.monotonic()
    async with (
        Sandbox.serve(seed=seed, faults=plan) as sb,
        VismaClient.for_sandbox(sb, retry=DEMO_RETRY) as visma,
        VismaClient.for_sandbox(sb, retry=DEMO_RETRY) as visma_2,
        CrmComClient.for_sandbox(sb, retry=DEMO_RETRY) as crm,
        BillomatClient.for_sandbox(sb, retry=DEMO_RETRY) as billomat,
    ):
        visma_day = VismaDay(sb, visma, visma_2)
        flows: list[Flow] = [visma_day, CrmComDay(sb, crm), BillomatDay(sb, billomat)]
        reporter.console.print(f"[bold]{title}[/] (sandbox at {sb.base_url})", highlight=False)
        with reporter.day({f.vendor: f.step_names for f in flows}):
            async with anyio.create_task_group() as group:
                for flow in flows:
                    group.start_soon(flow.run, reporter)
        outcome = {flow.vendor: flow.outcome() for flow in flows}
        return DayResult(
            title=title,
            records=list(reporter.records),
            outcome=outcome,
            seconds=time.monotonic() - started,
            faults=dict(sb.faults.injected),
            jobs=[(job.stats.polls, job.stats.waited) for job in visma_day.jobs],
        )


def _facts(day: DayResult) -> Table:
    """The day in numbers, under the step table."""
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column()
    totals = {k: sum(getattr(r, k) for r in day.records) for k in ("ops", "succeeded")}
    table.add_row("operations", f"{totals['ops']} ({totals['succeeded']} succeeded)")
    table.add_row("HTTP requests", str(sum(r.requests for r in day.records)))
    table.add_row("retries", str(sum(r.retries for r in day.records)))
    if day.jobs:
        waits = [w for _, w in day.jobs]
        table.add_row(
            "background jobs",
            f"{len(day.jobs)}: wait avg {sum(waits) / len(waits):.2f} s, max {max(waits):.2f} s, "
            f"{sum(p for p, _ in day.jobs)} polls",
        )
    table.add_row("412s absorbed", str(sum(r.conflicts for r in day.records)))
    table.add_row("duplicates prevented", str(sum(r.duplicates for r in day.records)))
    if day.faults:
        injected = ", ".join(f"{n} {kind}" for kind, n in sorted(day.faults.items()))
        table.add_row("faults injected", f"{sum(day.faults.values())} ({injected})")
    table.add_row("wall time", f"{day.seconds:.1f} s")
    return table


def _compare(expected: dict[str, Any], actual: dict[str, Any]) -> tuple[Table, bool]:
    """Section by section: is the faulty day's outcome the clean day's?"""
    table = Table(title="Outcome: clean day vs. faulty day", title_justify="left")
    for header in ("Vendor", "What", "Identical", "Differences"):
        table.add_column(header)
    same_everywhere = True
    for vendor, sections in expected.items():
        for name, want in sections.items():
            got = actual.get(vendor, {}).get(name)
            same = _normal(want) == _normal(got)
            same_everywhere &= same
            diff = "" if same else f"expected {_short(want)}; got {_short(got)}"
            table.add_row(vendor, name, "[green]✓[/]" if same else "[red]✗[/]", diff)
    return table, same_everywhere


def _normal(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _short(value: Any, limit: int = 160) -> str:
    text = _normal(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def run_demo(*, faults: bool, baseline: bool, seed: int, plain: bool) -> int:
    """Run the demo day (and, with ``faults``, its faulty twin); returns the exit code."""
    console = Console(highlight=False)
    if not console.is_terminal:
        # Logs and CI get the whole table rather than an 80-column squeeze.
        console = Console(highlight=False, width=130)
    reporter = Reporter(console, live=console.is_terminal and not plain)
    return anyio.run(_demo, reporter, faults, baseline, seed)


async def _demo(reporter: Reporter, faults: bool, baseline: bool, seed: int) -> int:
    console = reporter.console
    started = time.monotonic()
    expected: DayResult | None = None
    if faults and baseline:
        expected = await run_day(
            reporter, title="Clean day (the expected outcome)", plan=None, seed=seed
        )
        mark = "[green]all green[/]" if expected.ok else "[red]NOT all green[/]"
        console.print(f"clean day: {mark} in {expected.seconds:.1f} s\n")
    title = "Faulty day (fault injection on)" if faults else "Accounts-receivable day"
    plan = demo_fault_plan(seed) if faults else None
    day = await run_day(reporter, title=title, plan=plan, seed=seed)
    console.print()
    console.print(reporter.summary_table(f"{title}: summary"))
    console.print(_facts(day))
    ok = day.ok
    if faults:
        console.print(
            "\n[bold]Fault plan[/]: the soak mix (10% 5xx, 5% 429, 2% drops, 1% stalls of "
            f"{DEMO_FAULTS.stall_seconds} s, 2% lost answers) on every operation except:"
        )
        for op, (_, reason) in OVERRIDES.items():
            console.print(f"  {op}: {reason}")
    if expected is not None:
        console.print()
        table, same = _compare(expected.outcome, day.outcome)
        console.print(table)
        ok = ok and expected.ok and same
        verdict = "identical" if same else "DIFFERENT"
        console.print(f"outcome of the faulty day: {verdict} to the clean day's")
    mark = "[green]ALL GREEN[/]" if ok else "[red]FAILED[/]"
    console.print(f"\n{mark} in {time.monotonic() - started:.1f} s")
    return 0 if ok else 1
