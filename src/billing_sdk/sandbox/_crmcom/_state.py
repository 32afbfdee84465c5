"""The payment operations of the simulated CRM.COM and the state snapshot.

Life cycle: create(DRAFT) -post-> POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED;
create(POSTED), pay_bill and pay_invoice give POSTED directly; update only while DRAFT. Every
method runs synchronously from its first lookup to its last write, so concurrent requests
cannot interleave inside one change, and nothing is written unless every check passes.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._crmcom._auth import Session
from billing_sdk.sandbox._crmcom._inputs import PaymentInput
from billing_sdk.sandbox._crmcom._ledger import Ledger, Resolved, duplicate_code, state_error
from billing_sdk.sandbox._crmcom._model import (
    MONEY,
    AccountsReceivable,
    Bill,
    Category,
    Invoice,
    Payment,
    PaymentCancellation,
    TransactionType,
    Wallet,
    id_of,
)
from billing_sdk.sandbox._crmcom._params import Ident
from billing_sdk.sandbox._crmcom._wire import ApiError, invalid


class PaymentBook(Ledger):
    """The company plus the payment operations; one instance per simulator reset."""

    def create(self, values: PaymentInput, session: Session) -> Payment:
        account, wallet = self.payer(values.accounts_receivable, values.wallet)
        assert account is not None and values.amount is not None
        found = self._resolve(values, account)
        assert found.type is not None and found.method is not None
        invoices, bills = self._debts(values, account, found.type)
        self._check_gateway(found.method, id_of(found.card), id_of(found.preference))
        self._check_back_office_code(values.back_office_code)
        payment = self._new_payment(values, found, session, wallet, values.amount)
        payment.invoice_ids = [invoice.id for invoice in invoices]
        payment.bill_ids = [bill.id for bill in bills]
        if values.life_cycle_state == "POSTED":
            self._check_funds(payment)
            self._insert(payment)
            self._apply_post(payment)
            return payment
        return self._insert(payment)

    def update(self, values: PaymentInput) -> Payment:
        assert values.payment is not None
        payment = self.payment(values.payment)
        if values.accounts_receivable is not None or values.wallet is not None:
            account, wallet = self.payer(values.accounts_receivable, values.wallet)
        else:
            account = self._payer_account(payment)
            wallet = self.company.wallets.get(payment.wallet_id or "")
        found = self._resolve(values, account)
        method = found.method or self.company.methods[payment.payment_method_id]
        card_id = found.card.id if found.card else payment.card_id
        preference_id = found.preference.id if found.preference else payment.preference_id
        if account is not None and account.id != self._payer_account(payment).id:
            # Cards and preferences belong to one accounts receivable; a new payer drops them.
            card_id = id_of(found.card)
            preference_id = id_of(found.preference)
        self._check_gateway(method, card_id, preference_id)
        if payment.life_cycle_state != "DRAFT":
            raise state_error(payment, "DRAFT", "updated")
        self._check_back_office_code(values.back_office_code, payment)
        self._unindex(payment)
        if account is not None and account.id != self._payer_account(payment).id:
            payment.invoice_ids, payment.bill_ids = [], []
        if values.accounts_receivable is not None or values.wallet is not None:
            payment.accounts_receivable_id = None if wallet else id_of(account)
            payment.wallet_id = id_of(wallet)
        self._apply_changes(payment, values, found)
        payment.payment_method_id = method.id
        payment.card_id = card_id if method.gateway_kind == "card" else None
        payment.preference_id = preference_id if method.gateway_kind == "preference" else None
        self._reindex(payment)
        return payment

    def _apply_changes(self, payment: Payment, values: PaymentInput, found: Resolved) -> None:
        """Only the fields sent change."""
        if found.type is not None:
            payment.type_id = found.type.id
        if found.category is not None:
            payment.category_id = found.category.id
        if found.currency is not None:
            payment.currency_id = found.currency.id
        if found.user is not None:
            payment.received_by_user_id = found.user.id
        if found.unit is not None:
            payment.received_by_unit_id = found.unit.id
        if values.amount is not None:
            payment.amount = values.amount
        if values.received_on is not None:
            payment.received_on = values.received_on
        if values.notes is not None:
            payment.notes = values.notes
        if values.back_office_code is not None:
            payment.back_office_code = values.back_office_code
        payment.udf.update(values.udf)

    def post(self, ident: Ident) -> Payment:
        payment = self.payment(ident)
        if payment.life_cycle_state != "DRAFT":
            raise state_error(payment, "DRAFT", "posted")
        self._check_funds(payment)
        self._apply_post(payment)
        return payment

    def reject(self, ident: Ident, reason_ident: Ident | None) -> Payment:
        payment = self.payment(ident)
        reason = self.rejection_reason(reason_ident)
        if payment.life_cycle_state != "DRAFT":
            raise state_error(payment, "DRAFT", "rejected")
        payment.life_cycle_state = "REJECTED"
        payment.rejection_reason_id = reason.id
        return payment

    def cancel(self, values: PaymentInput) -> Payment:
        """Create and post a payment cancellation: the payment's money and allocations go back."""
        assert values.payment is not None and values.type is not None
        payment = self.payment(values.payment)
        kind = self.type(values.type)
        category = None if values.category is None else self.category(values.category)
        if kind.classification != "PAYMENT_CANCELLATION":
            raise invalid(
                "type_identifier", "must be a type of the Payment Cancellation classification"
            )
        if payment.life_cycle_state != "POSTED":
            raise state_error(payment, "POSTED", "cancelled")
        code = values.back_office_code
        if code is not None and any(
            c.back_office_code == code for c in self.company.cancellations.values()
        ):
            raise duplicate_code()
        company = self.company
        for allocation in payment.allocations:
            debts: dict[str, Invoice] | dict[str, Bill] = (
                company.invoices if allocation.kind == "invoice" else company.bills
            )
            debt = debts[allocation.target_id]
            debt.outstanding = MONEY.add(debt.outstanding, allocation.amount)
        account = self._payer_account(payment)
        account.balance = MONEY.add(account.balance, payment.amount)
        wallet = company.wallets.get(payment.wallet_id or "")
        if wallet is not None:
            wallet.funds = MONEY.add(wallet.funds, payment.amount)
        payment.life_cycle_state = "CANCELLED"
        cancellation = PaymentCancellation(
            id=secrets.token_hex(16).upper(),
            payment_id=payment.id,
            type_id=kind.id,
            issued_on=datetime.now().replace(microsecond=0),
            category_id=id_of(category),
            notes=values.notes,
            back_office_code=code,
            issue_reason=values.issue_reason,
            udf=dict(values.udf),
        )
        company.cancellations[cancellation.id] = cancellation
        return payment

    def pay_bill(self, values: PaymentInput, session: Session) -> Payment:
        assert values.bill is not None
        account, wallet = self.payer(values.accounts_receivable, values.wallet)
        assert account is not None
        found = self._resolve(values, account)
        assert found.type is not None and found.method is not None
        bill = self._bill(values.bill, account, found.type, "bill_identifier")
        return self._pay_whole(values, session, found, account, wallet, bill)

    def pay_invoice(self, values: PaymentInput, session: Session) -> Payment:
        assert values.invoice is not None
        account, wallet = self.payer(values.accounts_receivable, values.wallet)
        assert account is not None
        found = self._resolve(values, account)
        invoice = self._invoice(values.invoice, account, "invoice_identifier")
        return self._pay_whole(values, session, found, account, wallet, invoice)

    def _pay_whole(
        self,
        values: PaymentInput,
        session: Session,
        found: Resolved,
        account: AccountsReceivable,
        wallet: Wallet | None,
        debt: Invoice | Bill,
    ) -> Payment:
        """A POSTED payment of the whole outstanding amount of one bill or invoice."""
        method = found.method
        assert method is not None
        self._check_gateway(method, id_of(found.card), id_of(found.preference))
        # A retried request with the same back office code is reported as such first.
        self._check_back_office_code(values.back_office_code)
        if debt.life_cycle_state != "POSTED" or debt.outstanding <= 0:
            raise ApiError(
                "NO_OUTSTANDING_AMOUNT",
                f"The {type(debt).__name__.lower()} has no outstanding amount",
                debt.life_cycle_state,
            )
        payment = self._new_payment(values, found, session, wallet, debt.outstanding)
        if isinstance(debt, Invoice):
            payment.invoice_ids = [debt.id]
        else:
            payment.bill_ids = [debt.id]
        self._check_funds(payment)
        self._insert(payment)
        self._apply_post(payment)
        return payment

    def list_payments(
        self,
        account: Ident | None,
        wallet: Ident | None,
        kind: Ident | None,
        category: Ident | None,
        method: Ident | None,
        state: str | None,
    ) -> list[Payment]:
        """The payments of one accounts receivable or wallet, oldest first (issued_on, id)."""
        owner_account = None if account is None else self.account(account)
        owner_wallet = None if wallet is None else self.wallet(wallet)
        wanted_type: TransactionType | None = None if kind is None else self.type(kind)
        wanted_category: Category | None = None if category is None else self.category(category)
        wanted_method = None if method is None else self.method(method)
        selected = [
            p
            for p in self.company.payments.values()
            if (owner_account is None or p.accounts_receivable_id == owner_account.id)
            and (owner_wallet is None or p.wallet_id == owner_wallet.id)
            and (wanted_type is None or p.type_id == wanted_type.id)
            and (wanted_category is None or p.category_id == wanted_category.id)
            and (wanted_method is None or p.payment_method_id == wanted_method.id)
            and (state is None or p.life_cycle_state == state)
        ]
        return sorted(selected, key=lambda p: (p.issued_on, p.id))

    def snapshot(self) -> dict[str, Any]:
        """JSON-ready state for reconciliation: amounts as exact decimal strings."""
        company = self.company
        accounts = company.accounts
        return {
            "payments": [
                {
                    "id": p.id,
                    "number": p.number,
                    "reference_number": p.reference_number,
                    "back_office_code": p.back_office_code,
                    "life_cycle_state": p.life_cycle_state,
                    "amount": _text(p.amount),
                    "accounts_receivable": p.accounts_receivable_id
                    and accounts[p.accounts_receivable_id].number,
                    "wallet": p.wallet_id and company.wallets[p.wallet_id].number,
                }
                for p in company.payments.values()
            ],
            "payment_cancellations": [
                {"id": c.id, "payment_id": c.payment_id, "back_office_code": c.back_office_code}
                for c in company.cancellations.values()
            ],
            "bills": [_owed(d, accounts) for d in company.bills.values()],
            "invoices": [_owed(d, accounts) for d in company.invoices.values()],
            "accounts_receivable": [
                {"id": a.id, "number": a.number, "name": a.name, "balance": _text(a.balance)}
                for a in accounts.values()
            ],
            "wallets": [
                {
                    "id": w.id,
                    "number": w.number,
                    "accounts_receivable": accounts[w.accounts_receivable_id].number,
                    "funds": _text(w.funds),
                }
                for w in company.wallets.values()
            ],
        }


def _owed(document: Bill | Invoice, accounts: Mapping[str, AccountsReceivable]) -> dict[str, Any]:
    """A bill's or an invoice's snapshot: what is owed on it, and by whom."""
    return {
        "id": document.id,
        "number": document.number,
        "accounts_receivable": accounts[document.accounts_receivable_id].number,
        "life_cycle_state": document.life_cycle_state,
        "total_amount": _text(document.total),
        "outstanding_amount": _text(document.outstanding),
    }


def _text(amount: Decimal) -> str:
    """An amount as exact decimal text, never in exponent form."""
    return format(amount, "f")
