"""Reconcile the SDK's record of what it did with what the sandbox holds.

For every write the sandbox is asked how many times its effect is there (``count``), and the
record says what the caller was told. Then:

* ``count > 1``: **duplicated** (a create stored twice, a ``modify`` applied twice);
* told success, or ``landed=True``, and ``count == 0``: **lost**;
* told ``landed=False`` and ``count >= 1``: **misreported** (a caller trusting it would send
  the write again and duplicate it);
* told ``landed=None``: an unknown outcome, resolved here as *unknown -> landed* or
  *unknown -> not landed*; never counted as lost;
* any exception that is not a ``BillingError``, or a hang: **untyped**;
* an idempotent operation (a read, a job wait) that failed at all: **idempotent failed**.

Two checks look at the sandbox as a whole: each contended document's total must be its
initial total plus the increments of the ``modify`` calls whose tokens it holds (a missing
increment is lost, an extra one duplicated), and no record may carry the run's prefix
without an operation that created it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from tests.soak._record import Effect, OpRecord
from tests.soak._state import SandboxState

VERDICTS = ("lost", "duplicated", "untyped", "misreported", "idempotent_failed")


@dataclass
class Row:
    """What happened to one kind of operation of one vendor."""

    vendor: str
    kind: str
    issued: int = 0
    succeeded: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    #: Writes only: found once after success / failures told landed False, True / unknowns.
    confirmed: int = 0
    said_not_landed: int = 0
    said_landed: int = 0
    unknown_landed: int = 0
    unknown_not_landed: int = 0
    lost: int = 0
    duplicated: int = 0
    untyped: int = 0
    misreported: int = 0
    idempotent_failed: int = 0
    writes: bool = False


@dataclass(frozen=True)
class Problem:
    """One thing that must not happen, with the operation it belongs to (if any)."""

    verdict: str
    detail: str
    record: int | None = None


@dataclass
class Reconciliation:
    """Every row, every problem, and the verdict."""

    rows: list[Row]
    problems: list[Problem]
    idempotent_issued: int = 0

    def count(self, verdict: str) -> int:
        return sum(1 for p in self.problems if p.verdict == verdict)

    @property
    def ok(self) -> bool:
        """Nothing lost, duplicated, untyped or misreported; every idempotent op succeeded."""
        return not self.problems

    @property
    def unknown_landed(self) -> int:
        return sum(r.unknown_landed for r in self.rows)

    @property
    def unknown_not_landed(self) -> int:
        return sum(r.unknown_not_landed for r in self.rows)


def landed_count(effect: Effect, state: SandboxState, deleted: Counter[str]) -> int:
    """How many times ``effect`` is in the sandbox (``deleted``: creates a delete undid)."""
    domain, key = effect.domain, effect.key
    if effect.kind == "create":
        return state.created.get(domain, Counter())[key] + deleted[f"{domain}:{key}"]
    if effect.kind == "append":
        return state.logs.get(key, "").split().count(effect.value)
    if effect.kind == "state":
        return int(state.status.get(domain, {}).get(key) == effect.value)
    if effect.kind == "value":
        return int(state.values.get(domain, {}).get(key) == effect.value)
    return int(key not in state.status.get(domain, {}))  # "absent"


def reconcile(records: Sequence[OpRecord], state: SandboxState) -> Reconciliation:
    """Judge every record against ``state`` (see the module docstring)."""
    rows: dict[tuple[str, str], Row] = {}
    problems: list[Problem] = []
    # A landed delete removed what its create made: the create still counts as landed.
    deleted: Counter[str] = Counter()
    for record in records:
        effect = record.effect
        if effect and effect.kind == "absent" and landed_count(effect, state, Counter()):
            deleted[f"{effect.domain}:{effect.value}"] += 1
    for record in records:
        row = rows.setdefault((record.vendor, record.kind), Row(record.vendor, record.kind))
        _judge(record, row, state, deleted, problems)
    problems += _whole_state_checks(records, state)
    issued = sum(1 for r in records if r.idempotent)
    return Reconciliation(list(rows.values()), problems, issued)


def _judge(
    record: OpRecord,
    row: Row,
    state: SandboxState,
    deleted: Counter[str],
    problems: list[Problem],
) -> None:
    row.issued += 1
    row.writes |= record.write
    name = f"#{record.id} {record.vendor} {record.kind}"
    if record.trail:
        name += f" [{'; '.join(record.trail)}]"
    if record.ok:
        row.succeeded += 1
    else:
        row.failed[record.error_type] += 1
        if not record.typed:
            row.untyped += 1
            what = "hung" if record.hung else f"raised {record.error_type}: {record.error}"
            problems.append(Problem("untyped", f"{name} {what}", record.id))
        if record.idempotent:
            row.idempotent_failed += 1
            problems.append(
                Problem("idempotent_failed", f"{name} failed: {_describe(record)}", record.id)
            )
    effect = record.effect
    if effect is None:
        return
    count = landed_count(effect, state, deleted)
    where = f"{effect.domain} {effect.key} {effect.value}".rstrip()
    if count > 1:
        row.duplicated += 1
        problems.append(Problem("duplicated", f"{name}: {where} is there {count} times", record.id))
    if record.ok:
        if count == 0:
            row.lost += 1
            problems.append(Problem("lost", f"{name} succeeded but {where} is missing", record.id))
        else:
            row.confirmed += 1
        return
    if not record.typed:
        return  # already a problem; its landing says nothing more
    if record.landed is True:
        if count == 0:
            row.lost += 1
            problems.append(Problem("lost", f"{name} said landed, {where} is missing", record.id))
        else:
            row.said_landed += 1
    elif record.landed is False:
        if count:
            row.misreported += 1
            problems.append(
                Problem(
                    "misreported",
                    f"{name} said not landed ({_describe(record)}) but {where} is there",
                    record.id,
                )
            )
        else:
            row.said_not_landed += 1
    elif count:
        row.unknown_landed += 1
    else:
        row.unknown_not_landed += 1


def _whole_state_checks(records: Iterable[OpRecord], state: SandboxState) -> list[Problem]:
    problems: list[Problem] = []
    effects = [r.effect for r in records if r.effect is not None]
    expected = dict(state.initial_totals)
    issued_tokens: dict[str, set[str]] = {}
    for effect in effects:
        if effect.kind == "append":
            count = state.logs.get(effect.key, "").split().count(effect.value)
            expected[effect.key] = expected.get(effect.key, Decimal(0)) + effect.amount * count
            issued_tokens.setdefault(effect.key, set()).add(effect.value)
    for document, total in state.totals.items():
        want = expected.get(document, total)
        if total != want:
            verdict = "lost" if total < want else "duplicated"
            problems.append(
                Problem(
                    verdict,
                    f"contended {document}: total {total}, expected {want} from the increments "
                    "whose tokens it holds",
                )
            )
    for document, log in state.logs.items():
        issued = issued_tokens.get(document, set())
        strays = [t for t in log.split() if t.startswith(state.prefix) and t not in issued]
        if strays:
            problems.append(
                Problem("duplicated", f"contended {document}: tokens no operation wrote: {strays}")
            )
    issued_refs: dict[str, set[str]] = {}
    for effect in effects:
        if effect.kind == "create":
            issued_refs.setdefault(effect.domain, set()).add(effect.key)
    for domain, refs in state.created.items():
        strays = sorted(set(refs) - issued_refs.get(domain, set()))
        if strays:
            problems.append(
                Problem("duplicated", f"{domain}: records no operation created: {strays[:5]}")
            )
    return problems


def _describe(record: OpRecord) -> str:
    text = str(record.error)
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{record.error_type}: {text}"
