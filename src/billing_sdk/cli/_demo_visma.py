"""The Visma.net ERP part of the demo day: invoices out, payments in, one contested edit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import anyio

from billing_sdk import Job, Modified, bulk
from billing_sdk.cli._demo_report import Flow, Step, describe, snapshot
from billing_sdk.sandbox import Sandbox
from billing_sdk.visma import CustomerInvoiceDto, InvoiceFields, VismaClient

#: The demo day (the sandbox's seeded company lives in spring 2026).
DAY = dt.date(2026, 4, 20)
#: Who gets an invoice today: customers 10001-10008, and two of them a second one.
CUSTOMERS = [f"1000{n}" for n in range(1, 9)] + ["10001", "10002"]
#: Concurrent workers editing one invoice (half on each of two clients).
EDITORS = 20
#: Invoices whose payment covers only half (the rest stays open).
HALF_PAID = frozenset({1, 4, 7})
#: The invoice whose payment is voided at the end of the day.
VOIDED = 0
CONCURRENCY = 5


def _invoice_body(index: int) -> InvoiceFields:
    return {
        "customer_number": CUSTOMERS[index],
        "document_date": DAY,
        "invoice_text": f"Consulting, April (demo invoice {index + 1})",
        "customer_ref_number": f"DEMO-PO-{index + 1:02d}",
        "invoice_lines": [
            {
                "operation": "Insert",
                "description": "Consulting hours",
                "quantity": Decimal(2 + index % 4),
                "unit_price_in_currency": Decimal("1150.00"),
            }
        ],
    }


def _payment_ref(index: int) -> str:
    return f"DEMO-PAY-{index + 1:02d}"


class VismaDay(Flow):
    """Ten invoices created, one edited by 20 workers, released as jobs, paid, one voided."""

    vendor = "visma"

    def __init__(self, sandbox: Sandbox, visma: VismaClient, other: VismaClient) -> None:
        super().__init__([visma, other], [visma.customer_payments.safe_writes])
        self.sandbox = sandbox
        self.visma = visma
        self.other = other
        self.numbers: list[str] = []
        self.amounts: list[Decimal] = []
        self.paid: list[Decimal] = []
        self.payment_numbers: list[str] = []
        self.jobs: list[Job[Any]] = []
        self.rate_before = Decimal(1)
        self.seeded_invoices = len(self._state()["invoices"])
        self.steps = [
            ("create 10 invoices (bulk)", self.create_invoices),
            (f"edit one invoice from {EDITORS} workers", self.contested_edit),
            ("release invoices as background jobs", self.release_invoices),
            ("pay the invoices (bulk)", self.pay_invoices),
            ("void one payment", self.void_payment),
            ("page through the open items", self.open_items),
        ]

    def _state(self) -> dict[str, Any]:
        data = snapshot(self.sandbox.visma.snapshot)
        tenant: dict[str, Any] = data["tenants"][data["default_tenant"]]
        return tenant

    def _invoice(self, state: dict[str, Any], number: str) -> dict[str, Any]:
        return next((i for i in state["invoices"] if i["number"] == number), {})

    # -- steps --------------------------------------------------------------------------------

    async def create_invoices(self, step: Step) -> None:
        """Ten invoices created concurrently, each exactly once, Balanced."""
        outcomes = await bulk.map(
            lambda i: self.visma.customer_invoices.create(_invoice_body(i)),
            range(len(CUSTOMERS)),
            concurrency=CONCURRENCY,
            progress=step.progress,
            client=self.visma,
        )
        step.count(len(outcomes), sum(o.ok for o in outcomes))
        for o in outcomes:
            step.check(o.ok, f"invoice {o.index + 1}: {describe(o.error or Exception())}")
        step.require(all(o.ok for o in outcomes), "not every invoice was created")
        created: list[CustomerInvoiceDto] = [o.value for o in outcomes]
        self.numbers = [str(inv.reference_number) for inv in created]
        state = self._state()
        self.amounts = [Decimal(self._invoice(state, n).get("amount", "0")) for n in self.numbers]
        step.check(
            len(state["invoices"]) == self.seeded_invoices + len(CUSTOMERS),
            f"expected {len(CUSTOMERS)} new invoices in the sandbox, found "
            f"{len(state['invoices']) - self.seeded_invoices}",
        )
        for number in self.numbers:
            status = self._invoice(state, number).get("status")
            step.check(status == "Balanced", f"invoice {number} is {status}, not Balanced")
        total = sum(self.amounts, Decimal(0))
        step.detail(f"{self.numbers[0]}..{self.numbers[-1]}, {total:,.2f} NOK")

    async def contested_edit(self, step: Step) -> None:
        """One invoice edited by 20 workers on two clients; no update lost or doubled."""
        target = self.numbers[0]
        model = self.sandbox.visma.company().invoices[target]
        self.rate_before = model.exchange_rate
        results: list[Modified[CustomerInvoiceDto]] = []

        def bump(current: CustomerInvoiceDto) -> InvoiceFields:
            rate = current.exchange_rate
            return {"exchange_rate": Decimal(str(rate)) + 1}

        async def editor(client: VismaClient) -> None:
            results.append(await client.customer_invoices.modify(target, bump))
            step.status(f"{len(results)}/{EDITORS} edits")

        async with anyio.create_task_group() as group:
            for worker in range(EDITORS):
                group.start_soon(editor, self.visma if worker % 2 == 0 else self.other)
        step.count(EDITORS, len(results))
        step.record.conflicts = sum(m.conflicts for m in results)
        rate = self.sandbox.visma.company().invoices[target].exchange_rate
        expected = self.rate_before + EDITORS
        step.check(
            rate == expected,
            f"exchange rate is {rate}, expected {expected}: an update was lost or doubled",
        )
        step.detail(
            f"{target}: exchange rate {self.rate_before} -> {rate}, "
            f"{step.record.conflicts} x 412 absorbed"
        )

    async def release_invoices(self, step: Step) -> None:
        """Every invoice released as a background job; the jobs awaited together."""
        outcomes = await bulk.map(
            lambda n: self.visma.customer_invoices.release(n, background=True),
            self.numbers,
            concurrency=CONCURRENCY,
            client=self.visma,
        )
        step.count(len(outcomes), sum(o.ok for o in outcomes))
        for o in outcomes:
            step.check(o.ok, f"release of {o.item}: {describe(o.error or Exception())}")
        step.require(all(o.ok for o in outcomes), "not every release was accepted")
        self.jobs = [o.value for o in outcomes]
        step.status(f"waiting for {len(self.jobs)} jobs")
        await self.visma.background.wait_all(self.jobs, timeout=60)
        state = self._state()
        for number in self.numbers:
            status = self._invoice(state, number).get("status")
            step.check(status == "Open", f"invoice {number} is {status} after its release job")
        waits = [job.stats.waited for job in self.jobs]
        polls = sum(job.stats.polls for job in self.jobs)
        step.detail(
            f"{len(self.jobs)} jobs, wait avg {sum(waits) / len(waits):.2f} s / "
            f"max {max(waits):.2f} s, {polls} polls"
        )

    async def pay_invoices(self, step: Step) -> None:
        """One payment per invoice (three partial), created and released concurrently."""
        self.paid = [
            (amount / 2).quantize(Decimal("0.01")) if i in HALF_PAID else amount
            for i, amount in enumerate(self.amounts)
        ]

        async def pay(index: int) -> str:
            payment = await self.visma.customer_payments.create(
                {
                    "type": "Payment",
                    "customer": CUSTOMERS[index],
                    "payment_amount": self.paid[index],
                    "payment_ref": _payment_ref(index),
                    "application_date": DAY,
                    "payment_lines": [
                        {
                            "operation": "Insert",
                            "document_type": "Invoice",
                            "ref_nbr": self.numbers[index],
                            "amount_paid": self.paid[index],
                        }
                    ],
                }
            )
            number = str(payment.ref_nbr)
            # Visma accepts the release at once; the payment shows when it is done.
            await (await self.visma.customer_payments.release(number)).wait(timeout=60)
            return number

        outcomes = await bulk.map(
            pay,
            range(len(self.numbers)),
            concurrency=CONCURRENCY,
            progress=step.progress,
            client=self.visma,
        )
        step.count(2 * len(outcomes), 2 * sum(o.ok for o in outcomes))
        for o in outcomes:
            step.check(o.ok, f"payment {o.index + 1}: {describe(o.error or Exception())}")
        step.require(all(o.ok for o in outcomes), "not every payment was made")
        self.payment_numbers = [o.value for o in outcomes]
        state = self._state()
        for index, number in enumerate(self.numbers):
            ref = _payment_ref(index)
            matching = [p for p in state["payments"] if p["paymentRef"] == ref]
            step.check(len(matching) == 1, f"{len(matching)} payments carry {ref} (expected 1)")
            invoice = self._invoice(state, number)
            left = self.amounts[index] - self.paid[index]
            step.check(
                Decimal(invoice.get("balance", "-1")) == left,
                f"invoice {number} balance {invoice.get('balance')}, expected {left}",
            )
            want = "Closed" if left == 0 else "Open"
            step.check(invoice.get("status") == want, f"invoice {number} is not {want}")
        total = sum(self.paid, Decimal(0))
        step.detail(f"{len(outcomes)} payments, {total:,.2f} NOK, {len(HALF_PAID)} partial")

    async def void_payment(self, step: Step) -> None:
        """One payment voided; its invoice is open again in full."""
        number = self.payment_numbers[VOIDED]
        await (await self.visma.customer_payments.void(number)).wait(timeout=60)
        step.count(1)
        state = self._state()
        payment: dict[str, Any] = next((p for p in state["payments"] if p["number"] == number), {})
        step.check(payment.get("status") == "Voided", f"payment {number} is not Voided")
        invoice = self._invoice(state, self.numbers[VOIDED])
        step.check(
            Decimal(invoice.get("balance", "-1")) == self.amounts[VOIDED]
            and invoice.get("status") == "Open",
            f"invoice {self.numbers[VOIDED]} did not reopen with its full balance",
        )
        step.detail(f"{number} voided, invoice {self.numbers[VOIDED]} open again")

    async def open_items(self, step: Step) -> None:
        """The open items, paged, agree with the sandbox."""
        seen: dict[str, Decimal] = {}
        requests = self.visma.stats.requests
        async for invoice in self.visma.customer_invoices.list(status="Open", page_size=8):
            seen[str(invoice.reference_number)] = Decimal(str(invoice.balance))
        step.count(1)
        state = self._state()
        expected = {i["number"] for i in state["invoices"] if i["status"] == "Open"}
        step.check(
            set(seen) == expected,
            f"listed {len(seen)} open items, the sandbox has {len(expected)}",
        )
        ours = {self.numbers[i] for i in (VOIDED, *HALF_PAID)}
        step.check(ours <= set(seen), "today's unpaid invoices are missing from the open items")
        pages = self.visma.stats.requests - requests
        step.detail(f"{len(seen)} open items, {sum(seen.values()):,.2f} NOK, {pages} pages")

    # -- outcome ------------------------------------------------------------------------------

    def outcome(self) -> dict[str, Any]:
        """Today's invoices and payments by position (numbers depend on arrival order)."""
        state = self._state()
        position = {number: f"new-{i + 1}" for i, number in enumerate(self.numbers)}
        invoices = [
            {k: self._invoice(state, n).get(k) for k in ("status", "amount", "balance")}
            for n in self.numbers
        ]
        refs = {_payment_ref(i) for i in range(len(CUSTOMERS))}
        payments = sorted(
            (
                p["paymentRef"],
                p["status"],
                p["amount"],
                tuple(
                    (position.get(x["refNbr"], x["refNbr"]), x["amountPaid"]) for x in p["lines"]
                ),
            )
            for p in state["payments"]
            if p["paymentRef"] in refs
        )
        open_items = sorted(
            (position.get(i["number"], i["number"]), i["balance"])
            for i in state["invoices"]
            if i["status"] == "Open"
        )
        rate = None
        if self.numbers:
            rate = str(self.sandbox.visma.company().invoices[self.numbers[0]].exchange_rate)
        return {
            "invoices": invoices,
            "exchange rate": rate,
            "payments": [list(p) for p in payments],
            "open items": open_items,
        }
