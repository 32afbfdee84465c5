"""``billomat.credit_note_payments`` and ``billomat.credit_notes``.

Billomat has no idempotency key and no ETags. Creates write a marker (`` [sdk-ref:<ref>]``)
at the end of the payment's ``comment`` and, after a lost answer, look for it among the credit
note's payments before sending again (:func:`~billing_sdk._safe_create.write_once`); ``create``
and ``delete`` first check the credit note's status and raise ``StateError`` if it is not what
the call expects.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypedDict, TypeVar, Unpack

from billing_sdk import _money
from billing_sdk import _validation as v
from billing_sdk._engine import Engine, expect
from billing_sdk._errors import (
    BillingError,
    DecodeError,
    NotFound,
    ReferenceConflict,
    StateError,
    ValidationError,
    WriteNotApplied,
)
from billing_sdk._fanout import keyword_calls
from billing_sdk._fanout import map as bulk_map
from billing_sdk._fanout_types import BulkOptions, Outcomes
from billing_sdk._pagination import Page, paginate
from billing_sdk._retry import Resend
from billing_sdk._safe_create import (
    Found,
    SafeWriteStats,
    new_reference,
    write_once,
)
from billing_sdk.billomat import _generated as g
from billing_sdk.billomat._generated import UNSET, Unset
from billing_sdk.billomat._models import (
    REFERENCE_PATTERN,
    CreditNote,
    CreditNotePayment,
    with_marker,
)

T = TypeVar("T")
M = TypeVar("M", bound="CreditNotePayment | CreditNote")

_MAX_PER_PAGE = 1000
_ORDER_BY_FIELDS = frozenset(
    {"id", "created", "date", "amount", "type", "credit_note_id", "user_id"}
)


def _items(value: T | Sequence[T] | None) -> list[T]:
    """Billomat's list quirks: no hits -> key absent; one hit -> an object, not a list."""
    if value is None:
        return []
    if isinstance(value, list):
        return list(value)
    return [value]  # type: ignore[list-item]


def _by_id(item: CreditNotePayment | CreditNote) -> int:
    return item.id


def _total(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise DecodeError(f"Billomat sent a non-numeric @total: {value!r}") from None


@dataclass(frozen=True)
class _Kind(Generic[M]):
    """How one kind of record is listed and read: its operations, their envelopes, the
    way into each envelope and the model each record becomes."""

    list_op: Any
    list_envelope: type[Any]
    #: A list envelope -> its items (Billomat's quirky list, see ``_items``) and ``@total``.
    listed: Callable[[Any], tuple[Any, str]]
    get_op: Any
    envelope: type[Any]
    #: A single-record envelope -> the record.
    one: Callable[[Any], Any]
    model: Callable[[Any], M]


_PAYMENTS: _Kind[CreditNotePayment] = _Kind(
    g.list_credit_note_payments,
    g.CreditNotePaymentListEnvelope,
    lambda e: (e.credit_note_payments.credit_note_payment, e.credit_note_payments.total),
    g.get_credit_note_payment,
    g.CreditNotePaymentEnvelope,
    lambda e: e.credit_note_payment,
    CreditNotePayment.from_generated,
)
_CREDIT_NOTES: _Kind[CreditNote] = _Kind(
    g.list_credit_notes,
    g.CreditNoteListEnvelope,
    lambda e: (e.credit_notes.credit_note, e.credit_notes.total),
    g.get_credit_note,
    g.CreditNoteEnvelope,
    lambda e: e.credit_note,
    CreditNote.from_generated,
)


def _pages(
    engine: Engine, kind: _Kind[M], params: Mapping[str, Any], per_page: int
) -> AsyncIterator[M]:
    """A list of ``kind`` fetched lazily, page by page, with the filters in ``params``."""
    size = _per_page(per_page)
    op = kind.list_op

    async def fetch(page: int, page_size: int) -> Page[M]:
        request = op._get_kwargs(page=page, per_page=page_size, **params)
        result = await engine.send(request, op._parse_response)
        items, total = kind.listed(expect(result.parsed, kind.list_envelope, result))
        return Page([kind.model(item) for item in _items(items)], total=_total(total))

    return paginate(fetch, page_size=size, key=_by_id)


async def _get_one(engine: Engine, kind: _Kind[M], ident: int) -> M:
    """One record of ``kind`` by its (checked) id."""
    result = await engine.send(kind.get_op._get_kwargs(id=ident), kind.get_op._parse_response)
    return kind.model(kind.one(expect(result.parsed, kind.envelope, result)))


def _per_page(per_page: int) -> int:
    v.positive_int(per_page, "per_page")
    if per_page > _MAX_PER_PAGE:
        raise ValidationError(f"per_page must be at most {_MAX_PER_PAGE}", field="per_page")
    return per_page


#: ``expect_credit_note``: one status, several (any of them will do), or None (no check).
ExpectStatus = g.CreditNoteStatus | str | Iterable[g.CreditNoteStatus | str] | None


# Required keys in a base class (``Required[]`` is not seen at run time under
# ``from __future__ import annotations``, so ``__required_keys__`` would be wrong).
class _PaymentRequired(TypedDict):
    credit_note_id: int
    amount: Decimal | int | str


class CreditNotePaymentFields(_PaymentRequired, total=False):
    """:meth:`CreditNotePayments.create`'s keyword arguments, as one item of ``create_many``
    (tests/test_typing.py checks they stay the same); ``credit_note_id`` and ``amount`` are
    required."""

    date: dt.date | str | None
    type: g.PaymentType | str | None
    comment: str | None
    transaction_purpose: str | None
    mark_credit_note_as_paid: bool
    reference: str | None
    expect_credit_note: ExpectStatus


_COMMENT_MAX = 4000
#: Credit notes that can carry payments, so a payment delete has its documented effect
#: (PAID goes back to OPEN). Payments of a CANCELED note are left alone unless asked for.
_DELETABLE_FROM = (g.CreditNoteStatus.OPEN, g.CreditNoteStatus.PAID)


def _statuses(expect: ExpectStatus, field: str) -> frozenset[str] | None:
    if expect is None:
        return None
    given = [expect] if isinstance(expect, str) else list(expect)
    if not given:
        raise ValidationError(f"{field} must name at least one status", field=field)
    return frozenset(v.enum_value(g.CreditNoteStatus, s, field).value for s in given)


def _reference(reference: str | None) -> str:
    if reference is None:
        return new_reference()
    if not isinstance(reference, str) or not re.fullmatch(REFERENCE_PATTERN, reference):
        raise ValidationError(
            "reference must be 1-64 letters, digits, '.', '_' or '-'", field="reference"
        )
    return reference


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
        #: What the safe-write loop did for this client's creates and deletes.
        self.safe_writes = SafeWriteStats()

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

        return _pages(self._engine, _PAYMENTS, params, per_page)

    async def get(self, payment_id: int) -> CreditNotePayment:
        """One payment by id (``NotFound`` if there is none)."""
        return await _get_one(self._engine, _PAYMENTS, v.positive_int(payment_id, "payment_id"))

    async def find_by_reference(
        self, credit_note_id: int, reference: str
    ) -> CreditNotePayment | None:
        """The payment of ``credit_note_id`` that :meth:`create` marked with ``reference``
        (see ``CreditNotePayment.reference``), or None if there is none.

        Scans the credit note's payments newest first, so a recent one is found on the first
        page; proving that none exists reads them all.
        """
        wanted = _reference(reference)
        async for payment in self.list(
            credit_note_id=credit_note_id, order_by="id DESC", per_page=100
        ):
            if payment.reference == wanted:
                return payment
        return None

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
        reference: str | None = None,
        expect_credit_note: ExpectStatus = g.CreditNoteStatus.OPEN,
    ) -> CreditNotePayment:
        """Book a payment on an OPEN credit note and return it as stored.

        ``amount`` is exact (``Decimal``, int or a plain decimal string, at most two decimals,
        not zero; a negative amount books a correction, as Billomat allows).
        ``mark_credit_note_as_paid=True`` also sets the credit note to PAID (sent as ``1``, as
        the docs type it); the credit note is read back afterwards and ``WriteNotApplied``
        raised if it is not PAID (the payment was booked: do not book it again).

        The credit note is read first and ``StateError`` raised (nothing sent) unless its
        status is ``expect_credit_note`` (OPEN, the only status that takes payments;
        ``None`` skips the read and leaves the check to Billomat, which answers 400).

        Safe create: the payment's ``comment`` ends with a marker `` [sdk-ref:<reference>]``
        (``reference`` is yours, 1-64 of ``A-Za-z0-9._-``, unique per credit note, or a fresh
        ``SDK-...`` one). With your own reference the create is idempotent: a payment of the
        credit note that already carries it is returned (``ReferenceConflict`` when its
        amount differs), so a re-run books nothing new. If the answer is lost (timeout,
        dropped connection, 5xx), the credit note's payments are searched for the marker and
        the payment is returned if it landed; only a payment proven absent is sent again.
        Read back, ``comment`` comes without the marker and ``reference`` carries it.
        """
        note_id = v.positive_int(credit_note_id, "credit_note_id")
        ref = _reference(reference)
        limit = _COMMENT_MAX - len(with_marker("x", ref)) + 1
        expected = _statuses(expect_credit_note, "expect_credit_note")
        if expected is not None and expected != {g.CreditNoteStatus.OPEN.value}:
            raise ValidationError(
                "payments can only be booked on OPEN credit notes: expect_credit_note must be "
                "'OPEN' or None",
                field="expect_credit_note",
            )
        body = g.CreditNotePaymentCreate(
            credit_note_id=str(note_id),
            amount=_money.amount(amount, g.DECIMAL_COMPONENTS["PaymentAmount"], "amount"),
            date=None if date is None else v.a_date(date, "date"),
            type_=None if type is None else v.enum_value(g.PaymentType, type, "type"),
            comment=with_marker(
                None if comment is None else v.text(comment, "comment", max_length=limit), ref
            ),
            transaction_purpose=None
            if transaction_purpose is None
            else v.text(transaction_purpose, "transaction_purpose", max_length=255),
            # 1 as the docs type it (BOOL 1/0); 0 is the default, so it is left out (None).
            mark_credit_note_as_paid=1 if mark_credit_note_as_paid else None,
        )
        if reference is None:
            return await self._book(note_id, body, ref, expected, mark_credit_note_as_paid)
        # The caller's own reference: one payment per reference, across workers (the
        # claim) and across runs (the payment already booked is returned).
        async with self._engine.guard(f"billomat:{note_id}:{ref}"):
            existing = await self.find_by_reference(note_id, ref)
            if existing is not None:
                if existing.amount != Decimal(str(body.amount)):
                    raise ReferenceConflict(
                        f"payment {existing.id} on credit note {note_id} already carries "
                        f"reference {ref!r} but differs in amount: nothing was booked",
                        reference=ref,
                        existing=str(existing.id),
                        differences=("amount",),
                    )
                self.safe_writes.duplicates_prevented += 1
                return existing
            return await self._book(note_id, body, ref, expected, mark_credit_note_as_paid)

    async def _book(
        self,
        note_id: int,
        body: g.CreditNotePaymentCreate,
        ref: str,
        expected: frozenset[str] | None,
        mark_credit_note_as_paid: bool,
    ) -> CreditNotePayment:
        await self._check_credit_note(note_id, expected, "book a payment on")
        op = g.create_credit_note_payment
        request = op._get_kwargs(body=g.CreditNotePaymentCreateRequest(credit_note_payment=body))

        async def send() -> CreditNotePayment:
            result = await self._engine.send(request, op._parse_response)
            envelope = expect(result.parsed, g.CreditNotePaymentEnvelope, result)
            return CreditNotePayment.from_generated(envelope.credit_note_payment)

        async def lookup() -> Found[CreditNotePayment] | None:
            found = await self.find_by_reference(note_id, ref)
            return None if found is None else Found(found)

        booked = await write_once(
            send,
            lookup,
            reference=ref,
            what=f"Billomat payment on credit note {note_id}",
            stats=self.safe_writes,
        )
        if mark_credit_note_as_paid:
            await self._verify_marked_paid(booked)
        return booked

    async def _verify_marked_paid(self, booked: CreditNotePayment) -> None:
        """No source shows how the JSON API reads the flag (the docs say BOOL 1/0): read the
        credit note back, and say so when it is not PAID rather than leave it OPEN quietly."""
        note = await CreditNotes(self._engine).get(booked.credit_note_id)
        status = str(getattr(note.status, "value", note.status))  # a raw value if unknown
        if status != g.CreditNoteStatus.PAID.value:
            raise WriteNotApplied(
                f"payment {booked.id} was booked on credit note {booked.credit_note_id}, but the "
                f"note is {status}, not PAID: the server ignored "
                "mark_credit_note_as_paid. Do not book the payment again",
                field="mark_credit_note_as_paid",
                reference=str(booked.id),
                written=booked,
            )

    async def delete(
        self, payment_id: int, *, expect_credit_note: ExpectStatus = _DELETABLE_FROM
    ) -> None:
        """Delete a payment (a PAID credit note goes back to OPEN).

        The payment and its credit note are read first and ``StateError`` raised (nothing
        sent) unless the credit note's status is one of ``expect_credit_note`` (OPEN or PAID
        by default; e.g. ``"PAID"`` when you mean to re-open a settled note; ``None`` skips
        the reads). A lost answer is reconciled by reading the payment again: gone means
        the delete landed.
        """
        key = v.positive_int(payment_id, "payment_id")
        expected = _statuses(expect_credit_note, "expect_credit_note")
        if expected is not None:
            payment = await self.get(key)
            await self._check_credit_note(payment.credit_note_id, expected, "delete a payment of")
        op = g.delete_credit_note_payment
        request = op._get_kwargs(id=key)

        async def send() -> None:
            # Not re-sent blindly by the transport (DELETE counts as idempotent there): a
            # re-send after a landed delete would answer 404 for a success.
            await self._engine.send(request, op._parse_response, resend=Resend.PROVEN_UNSENT)

        async def lookup() -> Found[None] | None:
            try:
                await self.get(key)
            except NotFound:
                return Found(None)
            return None

        await write_once(
            send,
            lookup,
            reference=str(key),
            what=f"Billomat payment {key} delete",
            stats=self.safe_writes,
            earlier_landed=_gone,
        )

    async def _check_credit_note(
        self, credit_note_id: int, expected: frozenset[str] | None, action: str
    ) -> None:
        """Refuse with ``StateError`` unless the credit note's status is one of ``expected``.

        Not atomic with the write that follows (Billomat has no ETags); Billomat's own rules
        still apply to a note that changed in between.
        """
        if expected is None:
            return
        note = await CreditNotes(self._engine).get(credit_note_id)
        status = str(note.status)  # a member's value, or a status the spec does not list
        if status not in expected:
            self.safe_writes.state_refused += 1
            wanted = " or ".join(sorted(expected))
            raise StateError(
                f"cannot {action} credit note {credit_note_id}: it is {status}, "
                f"not {wanted} (nothing was sent)",
                expected=wanted,
                actual=status,
            )

    # -- bulk (thin: billing_sdk.bulk does the work) ------------------------------------------

    async def get_many(
        self, payment_ids: Iterable[int] | AsyncIterable[int], **options: Unpack[BulkOptions]
    ) -> Outcomes[int, CreditNotePayment]:
        """Read many payments concurrently: one :class:`~billing_sdk.bulk.Outcome` per id, in
        input order. ``options`` are those of :func:`billing_sdk.bulk.map`.
        """
        return await bulk_map(self.get, payment_ids, **options)

    async def create_many(
        self,
        payments: Iterable[CreditNotePaymentFields] | AsyncIterable[CreditNotePaymentFields],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[CreditNotePaymentFields, CreditNotePayment]:
        """Book many payments concurrently; each item holds :meth:`create`'s keyword
        arguments (``{"credit_note_id": 1, "amount": "10.00"}``). One outcome per item, in
        input order; an item with unknown names fails alone with ``ValidationError``.
        """
        return await bulk_map(keyword_calls(self.create), payments, **options)

    async def delete_many(
        self, payment_ids: Iterable[int] | AsyncIterable[int], **options: Unpack[BulkOptions]
    ) -> Outcomes[int, None]:
        """Delete many payments concurrently; one outcome per id, in input order."""
        return await bulk_map(self.delete, payment_ids, **options)


def _gone(error: BillingError) -> bool:
    # A 404 answering a re-sent DELETE: an earlier send removed the payment.
    return isinstance(error, NotFound)


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

        return _pages(self._engine, _CREDIT_NOTES, params, per_page)

    async def get(self, credit_note_id: int) -> CreditNote:
        """One credit note by id."""
        ident = v.positive_int(credit_note_id, "credit_note_id")
        return await _get_one(self._engine, _CREDIT_NOTES, ident)
