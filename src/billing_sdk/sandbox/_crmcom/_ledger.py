"""The ledger under the payment operations: lookups, shared checks, posting and its effects.

Checks follow the spec's order: lookups (404), then rules that need the records (400), then
state (409); the operations (``_state``) write nothing before all their checks pass.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, TypeVar

from billing_sdk.sandbox._crmcom._auth import Session
from billing_sdk.sandbox._crmcom._inputs import BillInput, PaymentInput
from billing_sdk.sandbox._crmcom._model import (
    MONEY,
    AccountsReceivable,
    Allocation,
    Bill,
    Card,
    Category,
    Company,
    Currency,
    Invoice,
    Payment,
    PaymentMethod,
    PaymentPreference,
    RejectionReason,
    TransactionType,
    Unit,
    User,
    Wallet,
    id_of,
)
from billing_sdk.sandbox._crmcom._params import Ident
from billing_sdk.sandbox._crmcom._wire import ApiError, invalid, missing, not_found

R = TypeVar("R")
_ZERO = Decimal(0)
_INDEXED = ("number", "reference_number", "back_office_code")


def find(records: Iterable[R], ident: Ident, param: str, what: str) -> R:
    """The record whose ``ident.field`` equals ``ident.value`` (404 naming ``param`` if none)."""
    for record in records:
        if getattr(record, ident.field, None) == ident.value:
            return record
    raise not_found(param, what)


def state_error(payment: Payment, needed: str, action: str) -> ApiError:
    return ApiError(
        "INVALID_LIFE_CYCLE_STATE",
        f"Only payments in {needed} state can be {action}",
        payment.life_cycle_state,
    )


def duplicate_code() -> ApiError:
    return ApiError(
        "DUPLICATE_BACK_OFFICE_CODE", "The back office code is already used", "back_office_code"
    )


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class Resolved:
    """The records a payment-writing request names (``account`` pays, directly or by wallet)."""

    account: AccountsReceivable | None = None
    type: TransactionType | None = None
    category: Category | None = None
    method: PaymentMethod | None = None
    currency: Currency | None = None
    user: User | None = None
    unit: Unit | None = None
    card: Card | None = None
    preference: PaymentPreference | None = None


class Ledger:
    """The company's records, how requests name them, and what posting a payment does."""

    def __init__(self, company: Company) -> None:
        self.company = company
        # New IDs start with the time and a counter, so that payments issued in the same
        # second still sort in creation order (the spec breaks issued_on ties by id).
        self._sequence = itertools.count(1)
        self._index: dict[tuple[str, str], str] = {}
        for payment in company.payments.values():
            self._reindex(payment)

    # -- lookups ------------------------------------------------------------------------------

    def payment(self, ident: Ident, param: str = "payment_identifier") -> Payment:
        payment_id = ident.value if ident.field == "id" else self._index.get(ident)
        payment = self.company.payments.get(payment_id or "")
        if payment is None:
            raise not_found(param, "Payment")
        return payment

    def account(self, ident: Ident) -> AccountsReceivable:
        accounts = self.company.accounts.values()
        return find(accounts, ident, "accounts_receivable_identifier", "Accounts receivable")

    def wallet(self, ident: Ident) -> Wallet:
        return find(self.company.wallets.values(), ident, "wallet_identifier", "Wallet")

    def type(self, ident: Ident) -> TransactionType:
        return find(self.company.types.values(), ident, "type_identifier", "Type")

    def category(self, ident: Ident) -> Category:
        return find(self.company.categories.values(), ident, "category_identifier", "Category")

    def method(self, ident: Ident) -> PaymentMethod:
        methods = self.company.methods.values()
        return find(methods, ident, "payment_method_identifier", "Payment method")

    def rejection_reason(self, ident: Ident | None) -> RejectionReason:
        reasons = self.company.reasons.values()
        if ident is None:
            return next(reason for reason in reasons if reason.default)
        return find(reasons, ident, "rejection_reason_identifier", "Rejection reason")

    def payer(
        self, account: Ident | None, wallet: Ident | None
    ) -> tuple[AccountsReceivable | None, Wallet | None]:
        """The accounts receivable a payment belongs to (a wallet's, for wallet payments)."""
        if wallet is not None:
            found = self.wallet(wallet)
            return self.company.accounts[found.accounts_receivable_id], found
        return (None if account is None else self.account(account)), None

    def _resolve(self, values: PaymentInput, account: AccountsReceivable | None) -> Resolved:
        company = self.company
        found = Resolved(account=account)
        if values.type is not None:
            found.type = self.type(values.type)
        if values.category is not None:
            found.category = self.category(values.category)
        if values.method is not None:
            found.method = self.method(values.method)
        if values.currency is not None:
            found.currency = find(
                company.currencies.values(),
                values.currency,
                "intended_currency_identifier",
                "Currency",
            )
        if values.user is not None:
            found.user = find(
                company.users.values(), values.user, "received_by_user_identifier", "User"
            )
        if values.unit is not None:
            found.unit = find(
                company.units.values(), values.unit, "received_by_unit_identifier", "Unit"
            )
        if values.card is not None:
            cards = account.cards if account else []
            found.card = find(cards, values.card, "card_identifier", "Card")
        if values.preference is not None:
            preferences = account.preferences if account else []
            found.preference = find(
                preferences,
                values.preference,
                "accounts_receivable_payment_preference_identifier",
                "Payment preference",
            )
        if found.type is not None and found.type.classification != "PAYMENT":
            raise invalid("type_identifier", "must be a type of the Payment classification")
        return found

    def _debts(
        self, values: PaymentInput, account: AccountsReceivable, kind: TransactionType
    ) -> tuple[list[Invoice], list[Bill]]:
        """The invoices and bills a payment intends to pay; they must be the payer's."""
        invoices = [
            self._invoice(ident, account, "invoices_to_pay_set") for ident in values.invoices
        ]
        bills = [self._bill(item, account, kind, "bills_to_pay_set") for item in values.bills]
        # The same invoice or bill named twice is paid once.
        unique_invoices = list({invoice.id: invoice for invoice in invoices}.values())
        return unique_invoices, list({bill.id: bill for bill in bills}.values())

    def _invoice(self, ident: Ident, account: AccountsReceivable, param: str) -> Invoice:
        invoices = (
            i for i in self.company.invoices.values() if i.accounts_receivable_id == account.id
        )
        return find(invoices, ident, param, "Invoice")

    def _bill(
        self, item: BillInput, account: AccountsReceivable, kind: TransactionType, param: str
    ) -> Bill:
        bills = (b for b in self.company.bills.values() if b.accounts_receivable_id == account.id)
        bill = find(bills, item.ident, param, "Bill")
        if kind.checks_bill_digits:
            _verify_check_digits(bill, item)
        return bill

    # -- rules shared by the writing methods ---------------------------------------------------

    def _check_gateway(self, method: PaymentMethod, card: str | None, pref: str | None) -> None:
        if method.gateway_kind == "card" and card is None:
            raise missing("card_identifier")
        if method.gateway_kind == "preference" and pref is None:
            raise missing("accounts_receivable_payment_preference_identifier")

    def _check_back_office_code(self, code: str | None, payment: Payment | None = None) -> None:
        if code is None:
            return
        owner = self._index.get(("back_office_code", code))
        if owner is not None and (payment is None or owner != payment.id):
            raise duplicate_code()

    def _new_payment(
        self,
        values: PaymentInput,
        found: Resolved,
        session: Session,
        wallet: Wallet | None,
        amount: Decimal,
    ) -> Payment:
        assert found.type is not None and found.method is not None
        issued_on = _now()
        gateway = found.method.gateway_kind
        return Payment(
            id=self._new_id(),
            reference_number="",  # numbered once every check has passed
            life_cycle_state="DRAFT",
            amount=amount,
            issued_on=issued_on,
            type_id=found.type.id,
            payment_method_id=found.method.id,
            accounts_receivable_id=None if wallet else id_of(found.account),
            wallet_id=id_of(wallet),
            received_on=values.received_on or issued_on,
            notes=values.notes,
            back_office_code=values.back_office_code,
            category_id=id_of(found.category),
            received_by_user_id=found.user.id if found.user else session.user_id,
            received_by_unit_id=found.unit.id if found.unit else session.unit_id,
            card_id=found.card.id if found.card and gateway == "card" else None,
            preference_id=(
                found.preference.id if found.preference and gateway == "preference" else None
            ),
            currency_id=id_of(found.currency),
            udf=dict(values.udf),
        )

    def _new_id(self) -> str:
        prefix = f"{int(time.time()):08X}{next(self._sequence) % 16**6:06X}"
        return prefix + secrets.token_hex(9).upper()

    def _insert(self, payment: Payment) -> Payment:
        payment.reference_number = str(self.company.next_reference)
        self.company.next_reference += 1
        self.company.payments[payment.id] = payment
        self._reindex(payment)
        return payment

    def _reindex(self, payment: Payment) -> None:
        for name in _INDEXED:
            value = getattr(payment, name)
            if value is not None:
                self._index[(name, value)] = payment.id

    def _unindex(self, payment: Payment) -> None:
        for name in _INDEXED:
            value = getattr(payment, name)
            if value is not None and self._index.get((name, value)) == payment.id:
                del self._index[(name, value)]

    def _payer_account(self, payment: Payment) -> AccountsReceivable:
        if payment.wallet_id is not None:
            wallet = self.company.wallets[payment.wallet_id]
            return self.company.accounts[wallet.accounts_receivable_id]
        return self.company.accounts[payment.accounts_receivable_id or ""]

    def _check_funds(self, payment: Payment) -> None:
        wallet = self.company.wallets.get(payment.wallet_id or "")
        if wallet is not None and wallet.funds < payment.amount:
            raise ApiError(
                "INSUFFICIENT_WALLET_FUNDS",
                "The wallet's unconditional funds do not cover the amount",
                None,
            )

    def _apply_post(self, payment: Payment) -> None:
        """Post: number the payment, move money, allocate it to its invoices and bills."""
        company = self.company
        wallet = company.wallets.get(payment.wallet_id or "")
        if wallet is not None:
            wallet.funds = MONEY.subtract(wallet.funds, payment.amount)
        account = self._payer_account(payment)
        account.balance = MONEY.subtract(account.balance, payment.amount)
        remaining = payment.amount
        debts: list[tuple[Literal["invoice", "bill"], Invoice | Bill]] = [
            *(("invoice", company.invoices[i]) for i in payment.invoice_ids),
            *(("bill", company.bills[b]) for b in payment.bill_ids),
        ]
        for kind, debt in debts:
            part = min(remaining, debt.outstanding)
            if debt.life_cycle_state != "POSTED" or part <= _ZERO:
                continue
            debt.outstanding = MONEY.subtract(debt.outstanding, part)
            remaining = MONEY.subtract(remaining, part)
            payment.allocations.append(Allocation(kind, debt.id, part))
        method = company.methods[payment.payment_method_id]
        if method.gateway is not None:
            payment.processed_by_payment_gateway = method.gateway
            payment.payment_gateway_reference_number = f"{method.gateway}-{secrets.token_hex(6)}"
        payment.number = str(company.next_number)
        company.next_number += 1
        payment.posted_on = _now()
        payment.life_cycle_state = "POSTED"
        self._reindex(payment)


def _verify_check_digits(bill: Bill, given: BillInput) -> None:
    """R14: the bill's payment code and check digits are mandatory and must match."""
    pairs = [
        ("payment_code", bill.payment_code, given.payment_code),
        ("bill_number_check_digit", bill.bill_number_check_digit, given.bill_number_check_digit),
        (
            "accounts_receivable_check_digit",
            bill.accounts_receivable_check_digit,
            given.accounts_receivable_check_digit,
        ),
        ("bill_amount_check_digit", bill.bill_amount_check_digit, given.bill_amount_check_digit),
    ]
    for name, expected, sent in pairs:
        if expected is None:
            continue
        if sent is None:
            raise ApiError("INVALID_CHECK_DIGIT", f"{name} is mandatory for this bill", name)
        if sent != expected:
            raise ApiError("INVALID_CHECK_DIGIT", f"{name} does not match the bill", name)
