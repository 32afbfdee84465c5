"""The records of the simulated CRM.COM: reference data, bills, invoices, payments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Context, Decimal
from typing import Literal, Protocol

#: Payment classifications of financial transaction types.
Classification = Literal["PAYMENT", "PAYMENT_CANCELLATION"]
#: How a payment method reaches its gateway: none, a stored card, or a payment preference.
GatewayKind = Literal["card", "preference"]


#: Money arithmetic is exact: amounts have at most 13 integer and 100 decimal digits, far
#: inside this precision, so balances never round (the default context keeps 28 digits).
MONEY = Context(prec=400)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def id_of(record: _HasId | None) -> str | None:
    """The ID of an optional record."""
    return None if record is None else record.id


@dataclass
class Card:
    """A payment-gateway card of an accounts receivable's owner."""

    id: str
    payment_gateway_reference_number: str
    last_digits: str


@dataclass
class PaymentPreference:
    """A payment preference of one accounts receivable (for generic gateways)."""

    id: str


@dataclass
class AccountsReceivable:
    """An accounts receivable; ``balance`` is what the customer owes (posted payments lower it)."""

    id: str
    number: str
    name: str
    owner_id: str
    owner_name: str
    life_cycle_state: str = "ACTIVE"
    balance: Decimal = Decimal("0.00")
    cards: list[Card] = field(default_factory=list)
    preferences: list[PaymentPreference] = field(default_factory=list)


@dataclass
class Wallet:
    """A wallet of an accounts receivable; only unconditional funds can pay."""

    id: str
    number: str
    accounts_receivable_id: str
    funds: Decimal


@dataclass
class TransactionType:
    """A financial transaction type; bill check digits are verified only when it says so."""

    id: str
    name: str
    alternative_code: str
    classification: Classification = "PAYMENT"
    checks_bill_digits: bool = False
    description: str | None = None


@dataclass
class Category:
    id: str
    name: str
    code: str
    description: str | None = None


@dataclass
class PaymentMethod:
    id: str
    name: str
    alternative_code: str
    description: str | None = None
    gateway: str | None = None
    gateway_kind: GatewayKind | None = None


@dataclass
class User:
    id: str
    username: str
    person_name: str | None
    default_unit_id: str
    unit_ids: tuple[str, ...]


@dataclass
class Unit:
    id: str
    name: str
    alternative_code: str
    description: str | None = None
    community_name: str | None = None
    group_name: str | None = None


@dataclass
class Currency:
    """A currency and its current rate against the company's base currency (EUR)."""

    id: str
    code: str
    description: str | None
    rate: Decimal
    rate_period_id: str
    rate_from: datetime


@dataclass
class RejectionReason:
    id: str
    name: str
    alternative_code: str
    default: bool = False
    description: str | None = None


@dataclass
class Invoice:
    id: str
    number: str
    reference_number: str
    accounts_receivable_id: str
    total: Decimal
    outstanding: Decimal
    issued_on: datetime
    due_on: datetime | None
    posted_on: datetime | None
    life_cycle_state: str = "POSTED"
    back_office_code: str | None = None


@dataclass
class Bill:
    """A bill; R14 bills may carry a payment code and three check digits."""

    id: str
    number: str
    accounts_receivable_id: str
    total: Decimal
    outstanding: Decimal
    issued_on: datetime
    life_cycle_state: str = "POSTED"
    payment_code: int | None = None
    bill_number_check_digit: int | None = None
    accounts_receivable_check_digit: int | None = None
    bill_amount_check_digit: int | None = None


@dataclass
class Allocation:
    """Part of a posted payment applied to one invoice or bill (undone by cancel)."""

    kind: Literal["invoice", "bill"]
    target_id: str
    amount: Decimal


@dataclass
class Payment:
    id: str
    reference_number: str
    life_cycle_state: str
    amount: Decimal
    issued_on: datetime
    type_id: str
    payment_method_id: str
    accounts_receivable_id: str | None = None
    wallet_id: str | None = None
    number: str | None = None
    posted_on: datetime | None = None
    received_on: datetime | None = None
    notes: str | None = None
    back_office_code: str | None = None
    category_id: str | None = None
    received_by_user_id: str | None = None
    received_by_unit_id: str | None = None
    card_id: str | None = None
    preference_id: str | None = None
    currency_id: str | None = None
    processed_by_payment_gateway: str | None = None
    payment_gateway_reference_number: str | None = None
    rejection_reason_id: str | None = None
    udf: dict[str, object] = field(default_factory=dict)
    #: Invoices / bills the payment is intended to pay, in order (allocated when posted).
    invoice_ids: list[str] = field(default_factory=list)
    bill_ids: list[str] = field(default_factory=list)
    allocations: list[Allocation] = field(default_factory=list)


@dataclass
class PaymentCancellation:
    """The document payments/cancel creates and posts for a cancelled payment."""

    id: str
    payment_id: str
    type_id: str
    issued_on: datetime
    category_id: str | None = None
    notes: str | None = None
    back_office_code: str | None = None
    issue_reason: str | None = None
    udf: dict[str, object] = field(default_factory=dict)


@dataclass
class Company:
    """Everything the simulator knows, keyed by record id (dicts keep insertion order)."""

    accounts: dict[str, AccountsReceivable]
    wallets: dict[str, Wallet]
    types: dict[str, TransactionType]
    categories: dict[str, Category]
    methods: dict[str, PaymentMethod]
    users: dict[str, User]
    units: dict[str, Unit]
    currencies: dict[str, Currency]
    reasons: dict[str, RejectionReason]
    invoices: dict[str, Invoice]
    bills: dict[str, Bill]
    payments: dict[str, Payment]
    cancellations: dict[str, PaymentCancellation] = field(default_factory=dict)
    #: The next payment reference number and posted payment number.
    next_reference: int = 1
    next_number: int = 1
    #: Base currency of the company and its accounts receivable.
    base_currency: str = "EUR"
