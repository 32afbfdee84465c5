"""The CRM.COM part of the demo day: a session, payments through their life cycle, a bill."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from billing_sdk.cli._demo_report import Flow, Step, snapshot
from billing_sdk.crmcom import CrmComClient, PaymentMethodId, PaymentShort, TypeId
from billing_sdk.sandbox import Sandbox

CASH: PaymentMethodId = {"name": "Cash"}
PAYMENT: TypeId = {"name": "Payment"}
#: Today's payments by back office code: (accounts receivable, amount, final state).
PLAN: dict[str, tuple[str, Decimal, str]] = {
    "DEMO-CRM-POST": ("AR0001", Decimal("25.00"), "POSTED"),
    "DEMO-CRM-BILL": ("AR0002", Decimal("180.50"), "POSTED"),
    "DEMO-CRM-REJECT": ("AR0003", Decimal("40.00"), "REJECTED"),
    "DEMO-CRM-CANCEL": ("AR0004", Decimal("60.00"), "CANCELLED"),
}
BILL = "B0002"


class CrmComDay(Flow):
    """Log in, draft -> post, pay a bill, reject a draft, cancel a posted one, list latest."""

    vendor = "crmcom"

    def __init__(self, sandbox: Sandbox, crm: CrmComClient) -> None:
        super().__init__([crm], [crm.payments.safe_writes])
        self.sandbox = sandbox
        self.crm = crm
        self.steps = [
            ("log in (session token)", self.log_in),
            ("create a DRAFT payment and post it", self.draft_and_post),
            (f"pay bill {BILL}", self.pay_bill),
            ("reject a draft", self.reject_draft),
            ("cancel a posted payment", self.cancel_posted),
            ("list the latest payments", self.latest),
        ]

    def _state(self) -> dict[str, Any]:
        return snapshot(self.sandbox.crmcom.snapshot)

    def _check_payment(self, step: Step, code: str) -> None:
        """Exactly one payment carries ``code``, in its planned state and amount."""
        account, amount, state = PLAN[code]
        found = [p for p in self._state()["payments"] if p["back_office_code"] == code]
        step.check(len(found) == 1, f"{len(found)} payments carry {code} (expected 1)")
        if found:
            p = found[0]
            step.check(p["life_cycle_state"] == state, f"{code} is {p['life_cycle_state']}")
            step.check(Decimal(p["amount"]) == amount, f"{code} amounts to {p['amount']}")
            step.check(p["accounts_receivable"] == account, f"{code} is not {account}'s")

    async def _create(self, code: str, **extra: Any) -> PaymentShort:
        """The planned payment ``code`` (its account and amount from the plan), in cash."""
        account, amount, _ = PLAN[code]
        return await self.crm.payments.create(
            accounts_receivable={"number": account},
            type=PAYMENT,
            payment_method=CASH,
            amount=amount,
            back_office_code=code,
            **extra,
        )

    # -- steps --------------------------------------------------------------------------------

    async def log_in(self, step: Step) -> None:
        """The first call logs in (one session token for the day)."""
        reasons = await self.crm.payments.rejection_reasons()
        step.count(1)
        default = [r for r in reasons if r.default]
        step.check(len(default) == 1, "expected exactly one default rejection reason")
        step.detail(f"token issued; {len(reasons)} rejection reasons configured")

    async def draft_and_post(self, step: Step) -> None:
        """A DRAFT payment, then posted."""
        code = "DEMO-CRM-POST"
        draft = await self._create(code, notes="counter payment")
        posted = await self.crm.payments.post(draft)
        step.count(2)
        self._check_payment(step, code)
        step.detail(f"{code}: DRAFT -> POSTED as {posted.number}")

    async def pay_bill(self, step: Step) -> None:
        """A bill's whole outstanding amount paid."""
        code = "DEMO-CRM-BILL"
        account, amount, _ = PLAN[code]
        paid = await self.crm.payments.pay_bill(
            accounts_receivable={"number": account},
            bill={"number": BILL},
            type=PAYMENT,
            payment_method=CASH,
            back_office_code=code,
        )
        step.count(1)
        self._check_payment(step, code)
        bill = next(b for b in self._state()["bills"] if b["number"] == BILL)
        step.check(
            Decimal(bill["outstanding_amount"]) == 0,
            f"bill {BILL} still has {bill['outstanding_amount']} outstanding",
        )
        step.detail(f"{BILL} settled by {paid.number} ({amount})")

    async def reject_draft(self, step: Step) -> None:
        """A DRAFT payment rejected."""
        code = "DEMO-CRM-REJECT"
        draft = await self._create(code)
        await self.crm.payments.reject(draft, rejection_reason={"name": "Insufficient Funds"})
        step.count(2)
        self._check_payment(step, code)
        step.detail(f"{code}: DRAFT -> REJECTED (Insufficient Funds)")

    async def cancel_posted(self, step: Step) -> None:
        """A POSTED payment cancelled."""
        code = "DEMO-CRM-CANCEL"
        posted = await self._create(code, life_cycle_state="POSTED")
        await self.crm.payments.cancel(
            posted,
            type={"name": "Payment Cancellation"},
            issue_reason="Cheque bounced",
            back_office_code=code + "-C",
        )
        step.count(2)
        self._check_payment(step, code)
        step.detail(f"{code}: POSTED -> CANCELLED (cheque bounced)")

    async def latest(self, step: Step) -> None:
        """The newest payments of AR0001, today's first."""
        latest = await self.crm.payments.get_latest(3, accounts_receivable={"number": "AR0001"})
        step.count(1)
        step.check(bool(latest), "no payments listed")
        if latest:
            newest = latest[0].back_office_code
            step.check(newest == "DEMO-CRM-POST", f"the newest AR0001 payment is {newest!r}")
        step.detail(f"{len(latest)} latest of AR0001, newest {latest[0].number if latest else '-'}")

    # -- outcome ------------------------------------------------------------------------------

    def outcome(self) -> dict[str, Any]:
        """Today's payments by back office code, the bill, and the accounts' balances."""
        state = self._state()
        accounts = {account for account, _, _ in PLAN.values()}
        return {
            "payments": sorted(
                (p["back_office_code"], p["life_cycle_state"], p["amount"])
                for p in state["payments"]
                if p["back_office_code"] in PLAN
            ),
            "bill": [
                (b["number"], b["outstanding_amount"])
                for b in state["bills"]
                if b["number"] == BILL
            ],
            "balances": sorted(
                (a["number"], a["balance"])
                for a in state["accounts_receivable"]
                if a["number"] in accounts
            ),
            "cancellations": sum(
                1
                for c in state["payment_cancellations"]
                if c["back_office_code"] == "DEMO-CRM-CANCEL-C"
            ),
        }
