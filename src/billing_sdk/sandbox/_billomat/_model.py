"""The simulated Billomat records and their wire form.

Billomat sends every scalar as a string (ids, money, dates) and ``""`` for unset values, in JSON
and XML alike; :meth:`CreditNote.wire` and :meth:`Payment.wire` produce that form. Money is kept
as :class:`~decimal.Decimal` and never passes through a float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CREDIT_NOTE_STATUSES = ("DRAFT", "OPEN", "PAID", "CANCELED")
PAYMENT_TYPES = ("CREDIT_NOTE", "BANK_TRANSFER", "DEBIT", "CASH", "PAYPAL", "CREDIT_CARD", "MISC")

#: XML ``type`` attributes of the payment fields (fields not listed are plain text).
PAYMENT_XML_TYPES = {
    "id": "integer",
    "created": "datetime",
    "credit_note_id": "integer",
    "user_id": "integer",
    "date": "date",
    "amount": "float",
    "quote": "float",
    "updated": "datetime",
}

#: XML ``type`` attributes of the credit-note fields.
CREDIT_NOTE_XML_TYPES = {
    "id": "integer",
    "created": "datetime",
    "updated": "datetime",
    "client_id": "integer",
    "contact_id": "integer",
    "number": "integer",
    "number_length": "integer",
    "date": "date",
    "total_net": "float",
    "total_gross": "float",
    "total_net_unreduced": "float",
    "total_gross_unreduced": "float",
    "quote": "float",
    "paid_amount": "float",
    "open_amount": "float",
    "invoice_id": "integer",
    "free_text_id": "integer",
    "template_id": "integer",
}


def _account_zone() -> dt.tzinfo:
    # Billomat accounts live in German time; fall back to CET where no tz database exists.
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        return dt.timezone(dt.timedelta(hours=1), "CET")


#: The time zone of the simulated account (server timestamps and "today").
ACCOUNT_TZ = _account_zone()


def decimal_text(value: Decimal) -> str:
    """A decimal as Billomat writes it: no exponent, no trailing zeros (``"12.3"``, ``"100"``)."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def timestamp_text(value: dt.datetime) -> str:
    """ISO 8601 with offset, to the second (``2025-03-01T10:00:00+01:00``)."""
    return value.isoformat(timespec="seconds")


def _optional_id(value: int | None) -> str:
    return "" if value is None else str(value)


@dataclass
class Client:
    """A customer of the simulated company (not exposed by this API subset)."""

    id: int
    client_number: str
    name: str
    street: str
    zip_code: str
    city: str
    country: str = "Deutschland"

    @property
    def address(self) -> str:
        return f"{self.name}\n{self.street}\n{self.zip_code} {self.city}\n{self.country}"


@dataclass
class CreditNote:
    """A credit note; ``paid_amount`` follows the payments booked on it."""

    id: int
    created: dt.datetime
    updated: dt.datetime
    client_id: int
    contact_id: int | None
    #: Running number; ``None`` while the note is a DRAFT (numbers are assigned on completion).
    number: int | None
    title: str
    date: dt.date
    address: str
    status: str
    total_net: Decimal
    total_gross: Decimal
    currency_code: str = "EUR"
    quote: Decimal = Decimal(1)
    net_gross: str = "NET"
    number_pre: str = "GS"
    number_length: int = 0
    label: str = ""
    intro: str = ""
    note: str = ""
    reduction: str = ""
    invoice_id: int | None = None
    free_text_id: int | None = None
    template_id: int | None = None
    customerportal_url: str = ""
    paid_amount: Decimal = Decimal(0)
    #: Not on the wire; used by the ``tags`` and ``article_id`` list filters.
    tags: tuple[str, ...] = ()
    article_ids: tuple[int, ...] = ()

    @property
    def credit_note_number(self) -> str:
        if self.number is None:
            return ""
        return f"{self.number_pre}{self.number:0{self.number_length}d}"

    @property
    def open_amount(self) -> Decimal:
        return self.total_gross - self.paid_amount

    def wire(self) -> dict[str, str]:
        """The note as the API sends it (field order as in Billomat's documents)."""
        return {
            "id": str(self.id),
            "created": timestamp_text(self.created),
            "updated": timestamp_text(self.updated),
            "client_id": str(self.client_id),
            "contact_id": _optional_id(self.contact_id),
            "credit_note_number": self.credit_note_number,
            "number": _optional_id(self.number),
            "number_pre": self.number_pre,
            "number_length": str(self.number_length),
            "title": self.title,
            "date": self.date.isoformat(),
            "address": self.address,
            "status": self.status,
            "label": self.label,
            "intro": self.intro,
            "note": self.note,
            "total_net": decimal_text(self.total_net),
            "total_gross": decimal_text(self.total_gross),
            "total_net_unreduced": decimal_text(self.total_net),
            "total_gross_unreduced": decimal_text(self.total_gross),
            "reduction": self.reduction,
            "currency_code": self.currency_code,
            "quote": decimal_text(self.quote),
            "net_gross": self.net_gross,
            "paid_amount": decimal_text(self.paid_amount),
            "open_amount": decimal_text(self.open_amount),
            "invoice_id": _optional_id(self.invoice_id),
            "free_text_id": _optional_id(self.free_text_id),
            "template_id": _optional_id(self.template_id),
            "customerportal_url": self.customerportal_url,
            "customfield": "",
        }


@dataclass
class Payment:
    """A payment booked against a credit note (money paid out to the client)."""

    id: int
    created: dt.datetime
    credit_note_id: int
    user_id: int
    date: dt.date
    amount: Decimal
    comment: str = ""
    transaction_purpose: str = ""
    #: One of :data:`PAYMENT_TYPES`, or ``""`` when no type was recorded.
    type: str = ""
    currency_code: str = "EUR"
    quote: Decimal = field(default=Decimal(1))
    #: Set when a bank transaction (finAPI) was matched to the payment; undocumented fields.
    payment_group: str = ""
    finapi_transaction_id: str = ""
    finapi_transaction_amount: Decimal | None = None

    def wire(self) -> dict[str, str]:
        """The payment as the API sends it."""
        return {
            "id": str(self.id),
            "created": timestamp_text(self.created),
            "credit_note_id": str(self.credit_note_id),
            "user_id": str(self.user_id),
            "date": self.date.isoformat(),
            "amount": decimal_text(self.amount),
            "comment": self.comment,
            "transaction_purpose": self.transaction_purpose,
            "type": self.type,
            "currency_code": self.currency_code,
            "quote": decimal_text(self.quote),
            "customfield": "",
            # Undocumented fields real payments carry (billomat4j maps them): empty unless a
            # bank transaction was matched.
            "payment_group": self.payment_group,
            "finapi_transaction_id": self.finapi_transaction_id,
            "finapi_transaction_amount": ""
            if self.finapi_transaction_amount is None
            else decimal_text(self.finapi_transaction_amount),
            "updated": timestamp_text(self.created),
        }
