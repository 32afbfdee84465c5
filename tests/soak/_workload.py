"""The soak's mixed workload: every kind of operation the SDK offers, over all three vendors.

Each kind is one method taking a seeded ``random.Random``; it records what it issues (one
:class:`~tests.soak._record.OpRecord` per SDK call, one per item of a fan-out) and what the
caller saw. Writes carry the effect the reconciler looks for, designed so that every check
can fail: creates carry a unique reference (a second copy is countable), ``modify`` adds an
increment to a few contended documents *and* appends its own token to them (a lost or doubled
increment shows in the total and in the tokens), transitions, actions and updates name the
state or value they leave behind (an ``update(if_match=)`` writes its own token into the
note), deletes the record they remove.

Follow-up writes (releases, post, reject, updates, deletes) act on records this run created
and confirmed, taken from a pool so that no record is touched by two operations at once; with
an empty pool the kind falls back to its create.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from billing_sdk import BillomatClient, CrmComClient, VismaClient, bulk
from tests.soak._record import Effect, OpRecord, Recorder

#: Seeded Visma invoices that stay editable (Hold/Balanced): ``modify`` contends on these.
CONTENDED = ("000101", "000102", "000103", "000104")
VISMA_INVOICES = tuple(f"{n:06d}" for n in range(101, 131))
VISMA_PAYMENTS = tuple(f"{n:06d}" for n in range(31, 46))
VISMA_CUSTOMERS = ("10001", "10002", "10003", "10004", "10005", "10006")
CRM_ACCOUNTS = ("AR0001", "AR0002", "AR0003", "AR0004", "AR0005", "AR0006")
CRM_SEEDED = ("PAY0001", "PAY0002", "31", "96", "97", "98")
#: Billomat credit notes that are OPEN (and stay so: no payment marks one as paid).
BILLOMAT_OPEN_NOTES = (1, 2, 3, 8, 10, 12)
BILLOMAT_PAYMENTS = tuple(range(1, 11))
#: Paged lists read at most this many items (three pages of 20): lists grow during the run.
LIST_ITEMS = 60
LIST_PAGE = 20
#: Items per fan-out, and the fan-out's own concurrency.
FAN_OUT_READS = 8
FAN_OUT_CREATES = 4
FAN_OUT_CONCURRENCY = 4


@dataclass
class Pools:
    """Records this run created and confirmed, waiting for a follow-up or a read."""

    invoices_to_release: list[str] = field(default_factory=list)
    #: Invoice number -> the reference its create carried (what a delete leaves absent).
    invoice_refs: dict[str, str] = field(default_factory=dict)
    invoices: list[str] = field(default_factory=lambda: list(VISMA_INVOICES))
    payments: list[str] = field(default_factory=lambda: list(VISMA_PAYMENTS))
    payments_to_release: list[str] = field(default_factory=list)
    #: Invoices an ``update(if_match=)`` wrote a token into: never deleted (the token would go).
    invoices_updated: set[str] = field(default_factory=set)
    crm_drafts: list[str] = field(default_factory=list)
    crm_updated: set[str] = field(default_factory=set)
    crm_codes: list[str] = field(default_factory=list)
    billomat_to_delete: list[tuple[int, str]] = field(default_factory=list)
    billomat_ids: list[int] = field(default_factory=lambda: list(BILLOMAT_PAYMENTS))


def _take(rng: random.Random, pool: list[Any]) -> Any:
    """Remove and return a random element (the pool must not be empty)."""
    index = rng.randrange(len(pool))
    pool[index], pool[-1] = pool[-1], pool[index]
    return pool.pop()


def _amount(rng: random.Random, high: int = 500) -> Decimal:
    return Decimal(rng.randint(100, high * 100)) / 100


class Workload:
    """The operations of one soak run, over its clients (two Visma clients contend)."""

    def __init__(
        self,
        *,
        visma: Sequence[VismaClient],
        crm: CrmComClient,
        billomat: BillomatClient,
        recorder: Recorder,
        prefix: str,
        job_timeout: float,
    ) -> None:
        self.visma = list(visma)
        self.crm = crm
        self.billomat = billomat
        self.rec = recorder
        self.prefix = prefix
        self.job_timeout = job_timeout
        self.pools = Pools()
        #: kind -> (vendor, method, SDK calls it issues). The runner draws kinds by weight.
        self.kinds: dict[str, tuple[str, Callable[[random.Random], Awaitable[None]], int]] = {
            "invoice.get": ("visma", self.visma_invoice_get, 1),
            "payment.get": ("visma", self.visma_payment_get, 1),
            "invoice.list": ("visma", self.visma_invoice_list, 1),
            "invoice.modify": ("visma", self.visma_modify, 1),
            "invoice.create": ("visma", self.visma_invoice_create, 1),
            "invoice.release.bg": ("visma", self.visma_release_background, 1),
            "invoice.release": ("visma", self.visma_release, 1),
            "invoice.update": ("visma", self.visma_invoice_update, 1),
            "invoice.delete": ("visma", self.visma_invoice_delete, 1),
            "payment.create": ("visma", self.visma_payment_create, 1),
            "payment.release": ("visma", self.visma_payment_release, 1),
            "bulk.invoice.get": ("visma", self.visma_bulk_get, FAN_OUT_READS),
            "bulk.payment.create": ("visma", self.visma_bulk_create, FAN_OUT_CREATES),
            "jobs.invoice.get": ("visma", self.visma_background_reads, FAN_OUT_CREATES),
            "crm.show": ("crmcom", self.crm_show, 1),
            "crm.list": ("crmcom", self.crm_list, 1),
            "crm.get_latest": ("crmcom", self.crm_get_latest, 1),
            "crm.create": ("crmcom", self.crm_create, 1),
            "crm.update": ("crmcom", self.crm_update, 1),
            "crm.post": ("crmcom", self.crm_post, 1),
            "crm.reject": ("crmcom", self.crm_reject, 1),
            "crm.bulk.show": ("crmcom", self.crm_bulk_show, FAN_OUT_READS),
            "crm.bulk.create": ("crmcom", self.crm_bulk_create, FAN_OUT_CREATES),
            "bm.payment.get": ("billomat", self.billomat_get, 1),
            "bm.credit_note.get": ("billomat", self.billomat_note_get, 1),
            "bm.payment.list": ("billomat", self.billomat_list, 1),
            "bm.create": ("billomat", self.billomat_create, 1),
            "bm.delete": ("billomat", self.billomat_delete, 1),
            "bm.bulk.get": ("billomat", self.billomat_bulk_get, FAN_OUT_READS),
            "bm.bulk.create": ("billomat", self.billomat_bulk_create, FAN_OUT_CREATES),
        }

    def _ref(self, letter: str, record: OpRecord) -> str:
        return f"{self.prefix}{letter}{record.id}"

    def _client(self, rng: random.Random) -> VismaClient:
        return rng.choice(self.visma)

    # -- Visma ----------------------------------------------------------------------------------

    async def visma_invoice_get(self, rng: random.Random) -> None:
        number = rng.choice(self.pools.invoices)
        async with self.rec.track(self.rec.reads("visma", "invoice.get")):
            await self._client(rng).customer_invoices.get(number)

    async def visma_payment_get(self, rng: random.Random) -> None:
        number = rng.choice(self.pools.payments)
        async with self.rec.track(self.rec.reads("visma", "payment.get")):
            await self._client(rng).customer_payments.get(number)

    async def visma_invoice_list(self, rng: random.Random) -> None:
        status = rng.choice(("Open", "Balanced", "Hold"))
        async with self.rec.track(self.rec.reads("visma", "invoice.list")):
            seen = 0
            async for _ in self._client(rng).customer_invoices.list(
                status=status, page_size=LIST_PAGE
            ):
                seen += 1
                if seen >= LIST_ITEMS:
                    break

    async def visma_modify(self, rng: random.Random) -> None:
        document = rng.choice(CONTENDED)
        amount = Decimal(rng.randint(1, 3))
        record = self.rec.new("visma", "invoice.modify")
        token = self._ref("m", record)
        record.effect = Effect("append", "visma.contended", document, token, amount)

        def change(current: Any) -> dict[str, Any]:
            record.trail.append(f"change applied to version {current.time_stamp}")
            note = current.note if isinstance(current.note, str) else ""
            rate = Decimal(str(current.exchange_rate))
            return {"exchange_rate": rate + amount, "note": f"{note} {token}".strip()}

        async with self.rec.track(record):
            done = await self._client(rng).customer_invoices.modify(document, change)
            record.trail.append(f"done in {done.attempts} attempt(s), {done.conflicts} x 412")

    def _invoice_body(self, rng: random.Random, ref: str) -> dict[str, Any]:
        return {
            "customer_number": rng.choice(VISMA_CUSTOMERS),
            "customer_ref_number": ref,
            "invoice_text": "Soak",
            "invoice_lines": [
                {
                    "operation": "Insert",
                    "description": "Soak line",
                    "quantity": Decimal(rng.randint(1, 3)),
                    "unit_price_in_currency": _amount(rng),
                }
            ],
        }

    async def visma_invoice_create(self, rng: random.Random) -> None:
        record = self.rec.new("visma", "invoice.create")
        ref = self._ref("i", record)
        record.effect = Effect("create", "visma.invoice", ref)
        async with self.rec.track(record):
            invoice = await self._client(rng).customer_invoices.create(self._invoice_body(rng, ref))
        if record.ok:
            number = str(invoice.reference_number)
            self.pools.invoice_refs[number] = ref
            self.pools.invoices_to_release.append(number)

    async def visma_release_background(self, rng: random.Random) -> None:
        if not self.pools.invoices_to_release:
            return await self.visma_invoice_create(rng)
        number = _take(rng, self.pools.invoices_to_release)
        effect = Effect("state", "visma.invoice", number, "Open")
        async with self.rec.track(self.rec.new("visma", "invoice.release.bg", effect=effect)):
            job = await self._client(rng).customer_invoices.release(number, background=True)
            action = await job.wait(timeout=self.job_timeout)
            await action.wait(timeout=self.job_timeout)
        self.pools.invoices.append(number)

    async def visma_release(self, rng: random.Random) -> None:
        """The release action, sent directly (its answer may be lost: it is guarded)."""
        if not self.pools.invoices_to_release:
            return await self.visma_invoice_create(rng)
        number = _take(rng, self.pools.invoices_to_release)
        effect = Effect("state", "visma.invoice", number, "Open")
        async with self.rec.track(self.rec.new("visma", "invoice.release", effect=effect)):
            action = await self._client(rng).customer_invoices.release(number)
            # Accepted is not done: the action runs on in the background; wait for the
            # invoice to show it, as a caller that needs it released does.
            await action.wait(timeout=self.job_timeout)
        self.pools.invoices.append(number)

    async def visma_invoice_update(self, rng: random.Random) -> None:
        """``update(if_match=)`` of an invoice this run created: appends its own token to the
        note it read, so every update that landed stays countable (once, never twice)."""
        if not self.pools.invoices_to_release:
            return await self.visma_invoice_create(rng)
        number = _take(rng, self.pools.invoices_to_release)
        record = self.rec.new("visma", "invoice.update")
        token = self._ref("n", record)
        record.effect = Effect("append", "visma.invoice", number, token)
        async with self.rec.track(record):
            client = self._client(rng)
            current = await client.customer_invoices.get(number)
            record.trail.append(f"read version {current.time_stamp}")
            note = current.note if isinstance(current.note, str) else ""
            await client.customer_invoices.update(
                number, {"note": f"{note} {token}".strip()}, if_match=current.time_stamp
            )
        self.pools.invoices_updated.add(number)
        self.pools.invoices_to_release.append(number)

    async def visma_invoice_delete(self, rng: random.Random) -> None:
        pool = self.pools.invoices_to_release
        deletable = [i for i, n in enumerate(pool) if n not in self.pools.invoices_updated]
        if not deletable:
            return await self.visma_invoice_create(rng)
        index = rng.choice(deletable)
        pool[index], pool[-1] = pool[-1], pool[index]
        number = pool.pop()
        ref = self.pools.invoice_refs[number]
        effect = Effect("absent", "visma.invoice", number, ref)
        async with self.rec.track(self.rec.new("visma", "invoice.delete", effect=effect)):
            await self._client(rng).customer_invoices.delete(number)

    def _payment_body(self, rng: random.Random, ref: str) -> dict[str, Any]:
        return {
            "type": "Payment",
            "customer": rng.choice(VISMA_CUSTOMERS),
            "payment_amount": _amount(rng),
            "payment_ref": ref,
        }

    async def visma_payment_create(self, rng: random.Random) -> None:
        record = self.rec.new("visma", "payment.create")
        ref = self._ref("p", record)
        record.effect = Effect("create", "visma.payment", ref)
        async with self.rec.track(record):
            payment = await self._client(rng).customer_payments.create(self._payment_body(rng, ref))
        if record.ok:
            self.pools.payments.append(str(payment.ref_nbr))
            self.pools.payments_to_release.append(str(payment.ref_nbr))

    async def visma_payment_release(self, rng: random.Random) -> None:
        if not self.pools.payments_to_release:
            return await self.visma_payment_create(rng)
        number = _take(rng, self.pools.payments_to_release)
        effect = Effect("state", "visma.payment", number, "Open")
        async with self.rec.track(self.rec.new("visma", "payment.release", effect=effect)):
            action = await self._client(rng).customer_payments.release(number)
            await action.wait(timeout=self.job_timeout)

    async def visma_bulk_get(self, rng: random.Random) -> None:
        numbers = [rng.choice(self.pools.invoices) for _ in range(FAN_OUT_READS)]
        records = [self.rec.reads("visma", "bulk.invoice.get") for _ in numbers]
        client = self._client(rng)
        await self.rec.track_bulk(
            records,
            lambda: bulk.map(
                client.customer_invoices.get, numbers, concurrency=FAN_OUT_CONCURRENCY
            ),
        )

    async def visma_bulk_create(self, rng: random.Random) -> None:
        records = [self.rec.new("visma", "bulk.payment.create") for _ in range(FAN_OUT_CREATES)]
        bodies = []
        for record in records:
            ref = self._ref("p", record)
            record.effect = Effect("create", "visma.payment", ref)
            bodies.append(self._payment_body(rng, ref))
        client = self._client(rng)
        outcomes = await self.rec.track_bulk(
            records,
            lambda: client.customer_payments.create_many(bodies, concurrency=FAN_OUT_CONCURRENCY),
        )
        created = [str(o.value.ref_nbr) for o in outcomes if o.ok]
        self.pools.payments += created
        self.pools.payments_to_release += created

    async def visma_background_reads(self, rng: random.Random) -> None:
        """Reads as background jobs, awaited together with ``background.settle_all``."""
        client = self._client(rng)
        numbers = [rng.choice(self.pools.invoices) for _ in range(FAN_OUT_CREATES)]
        records = [self.rec.reads("visma", "jobs.invoice.get") for _ in numbers]

        async def run() -> list[Any]:
            jobs = [await client.customer_invoices.get(n, background=True) for n in numbers]
            return await client.background.settle_all(jobs, timeout=self.job_timeout)

        def settle(outcomes: list[Any]) -> None:
            # settle_all: each record gets its own job's outcome, not the group's.
            for record, outcome in zip(records, outcomes, strict=True):
                record.ok = outcome.ok
                record.error = outcome.error

        await self.rec.track_together(records, run, settle)

    # -- CRM.COM --------------------------------------------------------------------------------

    def _crm_show_args(self, rng: random.Random) -> dict[str, str]:
        if self.pools.crm_codes and rng.random() < 0.7:
            return {"back_office_code": rng.choice(self.pools.crm_codes)}
        return {"number": rng.choice(CRM_SEEDED)}

    async def crm_show(self, rng: random.Random) -> None:
        args = self._crm_show_args(rng)
        async with self.rec.track(self.rec.reads("crmcom", "crm.show")):
            await self.crm.payments.show(**args)

    async def crm_list(self, rng: random.Random) -> None:
        account = {"number": rng.choice(CRM_ACCOUNTS)}
        async with self.rec.track(self.rec.reads("crmcom", "crm.list")):
            seen = 0
            async for _ in self.crm.payments.list(accounts_receivable=account, page_size=LIST_PAGE):
                seen += 1
                if seen >= LIST_ITEMS:
                    break

    async def crm_get_latest(self, rng: random.Random) -> None:
        account = {"number": rng.choice(CRM_ACCOUNTS)}
        async with self.rec.track(self.rec.reads("crmcom", "crm.get_latest")):
            await self.crm.payments.get_latest(5, accounts_receivable=account)

    def _crm_body(self, rng: random.Random, code: str) -> dict[str, Any]:
        return {
            "accounts_receivable": {"number": rng.choice(CRM_ACCOUNTS)},
            "type": {"name": "Payment"},
            "payment_method": {"name": "Cash"},
            "amount": _amount(rng),
            "back_office_code": code,
        }

    def _crm_created(self, code: str) -> None:
        self.pools.crm_drafts.append(code)
        self.pools.crm_codes.append(code)

    async def crm_create(self, rng: random.Random) -> None:
        record = self.rec.new("crmcom", "crm.create")
        code = self._ref("c", record)
        record.effect = Effect("create", "crmcom.payment", code)
        async with self.rec.track(record):
            await self.crm.payments.create(**self._crm_body(rng, code))
        if record.ok:
            self._crm_created(code)

    async def crm_update(self, rng: random.Random) -> None:
        fresh = [c for c in self.pools.crm_drafts if c not in self.pools.crm_updated]
        if not fresh:
            return await self.crm_create(rng)
        code = rng.choice(fresh)
        self.pools.crm_drafts.remove(code)
        self.pools.crm_updated.add(code)
        record = self.rec.new("crmcom", "crm.update")
        notes = self._ref("u", record)
        record.effect = Effect("value", "crmcom.payment", code, notes)
        async with self.rec.track(record):
            await self.crm.payments.update({"back_office_code": code}, notes=notes)
        self.pools.crm_drafts.append(code)

    async def _crm_transition(self, rng: random.Random, action: str, target: str) -> None:
        if not self.pools.crm_drafts:
            return await self.crm_create(rng)
        code = _take(rng, self.pools.crm_drafts)
        effect = Effect("state", "crmcom.payment", code, target)
        async with self.rec.track(self.rec.new("crmcom", f"crm.{action}", effect=effect)):
            if action == "post":
                await self.crm.payments.post({"back_office_code": code})
            else:
                await self.crm.payments.reject({"back_office_code": code})

    async def crm_post(self, rng: random.Random) -> None:
        await self._crm_transition(rng, "post", "POSTED")

    async def crm_reject(self, rng: random.Random) -> None:
        await self._crm_transition(rng, "reject", "REJECTED")

    async def crm_bulk_show(self, rng: random.Random) -> None:
        items = [self._crm_show_args(rng) for _ in range(FAN_OUT_READS)]
        records = [self.rec.reads("crmcom", "crm.bulk.show") for _ in items]
        await self.rec.track_bulk(
            records, lambda: self.crm.payments.show_many(items, concurrency=FAN_OUT_CONCURRENCY)
        )

    async def crm_bulk_create(self, rng: random.Random) -> None:
        records = [self.rec.new("crmcom", "crm.bulk.create") for _ in range(FAN_OUT_CREATES)]
        items: list[Mapping[str, Any]] = []
        for record in records:
            code = self._ref("c", record)
            record.effect = Effect("create", "crmcom.payment", code)
            items.append(self._crm_body(rng, code))
        outcomes = await self.rec.track_bulk(
            records, lambda: self.crm.payments.create_many(items, concurrency=FAN_OUT_CONCURRENCY)
        )
        for outcome in outcomes:
            if outcome.ok:
                self._crm_created(str(outcome.item["back_office_code"]))

    # -- Billomat -------------------------------------------------------------------------------

    async def billomat_get(self, rng: random.Random) -> None:
        payment = rng.choice(self.pools.billomat_ids)
        async with self.rec.track(self.rec.reads("billomat", "bm.payment.get")):
            await self.billomat.credit_note_payments.get(payment)

    async def billomat_note_get(self, rng: random.Random) -> None:
        note = rng.randint(1, 12)
        async with self.rec.track(self.rec.reads("billomat", "bm.credit_note.get")):
            await self.billomat.credit_notes.get(note)

    async def billomat_list(self, rng: random.Random) -> None:
        note = rng.choice(BILLOMAT_OPEN_NOTES)
        async with self.rec.track(self.rec.reads("billomat", "bm.payment.list")):
            seen = 0
            async for _ in self.billomat.credit_note_payments.list(
                credit_note_id=note, per_page=LIST_PAGE
            ):
                seen += 1
                if seen >= LIST_ITEMS:
                    break

    def _billomat_body(self, rng: random.Random, ref: str) -> dict[str, Any]:
        return {
            "credit_note_id": rng.choice(BILLOMAT_OPEN_NOTES),
            "amount": _amount(rng, 50),
            "comment": "Soak refund",
            "reference": ref,
        }

    def _billomat_created(self, rng: random.Random, payment_id: int, ref: str) -> None:
        # Half become delete targets, half stay readable (a deleted one must not be read).
        if rng.random() < 0.5:
            self.pools.billomat_to_delete.append((payment_id, ref))
        else:
            self.pools.billomat_ids.append(payment_id)

    async def billomat_create(self, rng: random.Random) -> None:
        record = self.rec.new("billomat", "bm.create")
        ref = self._ref("b", record)
        record.effect = Effect("create", "billomat.payment", ref)
        async with self.rec.track(record):
            payment = await self.billomat.credit_note_payments.create(
                **self._billomat_body(rng, ref)
            )
        if record.ok:
            self._billomat_created(rng, payment.id, ref)

    async def billomat_delete(self, rng: random.Random) -> None:
        if not self.pools.billomat_to_delete:
            return await self.billomat_create(rng)
        payment_id, ref = _take(rng, self.pools.billomat_to_delete)
        effect = Effect("absent", "billomat.payment", str(payment_id), ref)
        async with self.rec.track(self.rec.new("billomat", "bm.delete", effect=effect)):
            await self.billomat.credit_note_payments.delete(payment_id)

    async def billomat_bulk_get(self, rng: random.Random) -> None:
        ids = [rng.choice(self.pools.billomat_ids) for _ in range(FAN_OUT_READS)]
        records = [self.rec.reads("billomat", "bm.bulk.get") for _ in ids]
        await self.rec.track_bulk(
            records,
            lambda: self.billomat.credit_note_payments.get_many(
                ids, concurrency=FAN_OUT_CONCURRENCY
            ),
        )

    async def billomat_bulk_create(self, rng: random.Random) -> None:
        records = [self.rec.new("billomat", "bm.bulk.create") for _ in range(FAN_OUT_CREATES)]
        items: list[Mapping[str, Any]] = []
        for record in records:
            ref = self._ref("b", record)
            record.effect = Effect("create", "billomat.payment", ref)
            items.append(self._billomat_body(rng, ref))
        outcomes = await self.rec.track_bulk(
            records,
            lambda: self.billomat.credit_note_payments.create_many(
                items, concurrency=FAN_OUT_CONCURRENCY
            ),
        )
        for outcome in outcomes:
            if outcome.ok:
                self._billomat_created(rng, outcome.value.id, str(outcome.item["reference"]))
