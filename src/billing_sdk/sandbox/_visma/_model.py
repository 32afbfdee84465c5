"""The records of one simulated company: customers, AR documents, payments, and the company.

Money is ``Decimal`` rounded to cents. A document's balance is never stored: it is its amount
minus the applications (released payments, applied credit notes) that are not voided, so
voiding a payment restores every balance it reduced by construction. Versions come from one
counter per company, like SQL Server's rowversion, and change on every write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: Money above this is refused (the ERP stores decimal(19,4); this keeps sums far from it).
MAX_MONEY = Decimal("1000000000000")


def money(value: Decimal) -> Decimal:
    """Round to cents (half up, the ERP's rounding)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def period_of(when: datetime) -> str:
    """The financial period ``YYYYMM`` a date falls in (calendar-month periods)."""
    return f"{when.year:04d}{when.month:02d}"


def utc_now() -> datetime:
    """Naive UTC now, millisecond precision (the API's timestamps carry no offset)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


@dataclass
class Customer:
    number: str
    name: str
    country: str = "NO"
    currency: str = "NOK"
    credit_days: int = 14
    vat_zone: str = "01"
    payment_method: str = "BANK"


@dataclass
class Attachment:
    id: str
    name: str
    revision: int
    size: int
    content_type: str
    include_in_email: bool = False


@dataclass
class InvoiceLine:
    line_number: int
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit_price: Decimal = ZERO
    discount_percent: Decimal = ZERO
    discount_amount: Decimal | None = None
    manual_amount: Decimal | None = None
    vat_code: str = "1"
    account_number: str = "3000"
    inventory_number: str | None = None
    uom: str = "PCS"
    item_type: str | None = None
    type_of_work: str | None = None
    #: Everything else the update DTO can set (note, branchNumber, dates, ...), by DTO name.
    extra: dict[str, Any] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def gross(self) -> Decimal:
        return money(self.quantity * self.unit_price)

    @property
    def discount(self) -> Decimal:
        return self.discount_and_amount()[0]

    @property
    def amount(self) -> Decimal:
        return self.discount_and_amount()[1]

    def discount_and_amount(self) -> tuple[Decimal, Decimal]:
        """(discount, amount) in one pass: the gross is rounded once, not once per figure."""
        gross = money(self.quantity * self.unit_price)
        if self.discount_amount is not None:
            discount = money(self.discount_amount)
        else:
            discount = money(gross * self.discount_percent / 100)
        if self.manual_amount is not None:
            return discount, money(self.manual_amount)
        return discount, gross - discount


@dataclass
class Application:
    """One document applied to another (ArAdjust): a payment or credit note and its amount."""

    doc_type: str
    ref_nbr: str
    amount: Decimal
    date: datetime
    payment_ref: str | None = None
    voided: bool = False


@dataclass
class RotRut:
    type: str | None = "Rot"
    distributed_automatically: bool | None = True
    apartment: str | None = None
    estate: str | None = None
    organization_nbr: str | None = None
    #: line number -> (personal id, amount, extra)
    distribution: dict[int, tuple[str | None, Decimal | None, bool | None]] = field(
        default_factory=dict
    )


@dataclass
class Invoice:
    """An AR document of screen AR301000: Invoice, DebitNote or CreditNote."""

    ref_nbr: str
    document_type: str
    customer: str
    document_date: datetime
    due_date: datetime
    currency: str
    created: datetime
    modified: datetime
    version: int
    hold: bool = False
    released: bool = False
    exchange_rate: Decimal = Decimal(1)
    financial_period: str = ""
    post_period: str = ""
    orig_invoice_date: datetime | None = None
    cash_discount_date: datetime | None = None
    branch_number: str = "1"
    lines: list[InvoiceLine] = field(default_factory=list)
    #: String/flag fields of the update DTO, by DTO name (invoiceText, note, dontPrint, ...).
    fields: dict[str, Any] = field(default_factory=dict)
    vat_overrides: dict[str, Decimal] = field(default_factory=dict)
    billing_address: dict[str, Any] = field(default_factory=dict)
    invoice_contact: dict[str, Any] = field(default_factory=dict)
    rot_rut: RotRut | None = None
    applications: list[Application] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    sent_to_auto_invoice: bool = False
    dunning_level: int = 0
    dunning_letter_date: datetime | None = None
    #: Credit note: the invoice it reverses; corrected copy: the invoice it corrects.
    original_ref: str | None = None
    reversed_by: str | None = None
    corrected_by: str | None = None
    #: The company's VAT code -> rate (percent) table, shared by all its documents.
    vat_rates: dict[str, Decimal] = field(default_factory=dict, repr=False)

    def totals(self) -> InvoiceTotals:
        """Every derived figure of the document, computed in one pass over its lines.

        The properties below each call it; code that needs several figures (the read DTO)
        calls it once instead of re-deriving the lines for every figure.
        """
        lines: list[tuple[Decimal, Decimal]] = []
        taxable: dict[str, Decimal] = {}
        detail = discount = ZERO
        for line in self.lines:
            line_discount, line_amount = line.discount_and_amount()
            lines.append((line_discount, line_amount))
            detail += line_amount
            discount += line_discount
            taxable[line.vat_code] = taxable.get(line.vat_code, ZERO) + line_amount
        vat = {
            code: (
                base,
                self.vat_overrides.get(code, money(base * self.vat_rates.get(code, ZERO) / 100)),
            )
            for code, base in taxable.items()
        }
        vat_total = sum((amount for _, amount in vat.values()), ZERO)
        amount = detail + vat_total
        applied = sum((a.amount for a in self.applications if not a.voided), ZERO)
        balance = amount - applied
        if self.released:
            status = "Closed" if balance <= 0 else "Open"
        else:
            status = "Hold" if self.hold else "Balanced"
        return InvoiceTotals(
            lines=lines,
            vat_by_code=vat,
            detail_total=detail,
            discount_total=discount,
            vat_total=vat_total,
            amount=amount,
            applied=applied,
            balance=balance,
            status=status,
        )

    @property
    def detail_total(self) -> Decimal:
        return self.totals().detail_total

    @property
    def vat_by_code(self) -> dict[str, tuple[Decimal, Decimal]]:
        """VAT code -> (taxable amount, VAT amount)."""
        return self.totals().vat_by_code

    @property
    def vat_total(self) -> Decimal:
        return self.totals().vat_total

    @property
    def amount(self) -> Decimal:
        return self.totals().amount

    @property
    def applied(self) -> Decimal:
        return sum((a.amount for a in self.applications if not a.voided), ZERO)

    @property
    def balance(self) -> Decimal:
        return self.totals().balance

    @property
    def status(self) -> str:
        return self.totals().status


@dataclass(frozen=True)
class InvoiceTotals:
    """The derived figures of an :class:`Invoice` at one moment (see :meth:`Invoice.totals`)."""

    #: (discount, amount) of each line, in line order.
    lines: list[tuple[Decimal, Decimal]]
    #: VAT code -> (taxable amount, VAT amount).
    vat_by_code: dict[str, tuple[Decimal, Decimal]]
    detail_total: Decimal
    discount_total: Decimal
    vat_total: Decimal
    amount: Decimal
    applied: Decimal
    balance: Decimal
    status: str


@dataclass
class PaymentLine:
    document_type: str
    ref_nbr: str
    amount_paid: Decimal
    cash_discount_taken: Decimal = ZERO
    balance_write_off: Decimal = ZERO
    write_off_reason_code: str | None = None
    cross_rate: Decimal = Decimal(1)

    @property
    def applied(self) -> Decimal:
        """What the line takes off the document's balance."""
        return self.amount_paid + self.cash_discount_taken + self.balance_write_off


@dataclass
class OrderLine:
    order_type: str
    order_number: str
    applied_to_order: Decimal


@dataclass
class Payment:
    """A customer payment of screen AR302000."""

    ref_nbr: str
    type: str
    customer: str
    application_date: datetime
    payment_ref: str
    amount: Decimal
    currency: str
    created: datetime
    modified: datetime
    version: int
    hold: bool = False
    released: bool = False
    voided: bool = False
    application_period: str = ""
    location: str = "MAIN"
    payment_method: str = "BANK"
    cash_account: str = "1920"
    invoice_text: str | None = None
    branch: str = "1"
    lines: list[PaymentLine] = field(default_factory=list)
    orders: list[OrderLine] = field(default_factory=list)
    finance_charges: list[dict[str, Any]] = field(default_factory=list)

    @property
    def applied_to_documents(self) -> Decimal:
        return sum((line.amount_paid for line in self.lines), ZERO)

    @property
    def applied_to_orders(self) -> Decimal:
        return sum((order.applied_to_order for order in self.orders), ZERO)

    @property
    def available_balance(self) -> Decimal:
        if self.voided:
            return ZERO
        return self.amount - self.applied_to_documents - self.applied_to_orders

    @property
    def status(self) -> str:
        if self.voided:
            return "Voided"
        if self.released:
            return "Closed" if self.available_balance <= 0 else "Open"
        return "Hold" if self.hold else "Balanced"


@dataclass
class Company:
    """One tenant's company: master data, documents, number series and the version counter."""

    tenant_id: str
    name: str
    currency: str
    customers: dict[str, Customer]
    branches: dict[str, str]
    vat_rates: dict[str, Decimal]
    next_invoice: int
    next_payment: int
    version: int
    invoices: dict[str, Invoice] = field(default_factory=dict)
    payments: dict[str, Payment] = field(default_factory=dict)
    clock: Callable[[], datetime] = utc_now

    def next_version(self) -> int:
        self.version += 1
        return self.version

    def touch(self, doc: Invoice | Payment) -> None:
        """Record a write: a new version and modification time."""
        doc.version = self.next_version()
        doc.modified = self.clock()

    def new_invoice_number(self) -> str:
        while f"{self.next_invoice:06d}" in self.invoices:
            self.next_invoice += 1
        number = f"{self.next_invoice:06d}"
        self.next_invoice += 1
        return number

    def new_payment_number(self) -> str:
        while f"{self.next_payment:06d}" in self.payments:
            self.next_payment += 1
        number = f"{self.next_payment:06d}"
        self.next_payment += 1
        return number

    def customer(self, number: str) -> Customer | None:
        return self.customers.get(number)
