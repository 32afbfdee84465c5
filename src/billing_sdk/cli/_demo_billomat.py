"""The Billomat part of the demo day: refunds booked against credit notes."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from billing_sdk import bulk
from billing_sdk.billomat import BillomatClient, CreditNotePayment, PaymentType
from billing_sdk.cli._demo_report import Flow, Step, describe, snapshot
from billing_sdk.sandbox import Sandbox

#: Partial refunds booked today: (reference, credit note, amount, type).
REFUNDS = [
    ("DEMO-BM-1", 1, Decimal("100.00"), PaymentType.BANK_TRANSFER),
    ("DEMO-BM-2", 2, Decimal("50.00"), PaymentType.CASH),
    ("DEMO-BM-3", 8, Decimal("75.00"), PaymentType.PAYPAL),
]
#: The credit note refunded in full (and marked PAID), and the refund taken back again.
SETTLED = ("DEMO-BM-PAID", 3)
DELETED = "DEMO-BM-3"
NOTES = (1, 2, 3, 8)
_MARKER = re.compile(r" ?\[sdk-ref:([A-Za-z0-9._-]+)\]$")


def _reference(comment: str) -> str | None:
    match = _MARKER.search(comment)
    return match.group(1) if match else None


class BillomatDay(Flow):
    """Refunds booked (bulk), one credit note settled, a filtered list, one refund deleted."""

    vendor = "billomat"

    def __init__(self, sandbox: Sandbox, billomat: BillomatClient) -> None:
        super().__init__([billomat], [billomat.credit_note_payments.safe_writes])
        self.sandbox = sandbox
        self.billomat = billomat
        self.booked: dict[str, CreditNotePayment] = {}
        self.steps = [
            ("book credit-note refunds (bulk)", self.book_refunds),
            (f"refund credit note {SETTLED[1]} in full, mark it PAID", self.settle_note),
            ("list payments with filters", self.filtered_list),
            ("delete a refund", self.delete_refund),
        ]

    def _state(self) -> dict[str, Any]:
        return snapshot(self.sandbox.billomat.snapshot)

    def _by_reference(self, state: dict[str, Any], ref: str) -> list[dict[str, Any]]:
        return [p for p in state["credit_note_payments"] if _reference(p["comment"]) == ref]

    def _note(self, state: dict[str, Any], note_id: int) -> dict[str, Any]:
        return next(n for n in state["credit_notes"] if n["id"] == str(note_id))

    # -- steps --------------------------------------------------------------------------------

    async def book_refunds(self, step: Step) -> None:
        """Three partial refunds booked concurrently, each exactly once."""

        async def book(plan: tuple[str, int, Decimal, PaymentType]) -> CreditNotePayment:
            ref, note, amount, kind = plan
            return await self.billomat.credit_note_payments.create(
                credit_note_id=note,
                amount=amount,
                type=kind,
                comment=f"refund, demo day ({ref})",
                reference=ref,
            )

        outcomes = await bulk.map(
            book, REFUNDS, concurrency=3, progress=step.progress, client=self.billomat
        )
        step.count(len(outcomes), sum(o.ok for o in outcomes))
        for o in outcomes:
            step.check(o.ok, f"refund {o.item[0]}: {describe(o.error or Exception())}")
        step.require(all(o.ok for o in outcomes), "not every refund was booked")
        self.booked = {plan[0]: o.value for plan, o in zip(REFUNDS, outcomes, strict=True)}
        state = self._state()
        for ref, note, amount, kind in REFUNDS:
            found = self._by_reference(state, ref)
            step.check(len(found) == 1, f"{len(found)} payments carry {ref} (expected 1)")
            if found:
                p = found[0]
                step.check(
                    p["credit_note_id"] == str(note) and Decimal(p["amount"]) == amount,
                    f"{ref} is booked as {p['amount']} on credit note {p['credit_note_id']}",
                )
                step.check(p["type"] == kind.value, f"{ref} has type {p['type']}")
        total = sum((amount for _, _, amount, _ in REFUNDS), Decimal(0))
        step.detail(f"{len(REFUNDS)} refunds, {total} EUR")

    async def settle_note(self, step: Step) -> None:
        """A credit note's whole open amount refunded; the note becomes PAID."""
        ref, note_id = SETTLED
        note = await self.billomat.credit_notes.get(note_id)
        await self.billomat.credit_note_payments.create(
            credit_note_id=note_id,
            amount=note.open_amount,
            type=PaymentType.BANK_TRANSFER,
            comment="refund in full, demo day",
            reference=ref,
            mark_credit_note_as_paid=True,
        )
        step.count(2)
        state = self._state()
        step.check(len(self._by_reference(state, ref)) == 1, f"expected one payment with {ref}")
        status = self._note(state, note_id)["status"]
        step.check(status == "PAID", f"credit note {note_id} is {status}, not PAID")
        step.detail(f"credit note {note_id}: {note.open_amount} EUR refunded, PAID")

    async def filtered_list(self, step: Step) -> None:
        """A filtered, paged list agrees with the sandbox."""
        types = [PaymentType.BANK_TRANSFER, PaymentType.CASH]
        found = [
            p
            async for p in self.billomat.credit_note_payments.list(
                credit_note_id=1, types=types, per_page=2
            )
        ]
        step.count(1)
        wanted = {t.value for t in types}
        expected = [
            p
            for p in self._state()["credit_note_payments"]
            if p["credit_note_id"] == "1" and p["type"] in wanted
        ]
        step.check(
            sorted(p.id for p in found) == sorted(int(p["id"]) for p in expected),
            f"listed {len(found)} payments, the sandbox has {len(expected)} matching",
        )
        step.check(
            any(p.reference == "DEMO-BM-1" for p in found), "today's refund is not in the list"
        )
        step.detail(f"credit note 1, bank transfer or cash: {len(found)} payments")

    async def delete_refund(self, step: Step) -> None:
        """One refund deleted; its amount is open again."""
        payment = self.booked[DELETED]
        before = self._note(self._state(), payment.credit_note_id)["open_amount"]
        await self.billomat.credit_note_payments.delete(payment.id)
        step.count(1)
        state = self._state()
        step.check(not self._by_reference(state, DELETED), f"{DELETED} is still there")
        after = self._note(state, payment.credit_note_id)["open_amount"]
        step.check(
            Decimal(after) == Decimal(before) + payment.amount,
            f"credit note {payment.credit_note_id} open amount {after}, expected "
            f"{Decimal(before) + payment.amount}",
        )
        step.detail(f"{DELETED} (payment {payment.id}) deleted, {payment.amount} EUR open again")

    # -- outcome ------------------------------------------------------------------------------

    def outcome(self) -> dict[str, Any]:
        """The credit notes touched today and today's payments by reference."""
        state = self._state()
        refs = {ref for ref, *_ in REFUNDS} | {SETTLED[0]}
        return {
            "credit notes": [
                (n["id"], n["status"], n["paid_amount"], n["open_amount"])
                for n in state["credit_notes"]
                if int(n["id"]) in NOTES
            ],
            "payments": sorted(
                (_reference(p["comment"]) or "", p["credit_note_id"], p["amount"], p["type"])
                for p in state["credit_note_payments"]
                if _reference(p["comment"]) in refs
            ),
            "payment count": len(state["credit_note_payments"]),
        }
