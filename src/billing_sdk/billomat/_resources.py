"""``billomat.credit_note_payments`` and ``billomat.credit_notes``."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from billing_sdk import _validation as v
from billing_sdk._engine import Engine, expect
from billing_sdk._errors import DecodeError, ValidationError
from billing_sdk._pagination import Page, paginate
from billing_sdk.billomat import _generated as g
from billing_sdk.billomat._generated import UNSET, Unset
from billing_sdk.billomat._models import CreditNote, CreditNotePayment

T = TypeVar("T")

_MAX_PER_PAGE = 1000
_ORDER_BY_FIELDS = frozenset(
    {"id", "created", "date", "amount", "type", "credit_note_id", "user_id"}
)


def _items(value: T | Sequence[T] | Unset) -> list[T]:
    """Billomat's list quirks: no hits -> key absent; one hit -> an object, not a list."""
    if isinstance(value, Unset):
        return []
    if isinstance(value, list):
        return list(value)
    return [value]  # type: ignore[list-item]


def _total(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise DecodeError(f"Billomat sent a non-numeric @total: {value!r}") from None


def _per_page(per_page: int) -> int:
    v.positive_int(per_page, "per_page")
    if per_page > _MAX_PER_PAGE:
        raise ValidationError(f"per_page must be at most {_MAX_PER_PAGE}", field="per_page")
    return per_page


def _order_by(order_by: str | None) -> str | Unset:
    if order_by is None:
        return UNSET
    field, _, direction = order_by.strip().partition(" ")
    if field not in _ORDER_BY_FIELDS or direction.upper() not in ("", "ASC", "DESC"):
        raise ValidationError(
            f"order_by must be one of {sorted(_ORDER_BY_FIELDS)} optionally followed by ASC/DESC",
            field="order_by",
        )
    return f"{field} {direction.upper()}".strip()


class CreditNotePayments:
    """Payments booked against credit notes (``/api/credit-note-payments``)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def list(
        self,
        *,
        credit_note_id: int | None = None,
        from_date: dt.date | str | None = None,
        to_date: dt.date | str | None = None,
        types: Iterable[g.PaymentType | str] | None = None,
        user_id: int | None = None,
        order_by: str | None = None,
        per_page: int = 100,
    ) -> AsyncIterator[CreditNotePayment]:
        """Iterate over payments matching every given filter (``types`` are OR-ed).

        Pages are fetched lazily as you iterate::

            async for payment in billomat.credit_note_payments.list(credit_note_id=1):
                ...
        """
        params: dict[str, Any] = {
            "credit_note_id": UNSET
            if credit_note_id is None
            else v.positive_int(credit_note_id, "credit_note_id"),
            "from_": UNSET if from_date is None else v.a_date(from_date, "from_date"),
            "to": UNSET if to_date is None else v.a_date(to_date, "to_date"),
            "user_id": UNSET if user_id is None else v.positive_int(user_id, "user_id"),
            "order_by": _order_by(order_by),
        }
        if types is not None:
            chosen = [v.enum_value(g.PaymentType, t, "types").value for t in types]
            if not chosen:
                raise ValidationError("types must not be empty when given", field="types")
            params["type_"] = ",".join(dict.fromkeys(chosen))
        size = _per_page(per_page)

        async def fetch(page: int, page_size: int) -> Page[CreditNotePayment]:
            op = g.list_credit_note_payments
            request = op._get_kwargs(page=page, per_page=page_size, **params)
            result = await self._engine.send(request, op._parse_response)
            body = expect(
                result.parsed, g.CreditNotePaymentListEnvelope, result
            ).credit_note_payments
            items = [CreditNotePayment.from_generated(p) for p in _items(body.credit_note_payment)]
            return Page(items, total=_total(body.total))

        return paginate(fetch, page_size=size)

    async def get(self, payment_id: int) -> CreditNotePayment:
        """One payment by id (``NotFound`` if there is none)."""
        op = g.get_credit_note_payment
        request = op._get_kwargs(id=v.positive_int(payment_id, "payment_id"))
        result = await self._engine.send(request, op._parse_response)
        envelope = expect(result.parsed, g.CreditNotePaymentEnvelope, result)
        return CreditNotePayment.from_generated(envelope.credit_note_payment)

    async def create(
        self,
        *,
        credit_note_id: int,
        amount: Decimal | int | str,
        date: dt.date | str | None = None,
        type: g.PaymentType | str | None = None,
        comment: str | None = None,
        transaction_purpose: str | None = None,
        mark_credit_note_as_paid: bool = False,
    ) -> CreditNotePayment:
        """Book a payment on an OPEN credit note and return it as stored.

        ``mark_credit_note_as_paid=True`` also sets the credit note to PAID.
        """
        body = g.CreditNotePaymentCreate(
            credit_note_id=str(v.positive_int(credit_note_id, "credit_note_id")),
            amount=str(v.positive_amount(amount, "amount")),
            date=UNSET if date is None else v.a_date(date, "date"),
            type_=UNSET if type is None else v.enum_value(g.PaymentType, type, "type"),
            comment=UNSET if comment is None else v.text(comment, "comment", max_length=4000),
            transaction_purpose=UNSET
            if transaction_purpose is None
            else v.text(transaction_purpose, "transaction_purpose", max_length=255),
            mark_credit_note_as_paid=bool(mark_credit_note_as_paid),
        )
        op = g.create_credit_note_payment
        request = op._get_kwargs(body=g.CreditNotePaymentCreateRequest(credit_note_payment=body))
        result = await self._engine.send(request, op._parse_response)
        envelope = expect(result.parsed, g.CreditNotePaymentEnvelope, result)
        return CreditNotePayment.from_generated(envelope.credit_note_payment)

    async def delete(self, payment_id: int) -> None:
        """Delete a payment (a PAID credit note goes back to OPEN)."""
        op = g.delete_credit_note_payment
        request = op._get_kwargs(id=v.positive_int(payment_id, "payment_id"))
        await self._engine.send(request, op._parse_response)


class CreditNotes:
    """Credit notes (``/api/credit-notes``), read-only: the payments' parents."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def list(
        self,
        *,
        client_id: int | None = None,
        status: Iterable[g.CreditNoteStatus | str] | None = None,
        credit_note_number: str | None = None,
        from_date: dt.date | str | None = None,
        to_date: dt.date | str | None = None,
        per_page: int = 100,
    ) -> AsyncIterator[CreditNote]:
        """Iterate over credit notes matching every given filter (``status`` values OR-ed)."""
        params: dict[str, Any] = {
            "client_id": UNSET if client_id is None else v.positive_int(client_id, "client_id"),
            "credit_note_number": UNSET
            if credit_note_number is None
            else v.text(credit_note_number, "credit_note_number", max_length=255),
            "from_": UNSET if from_date is None else v.a_date(from_date, "from_date"),
            "to": UNSET if to_date is None else v.a_date(to_date, "to_date"),
        }
        if status is not None:
            chosen = [v.enum_value(g.CreditNoteStatus, s, "status").value for s in status]
            params["status"] = ",".join(dict.fromkeys(chosen))
        size = _per_page(per_page)

        async def fetch(page: int, page_size: int) -> Page[CreditNote]:
            op = g.list_credit_notes
            request = op._get_kwargs(page=page, per_page=page_size, **params)
            result = await self._engine.send(request, op._parse_response)
            body = expect(result.parsed, g.CreditNoteListEnvelope, result).credit_notes
            items = [CreditNote.from_generated(n) for n in _items(body.credit_note)]
            return Page(items, total=_total(body.total))

        return paginate(fetch, page_size=size)

    async def get(self, credit_note_id: int) -> CreditNote:
        """One credit note by id."""
        op = g.get_credit_note
        request = op._get_kwargs(id=v.positive_int(credit_note_id, "credit_note_id"))
        result = await self._engine.send(request, op._parse_response)
        return CreditNote.from_generated(
            expect(result.parsed, g.CreditNoteEnvelope, result).credit_note
        )
