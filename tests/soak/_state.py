"""What the sandbox holds after the soak, in the shape the reconciler counts effects in.

Read straight from the simulators (the server runs in a thread of this process and is quiet
by then), limited to records carrying the run's reference prefix plus the contended
documents, so the seeded company never blurs the counts.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from billing_sdk.sandbox import Sandbox

T = TypeVar("T")

#: The Billomat SDK's reference marker at the end of a payment's comment.
_MARKER = re.compile(r"\[sdk-ref:([A-Za-z0-9._-]+)\]$")


@dataclass
class SandboxState:
    """The sandbox as the reconciler sees it.

    Attributes:
        created: domain -> unique reference -> how many records carry it (run prefix only).
        status: domain -> record key -> its state (a record that is gone has no entry).
        values: domain -> record key -> the value of the field the workload updates.
        logs: document -> its log: the tokens ``modify`` appended to a contended document,
            or ``update(if_match=)`` to an invoice this run created.
        totals: contended document -> its total now; ``initial_totals``: before the run.
        faults: the faults the sandbox injected, by kind.
        prefix: the run's reference prefix (every reference and token it wrote starts so).
    """

    created: dict[str, Counter[str]] = field(default_factory=dict)
    status: dict[str, dict[str, str]] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    logs: dict[str, str] = field(default_factory=dict)
    totals: dict[str, Decimal] = field(default_factory=dict)
    initial_totals: dict[str, Decimal] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    prefix: str = ""


def contended_totals(sandbox: Sandbox, documents: tuple[str, ...]) -> dict[str, Decimal]:
    """The exchange rate of each contended Visma invoice (what ``modify`` adds to)."""
    invoices = sandbox.visma.company().invoices
    return {number: Decimal(invoices[number].exchange_rate) for number in documents}


def read_state(
    sandbox: Sandbox,
    *,
    prefix: str,
    contended: tuple[str, ...],
    initial_totals: dict[str, Decimal],
) -> SandboxState:
    """Collect the state of all three vendors (see :class:`SandboxState`)."""
    return _stable(lambda: _read(sandbox, prefix, contended, initial_totals))


def _read(
    sandbox: Sandbox, prefix: str, contended: tuple[str, ...], initial: dict[str, Decimal]
) -> SandboxState:
    def _ours(reference: object) -> bool:
        return isinstance(reference, str) and reference.startswith(prefix)

    state = SandboxState(
        initial_totals=dict(initial), faults=dict(sandbox.faults.injected), prefix=prefix
    )
    company = sandbox.visma.company()
    mine = [inv for inv in company.invoices.values() if _ours(inv.fields.get("customerRefNumber"))]
    state.created["visma.invoice"] = Counter(str(i.fields["customerRefNumber"]) for i in mine)
    state.status["visma.invoice"] = {inv.ref_nbr: inv.status for inv in mine}
    # The notes ``update(if_match=)`` appends its tokens to, read like the contended logs.
    state.logs.update({inv.ref_nbr: str(inv.fields.get("note") or "") for inv in mine})
    payments = [p for p in company.payments.values() if _ours(p.payment_ref)]
    state.created["visma.payment"] = Counter(p.payment_ref for p in payments)
    state.status["visma.payment"] = {p.ref_nbr: p.status for p in payments}
    for number in contended:
        invoice = company.invoices[number]
        state.logs[number] = str(invoice.fields.get("note") or "")
        state.totals[number] = Decimal(invoice.exchange_rate)

    crm = [p for p in sandbox.crmcom.book.company.payments.values() if _ours(p.back_office_code)]
    state.created["crmcom.payment"] = Counter(str(p.back_office_code) for p in crm)
    state.status["crmcom.payment"] = {str(p.back_office_code): p.life_cycle_state for p in crm}
    state.values["crmcom.payment"] = {str(p.back_office_code): p.notes or "" for p in crm}

    refs: Counter[str] = Counter()
    present: dict[str, str] = {}
    for payment in sandbox.billomat.state.payments.values():
        match = _MARKER.search(payment.comment)
        if match and match.group(1).startswith(prefix):
            refs[match.group(1)] += 1
            present[str(payment.id)] = "present"
    state.created["billomat.payment"] = refs
    state.status["billomat.payment"] = present
    return state


def _stable(read: Callable[[], T]) -> T:
    """Read again if another thread resized a dict mid-read (the server should be quiet)."""
    for _ in range(20):
        try:
            return read()
        except RuntimeError:
            time.sleep(0.01)
    return read()
