"""Billomat objects with real types: Billomat sends every scalar as a string; these don't."""

from __future__ import annotations

import datetime as dt
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


def _decimal(value: str, field: str) -> Decimal:
    try:
        return Decimal(value)
    except (InvalidOperation, TypeError):
        raise DecodeError(f"Billomat sent a non-numeric {field}: {value!r}") from None


@attrs.frozen
class CreditNotePayment:
    """A payment booked against a credit note."""

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

    @classmethod
    def from_generated(cls, raw: GenCreditNotePayment) -> CreditNotePayment:
        currency = raw.currency_code if isinstance(raw.currency_code, str) else None
        return cls(
            id=_int(raw.id, "id"),
            credit_note_id=_int(raw.credit_note_id, "credit_note_id"),
            date=raw.date,
            amount=_decimal(raw.amount, "amount"),
            type=PaymentType(raw.type_.value) if raw.type_.value else None,
            comment=raw.comment,
            transaction_purpose=raw.transaction_purpose,
            user_id=_opt_int(raw.user_id),
            created=raw.created,
            currency_code=currency or None,
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
