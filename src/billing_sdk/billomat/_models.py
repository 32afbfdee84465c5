"""Billomat objects with real types: Billomat sends every scalar as a string; these don't."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

import attrs

from billing_sdk._errors import DecodeError
from billing_sdk.billomat._generated import (
    CreditNoteStatus,
    GenCreditNote,
    GenCreditNotePayment,
    PaymentType,
)


def _int(value: str, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DecodeError(f"Billomat sent a non-numeric {field}: {value!r}") from None


def _opt_int(value: str) -> int | None:
    return int(value) if value and value.isdigit() else None


#: The safe-create marker at the end of a payment's ``comment``: `` [sdk-ref:<reference>]``.
#: Billomat has no idempotency key and no field of ours to spare; ``comment`` is documented
#: (``transaction_purpose`` is not, and is what bank matching reads), so the marker goes there.
_MARKER = re.compile(r"(?:^|\s)\[sdk-ref:([A-Za-z0-9._-]{1,64})\]$")
REFERENCE_PATTERN = r"[A-Za-z0-9._-]{1,64}"
MARKER_LENGTH = len(" [sdk-ref:]") + 64


def with_marker(comment: str | None, reference: str) -> str:
    """``comment`` with the safe-create marker for ``reference`` appended."""
    marker = f"[sdk-ref:{reference}]"
    return f"{comment} {marker}" if comment else marker


def split_marker(comment: str) -> tuple[str, str | None]:
    """``(comment without the marker, reference)``; the reference is None without a marker."""
    found = _MARKER.search(comment)
    if found is None:
        return comment, None
    return comment[: found.start()], found.group(1)


def _text(value: object) -> str | None:
    """An optional string field: ``None`` when absent, null or ``""``."""
    return value if isinstance(value, str) and value else None


def _timestamp(value: str | None) -> dt.datetime | None:
    # Undocumented: read when it parses, left out (not a failed page) when it does not.
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _decimal(value: str, field: str) -> Decimal:
    try:
        return Decimal(value)
    except (InvalidOperation, TypeError):
        raise DecodeError(f"Billomat sent a non-numeric {field}: {value!r}") from None


@attrs.frozen
class CreditNotePayment:
    """A payment booked against a credit note.

    ``reference`` is the safe-create reference the SDK wrote into the comment when it created
    the payment (see ``docs/safe-writes.md``); ``comment`` is shown without that marker.
    ``payment_group``, ``finapi_transaction_id``, ``finapi_transaction_amount`` and
    ``updated`` are fields Billomat sends but does not document (bank matching); ``None``
    when empty.
    """

    id: int
    credit_note_id: int
    date: dt.date
    amount: Decimal
    type: PaymentType | None
    comment: str
    transaction_purpose: str
    user_id: int | None
    created: dt.datetime
    currency_code: str | None = None
    reference: str | None = None
    #: Undocumented fields real payments carry (bank matching); ``None`` when empty or absent.
    payment_group: str | None = None
    finapi_transaction_id: str | None = None
    finapi_transaction_amount: Decimal | None = None
    updated: dt.datetime | None = None

    @classmethod
    def from_generated(cls, raw: GenCreditNotePayment) -> CreditNotePayment:
        currency = raw.currency_code if isinstance(raw.currency_code, str) else None
        comment, reference = split_marker(raw.comment)
        finapi_amount = _text(raw.finapi_transaction_amount)
        return cls(
            id=_int(raw.id, "id"),
            credit_note_id=_int(raw.credit_note_id, "credit_note_id"),
            date=raw.date,
            amount=_decimal(raw.amount, "amount"),
            type=PaymentType(raw.type_.value) if raw.type_.value else None,
            comment=comment,
            transaction_purpose=raw.transaction_purpose,
            user_id=_opt_int(raw.user_id),
            created=raw.created,
            currency_code=currency or None,
            reference=reference,
            payment_group=_text(raw.payment_group),
            finapi_transaction_id=_text(raw.finapi_transaction_id),
            finapi_transaction_amount=None
            if finapi_amount is None
            else _decimal(finapi_amount, "finapi_transaction_amount"),
            updated=_timestamp(_text(raw.updated)),
        )


@attrs.frozen
class CreditNote:
    """A credit note (the parent of credit-note payments)."""

    id: int
    credit_note_number: str
    client_id: int
    status: CreditNoteStatus
    date: dt.date
    total_net: Decimal
    total_gross: Decimal
    paid_amount: Decimal
    open_amount: Decimal
    currency_code: str
    invoice_id: int | None
    created: dt.datetime

    @classmethod
    def from_generated(cls, raw: GenCreditNote) -> CreditNote:
        return cls(
            id=_int(raw.id, "id"),
            credit_note_number=raw.credit_note_number,
            client_id=_int(raw.client_id, "client_id"),
            status=raw.status,
            date=raw.date,
            total_net=_decimal(raw.total_net, "total_net"),
            total_gross=_decimal(raw.total_gross, "total_gross"),
            paid_amount=_decimal(raw.paid_amount, "paid_amount"),
            open_amount=_decimal(raw.open_amount, "open_amount"),
            currency_code=raw.currency_code,
            invoice_id=_opt_int(raw.invoice_id),
            created=raw.created,
        )
