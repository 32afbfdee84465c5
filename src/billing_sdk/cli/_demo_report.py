"""How the demo day reports itself: live progress while it runs, a summary table at the end.

On a terminal a rich progress display shows one row per vendor (its current step, and the
items of a bulk step as they finish); anywhere else, and with ``--plain``, every finished step
is one plain line. Each step is a :class:`Step`: it counts its operations, the transport
retries and 412s it absorbed, and records every check that did not hold.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from billing_sdk._client import BaseClient
from billing_sdk._errors import BillingError
from billing_sdk._safe_create import SafeWriteStats
from billing_sdk.bulk import Progress as BulkProgress
from billing_sdk.cli._common import first_billing_error


def describe(error: BaseException) -> str:
    """An error as one line: its class and message."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


class StepAborted(Exception):
    """A step failed in a way the vendor's later steps depend on; they are skipped."""


@dataclass
class StepRecord:
    """What one step did (a row of the summary table)."""

    vendor: str
    name: str
    ops: int = 0
    succeeded: int = 0
    requests: int = 0
    retries: int = 0
    conflicts: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    detail: str = ""
    problems: list[str] = field(default_factory=list)
    skipped: bool = False

    @property
    def ok(self) -> bool:
        """Every operation succeeded and every check held."""
        return not self.skipped and not self.problems and self.succeeded == self.ops


class Step:
    """The running step: counts, checks and bulk progress for one part of the day."""

    def __init__(self, record: StepRecord, reporter: Reporter) -> None:
        self.record = record
        self._reporter = reporter

    def count(self, ops: int, succeeded: int | None = None) -> None:
        """Add ``ops`` operations, ``succeeded`` of which worked (default: all)."""
        self.record.ops += ops
        self.record.succeeded += ops if succeeded is None else succeeded

    def check(self, holds: bool, problem: str) -> bool:
        """Record ``problem`` unless ``holds``; returns ``holds``."""
        if not holds:
            self.record.problems.append(problem)
        return holds

    def require(self, holds: bool, problem: str) -> None:
        """Like :meth:`check`, but later steps cannot run without it."""
        if not self.check(holds, problem):
            raise StepAborted(problem)

    def detail(self, text: str) -> None:
        """What happened, in a few words (shown in the summary)."""
        self.record.detail = text

    def status(self, text: str) -> None:
        """Show what the step is doing now (live view only)."""
        self._reporter.status(self.record.vendor, f"{self.record.name}: {text}")

    def progress(self, snapshot: BulkProgress) -> None:
        """A ``bulk.map`` progress callback: show the items done so far."""
        total = f"/{snapshot.total}" if snapshot.total is not None else ""
        failed = f", {snapshot.failed} failed" if snapshot.failed else ""
        self.status(f"{snapshot.done}{total}{failed}")


class Reporter:
    """Live progress (``live=True``: rich, on a terminal) or plain lines, and the summary."""

    def __init__(self, console: Console, *, live: bool) -> None:
        self.console = console
        self.live = live
        self.records: list[StepRecord] = []
        #: The vendors of the current day, in the order the summary lists them.
        self.vendors: list[str] = []
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    # -- a day ----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def day(self, steps: dict[str, Sequence[str]]) -> Iterator[None]:
        """Show progress for the vendors' ``steps`` while the block runs."""
        self.records = []
        self.vendors = list(steps)
        if not self.live:
            yield
            return
        progress = Progress(
            TextColumn("[bold]{task.fields[vendor]:<9}"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=self.console,
            transient=True,
        )
        self._tasks = {
            vendor: progress.add_task("starting", total=len(names), vendor=vendor)
            for vendor, names in steps.items()
        }
        self._progress = progress
        try:
            with progress:
                yield
        finally:
            self._progress = None

    def status(self, vendor: str, text: str) -> None:
        """Set the vendor's progress line (live mode only)."""
        if self._progress is not None and vendor in self._tasks:
            self._progress.update(self._tasks[vendor], description=text)

    def _print(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, highlight=False)
        else:
            self.console.print(text, highlight=False, soft_wrap=True)

    @contextlib.asynccontextmanager
    async def step(
        self,
        vendor: str,
        name: str,
        clients: Sequence[BaseClient],
        safe_writes: Sequence[SafeWriteStats] = (),
    ) -> AsyncIterator[Step]:
        """Run one step: time it, attribute its retries and prevented duplicates, and turn an
        error into a failed row."""
        record = StepRecord(vendor, name)
        self.records.append(record)
        self.status(vendor, name)
        before = [(c.stats.requests, c.stats.retries) for c in clients]
        prevented = sum(s.duplicates_prevented for s in safe_writes)
        started = time.monotonic()
        aborted: BaseException | None = None
        try:
            yield Step(record, self)
        except StepAborted as exc:
            aborted = exc
        except BillingError as exc:
            record.problems.append(describe(exc))
            aborted = exc
        except BaseExceptionGroup as group:
            # Concurrent workers (task groups) wrap what they raise.
            first = first_billing_error(group)
            if first is None:
                raise
            record.problems.append(describe(first))
            aborted = group
        finally:
            record.seconds = time.monotonic() - started
            for client, (requests, retries) in zip(clients, before, strict=True):
                record.requests += client.stats.requests - requests
                record.retries += client.stats.retries - retries
            record.duplicates += sum(s.duplicates_prevented for s in safe_writes) - prevented
            self._finished(record)
        if aborted is not None:
            raise StepAborted(record.problems[-1]) from aborted

    def skipped(self, vendor: str, names: Sequence[str]) -> None:
        """Record the steps that could not run after an earlier one failed."""
        for name in names:
            record = StepRecord(vendor, name, skipped=True, detail="skipped")
            self.records.append(record)
            self._finished(record)

    def _finished(self, record: StepRecord) -> None:
        if self._progress is not None and record.vendor in self._tasks:
            self._progress.advance(self._tasks[record.vendor])
        mark = (
            "[green]ok[/]" if record.ok else ("[yellow]--[/]" if record.skipped else "[red]FAIL[/]")
        )
        extra = f" ({record.detail})" if record.detail else ""
        self._print(f"  {mark} {record.vendor:<9} {record.name}{extra} [{record.seconds:.2f} s]")
        for problem in record.problems:
            self._print(f"       [red]{problem}[/]")

    # -- the summary ----------------------------------------------------------------------------

    def summary_table(self, title: str) -> Table:
        """One row per step and a totals row."""
        table = Table(title=title, title_justify="left", header_style="bold")
        for header, justify in (
            ("Vendor", "left"),
            ("Step", "left"),
            ("Ops", "right"),
            ("OK", "right"),
            ("HTTP", "right"),
            ("Retries", "right"),
            ("412s", "right"),
            ("Dups", "right"),
            ("Time", "right"),
            ("Result", "left"),
        ):
            table.add_column(header, justify=justify)  # type: ignore[arg-type]
        order = {vendor: i for i, vendor in enumerate(dict.fromkeys(self.vendors))}
        for r in sorted(self.records, key=lambda r: order.get(r.vendor, len(order))):
            if r.ok:
                result = "[green]✓[/]"
            elif r.skipped:
                result = "[yellow]skipped[/]"
            else:
                result = "[red]✗[/] " + "; ".join(r.problems)
            table.add_row(
                r.vendor,
                r.name,
                str(r.ops),
                str(r.succeeded),
                str(r.requests),
                str(r.retries),
                str(r.conflicts),
                str(r.duplicates),
                f"{r.seconds:.2f} s",
                result,
            )
        total = _totals(self.records)
        table.add_section()
        table.add_row(
            "all",
            f"{len(self.records)} steps",
            *(str(total[k]) for k in ("ops", "succeeded", "requests", "retries", "conflicts")),
            str(total["duplicates"]),
            "",
            "[green]all green[/]" if self.all_ok else "[red]NOT all green[/]",
        )
        return table

    @property
    def all_ok(self) -> bool:
        """Every step ran and held."""
        return bool(self.records) and all(r.ok for r in self.records)

    def totals(self) -> dict[str, Any]:
        """Sums over the day's steps."""
        return _totals(self.records)


StepFn = Callable[[Step], Awaitable[None]]


class Flow:
    """One vendor's part of the day: named steps run in order, each checked.

    A failed step skips the vendor's remaining steps (they build on it); the other vendors
    carry on.
    """

    vendor = ""

    def __init__(
        self, clients: Sequence[BaseClient] = (), safe_writes: Sequence[SafeWriteStats] = ()
    ) -> None:
        self.steps: list[tuple[str, StepFn]] = []
        self.clients = list(clients)
        #: The safe-write counters of the resources this flow writes through.
        self.safe_writes = list(safe_writes)

    @property
    def step_names(self) -> list[str]:
        """The names of the steps, in order."""
        return [name for name, _ in self.steps]

    async def run(self, reporter: Reporter) -> bool:
        """Run every step; ``False`` if one failed (the rest are then skipped)."""
        for index, (name, fn) in enumerate(self.steps):
            try:
                async with reporter.step(self.vendor, name, self.clients, self.safe_writes) as step:
                    await fn(step)
            except StepAborted:
                reporter.skipped(self.vendor, self.step_names[index + 1 :])
                return False
        return True

    def outcome(self) -> dict[str, Any]:
        """The day's result for this vendor, normalised so that two runs compare equal."""
        raise NotImplementedError


def snapshot(read: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A vendor snapshot, read from this thread while the server runs in its own.

    The vendor's own traffic is quiet while it is checked; another thread's write can still
    resize a dict mid-read, which is simply read again.
    """
    for _ in range(10):
        try:
            return read()
        except RuntimeError:
            time.sleep(0.005)
    return read()


def _totals(records: Sequence[StepRecord]) -> dict[str, Any]:
    keys = ("ops", "succeeded", "requests", "retries", "conflicts", "duplicates")
    return {k: sum(getattr(r, k) for r in records) for k in keys}
