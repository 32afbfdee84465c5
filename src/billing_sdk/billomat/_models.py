"""Billomat objects with real types: Billomat sends every scalar as a string; these don't.

Amounts arrive as decimal strings and the generated models already hold them as exact
``Decimal`` (``format: decimal`` in the spec). A payment's keys other than ``id``,
``credit_note_id`` and ``amount`` may be missing (or a date ``""``): they read as ``None``.
A payment type or credit-note status the spec does not list is kept as a plain ``str``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs

from billing_sdk._errors import DecodeError
from billing_sdk.billomat._generated import (
    CreditNoteStatus,
    GenCreditNote,
    GenCreditNotePayment,
    RecordedPaymentType,
)


def _int(value: str, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DecodeError(f"Billomat sent a non-numeric {field}: {value!r}") from None


def _opt_int(value: str | None) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _text(value: str | None) -> str:
    return value if isinstance(value, str) else ""


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


def _optional_text(value: str | None) -> str | None:
    """An undocumented string field: ``None`` when absent, null or ``""``."""
    return value if isinstance(value, str) and value else None


def _timestamp(value: str | None) -> dt.datetime | None:
    # Undocumented: read when it parses, left out (not a failed page) when it does not.
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


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
    date: dt.date | None
    amount: Decimal
    #: ``None`` when no type was recorded; a type the spec does not list stays a ``str``.
    type: RecordedPaymentType | str | None
    comment: str
    transaction_purpose: str
    user_id: int | None
    created: dt.datetime | None
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
        comment, reference = split_marker(_text(raw.comment))
        return cls(
            id=_int(raw.id, "id"),
            credit_note_id=_int(raw.credit_note_id, "credit_note_id"),
            date=raw.date,
            amount=raw.amount,
            type=raw.type_ if isinstance(raw.type_, str) and raw.type_ else None,
            comment=comment,
            transaction_purpose=_text(raw.transaction_purpose),
            user_id=_opt_int(raw.user_id),
            created=raw.created,
            currency_code=currency or None,
            reference=reference,
            payment_group=_optional_text(raw.payment_group),
            finapi_transaction_id=_optional_text(raw.finapi_transaction_id),
            finapi_transaction_amount=raw.finapi_transaction_amount,
            updated=_timestamp(_optional_text(raw.updated)),
        )


@attrs.frozen
class CreditNote:
    """A credit note (the parent of credit-note payments)."""

    id: int
    credit_note_number: str
    client_id: int
    #: A status the spec does not list stays a ``str``.
    status: CreditNoteStatus | str
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
            total_net=raw.total_net,
            total_gross=raw.total_gross,
            paid_amount=raw.paid_amount,
            open_amount=raw.open_amount,
            currency_code=raw.currency_code,
            invoice_id=_opt_int(raw.invoice_id),
            created=raw.created,
        )
